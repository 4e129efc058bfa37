package ui

import (
	"slices"
	"strings"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/suggest"
	"github.com/pocssr/pocssr/model"
	activityscreen "github.com/pocssr/pocssr/ui/activity"
	"github.com/pocssr/pocssr/ui/briefview"
	"github.com/pocssr/pocssr/ui/compareview"
	"github.com/pocssr/pocssr/ui/component"
	"github.com/pocssr/pocssr/ui/framework"
	"github.com/pocssr/pocssr/ui/keyhelp"
	"github.com/pocssr/pocssr/ui/portfolio"
	"github.com/pocssr/pocssr/ui/present"
	"github.com/pocssr/pocssr/ui/questionnaire"
	"github.com/pocssr/pocssr/ui/register"
	"github.com/pocssr/pocssr/ui/review"
	"github.com/pocssr/pocssr/ui/words"
	"github.com/pocssr/pocssr/ui/worksheet"
)

// Screens as components. Every screen offers one small interface (screen)
// and is listed once in the registry (screenKinds). The root model keeps the
// screens open as a stack, the worksheet at the bottom, and moves only on
// the typed messages below: a screen opens another (openMsg), puts another
// in its own place (replaceMsg) or closes itself (backMsg, with a result for
// the screen below it). The root never reaches into a screen: what a screen
// is opened with comes in Open, what it hands back comes as a message.
//
// Adding a screen: write it in a package of its own under ui/ (a type with
// the methods of screen, and Open when it is opened with something, made
// from a *component.Context), give it an id below, and add one line to
// screenKinds. Open it with sh.send(openMsg{To: id}). ui/register is the
// example; docs/architecture.md, "Where to change things", walks through it.

// The interface of a screen and the navigation messages are
// ui/component's; these names keep the code of this package short.
type (
	screen     = component.Screen
	opener     = component.Opener
	selector   = component.Selector
	screenID   = component.ID
	openMsg    = component.Open
	replaceMsg = component.Replace
	backMsg    = component.Back
	selectMsg  = component.Select
)

const (
	worksheetScreen screenID = iota
	questionnaireScreen
	detailScreen
	frameworkScreen
	helpScreen
	reviewScreen
	portfolioScreen
	presentScreen
	registerScreen
	compareScreen
	briefingScreen
	numScreens // not a screen: how many there are, for the registry's test
)

// area is the part of the terminal a screen draws in.
type area int

const (
	contentArea area = iota // below the title bar, capped at maxWidth
	tableArea               // the same, capped at the wider maxTableWidth
	wholeArea               // the whole terminal: the chrome is hidden
)

// screenKind is one entry of the registry.
type screenKind struct {
	id screenID
	// about is how the help screen names it: "Keys of the <about> screen".
	about string
	area  area
	make  func(sh *shared) screen
}

// screenKinds is the registry of screens: one line per screen.
var screenKinds = []screenKind{
	{worksheetScreen, "worksheet", tableArea, func(sh *shared) screen { return worksheet.New(sh.ctx, sh.worksheetLinks()) }},
	{questionnaireScreen, "questionnaire", tableArea, func(sh *shared) screen { return questionnaire.New(sh.ctx, sh.questionnaireLinks()) }},
	{detailScreen, "activity", contentArea, func(sh *shared) screen { return activityscreen.New(sh.ctx, sh.activityLinks()) }},
	{frameworkScreen, "framework", contentArea, func(sh *shared) screen { return framework.New(sh.ctx, sh.rb, sh.openCase) }},
	{helpScreen, "help", contentArea, func(sh *shared) screen { return keyhelp.New(sh.ctx) }},
	{reviewScreen, "review of drafts", contentArea, func(sh *shared) screen {
		return review.New(sh.ctx, draftWords{sh}, othersHeading(sh.rb), sh.editInReview)
	}},
	{portfolioScreen, "portfolio", contentArea, func(sh *shared) screen { return portfolio.New(sh.ctx, detailScreen) }},
	{presentScreen, "presentation", wholeArea, func(sh *shared) screen { return present.New(sh.ctx, sh.account, sh.suggested) }},
	{registerScreen, "risk register", tableArea, func(sh *shared) screen { return register.New(sh.ctx, detailScreen) }},
	{compareScreen, "comparison", tableArea, func(sh *shared) screen { return compareview.New(sh.ctx, sh.rb) }},
	{briefingScreen, "briefing", tableArea, func(sh *shared) screen { return briefview.New(sh.ctx) }},
}

// navigator is the stack of open screens.
type navigator struct {
	kinds   map[screenID]screenKind
	screens map[screenID]screen
	stack   []screenID // the worksheet first; the last is in front
}

func newNavigator(sh *shared) navigator {
	n := navigator{kinds: make(map[screenID]screenKind, len(screenKinds)), screens: make(map[screenID]screen, len(screenKinds)),
		stack: []screenID{worksheetScreen}}
	for _, k := range screenKinds {
		n.kinds[k.id] = k
		n.screens[k.id] = k.make(sh)
	}
	return n
}

// front is the screen in front.
func (n *navigator) front() screenID { return n.stack[len(n.stack)-1] }

// isOpen reports whether a screen is on the stack.
func (n *navigator) isOpen(id screenID) bool { return slices.Contains(n.stack, id) }

// open brings a screen to the front (see openMsg).
func (n *navigator) open(id screenID) {
	if i := slices.Index(n.stack, id); i >= 0 {
		n.stack = n.stack[:i+1]
		return
	}
	n.stack = append(n.stack, id)
}

// under is the screen that id, opened now (in place of the screen in front
// with replace), goes back to: the one below it where it is open already
// (open closes the screens over it), else the one it is opened over.
func (n *navigator) under(id screenID, replace bool) screenID {
	stack := n.stack
	if i := slices.Index(stack, id); i >= 0 {
		stack = stack[:i]
	} else if replace {
		stack = stack[:len(stack)-1]
	}
	if len(stack) == 0 {
		return worksheetScreen
	}
	return stack[len(stack)-1]
}

// back closes the screen in front; the worksheet stays.
func (n *navigator) back() {
	if len(n.stack) > 1 {
		n.stack = n.stack[:len(n.stack)-1]
	}
}

// reset closes every screen but the worksheet.
func (n *navigator) reset() { n.stack = n.stack[:1] }

// openCase opens a case of the library at presentation size: how the
// framework screen, which knows neither the presentation's id nor what it
// is opened with, opens the case chosen in its risk catalogue.
func (sh *shared) openCase(a *model.Activity) openMsg {
	return openMsg{To: presentScreen, Arg: present.Case{Activity: a}}
}

// account is an activity's account as the activity screen lays it out, for
// the presentation, which shows it at full size.
func (sh *shared) account(a *model.Activity, r *classify.Result, w int) []string {
	lines := accountLines(sh, a, r, w)
	if strings.TrimSpace(a.Source.Text) != "" {
		// After the source text, the words behind what it suggests, as
		// the activity screen and the review show them: a walk found the
		// presentation's account giving a room no evidence for a reading.
		d := draftWords{sh}
		if reading := d.Read(a); reading != nil {
			lines = append(lines, d.Behind(a, reading, "", w)...)
		}
	}
	return lines
}

// suggested lists the answers of draft a that only its words suggest,
// nobody having confirmed them (session.Sheet.Suggested), read as the
// activity screen reads them: none for an activity that is no draft.
func (sh *shared) suggested(a *model.Activity) []model.Fact {
	if a.Status != model.StatusDraft {
		return nil
	}
	return sh.sheet.Suggested(a, &draftWords{sh}.Read(a).Facts)
}

// editInReview opens the questionnaire on a draft from the review of drafts,
// which knows neither the questionnaire's id nor what it is opened with:
// finishing there goes on with the review.
func (sh *shared) editInReview(a *model.Activity) openMsg {
	return openMsg{To: questionnaireScreen, Arg: questionnaire.Edit{Activity: a, InReview: true}}
}

// activityLinks is what the activity screen opens and how it reads the
// words behind an activity's source, as the review of drafts does.
func (sh *shared) activityLinks() activityscreen.Links {
	return activityscreen.Links{
		Register: registerScreen,
		Edit: func(a *model.Activity) replaceMsg {
			return replaceMsg{To: questionnaireScreen, Arg: questionnaire.Edit{Activity: a}}
		},
		Read:   draftWords{sh}.Read,
		Behind: draftWords{sh}.Behind,
	}
}

// worksheetLinks is what the worksheet's keys open, what y copies, and what
// the empty list says while a large file is read at start-up.
func (sh *shared) worksheetLinks() worksheet.Links {
	return worksheet.Links{
		Detail: detailScreen, Framework: frameworkScreen, Portfolio: portfolioScreen,
		Present: presentScreen, Register: registerScreen, Review: reviewScreen,
		Edit: func(a *model.Activity, isNew bool) openMsg {
			return openMsg{To: questionnaireScreen, Arg: questionnaire.Edit{Activity: a, IsNew: isNew}}
		},
		CopyLine: func(a *model.Activity) string { return copyLine(sh.sheet, a) },
		Reading:  func() string { return sh.reading },
	}
}

// questionnaireLinks is where finishing the questionnaire may go, and the
// reader it reads the words with (made once, as every screen reads them).
func (sh *shared) questionnaireLinks() questionnaire.Links {
	return questionnaire.Links{Detail: detailScreen, Register: registerScreen, Reader: sh.reader}
}

// draftWords reads an activity's words with the rulebook's reader, made
// once, and lays them out as the activity's account does (ui/words): the
// review of drafts reads them through it (review.Words), the account
// through its Links.
type draftWords struct{ sh *shared }

// Read is what the reader makes of the activity's words (words.Read).
func (d draftWords) Read(a *model.Activity) *suggest.Suggestion {
	return words.Read(d.sh.reader(), a)
}

// Behind is the reading as lines of width w (words.Behind), the answers
// that only the words suggest marked as the worksheet holds them
// (session.Sheet.Suggested): none once the activity is reviewed. how is
// the key that asks the facts of which nothing was read, "" to leave them
// unsaid.
func (d draftWords) Behind(a *model.Activity, reading *suggest.Suggestion, how string, w int) []string {
	return words.Behind(d.sh.rb, d.sh.st, a, d.sh.sheet.Ref(a), reading, d.sh.sheet.Suggested(a, &reading.Facts), how, w)
}
