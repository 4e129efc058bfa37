package ui

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
)

// isolateState points the state directory at a fresh temporary folder.
func isolateState(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	t.Setenv("XDG_STATE_HOME", dir)
	return filepath.Join(dir, "pocssr")
}

func TestRecoveryNamesFollowTheWorksheet(t *testing.T) {
	state := isolateState(t)
	a, _ := openRecovery("", false)
	b, _ := openRecovery("", true)
	c, _ := openRecovery("/x/MONUSCO plan.yaml", false)
	d, _ := openRecovery("/y/MONUSCO plan.yaml", false)
	if filepath.Dir(a.Path()) != state || filepath.Base(a.Path()) != "unnamed.json" || filepath.Base(b.Path()) != "case-library.json" {
		t.Errorf("paths %s %s", a.Path(), b.Path())
	}
	if c.Path() == d.Path() || !strings.HasPrefix(filepath.Base(c.Path()), "monusco-plan-yaml-") {
		t.Errorf("same name in two folders: %s %s", c.Path(), d.Path())
	}
	t.Setenv("XDG_STATE_HOME", "")
	t.Setenv("HOME", "/home/someone")
	e, _ := openRecovery("", false)
	if e.Path() != "/home/someone/.local/state/pocssr/unnamed.json" {
		t.Errorf("without XDG_STATE_HOME: %s", e.Path())
	}
}

func TestRecoveryWriteLoadRemove(t *testing.T) {
	isolateState(t)
	rb := classify.Default()
	rec, _ := openRecovery("", false)
	if found, err := rec.Load(rb.Vocabulary()); found != nil || err != nil {
		t.Fatalf("nothing written yet: %v %v", found, err)
	}
	ws := sheetOf(activity(t, "Patrols", "implementer", "mission", "kinds", "deterrence"))
	ws.Mission = "MINUSCA"
	now := time.Date(2025, 3, 1, 10, 30, 0, 0, time.UTC)
	data, err := encodeRecovery(ws, now)
	if err != nil {
		t.Fatal(err)
	}
	if err := rec.Write(3, data); err != nil {
		t.Fatal(err)
	}
	if st, _ := os.Stat(rec.Path()); st.Mode().Perm() != 0o600 {
		t.Errorf("recovery file mode %v: it may hold confidential plans", st.Mode().Perm())
	}
	older, _ := encodeRecovery(sheetOf(), now)
	rec.Write(2, older) // a late write of an older state loses
	found, err := rec.Load(rb.Vocabulary())
	if err != nil || found == nil {
		t.Fatalf("load: %v", err)
	}
	if found.Worksheet.Mission != "MINUSCA" || len(found.Worksheet.Activities) != 1 || !found.Saved.Equal(now) {
		t.Fatalf("recovered %+v", found)
	}
	if err := rec.Remove(3); err != nil {
		t.Fatal(err)
	}
	rec.Write(3, data) // the write of a state that was then saved stays out
	if _, err := os.Stat(rec.Path()); !os.IsNotExist(err) {
		t.Error("a late write brought back the autosave of saved work")
	}
}

func TestRecoveryOfARunningSessionIsNotOffered(t *testing.T) {
	isolateState(t)
	rec, _ := openRecovery("", false)
	data, _ := encodeRecovery(sheetOf(activity(t, "A")), time.Now())
	var f recoveryFile
	json.Unmarshal(data, &f)
	f.PID = os.Getppid() // the test's parent is running
	data, _ = json.Marshal(f)
	rec.Write(1, data)
	if found, _ := rec.Load(classify.Default().Vocabulary()); found != nil {
		t.Error("offered the autosave of a session that is still running")
	}
	os.WriteFile(rec.Path(), []byte("{not json"), 0o600)
	if _, err := rec.Load(classify.Default().Vocabulary()); err == nil {
		t.Error("a damaged autosave should be reported")
	}
}

func TestModelAutosavesEveryChangeAndClearsOnSave(t *testing.T) {
	isolateState(t)
	path := filepath.Join(t.TempDir(), "w.yaml")
	rb := classify.Default()
	ws := model.New(path)
	rec, _ := openRecovery(path, false)
	m := NewModel(rb, ws, false, rec, nil)
	m.Update(resize(100, 30))
	_, cmd := m.Update(keyMsg("n"))
	if cmd == nil || !m.autosavePending {
		t.Fatal("a change did not schedule the autosave")
	}
	run(m, cmd)
	typeText(t, m, "Vetting")
	run(m, m.autosave())
	found, err := rec.Load(rb.Vocabulary())
	if err != nil || found == nil || len(found.Worksheet.Activities) != 1 || found.Worksheet.Activities[0].Title != "Vetting" {
		t.Fatalf("autosave holds %+v (%v)", found, err)
	}
	press(t, m, "esc", "ctrl+s")
	if _, err := os.Stat(rec.Path()); !os.IsNotExist(err) {
		t.Error("saving did not remove the autosave")
	}
	// A clean quit leaves nothing behind either.
	press(t, m, "d")
	run(m, m.autosave())
	press(t, m, "q", "d")
	if _, err := os.Stat(rec.Path()); !os.IsNotExist(err) {
		t.Error("discard and quit left the autosave")
	}
}

func TestForceQuitKeepsUnsavedWork(t *testing.T) {
	isolateState(t)
	rec, _ := openRecovery("", false)
	m := NewModel(classify.Default(), model.New(""), false, rec, nil)
	m.Update(resize(100, 30))
	press(t, m, "n")
	typeText(t, m, "Half typed")
	press(t, m, "ctrl+c")
	found, _ := rec.Load(classify.Default().Vocabulary())
	if found == nil || found.Worksheet.Activities[0].Title != "Half typed" {
		t.Fatal("ctrl+c lost the unsaved activity")
	}
	if !strings.Contains(m.Note, rec.Path()) {
		t.Errorf("note %q does not say where the work is", m.Note)
	}
}

func TestRestoreOffersAutosavedWork(t *testing.T) {
	isolateState(t)
	rb := classify.Default()
	found := &recovered{Saved: time.Now(), Worksheet: sheetOf(activity(t, "Recovered one"), activity(t, "Recovered two"))}
	m := NewModel(rb, model.New(""), false, nil, found)
	m.Update(resize(100, 30))
	requireScreen(t, m, "Restore unsaved work?", "holds 2 activities", "[r] restore", "[d] discard", "[esc] decide later")
	press(t, m, "r")
	if m.sh.sheet.Len() != 2 || !m.sh.sheet.dirty {
		t.Fatalf("restore: %d activities, modified %v", m.sh.sheet.Len(), m.sh.sheet.dirty)
	}
	requireScreen(t, m, "Recovered one", "Restored 2 activities")

	rec, _ := openRecovery("", false)
	data, _ := encodeRecovery(found.Worksheet, time.Now())
	rec.Write(1, data)
	m = NewModel(rb, model.New(""), false, rec, found)
	m.Update(resize(100, 30))
	press(t, m, "d")
	if m.sh.sheet.Len() != 0 {
		t.Error("discard restored the work")
	}
	if _, err := os.Stat(rec.Path()); !os.IsNotExist(err) {
		t.Error("discard kept the autosave")
	}
}

// An activity still without a title is saved and autosaved with a provisional
// one, so that both files can be read again.
func TestUntitledActivityNeverMakesAnUnreadableFile(t *testing.T) {
	isolateState(t)
	rb := classify.Default()
	path := filepath.Join(t.TempDir(), "w.yaml")
	rec, _ := openRecovery(path, false)
	m := NewModel(rb, model.New(path), false, rec, nil)
	m.Update(resize(100, 30))
	press(t, m, "n", "tab")
	typeText(t, m, "Radio programmes on civilian protection")
	run(m, m.autosave())
	found, err := rec.Load(rb.Vocabulary())
	if err != nil || found.Worksheet.Activities[0].Title != "Radio programmes on civilian protection" {
		t.Fatalf("autosave of an untitled activity: %v", err)
	}
	if m.quest.activity.Title != "" {
		t.Error("the autosave changed the activity being written")
	}
	press(t, m, "ctrl+s")
	ws, err := model.Load(path, rb.Vocabulary())
	if err != nil {
		t.Fatalf("saved an unreadable file: %v", err)
	}
	if ws.Activities[0].Title != "Radio programmes on civilian protection" || m.quest.title.Value() != ws.Activities[0].Title {
		t.Errorf("title %q, field %q", ws.Activities[0].Title, m.quest.title.Value())
	}
}

// The autosave encodes its copy while the worksheet goes on changing (run with
// -race to check that they share nothing that changes).
func TestAutosaveRunsBesideEdits(t *testing.T) {
	isolateState(t)
	rec, _ := openRecovery("", false)
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
