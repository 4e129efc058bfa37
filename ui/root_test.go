package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
)

func TestTooSmallSaysHowLarge(t *testing.T) {
	m := demoModel(t, 60, 15)
	view := m.View()
	if strings.Contains(view, "\n") || !strings.Contains(view, "needs 80×24") || !strings.Contains(view, "60×15") {
		t.Fatalf("below the minimum size: %q", view)
	}
	press(t, m, "d", "n", "q") // ignored while too small
	if m.sh.sheet.Len() != 23 || m.front != worksheetScreen {
		t.Error("keys acted on a screen nobody could see")
	}
	m.Update(resize(80, 24))
	requireScreen(t, m, "Worksheet", "Joint offensiv")
}

func TestEveryScreenFitsItsTerminal(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {120, 40}, {200, 60}, {81, 25}} {
		m := demoModel(t, size[0], size[1])
		for _, keys := range [][]string{nil, {"enter"}, {"esc", "e"}, {"esc", "f"}, {"tab"}, {"esc", "?"}, {"esc", "esc", "n"}} {
			press(t, m, keys...)
			lines := strings.Split(screenText(m), "\n")
			if len(lines) != size[1] {
				t.Errorf("%dx%d after %v: %d lines", size[0], size[1], keys, len(lines))
			}
			for _, l := range lines {
				if w := len([]rune(l)); w > size[0] {
					t.Fatalf("%dx%d after %v: line of %d: %q", size[0], size[1], keys, w, l)
				}
			}
		}
	}
}

func TestHelpIsGeneratedFromTheScreensKeys(t *testing.T) {
	m := demoModel(t, 100, 40) // tall enough for every key of the worksheet
	press(t, m, "?")
	if m.front != helpScreen {
		t.Fatal("? did not open help")
	}
	requireScreen(t, m, "Keys of the worksheet screen", "new activity", "filter", "portfolio findings", "save as", "export")
	press(t, m, "esc", "enter", "?")
	requireScreen(t, m, "Keys of the activity screen", "previous activity")
	refuseScreen(t, m, "new activity")
	press(t, m, "?")
	if m.front != detailScreen {
		t.Errorf("closing help returned to screen %d", m.front)
	}
	press(t, m, "e", "?")
	requireScreen(t, m, "Keys of the questionnaire screen", "don't know", "jump to a question")
}

func TestFrameworkSectionsAndReadings(t *testing.T) {
	m := demoModel(t, 120, 40)
	press(t, m, "f")
	if m.front != frameworkScreen {
		t.Fatal("f did not open the framework")
	}
	requireScreen(t, m, "[1 Kinds]", "Tier 1 — Protection through dialogue and engagement", "Mediation and reconciliation",
		"[r] reading: 2015 policy")
	press(t, m, "r")
	requireScreen(t, m, "[r] reading: narrow", "Where each kind falls when the mission carries it out")
	press(t, m, "tab")
	requireScreen(t, m, "[2 Readings]", "overlap", "The narrow reading")
	press(t, m, "r")
	requireScreen(t, m, "The 2015 policy", "Three tiers of protection")
	press(t, m, "3")
	requireScreen(t, m, "[3 Risks]", "[CRIT] Support to forces implicated in grave violations", "When:")
	press(t, m, "tab")
	requireScreen(t, m, "[4 Recommendations]", "Answers these risks")
	press(t, m, "shift+tab", "q")
	if m.front != worksheetScreen {
		t.Errorf("q left screen %d", m.front)
	}
}

func TestQuitAsksWhenThereAreUnsavedChanges(t *testing.T) {
	m := demoModel(t, 100, 30)
	if !press(t, m, "q") {
		t.Fatal("q on an unchanged worksheet should quit")
	}
	m = demoModel(t, 100, 30)
	press(t, m, "d")
	if press(t, m, "q") {
		t.Fatal("quit without asking")
	}
	requireScreen(t, m, "Unsaved changes", "[s] save and quit", "[d] discard them and quit")
	press(t, m, "esc")
	if m.prompt != nil {
		t.Fatal("esc did not cancel")
	}
	press(t, m, "q")
	if !press(t, m, "d") {
		t.Error("discard and quit did not quit")
	}
}

func TestSaveNewWorksheetAsksForNameAndReopens(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "mission.yaml")
	m := newTestModel(t, model.New(""), 100, 30)
	press(t, m, "n")
	typeText(t, m, "Joint patrols")
	press(t, m, "tab", "tab", "1")
	choose(t, m, "deterrence")
	press(t, m, "enter", "esc", "ctrl+s")
	if m.prompt == nil || m.prompt.id != promptSaveAs {
		t.Fatal("ctrl+s on an unnamed worksheet should ask for a name")
	}
	m.prompt.fields[0].input.SetValue(path)
	press(t, m, "enter")
	requireScreen(t, m, "Saved 1 activity to "+path)
	if m.sh.sheet.Dirty() {
		t.Error("still marked modified after saving")
	}
	ws, err := model.Load(path, classify.Default().Vocabulary())
	if err != nil {
		t.Fatal(err)
	}
	if len(ws.Activities) != 1 || ws.Activities[0].Title != "Joint patrols" || ws.Activities[0].Facts.Primary() != "deterrence" {
		t.Fatalf("saved %+v", ws.Activities)
	}
}

func TestSaveNeverOverwritesAChangedFileSilently(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "w.yaml")
	if err := os.WriteFile(path, []byte("activities:\n  - title: One\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	ws, err := model.Load(path, classify.Default().Vocabulary())
	if err != nil {
		t.Fatal(err)
	}
	m := newTestModel(t, ws, 100, 30)
	press(t, m, "d")
	theirs := []byte("activities:\n  - title: Someone else's\n")
	os.WriteFile(path, theirs, 0o644)
	press(t, m, "ctrl+s")
	requireScreen(t, m, "The file changed on disk", "[a] save as another file", "[r] reload it")
	if got, _ := os.ReadFile(path); string(got) != string(theirs) {
		t.Fatal("the changed file was overwritten")
	}
	press(t, m, "a")
	other := filepath.Join(dir, "mine.yaml")
	m.prompt.fields[0].input.SetValue(other)
	press(t, m, "enter")
	if _, err := os.Stat(other); err != nil {
		t.Fatalf("save as: %v", err)
	}
	if got, _ := os.ReadFile(path); string(got) != string(theirs) {
		t.Fatal("the changed file was overwritten by save as")
	}
	// Saving as an existing file asks before replacing it.
	press(t, m, "S")
	m.prompt.fields[0].input.SetValue(path)
	press(t, m, "enter")
	requireScreen(t, m, "Replace the file?", "[o] overwrite it")
	press(t, m, "esc")
	if got, _ := os.ReadFile(path); string(got) != string(theirs) {
		t.Fatal("esc at the replace prompt still replaced the file")
	}
}

func TestReloadAfterChangeOnDisk(t *testing.T) {
	path := filepath.Join(t.TempDir(), "w.yaml")
	os.WriteFile(path, []byte("activities:\n  - title: One\n"), 0o644)
	ws, _ := model.Load(path, classify.Default().Vocabulary())
	m := newTestModel(t, ws, 100, 30)
	press(t, m, "d")
	os.WriteFile(path, []byte("activities:\n  - title: Two\n  - title: Three\n"), 0o644)
	press(t, m, "ctrl+s", "r")
	if m.sh.sheet.Len() != 2 || m.sh.sheet.Dirty() {
		t.Fatalf("reload: %d activities, modified %v", m.sh.sheet.Len(), m.sh.sheet.Dirty())
	}
	requireScreen(t, m, "Reloaded", "Three")
}

func TestExportWritesTheCoreFormats(t *testing.T) {
	dir := t.TempDir()
	for key, check := range map[string]string{"m": "# ", "h": "<!DOCTYPE html>", "c": "id,", "j": `"schema":"pocssr/v1"`} {
		m := demoModel(t, 100, 30)
		press(t, m, "x")
		requireScreen(t, m, "Export", "[m/enter] markdown briefing", "[c] CSV table", "[j] JSON")
		press(t, m, key)
		path := filepath.Join(dir, "out-"+key)
		m.prompt.fields[0].input.SetValue(path)
		press(t, m, "enter")
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%s: %v", key, err)
		}
		// The briefing names activities by ref and title, the tables by id too.
		name := map[string]string{"m": "Joint offensive with the Congolese army", "h": "Joint offensive with the Congolese army"}[key]
		if name == "" {
			name = "fib-fdlr-offensive-2015"
		}
		if !strings.Contains(string(data), check) || !strings.Contains(string(data), name) {
			t.Errorf("%s export: %.200s", key, data)
		}
		requireScreen(t, m, "Exported 23 activities")
		// A second export to the same file asks first.
		press(t, m, "x", key)
		m.prompt.fields[0].input.SetValue(path)
		press(t, m, "enter")
		requireScreen(t, m, "Replace the file?")
		press(t, m, "o")
		requireScreen(t, m, "Exported")
	}
}

func TestCtrlCAlwaysQuits(t *testing.T) {
	m := demoModel(t, 100, 30)
	press(t, m, "n")
	typeText(t, m, "half")
	if !press(t, m, "ctrl+c") {
		t.Fatal("ctrl+c in a text field did not quit")
	}
	m = demoModel(t, 100, 30)
	press(t, m, "x")
	if !press(t, m, "ctrl+c") {
		t.Fatal("ctrl+c at a prompt did not quit")
	}
}

var _ tea.Model = (*Model)(nil)

// Keys typed ahead arrive together; each still acts as a key of its own.
func TestKeysTypedAheadActOneByOne(t *testing.T) {
	m := demoModel(t, 100, 30)
	_, cmd := m.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("jje")})
	run(m, cmd)
	if m.front != questionnaireScreen || m.qs().Activity.ID != "unoci-academy-training-of-trainers" {
		t.Fatalf("typed-ahead keys: screen %d", m.front)
	}
	m = demoModel(t, 100, 30)
	_, cmd = m.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("/vetting")})
	run(m, cmd)
	requireScreen(t, m, "Filter: vetting")
	// A paste into a text field stays whole.
	_, cmd = m.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(" police"), Paste: true})
	run(m, cmd)
	requireScreen(t, m, "Filter: vetting police")
}

// A worksheet whose file was deleted since it was opened says so, not that
// the file changed; writing it again, or saving elsewhere, loses nothing.
func TestSaveSaysTheFileWasDeleted(t *testing.T) {
	path := filepath.Join(t.TempDir(), "w.yaml")
	if err := os.WriteFile(path, []byte("activities:\n  - title: One\n  - title: Two\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	ws, err := model.Load(path, classify.Default().Vocabulary())
	if err != nil {
		t.Fatal(err)
	}
	m := newTestModel(t, ws, 100, 30)
	press(t, m, "d")
	if err := os.Remove(path); err != nil {
		t.Fatal(err)
	}
	press(t, m, "ctrl+s")
	requireScreen(t, m, "The file was deleted", "deleted or moved since it was opened", "[w] write it again", "[a] save as another file")
	refuseScreen(t, m, "changed on disk")
	if _, err := os.Stat(path); err == nil {
		t.Fatal("the deleted file was written before anyone was asked")
	}
	press(t, m, "w")
	saved, err := model.Load(path, classify.Default().Vocabulary())
	if err != nil || len(saved.Activities) != 1 || saved.Activities[0].Title != "Two" {
		t.Fatalf("written again: %v %+v", err, saved)
	}
}

// A file name that carries a terminal escape (an OSC title, here) reaches
// the screen quoted, never as the escape: in a prompt and in the status line.
func TestFileNamesWithEscapesReachTheScreenQuoted(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "x\x1b]2;PWNED\a.yaml")
	if err := os.WriteFile(path, []byte("activities:\n  - title: One\n  - title: Two\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	ws, err := model.Load(path, classify.Default().Vocabulary())
	if err != nil {
		t.Fatal(err)
	}
	m := newTestModel(t, ws, 120, 30)
	press(t, m, "d")
	os.WriteFile(path, []byte("activities:\n  - title: Theirs\n"), 0o644)
	press(t, m, "ctrl+s")
	screen := m.View()
	if strings.Contains(screen, "\x1b]2;") || strings.Contains(screen, "\a") {
		t.Fatalf("the escape in the file name reached the screen: %q", screen)
	}
	requireScreen(t, m, "The file changed on disk", `"x\033]2;PWNED\a.yaml"`)
	m.Update(statusMsg{Text: "Reloaded " + path + " from disk."})
	if screen := m.View(); strings.Contains(screen, "\x1b]2;") || strings.Contains(screen, "\a") {
		t.Fatalf("the escape reached the status line: %q", screen)
	}
}
