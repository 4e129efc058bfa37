package ui

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/session"
)

// isolateState points the state directory at a fresh temporary folder.
func isolateState(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	t.Setenv("XDG_STATE_HOME", dir)
	return filepath.Join(dir, "pocssr")
}

// testTimer stands in for the autosave's debounce timer: it counts the timers
// started, and the test says when one goes off (by sending autosaveTickMsg).
type testTimer struct{ started int }

// startTestRecovery begins a session's autosave as Run does, with the file's
// base read first. Its writes run at once, inside Update, and its timer is
// the test's: nothing depends on the clock or on scheduling.
func startTestRecovery(t *testing.T, file string) (*recovery, []*recovered, *testTimer) {
	t.Helper()
	base, err := session.ReadBase(file)
	if err != nil {
		t.Fatal(err)
	}
	rec, found, problems := startRecovery(file, false, base, nil, classify.Default().Vocabulary())
	if len(problems) > 0 {
		t.Fatalf("problems: %v", problems)
	}
	t.Cleanup(rec.end)
	timer := &testTimer{}
	rec.timer = func(time.Duration) tea.Cmd { timer.started++; return nil }
	rec.run = func(f func() tea.Msg) tea.Cmd {
		msg := f()
		return func() tea.Msg { return msg }
	}
	return rec, found, timer
}

// autosaved reads what a recovery's autosave holds.
func autosaved(t *testing.T, rec *recovery) *model.Worksheet {
	t.Helper()
	data, err := os.ReadFile(rec.Path())
	if err != nil {
		return nil
	}
	var r session.Record
	if err := jsonUnmarshal(data, &r); err != nil {
		t.Fatal(err)
	}
	ws, err := model.Parse(rec.Path(), r.Worksheet, classify.Default().Vocabulary())
	if err != nil {
		t.Fatal(err)
	}
	return ws
}

func titles(ws *model.Worksheet) string {
	if ws == nil {
		return "<no autosave>"
	}
	var out []string
	for _, a := range ws.Activities {
		out = append(out, a.Title)
	}
	return strings.Join(out, "|")
}

// The first change is written at once (a crash right after it loses nothing);
// the changes that follow are gathered until the timer goes off.
func TestFirstChangeIsAutosavedAtOnce(t *testing.T) {
	isolateState(t)
	path := filepath.Join(t.TempDir(), "w.yaml")
	rec, _, timer := startTestRecovery(t, path)
	m := NewModel(classify.Default(), model.New(path), false, rec, nil)
	m.Update(resize(100, 30))
	press(t, m, "n")
	// A new activity with nothing entered is no change yet (the title bar
	// is not marked modified): nothing is written.
	if got := titles(autosaved(t, rec)); got != "<no autosave>" || timer.started != 0 {
		t.Fatalf("a new activity with nothing entered was autosaved: %q, %d timers", got, timer.started)
	}
	typeText(t, m, "V")
	if got := titles(autosaved(t, rec)); got != "V" || timer.started != 1 {
		t.Fatalf("after the first change the autosave holds %q, %d timers", got, timer.started)
	}
	typeText(t, m, "etting")
	if got := titles(autosaved(t, rec)); got != "V" || timer.started != 1 {
		t.Fatalf("changes within the delay were written one by one: %q, %d timers", got, timer.started)
	}
	m.Update(autosaveTickMsg{})
	if got := titles(autosaved(t, rec)); got != "Vetting" || timer.started != 2 {
		t.Fatalf("when the timer went off the autosave holds %q, %d timers", got, timer.started)
	}
	m.Update(autosaveTickMsg{}) // a quiet delay: nothing to write, no new timer
	typeText(t, m, "s")
	if got := titles(autosaved(t, rec)); got != "Vettings" || timer.started != 3 {
		t.Fatalf("the first change after a quiet delay: %q, %d timers", got, timer.started)
	}
}

func TestSavingAndQuittingCleanlyRemoveOnlyTheirOwnAutosave(t *testing.T) {
	state := isolateState(t)
	path := filepath.Join(t.TempDir(), "w.yaml")
	other, _, _ := startTestRecovery(t, path) // another program on the same file
	m2 := NewModel(classify.Default(), model.New(path), false, other, nil)
	m2.Update(resize(100, 30))
	press(t, m2, "n")
	typeText(t, m2, "Theirs")
	m2.Update(autosaveTickMsg{})

	rec, found, _ := startTestRecovery(t, path)
	if len(found) != 0 {
		t.Fatal("offered the autosave of a program still running")
	}
	m := NewModel(classify.Default(), model.New(path), false, rec, nil)
	m.Update(resize(100, 30))
	press(t, m, "n")
	typeText(t, m, "Vetting")
	m.Update(autosaveTickMsg{})
	if titles(autosaved(t, rec)) != "Vetting" {
		t.Fatalf("autosave holds %q", titles(autosaved(t, rec)))
	}
	press(t, m, "esc", "ctrl+s")
	if _, err := os.Stat(rec.Path()); !os.IsNotExist(err) {
		t.Error("saving did not remove the autosave")
	}
	press(t, m, "d")
	press(t, m, "q", "d")
	rec.end()
	if titles(autosaved(t, other)) != "Theirs" {
		t.Error("one program's clean quit removed another's autosave")
	}
	entries, _ := os.ReadDir(state)
	if len(entries) != 2 { // the other program's autosave and lock
		t.Errorf("left in the state folder: %v", entries)
	}
}

func TestForceQuitKeepsUnsavedWork(t *testing.T) {
	isolateState(t)
	rec, _, _ := startTestRecovery(t, "")
	m := NewModel(classify.Default(), model.New(""), false, rec, nil)
	m.Update(resize(100, 30))
	press(t, m, "n")
	typeText(t, m, "Half typed")
	if !press(t, m, "ctrl+c") {
		t.Fatal("ctrl+c did not quit")
	}
	if !strings.Contains(m.Note, rec.Path()) || m.LostWork != nil {
		t.Errorf("note %q does not say where the work is (lost: %v)", m.Note, m.LostWork)
	}
	rec.end()
	_, found, _ := startTestRecovery(t, "")
	if len(found) != 1 || titles(found[0].Worksheet) != "Half typed" {
		t.Fatal("the next start does not offer the unsaved activity")
	}
}

// endedSession leaves an autosave as a program that ended without saving
// does.
func endedSession(t *testing.T, file string, saved time.Time, acts ...*model.Activity) {
	t.Helper()
	rec, found, _ := startTestRecovery(t, file)
	for _, f := range found {
		f.release() // this one only leaves work behind; it decides nothing
	}
	ws := sheetOf(acts...)
	ws.Mission = "MINUSCA"
	data, err := captureRecovery(ws, saved).of(rec).encode()
	if err != nil {
		t.Fatal(err)
	}
	if err := rec.save.Write(1, data); err != nil {
		t.Fatal(err)
	}
	rec.end()
}

func TestRestoreOffersEveryEndedSessionsWork(t *testing.T) {
	isolateState(t)
	rb := classify.Default()
	endedSession(t, "", time.Date(2025, 3, 1, 9, 0, 0, 0, time.UTC), activity(t, "Older one"))
	endedSession(t, "", time.Date(2025, 3, 1, 10, 0, 0, 0, time.UTC), activity(t, "Newer one"), activity(t, "Newer two"))
	rec, found, _ := startTestRecovery(t, "")
	m := NewModel(rb, model.New(""), false, rec, found)
	m.Update(resize(100, 30))
	requireScreen(t, m, "Restore unsaved work?", "2 sessions ended without saving", "holds 2 activities",
		"[r] restore", "[d] discard", "[esc] decide later")
	press(t, m, "d")
	requireScreen(t, m, "Restore unsaved work?", "A session ended without saving", "holds 1 activity")
	press(t, m, "r")
	if m.sh.sheet.Len() != 1 || !m.sh.sheet.Dirty() || m.sh.sheet.Worksheet().Mission != "MINUSCA" {
		t.Fatalf("restore: %d activities, modified %v", m.sh.sheet.Len(), m.sh.sheet.Dirty())
	}
	requireScreen(t, m, "Older one", "Restored 1 activity")
	if titles(autosaved(t, rec)) != "Older one" {
		t.Error("the restored work is not in this session's autosave")
	}
	rec.end()
	// Both ended sessions' autosaves are gone; the work is in this one's.
	_, found, _ = startTestRecovery(t, "")
	if len(found) != 1 || titles(found[0].Worksheet) != "Older one" {
		t.Fatalf("after restoring, the next start finds %d autosaves", len(found))
	}
}

func TestDecidingLaterKeepsTheAutosaveForTheNextStart(t *testing.T) {
	isolateState(t)
	endedSession(t, "", time.Now(), activity(t, "Kept"))
	rec, found, _ := startTestRecovery(t, "")
	m := NewModel(classify.Default(), model.New(""), false, rec, found)
	m.Update(resize(100, 30))
	press(t, m, "esc")
	if m.prompt != nil || m.sh.sheet.Len() != 0 {
		t.Fatal("decide later did not close the question")
	}
	if !press(t, m, "q") {
		t.Fatal("q with nothing unsaved did not quit")
	}
	rec.end()
	_, found, _ = startTestRecovery(t, "")
	if len(found) != 1 {
		t.Fatal("an autosave left for later is gone")
	}
}

// One esc decides later for all the work found: with two ended sessions the
// first esc once brought up a second dialog that read the same, and looked
// ignored.
func TestOneEscDecidesLaterForEveryAutosave(t *testing.T) {
	isolateState(t)
	endedSession(t, "", time.Date(2025, 3, 1, 9, 0, 0, 0, time.UTC), activity(t, "Older one"))
	endedSession(t, "", time.Date(2025, 3, 1, 10, 0, 0, 0, time.UTC), activity(t, "Newer one"))
	rec, found, _ := startTestRecovery(t, "")
	m := NewModel(classify.Default(), model.New(""), false, rec, found)
	m.Update(resize(80, 24))
	requireScreen(t, m, "Restore unsaved work?", "Deciding later keeps all 2")
	press(t, m, "esc")
	if m.prompt != nil {
		t.Fatalf("one esc left the dialog open:\n%s", m.View())
	}
	requireScreen(t, m, "2 autosaves are kept for the next start.")
	rec.end()
	if _, found, _ = startTestRecovery(t, ""); len(found) != 2 {
		t.Fatalf("the next start finds %d autosaves, want the 2 left for later", len(found))
	}
}

// Work restored from an autosave is saved against the file as that session
// read it: a colleague's save since then is not replaced without asking.
func TestRestoredWorkDoesNotOverwriteAColleaguesSave(t *testing.T) {
	isolateState(t)
	rb := classify.Default()
	path := filepath.Join(t.TempDir(), "plan.yaml")
	os.WriteFile(path, []byte("activities:\n  - title: First\n"), 0o644)
	endedSession(t, path, time.Now(), activity(t, "First"), activity(t, "Mine"))
	colleague := []byte("activities:\n  - title: First\n  - title: Theirs\n")
	os.WriteFile(path, colleague, 0o644)

	rec, found, _ := startTestRecovery(t, path)
	ws, err := model.Load(path, rb.Vocabulary())
	if err != nil {
		t.Fatal(err)
	}
	m := NewModel(rb, ws, false, rec, found)
	m.Update(resize(100, 30))
	requireScreen(t, m, "The file has changed since that session read it")
	press(t, m, "r", "ctrl+s")
	requireScreen(t, m, "The file changed on disk", "[a] save as another file")
	if data, _ := os.ReadFile(path); string(data) != string(colleague) {
		t.Fatal("the colleague's save was replaced")
	}
	press(t, m, "a")
	m.prompt.fields[0].input.SetValue(filepath.Join(filepath.Dir(path), "mine.yaml"))
	press(t, m, "enter")
	requireScreen(t, m, "Saved 2 activities")
	// Saved, the work's base is the file it went to: the next save goes ahead.
	press(t, m, "c", "ctrl+s")
	requireScreen(t, m, "Saved 3 activities")
}

// Without a colleague's save in between, restored work saves as usual.
func TestRestoredWorkSavesOverTheFileItCameFrom(t *testing.T) {
	isolateState(t)
	rb := classify.Default()
	path := filepath.Join(t.TempDir(), "plan.yaml")
	os.WriteFile(path, []byte("activities:\n  - title: First\n"), 0o644)
	endedSession(t, path, time.Now(), activity(t, "First"), activity(t, "Mine"))
	rec, found, _ := startTestRecovery(t, path)
	ws, _ := model.Load(path, rb.Vocabulary())
	m := NewModel(rb, ws, false, rec, found)
	m.Update(resize(100, 30))
	refuseScreen(t, m, "has changed since")
	press(t, m, "r", "ctrl+s")
	requireScreen(t, m, "Saved 2 activities")
}

// A failing autosave (a full disk, a folder gone) is said on screen and stays
// said; quitting with unsaved changes then never ends without a word.
func TestFailingAutosaveIsShownAndQuittingAsks(t *testing.T) {
	state := isolateState(t)
	rec, _, _ := startTestRecovery(t, "")
	m := NewModel(classify.Default(), model.New(""), false, rec, nil)
	m.Update(resize(100, 30))
	os.RemoveAll(state) // every write from now on fails
	press(t, m, "n")
	typeText(t, m, "Unkept")
	press(t, m, "esc")
	requireScreen(t, m, "! Autosave failing, unsaved changes are not kept")
	press(t, m, "down") // a key clears the status line; the warning stays
	requireScreen(t, m, "! Autosave failing")

	if press(t, m, "ctrl+c") {
		t.Fatal("ctrl+c quit with work the autosave could not keep")
	}
	requireScreen(t, m, "Unsaved changes would be lost", "[s] save and quit", "[a] save as another file", "ctrl+c again")
	press(t, m, "esc")
	if press(t, m, "q") {
		t.Fatal("q quit with unsaved changes")
	}
	requireScreen(t, m, "Unsaved changes", "Autosave failing")
	press(t, m, "esc", "ctrl+c")
	if !press(t, m, "ctrl+c") {
		t.Fatal("a second ctrl+c did not quit")
	}
	if m.LostWork == nil || !strings.Contains(m.LostWork.Error(), "lost") {
		t.Errorf("quitting with lost work says %v", m.LostWork)
	}
}

// Saving from the question asked at ctrl+c quits once saved.
func TestSaveFromTheLoseWorkQuestionQuits(t *testing.T) {
	state := isolateState(t)
	path := filepath.Join(t.TempDir(), "w.yaml")
	rec, _, _ := startTestRecovery(t, path)
	m := NewModel(classify.Default(), model.New(path), false, rec, nil)
	m.Update(resize(100, 30))
	os.RemoveAll(state)
	press(t, m, "n")
	typeText(t, m, "Kept in the file")
	press(t, m, "esc", "ctrl+c")
	if !press(t, m, "s") {
		t.Fatal("save and quit did not quit")
	}
	if ws, err := model.Load(path, classify.Default().Vocabulary()); err != nil || titles(ws) != "Kept in the file" {
		t.Fatalf("file: %v", err)
	}
}

// A state folder that cannot be used is said at once, and ctrl+c with
// unsaved changes asks.
func TestUnavailableAutosaveIsShown(t *testing.T) {
	state := isolateState(t)
	os.Symlink(t.TempDir(), state)
	base, _ := session.ReadBase("")
	rec, _, _ := startRecovery("", false, base, nil, classify.Default().Vocabulary())
	m := NewModel(classify.Default(), model.New(""), false, rec, nil)
	m.Update(resize(100, 30))
	requireScreen(t, m, "! Autosave unavailable", "symbolic link")
	press(t, m, "n")
	typeText(t, m, "x")
	if press(t, m, "ctrl+c") {
		t.Fatal("ctrl+c quit with work nothing keeps")
	}
	requireScreen(t, m, "Unsaved changes would be lost")
}

func TestReadOnlyWorksheetIsNotReplaced(t *testing.T) {
	isolateState(t)
	rb := classify.Default()
	path := filepath.Join(t.TempDir(), "plan.yaml")
	content := []byte("activities:\n  - title: First\n")
	os.WriteFile(path, content, 0o444)
	rec, _, _ := startTestRecovery(t, path)
	ws, _ := model.Load(path, rb.Vocabulary())
	m := NewModel(rb, ws, false, rec, nil)
	m.Update(resize(100, 30))
	press(t, m, "c", "ctrl+s")
	requireScreen(t, m, "The file is read-only", "plan.yaml is read-only", "[a] save as another file")
	if data, _ := os.ReadFile(path); string(data) != string(content) {
		t.Fatal("a read-only worksheet was replaced")
	}
	press(t, m, "a")
	requireScreen(t, m, "Save as")
}

// The core's save reports a read-only file with model.ErrReadOnly; the UI
// answers it the same way.
func TestReadOnlyRefusalOfTheCoreOffersSaveAs(t *testing.T) {
	isolateState(t)
	defer func(f func(*model.Worksheet, string, model.SaveOptions) error) { disk.save = f }(disk.save)
	disk.save = func(_ *model.Worksheet, path string, _ model.SaveOptions) error {
		return errors.Join(errors.New(path), model.ErrReadOnly)
	}
	path := filepath.Join(t.TempDir(), "plan.yaml")
	rec, _, _ := startTestRecovery(t, path)
	m := NewModel(classify.Default(), model.New(path), false, rec, nil)
	m.Update(resize(100, 30))
	press(t, m, "n")
	typeText(t, m, "Patrols")
	press(t, m, "esc", "ctrl+s")
	requireScreen(t, m, "The file is read-only", "[a] save as another file")
	if !m.sh.sheet.Dirty() {
		t.Error("a refused save counted as saved")
	}
}

// An activity still without a title is saved and autosaved with a provisional
// one, so that both files can be read again.
func TestUntitledActivityNeverMakesAnUnreadableFile(t *testing.T) {
	isolateState(t)
	rb := classify.Default()
	path := filepath.Join(t.TempDir(), "w.yaml")
	rec, _, _ := startTestRecovery(t, path)
	m := NewModel(rb, model.New(path), false, rec, nil)
	m.Update(resize(100, 30))
	press(t, m, "n", "tab")
	typeText(t, m, "Radio programmes on civilian protection")
	run(m, m.autosave())
	if got := titles(autosaved(t, rec)); got != "Radio programmes on civilian protection" {
		t.Fatalf("autosave of an untitled activity: %q", got)
	}
	if m.qs().Activity.Title != "" {
		t.Error("the autosave changed the activity being written")
	}
	press(t, m, "ctrl+s")
	ws, err := model.Load(path, rb.Vocabulary())
	if err != nil {
		t.Fatalf("saved an unreadable file: %v", err)
	}
	if ws.Activities[0].Title != "Radio programmes on civilian protection" || m.qs().Title != ws.Activities[0].Title {
		t.Errorf("title %q, field %q", ws.Activities[0].Title, m.qs().Title)
	}
}

// The autosave encodes its copy while the worksheet goes on changing (run with
// -race to check that they share nothing that changes).
func TestAutosaveRunsBesideEdits(t *testing.T) {
	isolateState(t)
	rec, _, _ := startTestRecovery(t, "")
	rec.run = func(f func() tea.Msg) tea.Cmd { return f } // in the background, as in the program
	m := NewModel(classify.Default(), caseLibrary(t), true, rec, nil)
	m.Update(resize(100, 30))
	press(t, m, "e")
	done := make(chan error)
	for i := 0; i < 20; i++ {
		press(t, m, "1", "space", "down")
		cmd := m.autosave() // the copy is taken here, in Update's place
		go func() { done <- cmd().(autosavedMsg).err }()
		press(t, m, "2", "c", "esc", "d", "e")
		if err := <-done; err != nil {
			t.Fatal(err)
		}
	}
}

func jsonUnmarshal(data []byte, v any) error { return json.Unmarshal(data, v) }

// A demo killed after its edits were undone left an autosave of the case
// library as it is: the next start offers nothing and deletes it; a demo
// killed with a real change is still offered back.
func TestUnchangedWorkIsNotOfferedBack(t *testing.T) {
	isolateState(t)
	rb := classify.Default()
	start := func() (*recovery, []*recovered) {
		t.Helper()
		cases, err := classify.Cases(rb)
		if err != nil {
			t.Fatal(err)
		}
		rec, found, problems := startRecovery("", true, session.Base{}, cases, rb.Vocabulary())
		if len(problems) > 0 {
			t.Fatal(problems)
		}
		rec.timer = func(time.Duration) tea.Cmd { return nil }
		rec.run = func(f func() tea.Msg) tea.Cmd { msg := f(); return func() tea.Msg { return msg } }
		return rec, found
	}
	kill := func(change func(*model.Worksheet)) {
		t.Helper()
		rec, found := start()
		for _, f := range found {
			f.release()
		}
		ws, err := classify.Cases(rb)
		if err != nil {
			t.Fatal(err)
		}
		change(ws)
		data, err := captureRecovery(ws, time.Date(2026, 5, 1, 9, 0, 0, 0, time.UTC)).of(rec).encode()
		if err != nil {
			t.Fatal(err)
		}
		if err := rec.save.Write(1, data); err != nil {
			t.Fatal(err)
		}
		rec.end() // ended without saving
	}
	kill(func(*model.Worksheet) {}) // an edit, then undone: the library as it is
	rec, found := start()
	if len(found) != 0 {
		t.Fatalf("an unchanged case library is offered back: %d autosaves", len(found))
	}
	rec.end()
	if _, found := start(); len(found) != 0 {
		t.Fatal("the unchanged autosave is kept for a later start")
	}
	kill(func(ws *model.Worksheet) { ws.Activities[0].Title += " (edited)" })
	if _, found := start(); len(found) != 1 {
		t.Fatalf("a changed case library is not offered back: %d autosaves", len(found))
	}
}
