package ui

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"path/filepath"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/pocssr/pocssr/classify/report"
	"github.com/pocssr/pocssr/classify/suggest"
	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/session"
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
	base   session.Base     // the file as written, read back
	err    error
}

// exportedMsg is how an export ended.
type exportedMsg struct {
	text string
	// exists: the file is there and overwriting was not asked for.
	exists *exportTarget
	// noFolder: the folder the file was to go in does not exist.
	noFolder *exportTarget
	err      error
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
	// Work restored from an autosave was based on the file as another
	// session read it: a colleague's save since then is caught here too, as
	// the core's save only compares the file with what this program read.
	var base session.Base
	own := false
	if r := m.recovery; r != nil {
		base, own = r.base, sameFile(target, s.Worksheet().Path())
	}
	c, gen := s.Detach()
	return m.startTask("Saving…", writes, func(context.Context) tea.Msg {
		done := savedMsg{saved: c, path: path, target: target, gen: gen}
		if err := disk.checkSave(target, base, own, overwrite); errors.Is(err, model.ErrReadOnly) || errors.Is(err, model.ErrChangedOnDisk) || errors.Is(err, model.ErrDeletedOnDisk) {
			done.err = err
			return done
		}
		done.err = disk.save(c, path, model.SaveOptions{Overwrite: overwrite})
		if done.err == nil {
			done.base, _ = disk.readBase(target)
		}
		return done
	})
}

// startExport returns the command that writes the classification report of a
// detached copy of the worksheet to path.
func (m *Model) startExport(x exportTarget, name string, overwrite bool) tea.Cmd {
	f, path := x.format, x.path
	if m.task != nil {
		return m.stillRunning()
	}
	// What the list shows (filtered, in its order), copied so that editing
	// goes on while it is written.
	out := m.exportCopy()
	// The register is read on the program's day, as its screens read it.
	rb, brief, today := m.sh.rb, m.sh.briefing, m.sh.sheet.Today()
	return m.startTask("Saving…", writes, func(context.Context) tea.Msg {
		if _, err := disk.stat(path); err == nil && !overwrite {
			return exportedMsg{exists: &x}
		}
		if _, err := disk.stat(filepath.Dir(path)); errors.Is(err, fs.ErrNotExist) {
			// Said of the folder named, not of the temporary file the
			// write would have made in it.
			return exportedMsg{noFolder: &x}
		}
		var buf bytes.Buffer
		// A draft shows the words its facts were suggested from, read
		// again here by a reader of the task's own, off the event loop.
		sh := out.reportSheet(name)
		sh.PreparedBy, sh.Today, sh.Readings = brief.PreparedBy, today, suggest.DraftReader(rb)
		sheets := []report.Sheet{sh}
		if err := report.WriteMeta(&buf, rb, f, sheets, report.Meta{Author: brief.Author, Organisation: brief.Organisation}); err != nil {
			return exportedMsg{err: err}
		}
		if err := disk.writeFile(path, buf.Bytes(), 0o644); err != nil {
			return exportedMsg{err: err}
		}
		return exportedMsg{text: fmt.Sprintf("Exported %s as %s to %s.", plural(len(out.sheet.Activities), "activity", "activities"), exportWords(f), path)}
	})
}

// exportDone shows how an export ended.
func (m *Model) exportDone(msg exportedMsg) tea.Cmd {
	if msg.exists != nil {
		m.askExportOverwrite(*msg.exists)
		return nil
	}
	if x := msg.noFolder; x != nil {
		m.askExportPath(x.format, x.typed)
		return m.sh.statusError("Not exported: the folder " + model.QuoteName(filepath.Dir(x.path)) + " does not exist.")
	}
	if msg.err != nil {
		return m.sh.statusError("Not exported: " + msg.err.Error())
	}
	// Where the file went is said once: the worksheet's help recalls it
	// after the line lets it go (a walk found the path gone at the next key).
	return m.sh.ctx.Send(statusMsg{Text: msg.text, Recall: "When the briefing was exported, the status line said"})
}
