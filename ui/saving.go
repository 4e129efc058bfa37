package ui

import (
	"bytes"
	"context"
	"fmt"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/pocssr/pocssr/classify/report"
	"github.com/pocssr/pocssr/model"
)

// Saving and exporting encode and write the whole worksheet, which takes a
// while for a long one (half a second for 10,000 activities as YAML). They run
// as commands beside the event loop, on a detached copy of the worksheet made
// in Update, so that keys typed meanwhile are handled and edit the worksheet
// itself; the result comes back as a message to the model that asked. They
// are tasks (task.go): the status line says "Saving…" until one ends.

// savedMsg is how a save ended.
type savedMsg struct {
	saved  *model.Worksheet // the detached copy that was written
	path   string           // as asked: "" for the worksheet's own file
	target string           // the file written to
	gen    uint64           // the sheet's generation the copy was made at
	err    error
}

// exportedMsg is how an export ended.
type exportedMsg struct {
	text string
	err  error
}

// startSave detaches the worksheet and returns the command that writes it.
func (m *Model) startSave(path string, overwrite bool) tea.Cmd {
	if m.task != nil {
		return m.stillRunning()
	}
	s := m.sh.sheet
	target := path
	if target == "" {
		target = s.Worksheet().Path()
	}
	c, gen := s.Detach()
	return m.startTask("Saving…", writes, func(context.Context) tea.Msg {
		err := saveWorksheet(c, path, model.SaveOptions{Overwrite: overwrite})
		return savedMsg{saved: c, path: path, target: target, gen: gen, err: err}
	})
}

// startExport returns the command that writes the classification report of a
// detached copy of the worksheet to path.
func (m *Model) startExport(f report.Format, path, name string) tea.Cmd {
	if m.task != nil {
		return m.stillRunning()
	}
	// What the list shows (filtered, in its order), copied so that editing
	// goes on while it is written.
	c := m.exportSheet().Detach()
	rb := m.sh.rb
	return m.startTask("Saving…", writes, func(context.Context) tea.Msg {
		var buf bytes.Buffer
		if err := report.Write(&buf, rb, f, []report.Sheet{{File: name, Worksheet: c}}); err != nil {
			return exportedMsg{err: err}
		}
		if err := model.WriteFileAtomic(path, buf.Bytes(), 0o644); err != nil {
			return exportedMsg{err: err}
		}
		return exportedMsg{text: fmt.Sprintf("Exported %s as %s to %s.", plural(len(c.Activities), "activity", "activities"), f, path)}
	})
}

// exportDone shows how an export ended.
func (m *Model) exportDone(msg exportedMsg) tea.Cmd {
	if msg.err != nil {
		return m.sh.statusError("Not exported: " + msg.err.Error())
	}
	return m.sh.status(msg.text)
}
