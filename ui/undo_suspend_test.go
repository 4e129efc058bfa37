package ui

import (
	"fmt"
	"os/exec"
	"path/filepath"
	"reflect"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/exp/teatest"
	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
)

// messagesOf runs a command as the program would, a sequence or batch one
// command after another, and returns the messages in the order they came.
func messagesOf(cmd tea.Cmd) []tea.Msg {
	if cmd == nil {
		return nil
	}
	msg := cmd()
	if v := reflect.ValueOf(msg); v.Kind() == reflect.Slice && v.Type().Elem() == reflect.TypeFor[tea.Cmd]() {
		var out []tea.Msg
		for i := range v.Len() {
			out = append(out, messagesOf(v.Index(i).Interface().(tea.Cmd))...)
		}
		return out
	}
	return []tea.Msg{msg}
}

func suspends(msgs []tea.Msg) bool {
	return len(msgs) > 0 && reflect.TypeOf(msgs[len(msgs)-1]) == reflect.TypeFor[tea.SuspendMsg]()
}

// ctrl+z suspends the program wherever it is, a text field or a question
// included, and changes nothing: undo is u alone.
func TestCtrlZSuspendsAndUndoesNothing(t *testing.T) {
	for _, where := range []struct {
		name string
		keys []string
	}{
		{"worksheet", nil},
		{"description field", []string{"n"}},
		{"help", []string{"?"}},
		{"export dialog", []string{"x"}},
		{"activity", []string{"enter"}},
	} {
		t.Run(where.name, func(t *testing.T) {
			m := demoModel(t, 100, 30)
			m.jobControl = true // the command is examined: nothing stops
			press(t, m, "d")
			press(t, m, where.keys...)
			n := m.sh.sheet.Len()
			before := screenText(m)
			_, cmd := m.Update(keyMsg("ctrl+z"))
			if msgs := messagesOf(cmd); !suspends(msgs) {
				t.Fatalf("ctrl+z led to %#v, not a suspend", msgs)
			}
			if m.sh.sheet.Len() != n || screenText(m) != before {
				t.Fatal("ctrl+z changed the worksheet or the screen")
			}
		})
	}
}

// Before it stops, the program writes the autosave: a suspended program is
// easily forgotten, and its shell closed.
func TestCtrlZWritesTheAutosaveFirst(t *testing.T) {
	isolateState(t)
	path := filepath.Join(t.TempDir(), "w.yaml")
	rec, _, _ := startTestRecovery(t, path)
	m := NewModel(classify.Default(), model.New(path), false, rec, nil)
	m.Update(resize(100, 30))
	m.jobControl = true
	press(t, m, "n")
	typeText(t, m, "Vetting") // the first letter written at once, the rest within the delay: not yet
	if got := titles(autosaved(t, rec)); got != "V" {
		t.Fatalf("the autosave holds %q before ctrl+z", got)
	}
	_, cmd := m.Update(keyMsg("ctrl+z"))
	msgs := messagesOf(cmd)
	if len(msgs) != 2 || !suspends(msgs) {
		t.Fatalf("ctrl+z led to %#v, want the autosave's outcome, then the suspend", msgs)
	}
	if _, ok := msgs[0].(autosavedMsg); !ok {
		t.Fatalf("the first message is %#v, not the autosave's", msgs[0])
	}
	if got := titles(autosaved(t, rec)); got != "Vetting" {
		t.Fatalf("the autosave holds %q after ctrl+z", got)
	}
}

// u undoes, ctrl+r redoes what u undid and says so, on each screen that
// edits the worksheet; a new change makes the undone final.
func TestUndoAndRedoOnEveryScreenThatEdits(t *testing.T) {
	m := demoModel(t, 100, 30)
	first := m.sh.sheet.At(0)
	press(t, m, "d")
	press(t, m, "u")
	requireScreen(t, m, "Undid the last delete; ctrl+r redoes it.")
	if m.sh.sheet.At(0) != first {
		t.Fatal("u did not bring the deleted activity back")
	}
	press(t, m, "ctrl+r")
	requireScreen(t, m, "Redid the delete; u undoes it again.")
	if m.sh.sheet.Index(first) != -1 {
		t.Fatal("ctrl+r did not delete the activity again")
	}
	press(t, m, "u", "J", "ctrl+r")
	requireScreen(t, m, "Nothing to redo.")

	// The register line of the activity's account.
	press(t, m, "g", "enter")
	a := m.detail().Shown()
	if len(m.detailRisks()) == 0 {
		t.Fatal("the first activity has no risk to edit on its register line")
	}
	press(t, m, "s")
	edited := a.Register.Clone()
	press(t, m, "u")
	if len(a.Register) == len(edited) && len(edited) > 0 && reflect.DeepEqual(a.Register, edited) {
		t.Fatal("u on the account did not undo the register edit")
	}
	press(t, m, "ctrl+r")
	requireScreen(t, m, "Redid the")
	if !reflect.DeepEqual(a.Register, edited) {
		t.Fatalf("ctrl+r on the account gave %+v, want %+v", a.Register, edited)
	}

	// The register screen.
	press(t, m, "r", "s")
	edited = a.Register.Clone()
	press(t, m, "u", "ctrl+r")
	requireScreen(t, m, "Redid the")
	if !reflect.DeepEqual(a.Register, edited) {
		t.Fatalf("ctrl+r on the register gave %+v, want %+v", a.Register, edited)
	}
}

// The keys as a person meets them: the footer and help name u and ctrl+r,
// and a delete, its undo and its redo run in a real program.
func TestUndoRedoInTheProgram(t *testing.T) {
	tm := teatest.NewTestModel(t, NewModel(classify.Default(), caseLibrary(t), true, nil, nil),
		teatest.WithInitialTermSize(100, 30))
	waitText(t, tm, "Joint offensiv")
	sendKeys(tm, "d")
	waitText(t, tm, "u to undo")
	sendKeys(tm, "u")
	waitText(t, tm, "ctrl+r redoes it")
	sendKeys(tm, "ctrl+r")
	waitText(t, tm, "Redid the delete")
	sendKeys(tm, "?")
	waitText(t, tm, "redo what u undid")
	m, _ := finalScreen(t, tm)
	if want := len(caseLibrary(t).Activities) - 1; m.sh.sheet.Len() != want {
		t.Fatalf("%d activities after the redone delete, want %d", m.sh.sheet.Len(), want)
	}
}

// Where no shell could resume it, ctrl+z stops nothing and says why.
func TestCtrlZWithoutJobControlSaysWhy(t *testing.T) {
	m := demoModel(t, 100, 30)
	_, cmd := m.Update(keyMsg("ctrl+z"))
	if msgs := messagesOf(cmd); suspends(msgs) {
		t.Fatal("ctrl+z suspended a program nothing could resume")
	}
	requireScreen(t, m, "no shell with job control")
}

// In a real terminal: from a shell with job control ctrl+z stops the
// program and fg brings its screen back; started by a program that has
// none (the pane's own command) it stays, saying so.
func TestEndToEndCtrlZSuspendsToTheShell(t *testing.T) {
	bash, err := exec.LookPath("bash")
	if err != nil {
		t.Skip("bash is not installed")
	}
	s := newTmux(t)
	bin := pocssrBinary(t)
	s.tmux("new-session", "-d", "-s", "job", "-x", "100", "-y", "30",
		fmt.Sprintf("cd %q && env -u CI HOME=%q XDG_STATE_HOME=%q TERM=xterm-256color PS1='$ ' HISTFILE= %q --norc --noprofile -i", s.home, s.home, s.stateDir(), bash))
	s.waitFor("job", "$")
	s.typeText("job", fmt.Sprintf("%q --dark demo", bin))
	s.keys("job", "Enter")
	s.waitFor("job", "Joint offensive")
	s.keys("job", "d")
	s.waitFor("job", "u to undo")
	s.keys("job", "C-z")
	s.waitFor("job", "Stopped")
	s.typeText("job", "fg")
	s.keys("job", "Enter")
	s.keys("job", "u")
	s.waitFor("job", "Undid the last delete", "Joint offensive")
	// The undo brought the case library back as it opened: a change
	// again, so that q asks about it.
	s.keys("job", "d")
	s.waitFor("job", "u to undo")
	s.keys("job", "q")
	s.waitFor("job", "Unsaved changes")
	s.keys("job", "d")
	// The shell's prompt under the command fg resumed: the program ended.
	s.waitFor("job", "--dark demo\n$")

	s.start("nojob", 100, 30, "--dark", "demo")
	s.waitFor("nojob", "Joint offensive")
	s.keys("nojob", "C-z")
	s.waitFor("nojob", "no shell with job control")
	s.keys("nojob", "q")
	s.waitFor("nojob", "EXITED 0")
}

// An add undone brings the worksheet back to what its file holds: the
// title bar no longer says [modified], and a redo says it again.
func TestUndoBackToTheSavedWorksheetIsNotModified(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			ws := model.New(filepath.Join(t.TempDir(), "w.yaml"))
			ws.Activities = sheetOf(activity(t, "Patrols near the camps")).Activities
			m := newTestModel(t, ws, size[0], size[1])
			press(t, m, "n")
			typeText(t, m, "Joint offensive with the army")
			press(t, m, "esc")
			requireScreen(t, m, "[modified]", "Joint offensive with the army")
			press(t, m, "u")
			requireScreen(t, m, "Undid the last add")
			refuseScreen(t, m, "[modified]", "Joint offensive with the army")
			press(t, m, "ctrl+r")
			requireScreen(t, m, "[modified]", "Joint offensive with the army")
			press(t, m, "u")
			golden(t, m, size[0], size[1], "Undid")
		})
	}
}
