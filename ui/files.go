package ui

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/pocssr/pocssr/classify/report"
	"github.com/pocssr/pocssr/model"
)

// save writes the worksheet with the core's atomic save: to its own file, or to
// path for "save as". A file that changed on disk, or another file in the way,
// is never replaced without asking.
func (m *Model) save(path string, overwrite bool) tea.Cmd {
	s := m.sh.sheet
	if path == "" && s.ws.Path() == "" {
		m.askSaveAs()
		return nil
	}
	m.nameUntitled()
	err := s.ws.Save(path, model.SaveOptions{Overwrite: overwrite})
	switch {
	case errors.Is(err, model.ErrChangedOnDisk):
		m.prompt = newChoicePrompt(promptChangedOnDisk, "The file changed on disk",
			[]string{filepath.Base(s.ws.Path()) + " was changed by someone or something else since it was opened. Saving now would lose those changes."},
			promptChoice{"a", "save as another file"}, promptChoice{"r", "reload it (losing your changes)"})
		return nil
	case errors.Is(err, model.ErrExists):
		m.prompt = newChoicePrompt(promptOverwrite, "Replace the file?",
			[]string{path + " already exists."}, promptChoice{"o", "overwrite it"})
		m.prompt.data = path
		return nil
	case err != nil:
		m.quitAfterSave = false
		return m.sh.statusError("Not saved: " + err.Error())
	}
	s.Saved()
	m.sh.demo = false
	if m.recovery != nil {
		// Saved under a new name, the worksheet's autosave follows the name.
		if rec, err := openRecovery(s.ws.Path(), false); err == nil && rec.Path() != m.recovery.Path() {
			m.recovery.Remove(s.gen)
			m.recovery = rec
		}
	}
	m.removeRecovery()
	msg := fmt.Sprintf("Saved %s to %s.", plural(s.Len(), "activity", "activities"), s.ws.Path())
	if m.quitAfterSave {
		m.Note = msg
		return tea.Quit
	}
	return m.sh.status(msg)
}

// nameUntitled gives every activity without a title one, from its description
// or else "Untitled activity": a worksheet file requires titles, and a file
// that cannot be read again must never be written.
func (m *Model) nameUntitled() {
	for _, a := range m.sh.sheet.ws.Activities {
		if !untitled(a) {
			continue
		}
		a.Title = titleFrom(a.Description)
		m.sh.sheet.Touch(a)
		if m.quest != nil && m.quest.activity == a {
			m.quest.title.SetValue(a.Title)
		}
	}
}

func (m *Model) askSaveAs() {
	name := m.sh.sheet.ws.Path()
	if name == "" {
		name = "worksheet.yaml"
		if mission := model.Slug(m.sh.sheet.ws.Mission); m.sh.sheet.ws.Mission != "" {
			name = mission + ".yaml"
		}
	}
	m.prompt = newFieldPrompt(promptSaveAs, "Save as",
		[]string{"File name (.yaml, or .json); a path is relative to the folder pocssr was started in."},
		[]string{"File"}, []string{name})
}

func (m *Model) askExportFormat() {
	m.prompt = newChoicePrompt(promptExportFormat, "Export",
		[]string{"Export the classification of every activity, as the batch command `pocssr classify` writes it."},
		promptChoice{"m", "markdown briefing"}, promptChoice{"c", "CSV table"}, promptChoice{"j", "JSON"})
}

var exportFormats = map[string]report.Format{"m": report.Markdown, "c": report.CSV, "j": report.JSON}

var exportExt = map[report.Format]string{report.Markdown: ".md", report.CSV: ".csv", report.JSON: ".json"}

// answerFiles acts on the answers of the file prompts.
func (m *Model) answerFiles(a promptAnswer) tea.Cmd {
	if a.choice == "esc" {
		m.quitAfterSave = false
		return m.sh.status("Cancelled.")
	}
	switch a.id {
	case promptSaveAs:
		path := strings.TrimSpace(a.values[0])
		if path == "" {
			return m.sh.statusError("Not saved: no file name given.")
		}
		return m.save(path, false)
	case promptOverwrite:
		path, _ := a.data.(string)
		return m.save(path, true)
	case promptChangedOnDisk:
		switch a.choice {
		case "a":
			m.askSaveAs()
		case "r":
			return m.reload()
		}
	case promptExportFormat:
		f, ok := exportFormats[a.choice]
		if !ok {
			return nil
		}
		base := "worksheet"
		if p := m.sh.sheet.ws.Path(); p != "" {
			base = strings.TrimSuffix(p, filepath.Ext(p))
		} else if m.sh.demo {
			base = "case-library"
		}
		m.prompt = newFieldPrompt(promptExportPath, "Export as "+string(f), nil, []string{"File"}, []string{base + exportExt[f]})
		m.prompt.data = f
	case promptExportPath:
		f, _ := a.data.(report.Format)
		return m.export(f, strings.TrimSpace(a.values[0]), false)
	case promptExportOverwrite:
		x, _ := a.data.(exportTarget)
		return m.export(x.format, x.path, true)
	case promptImport:
		return m.importMandate(strings.TrimSpace(a.values[0]))
	}
	return nil
}

// exportTarget is an export waiting for permission to replace a file.
type exportTarget struct {
	format report.Format
	path   string
}

// export writes the classification report to a file, atomically.
func (m *Model) export(f report.Format, path string, overwrite bool) tea.Cmd {
	if path == "" {
		return m.sh.statusError("Not exported: no file name given.")
	}
	ws := m.sh.sheet.ws
	if ws.Path() != "" && sameFile(path, ws.Path()) {
		return m.sh.statusError("Not exported: that is the worksheet's own file.")
	}
	if _, err := os.Stat(path); err == nil && !overwrite {
		m.prompt = newChoicePrompt(promptExportOverwrite, "Replace the file?",
			[]string{path + " already exists."}, promptChoice{"o", "overwrite it"})
		m.prompt.data = exportTarget{format: f, path: path}
		return nil
	}
	var buf bytes.Buffer
	name := ws.Path()
	if name == "" {
		name = "worksheet"
	}
	if err := report.Write(&buf, m.sh.rb, f, []report.Sheet{{File: name, Worksheet: ws}}); err != nil {
		return m.sh.statusError("Not exported: " + err.Error())
	}
	if err := model.WriteFileAtomic(path, buf.Bytes(), 0o644); err != nil {
		return m.sh.statusError("Not exported: " + err.Error())
	}
	return m.sh.status(fmt.Sprintf("Exported %s as %s to %s.", plural(m.sh.sheet.Len(), "activity", "activities"), f, path))
}

// reload reads the worksheet again from disk, dropping the changes made here.
func (m *Model) reload() tea.Cmd {
	path := m.sh.sheet.ws.Path()
	ws, err := model.Load(path, m.sh.rb.Vocabulary())
	if err != nil {
		return m.sh.statusError("Not reloaded: " + oneLine(err.Error()))
	}
	m.sh.sheet.replace(ws)
	m.sh.sheet.Saved()
	m.removeRecovery()
	m.quest = nil
	m.front = worksheetScreen
	m.worksheet.cursor = 0
	return m.sh.status("Reloaded " + path + " from disk.")
}

func sameFile(a, b string) bool {
	aa, err1 := filepath.Abs(a)
	bb, err2 := filepath.Abs(b)
	return err1 == nil && err2 == nil && aa == bb
}
