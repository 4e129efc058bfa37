package ui

import (
	"strings"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/suggest"
	"github.com/pocssr/pocssr/ui/component"
)

// shared is what every screen reads: the rulebook, the worksheet being edited,
// the styles and the global keys. The root model owns it; screens hold a pointer.
type shared struct {
	rb     *classify.Rulebook
	sheet  *sheet
	st     *styles
	global globalKeys
	now    func() time.Time
	// demo is set when the worksheet is the built-in case library.
	demo bool
	// briefing is what the configuration file says of exports.
	briefing Briefing
	// ctx is what screens in packages of their own read (ui/component): the
	// same styles and keys, and the queue of messages to the root.
	ctx *component.Context
	// reading is what the worksheet's empty list says while a large file
	// is read at start-up (startup.go); "" otherwise.
	reading string
	// words reads descriptions and mandates with the rulebook's cue lexicon;
	// made on first use (see reader).
	words *suggest.Reader
}

// reader is the plain-language reader of the rulebook, made once.
func (sh *shared) reader() *suggest.Reader {
	if sh.words == nil {
		sh.words = suggest.NewReader(sh.rb)
	}
	return sh.words
}

// The smallest terminal the screens are laid out for.
const (
	minWidth  = 80
	minHeight = 24
	// maxWidth caps the width of the content so that lines stay readable on a
	// very wide terminal.
	maxWidth = 120
	// maxTableWidth caps the worksheet's list, whose titles use a wide
	// terminal's width.
	maxTableWidth = 200
)

// statusMsg shows a line in the status bar.
type statusMsg = component.Status

// request is something a screen asks of the root model (component.Request,
// which the screens of their own packages send as it is).
type request = component.Request

const (
	requestQuit     = component.RequestQuit
	requestSaveAs   = component.RequestSaveAs
	requestExport   = component.RequestExport
	requestBriefing = component.RequestBriefing
	requestHeading  = component.RequestHeading
	requestImport   = component.RequestImport
)

// newShared builds what every screen reads, with the styles of the default
// theme.
func newShared(rb *classify.Rulebook, sheet *sheet, g globalKeys, demo bool) *shared {
	st := newStyles(DefaultTheme())
	return &shared{rb: rb, sheet: sheet, st: st, global: g, now: time.Now, demo: demo,
		ctx: &component.Context{Sheet: sheet.Sheet, Styles: st, Keys: g}}
}

// status shows a line in the status bar.
func (sh *shared) status(text string) tea.Cmd { return sh.ctx.Status(text) }

// statusError shows a line in the status bar, marked as an error.
func (sh *shared) statusError(text string) tea.Cmd { return sh.ctx.StatusError(text) }

// Theme is the palette of the terminal UI (component.Theme).
type Theme = component.Theme

// DefaultTheme is the built-in palette.
func DefaultTheme() Theme { return component.DefaultTheme() }

// styles are the styles every screen reads, built once (component.Styles).
type styles = component.Styles

func newStyles(t Theme) *styles { return component.NewStyles(t) }

// statusLine is the status line under a screen w cells wide, and how wide
// it is drawn: a message longer than the screen's area takes the screen's
// width, as the key line does (at 200 columns a note of the review was cut
// at its 120).
func (m *Model) statusLine(w int) (line string, sw int) {
	status := m.statusText()
	warn := m.autosaveWarning()
	sw = w
	if ansi.StringWidth(status)+len("! ") > w || m.status == "" && ansi.StringWidth(warn)+len("! ") > w {
		sw = max(w, m.width)
	}
	return m.statusIn(sw), sw
}

// statusIn is what the status line says, cut to w cells ("… (?)").
func (m *Model) statusIn(w int) string {
	st := m.sh.st
	status := m.statusText()
	warn := m.autosaveWarning()
	line := st.Status.Render(cutStatus(status, w))
	if m.statusErr && status != "" {
		line = st.Error.Render(cutStatus("! "+status, w))
	} else if m.status == "" && warn != "" {
		// Unsaved work that is not being kept is said until it is again.
		line = st.Error.Render(cut("! "+oneLine(warn), w))
	}
	return line
}

// statusText is the status line's message, the task under way first.
func (m *Model) statusText() string {
	// What the status line says may name files and quote text from them:
	// it reaches the terminal only as safe text, whoever set it.
	status := oneLine(m.status)
	if m.task != nil {
		// Said before anything else, until the task ends.
		status = strings.TrimSpace(oneLine(m.task.doing) + " " + status)
	}
	return status
}

// cutStatus is a status message cut to w cells: where it does not fit, it
// ends "… (?)", naming the key that gives it whole, as the messages that
// cut themselves do (after a review at 80 columns "…, 5 skipped, 1 disc…"
// named no key).
func cutStatus(s string, w int) string {
	if ansi.StringWidth(s) <= w || w <= len(component.HelpSign)+1 {
		return cut(s, w)
	}
	return cut(s, w-len(component.HelpSign)) + component.HelpSign
}

// clearStatus takes the message off the status line, as every key does.
func (m *Model) clearStatus() {
	m.status, m.statusErr, m.statusFull = "", false, ""
}

// helpMessage is what the help opened now shows of the status line's
// message: the message whole while it is on the line, which ? takes it
// off, and nothing once it has gone. A message kept for the help after it
// left the line (by a key, or a trip through the presentation) read, one
// screen later, as if the line still said it, of a worksheet that may have
// changed since or over a screen it was not said over.
func (m *Model) helpMessage() string {
	if m.status == "" {
		return ""
	}
	return m.statusWhole()
}

// statusWhole is the status line's message whole, for the help to show:
// its long form where the line holds it only in short.
func (m *Model) statusWhole() string {
	if m.statusFull != "" {
		return oneLine(m.statusFull)
	}
	return oneLine(m.status)
}
