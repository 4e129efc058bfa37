package ui

import (
	"context"
	"os"
	"strings"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/session"
)

// Everything that takes time or touches the disk (saving, exporting,
// importing a mandate, reloading the worksheet) runs as a task: a command
// started by startTask, beside the event loop. While it runs, the status line
// says what it does; its result comes back as the message the work returned,
// handed to Update like any other. One task runs at a time. A task that only
// reads (import, reload) can be cancelled with esc: its result is then
// dropped when it arrives, whatever the work was doing meanwhile.

// runningTask is the task under way.
type runningTask struct {
	id     int
	doing  string // what the status line says, e.g. "Saving…"
	cancel context.CancelFunc
	// cancellable: the task only reads, so dropping its result loses nothing.
	cancellable bool
}

// taskDoneMsg carries a task's result back to the root model.
type taskDoneMsg struct {
	id     int
	result tea.Msg
}

// taskKind says whether a task may be cancelled.
type taskKind int

const (
	writes taskKind = iota // a save or an export: it runs to its end
	reads                  // an import or a reload: esc drops it
)

// startTask starts work as a command, saying doing on the status line until
// its result comes back. When a task is already running, it says so and
// starts nothing.
func (m *Model) startTask(doing string, kind taskKind, work func(ctx context.Context) tea.Msg) tea.Cmd {
	if m.task != nil {
		return m.stillRunning()
	}
	ctx, cancel := context.WithCancel(context.Background())
	m.taskSeq++
	id := m.taskSeq
	m.task = &runningTask{id: id, doing: doing, cancel: cancel, cancellable: kind == reads}
	return func() tea.Msg {
		defer cancel()
		return taskDoneMsg{id: id, result: work(ctx)}
	}
}

// stillRunning says that a task is under way, so another cannot start.
func (m *Model) stillRunning() tea.Cmd {
	return m.sh.statusError("Still " + strings.ToLower(strings.TrimSuffix(m.task.doing, "…")) + "; try again when it is done.")
}

// taskDone ends the task a result belongs to and hands the result on; the
// result of a cancelled task is dropped.
func (m *Model) taskDone(msg taskDoneMsg) tea.Cmd {
	if m.task == nil || m.task.id != msg.id {
		return nil
	}
	m.task = nil
	return m.update(msg.result)
}

// cancelTask drops the running task when it may be cancelled, and reports
// whether it did.
func (m *Model) cancelTask() bool {
	if m.task == nil || !m.task.cancellable {
		return false
	}
	m.task.cancel()
	m.status, m.statusErr = "Cancelled: "+strings.ToLower(strings.TrimSuffix(m.task.doing, "…"))+".", false
	m.task = nil
	return true
}

// diskAccess is every way the screens reach the file system: the door to
// the disk. Update never calls it; only the tasks above and the commands the
// screens return do, so a slow or hung file system (a network share, a FIFO)
// never stops the event loop. TestUpdateNeverWaitsOnTheDisk replaces it with
// one that blocks and runs the key sequences; TestOnlyDiskReachesTheFileSystem
// keeps the screens' files from calling the file system any other way.
//
// Two steps of the autosave write in Update on purpose: ctrl+c keeps unsaved
// work before the program ends (and must know whether it could, to ask
// otherwise), and restoring an ended session's work keeps it in this
// session's autosave before the old one goes.
type diskAccess struct {
	stat      func(path string) (os.FileInfo, error)
	readDir   func(dir string) ([]os.DirEntry, error)
	open      func(path string) (*os.File, error)
	load      func(path string, vocab *model.Vocabulary) (*model.Worksheet, error)
	save      func(ws *model.Worksheet, path string, opts model.SaveOptions) error
	writeFile func(path string, data []byte, perm os.FileMode) error
	checkSave func(target string, base session.Base, own, overwrite bool) error
	readBase  func(path string) (session.Base, error)
	// remove takes away a worksheet file the plain mode created in a
	// command it then took back (cutShort).
	remove func(path string) error

	writeAutosave  func(a *session.Autosave, gen uint64, data []byte) error
	removeAutosave func(a *session.Autosave, gen uint64) error
	renameAutosave func(a *session.Autosave, worksheet string) error
}

// disk is the file system as the screens' tasks reach it; tests replace its
// functions (a save that fails as the core reports it, a disk that blocks).
var disk = diskAccess{
	stat:      os.Stat,
	readDir:   os.ReadDir,
	open:      os.Open,
	load:      model.Load,
	save:      func(ws *model.Worksheet, path string, opts model.SaveOptions) error { return ws.Save(path, opts) },
	writeFile: model.WriteFileAtomic,
	checkSave: session.CheckSave,
	readBase:  session.ReadBase,
	remove:    os.Remove,

	writeAutosave:  (*session.Autosave).Write,
	removeAutosave: (*session.Autosave).Remove,
	renameAutosave: (*session.Autosave).Rename,
}
