package ui

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/sample"
	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/present"
)

// The first screen of a large worksheet is drawn before the worksheet is
// read: with a reading held back until the test lets it go, the screen says
// it is reading, keys change nothing, nothing is classified; once the
// reading is done the worksheet is in place, its first activities listed
// and its keys working.
func TestFirstScreenComesBeforeTheWorksheetIsRead(t *testing.T) {
	rb, err := classify.Load(filepath.Join("..", "classify", "rulebook.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	ws := sample.Worksheet(rb, 300, 5)
	release := make(chan struct{})
	read := func(func() bool) worksheetRead {
		<-release
		return worksheetRead{sheet: newSheetOn(rb, ws, "2026-01-01")}
	}
	m := newReadingModel(rb, "big.yaml", false, "2026-01-01", read, nil)
	cmd := m.Init()
	if cmd == nil {
		t.Fatal("the model starts no reading")
	}
	before := rb.Classified()
	m.Update(resize(120, 40))
	first := screenText(m)
	if !strings.Contains(first, "Reading the activities of big.yaml…") || !strings.Contains(first, "Reading big.yaml: the worksheet appears") {
		t.Fatalf("the first screen does not say it is reading the file:\n%s", first)
	}
	for _, k := range []string{"n", "d", "down", "o"} {
		m.Update(keyMsg(k))
	}
	if m.sh.sheet.Len() != 0 || m.sh.sheet.Dirty() || m.nav.front() != worksheetScreen {
		t.Fatalf("keys typed while reading changed something: %d activities, dirty %v", m.sh.sheet.Len(), m.sh.sheet.Dirty())
	}
	if n := rb.Classified() - before; n != 0 {
		t.Fatalf("the first screen classified %d activities", n)
	}
	got := make(chan tea.Msg, 1)
	go func() { got <- cmd() }()
	select {
	case <-got:
		t.Fatal("the reading ended before it was let go")
	default:
	}
	close(release)
	gen := m.sh.sheet.Gen()
	m.Update(<-got)
	if m.reading != nil || m.sh.sheet.Len() != 300 || m.sh.sheet.Gen() == gen {
		t.Fatalf("the worksheet read is not in place: %d activities", m.sh.sheet.Len())
	}
	screen := screenText(m)
	if strings.Contains(screen, "Reading") || !strings.Contains(screen, oneLine(ws.Activities[0].Title)[:20]) {
		t.Fatalf("the worksheet read is not shown:\n%s", screen)
	}
	if m.sh.sheet.Today() != "2026-01-01" {
		t.Errorf("the register is read on %q", m.sh.sheet.Today())
	}
	m.Update(keyMsg("down"))
	if got := m.worksheet.Selected(); got != m.sh.sheet.At(1) {
		t.Errorf("the keys do not move the list once it is read: %q selected", got.Title)
	}
}

// A file that turns out invalid ends the program with its problems, as it
// would before the first screen.
func TestInvalidWorksheetReadEndsTheProgram(t *testing.T) {
	bad := errors.New("big.yaml:3:1: bad")
	m := newReadingModel(classify.Default(), "big.yaml", false, "", func(func() bool) worksheetRead { return worksheetRead{err: bad} }, nil)
	if !run(m, m.Init()) {
		t.Fatal("the program goes on after an invalid file")
	}
	if !errors.Is(m.StartError, bad) {
		t.Errorf("StartError = %v", m.StartError)
	}
}

// Only a file larger than readAtStartBytes is read beside the event loop.
func TestOnlyLargeFilesAreReadInBackground(t *testing.T) {
	dir := t.TempDir()
	small, large := filepath.Join(dir, "small.yaml"), filepath.Join(dir, "large.yaml")
	if err := os.WriteFile(small, []byte("activities: []\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(large, make([]byte, readAtStartBytes+1), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		opts Options
		want bool
	}{
		{Options{Path: small}, false},
		{Options{Path: large}, true},
		{Options{Path: large, Demo: true}, false},
		{Options{Path: filepath.Join(dir, "missing.yaml")}, false},
		{Options{Path: dir}, false},
		{Options{}, false},
	} {
		if got := readInBackground(c.opts); got != c.want {
			t.Errorf("readInBackground(%+v) = %v", c.opts, got)
		}
	}
}

// A program that ends while the worksheet is read does not wait for the
// reading unless the reading opened the autosave, which it then closes; a
// reading told the program ended opens nothing.
func TestEndingWhileReadingWaitsOnlyForAnOpenedAutosave(t *testing.T) {
	m := newReadingModel(classify.Default(), "big.yaml", false, "", nil, nil)
	m.reading.abandon() // returns: the reading never opened the autosave
	if m.reading.goOn() {
		t.Fatal("a reading goes on to open the autosave after the program ended")
	}
	opened := newReadingModel(classify.Default(), "big.yaml", false, "", nil, nil)
	if !opened.reading.goOn() {
		t.Fatal("a reading of a running program may not open the autosave")
	}
	opened.reading.done <- worksheetRead{}
	opened.reading.abandon() // waits for the result it was given
	select {
	case <-opened.reading.done:
		t.Fatal("abandon did not take the reading's result")
	default:
	}
}

// `pocssr present` on a large worksheet places the whole board: what the
// opening asks to run before the program starts runs from Init, and a
// worksheet read at start-up opens the presentation with its placing.
func TestPresentAtStartPlacesTheWholeBoard(t *testing.T) {
	rb := classify.Default()
	// 50 activities a message: the 180 take four.
	placeFew := func(m *Model) { m.nav.screens[presentScreen].(*present.Screen).PlaceAtMost(50) }
	board := func(m *Model) {
		t.Helper()
		at := m.nav.screens[presentScreen].(*present.Screen).Placing()
		if m.nav.front() != presentScreen || at.Pending || at.TitlesMeasured != 180 {
			t.Fatalf("the board is not placed: in front %v, pending %v, %d placed", m.nav.front() == presentScreen, at.Pending, at.TitlesMeasured)
		}
	}
	opened := NewModel(rb, sample.Worksheet(rb, 180, 4), false, nil, nil)
	placeFew(opened)
	opened.Update(resize(120, 40))
	opened.Present()
	run(opened, opened.Init())
	board(opened)

	ws := sample.Worksheet(rb, 180, 4)
	read := newReadingModel(rb, "big.yaml", true, "", func(func() bool) worksheetRead {
		return worksheetRead{sheet: newSheetOn(rb, ws, "")}
	}, nil)
	placeFew(read)
	read.Update(resize(120, 40))
	run(read, read.Init())
	board(read)
}

// The file's first activities are shown while the rest is read: they come
// before the whole (held back here), keys still wait, and the whole then
// takes their place.
func TestFirstActivitiesShowWhileTheRestIsRead(t *testing.T) {
	rb := classify.Default()
	ws := sample.Worksheet(rb, 300, 5)
	first := &model.Worksheet{Activities: ws.Activities[:40]}
	release := make(chan struct{})
	m := newReadingModel(rb, "big.yaml", false, "", func(func() bool) worksheetRead {
		<-release
		return worksheetRead{sheet: newSheetOn(rb, ws, "")}
	}, func() *model.Worksheet { return first })
	m.Update(resize(120, 40))
	_, rest := m.Update(m.Init()())
	screen := screenText(m)
	if m.sh.sheet.Len() != 40 || !strings.Contains(screen, oneLine(ws.Activities[0].Title)[:20]) ||
		!strings.Contains(screen, "its first 40 activities are shown") || !strings.Contains(screen, "big.yaml") {
		t.Fatalf("the first activities are not shown while the rest is read:\n%s", screen)
	}
	m.Update(keyMsg("d"))
	if m.sh.sheet.Len() != 40 || m.sh.sheet.Dirty() {
		t.Fatal("a key changed the activities shown before the file was read whole")
	}
	got := make(chan tea.Msg, 1)
	go func() { got <- rest() }()
	close(release)
	m.Update(<-got)
	if m.reading != nil || m.sh.sheet.Len() != 300 {
		t.Fatalf("the whole worksheet did not take the first activities' place: %d", m.sh.sheet.Len())
	}
}
