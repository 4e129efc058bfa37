package ui

import (
	"context"
	"strings"

	tea "github.com/charmbracelet/bubbletea"
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
