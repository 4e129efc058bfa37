package ui

import (
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/pocssr/pocssr/model"
)

// updateGuarded sends one message to the model and fails the test if Update
// does not return: an Update that opens a file that never answers (a FIFO)
// would hang the program's event loop. The guard only keeps a hung Update
// from hanging the test run; no outcome depends on the time.
func updateGuarded(t *testing.T, m tea.Model, msg tea.Msg) tea.Cmd {
	t.Helper()
	done := make(chan tea.Cmd, 1)
	go func() {
		_, cmd := m.Update(msg)
		done <- cmd
	}()
	select {
	case cmd := <-done:
		return cmd
	case <-time.After(commandGuard):
		t.Fatalf("Update did not return after %v: it waits on a file", commandGuard)
		return nil
	}
}

// A FIFO chosen for import is refused, and reading it never happens in
// Update: the event loop goes on.
func TestImportRefusesAFIFO(t *testing.T) {
	fifo := filepath.Join(t.TempDir(), "mandate.txt")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skip("no FIFOs here:", err)
	}
	m := newTestModel(t, model.New(""), 120, 40)
	press(t, m, "i")
	typeText(t, m, fifo)
	cmd := updateGuarded(t, m, keyMsg("enter"))
	run(m, cmd)
	requireScreen(t, m, "Nothing imported", "not a regular file")
	if m.sh.sheet.Len() != 0 {
		t.Fatalf("%d activities imported from a FIFO", m.sh.sheet.Len())
	}
}

// Importing runs as a task: while the file is read, the status line says
// so, keys go on being handled, and the drafts arrive as a message.
func TestImportRunsAsATask(t *testing.T) {
	m := newTestModel(t, model.New(""), 120, 40)
	press(t, m, "i")
	typeText(t, m, resolution)
	cmd := updateGuarded(t, m, keyMsg("enter"))
	if cmd == nil {
		t.Fatal("the import returned no command: the file was read in Update")
	}
	if m.sh.sheet.Len() != 0 {
		t.Fatal("the drafts were added before the task ended")
	}
	requireScreen(t, m, "Reading "+filepath.Base(resolution))
	run(m, cmd)
	if m.sh.sheet.Len() == 0 || m.front != reviewScreen {
		t.Fatalf("after the task: %d activities, screen %d", m.sh.sheet.Len(), m.front)
	}
	if strings.Contains(screenText(m), "Reading ") {
		t.Fatal("the status line still says the file is being read")
	}
}

// esc while a mandate is read cancels the import: the status line says so,
// and the result that comes back later is dropped.
func TestImportCancelledWithEsc(t *testing.T) {
	m := newTestModel(t, model.New(""), 120, 40)
	press(t, m, "i")
	typeText(t, m, resolution)
	cmd := updateGuarded(t, m, keyMsg("enter"))
	press(t, m, "esc")
	requireScreen(t, m, "Cancelled: reading")
	run(m, cmd)
	if m.sh.sheet.Len() != 0 || m.front != worksheetScreen {
		t.Fatalf("a cancelled import added %d activities, screen %d", m.sh.sheet.Len(), m.front)
	}
}

// A save cannot be cancelled: esc while it runs goes to the screen, and the
// save ends as usual.
func TestSaveIsNotCancelledByEsc(t *testing.T) {
	path := filepath.Join(t.TempDir(), "plan.yaml")
	ws := sheetOf(activity(t, "Patrols", "kinds", "deterrence"))
	m := newTestModel(t, ws, 120, 40)
	press(t, m, "S")
	m.Update(tea.KeyMsg{Type: tea.KeyCtrlU}) // clear the name offered
	typeText(t, m, path)
	cmd := updateGuarded(t, m, keyMsg("enter"))
	press(t, m, "esc")
	requireScreen(t, m, "Saving…")
	run(m, cmd)
	requireScreen(t, m, "Saved 1 activity")
}
