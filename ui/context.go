package ui

import (
	"time"

	tea "github.com/charmbracelet/bubbletea"
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
