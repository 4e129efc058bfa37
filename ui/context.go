package ui

import (
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/suggest"
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
	// pending holds the messages screens sent the root (see send).
	pending []tea.Msg
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

// The messages screens send the root model besides navigation
// (navigation.go): the status line, and what only the root can do.
type (
	// statusMsg shows a line in the status bar.
	statusMsg struct {
		text string
		err  bool
	}
	// requestMsg asks the root for something only it can do.
	requestMsg struct{ what request }
)

// request is something a screen asks of the root model.
type request int

const (
	requestQuit request = iota
	requestSaveAs
	requestExport
	requestHeading
	requestImport
)

// send queues a message for the root model, which handles it as soon as the
// screen's Update returns. This queue is the one exception to "commands, not
// side queues", and only for navigation and the status line: as a command, the
// message would run beside the program, and a key typed ahead (enter, then a
// letter) could reach the screen the first key meant to leave, or clear a
// status line before it was set. Everything that takes time (saving,
// exporting, the autosave) is a command. It returns a nil command so that
// screens can return it.
func (sh *shared) send(msg tea.Msg) tea.Cmd {
	sh.pending = append(sh.pending, msg)
	return nil
}

// status shows a line in the status bar.
func (sh *shared) status(text string) tea.Cmd { return sh.send(statusMsg{text: text}) }

// statusError shows a line in the status bar, marked as an error.
func (sh *shared) statusError(text string) tea.Cmd {
	return sh.send(statusMsg{text: text, err: true})
}
