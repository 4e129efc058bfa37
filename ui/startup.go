package ui

import (
	"errors"
	"fmt"
	"strings"
	"sync"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
)

// A large worksheet is read beside the event loop: the program draws its
// first screen at once, says that it is reading the file, and puts the
// worksheet in place when it is read, checked and classified. A small one is
// read before the first screen, as it takes no time to notice.

// readAtStartBytes is the largest file read before the first screen: about
// 2,500 activities, read and classified in some 100 ms.
const readAtStartBytes = 1 << 20

// worksheetRead is what reading the worksheet at start-up gives the model:
// the sheet, classified on the day given, the autosave of the file and what
// it found of ended sessions, or the error that ends the program.
type worksheetRead struct {
	sheet    *sheet
	rec      *recovery
	found    []*recovered
	problems []string
	err      error
}

// reading is the start-up's reading of a large file while it runs: the file
// and what to do once it is in place. done has the result too, for Run to
// close the autosave the reading opened when the program ended before it
// was taken; a program that ends before the reading opened the autosave
// does not wait for it.
type reading struct {
	path    string
	present bool // open the presentation then
	read    func(goOn func() bool) worksheetRead
	done    chan worksheetRead
	// preview reads the file's first activities, to show while the rest is
	// read; nil, or a nil worksheet, when it cannot.
	preview func() *model.Worksheet

	mu         sync.Mutex
	abandoned  bool // the program ended
	recovering bool // the reading opened the autosave
}

// errReadingAbandoned is what a reading ends with when the program ended
// before it opened the autosave.
var errReadingAbandoned = errors.New("the program ended before the worksheet was read")

// newReadingModel is the model of the first screen while read reads the
// worksheet at path: an empty worksheet, keys that wait, a status line that
// says so. Its Init starts the reading.
func newReadingModel(rb *classify.Rulebook, path string, present bool, today model.Date, read func(goOn func() bool) worksheetRead, preview func() *model.Worksheet) *Model {
	m := NewModel(rb, model.New(path), false, nil, nil)
	m.sh.sheet.SetToday(today)
	m.reading = &reading{path: path, present: present, read: read, preview: preview, done: make(chan worksheetRead, 1)}
	m.status = m.readingStatus()
	m.sh.reading = "Reading the activities of " + model.QuoteName(path) + "…"
	return m
}

// readCmd is the command that reads the worksheet: its first activities
// first when it can (a worksheetPreview, which asks for the rest), else the
// whole.
func (r *reading) readCmd() tea.Cmd {
	return func() tea.Msg {
		if r.preview != nil {
			if ws := r.preview(); ws != nil {
				return worksheetPreview{ws: ws}
			}
		}
		return r.readAll()
	}
}

// readAll reads the whole worksheet.
func (r *reading) readAll() tea.Msg {
	got := r.read(r.goOn)
	r.done <- got
	return got
}

// worksheetPreview is the first activities of the worksheet being read.
type worksheetPreview struct{ ws *model.Worksheet }

// worksheetPreviewed shows the first activities read while the rest is
// read: keys still wait, as these are not yet the worksheet checked whole.
func (m *Model) worksheetPreviewed(msg worksheetPreview) tea.Cmd {
	r := m.reading
	if r == nil {
		return nil
	}
	shown := model.New(r.path)
	shown.Mission, shown.Mandate, shown.Activities = msg.ws.Mission, msg.ws.Mandate, msg.ws.Activities
	m.sh.sheet.Replace(shown)
	m.worksheet.Top()
	m.status, m.statusErr = fmt.Sprintf("Reading %s: its first %d activities are shown; the rest appear when the file is read and checked. q quits.",
		model.QuoteName(r.path), len(shown.Activities)), false
	return func() tea.Msg { return r.readAll() }
}

// goOn tells the reading whether to open the autosave: not once the
// program ended.
func (r *reading) goOn() bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.recovering = !r.abandoned
	return r.recovering
}

// abandon ends what a reading the program did not wait for opened: when it
// opened the autosave, it waits for it to end and closes it.
func (r *reading) abandon() {
	r.mu.Lock()
	r.abandoned = true
	wait := r.recovering
	r.mu.Unlock()
	if !wait {
		return
	}
	if got := <-r.done; got.rec != nil {
		got.rec.end()
	}
}

// worksheetReadDone puts the worksheet read at start-up in place, or ends
// the program with the file's problems.
func (m *Model) worksheetReadDone(msg worksheetRead) tea.Cmd {
	r := m.reading
	m.reading, m.sh.reading = nil, ""
	if msg.err != nil {
		m.StartError = msg.err
		return tea.Quit
	}
	m.sh.sheet.TakeOver(msg.sheet.Sheet)
	m.recovery = msg.rec
	m.status, m.statusErr = "", false
	m.worksheet.Top()
	m.offerRestore(msg.found)
	if len(msg.problems) > 0 {
		m.status, m.statusErr = "Autosave left as it is: "+strings.Join(msg.problems, "; "), true
	}
	if r != nil && r.present {
		return m.presentFirst()
	}
	return nil
}

// readingKey answers a key while the worksheet is being read: q and ctrl+c
// end the program (nothing is changed yet), any other key says it waits.
func (m *Model) readingKey(km tea.KeyMsg) tea.Cmd {
	if key.Matches(km, m.sh.global.ForceQuit) || km.String() == "q" {
		return tea.Quit
	}
	if m.sh.sheet.Len() == 0 {
		m.status, m.statusErr = m.readingStatus(), false
	}
	return nil
}

// readingStatus is the status line while the worksheet is read.
func (m *Model) readingStatus() string {
	return fmt.Sprintf("Reading %s: the worksheet appears when it is read and classified. q quits.", model.QuoteName(m.reading.path))
}
