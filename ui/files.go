package ui

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strings"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/pocssr/pocssr/classify/report"
	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/component"
	"github.com/pocssr/pocssr/ui/session"
)

// The prompts of saving and of the autosave that the list in prompt.go does
// not have; numbered apart so that both lists can grow.
const (
	promptReadOnly promptID = 100 + iota
	promptLoseWork
	promptOverwriteChanged
	promptDeletedOnDisk
)

// save writes the worksheet with the core's atomic save: to its own file, or to
// path for "save as". A file that changed on disk, or another file in the way,
// is never replaced without asking; a read-only file is not replaced at all.
func (m *Model) save(path string, overwrite bool) tea.Cmd {
	s := m.sh.sheet
	if path == "" && s.Worksheet().Path() == "" {
		m.askSaveAs()
		return nil
	}
	if m.task != nil {
		return m.stillRunning()
	}
	m.nameUntitled()
	return m.startSave(path, overwrite)
}

// saveDone shows how a save that ran beside the event loop ended.
func (m *Model) saveDone(msg savedMsg) tea.Cmd {
	s := m.sh.sheet
	path, err := msg.path, msg.err
	switch {
	case errors.Is(err, model.ErrReadOnly):
		return m.refuseReadOnly(msg.target)
	case errors.Is(err, model.ErrChangedOnDisk):
		m.askChangedOnDisk()
		return nil
	case errors.Is(err, model.ErrDeletedOnDisk):
		m.askDeletedOnDisk()
		return nil
	case errors.Is(err, model.ErrExists):
		m.prompt = newChoicePrompt(promptOverwrite, "Replace the file?",
			[]string{model.QuoteName(path) + " already exists."}, promptChoice{"o", "overwrite it"})
		m.prompt.data = path
		return nil
	case err != nil:
		m.quitAfterSave = false
		return m.sh.statusError("Not saved: " + err.Error())
	}
	clean := s.Adopt(msg.saved, msg.gen)
	m.sh.demo = false
	text := fmt.Sprintf("Saved %s to %s.", plural(len(msg.saved.Activities), "activity", "activities"), s.Worksheet().Path())
	if !clean {
		text += " Changes made while it was written are not saved yet."
	}
	if !s.Worksheet().KeepsConfirmations() {
		text += confirmationsNotSaved(s.ConfirmedDrafts())
	}
	if m.quitAfterSave && clean {
		m.Note = text
		if m.recovery != nil {
			m.recovery.base = msg.base
		}
		return m.quitDiscarding()
	}
	m.quitAfterSave = false
	return tea.Batch(m.savedTo(s.Worksheet().Path(), msg.base, clean), m.sh.status(text))
}

func (m *Model) refuseReadOnly(path string) tea.Cmd {
	m.prompt = newChoicePrompt(promptReadOnly, "The file is read-only",
		[]string{model.QuoteName(filepath.Base(path)) + " is read-only: its mode does not let it be written, so it was not replaced.",
			"Save the worksheet as another file, or make the file writable and save again."},
		promptChoice{"a", "save as another file"})
	return nil
}

func (m *Model) askChangedOnDisk() {
	m.prompt = newChoicePrompt(promptChangedOnDisk, "The file changed on disk",
		[]string{model.QuoteName(filepath.Base(m.sh.sheet.Worksheet().Path())) + " was changed by someone or something else since it was opened. Saving now would lose those changes."},
		promptChoice{"a", "save as another file"}, promptChoice{"r", "reload it (losing your changes)"},
		promptChoice{"o", "overwrite it (losing theirs)"})
}

// askDeletedOnDisk says that the worksheet's file is gone since it was
// opened (deleted, or moved away) and asks where to save.
func (m *Model) askDeletedOnDisk() {
	m.prompt = newChoicePrompt(promptDeletedOnDisk, "The file was deleted",
		[]string{model.QuoteName(filepath.Base(m.sh.sheet.Worksheet().Path())) + " was deleted or moved since it was opened. Saving writes it again with this worksheet."},
		promptChoice{"w", "write it again"}, promptChoice{"a", "save as another file"})
}

// askOverwriteChanged asks once more before a file changed on disk is
// replaced: what the other side saved is lost, so one key is not enough.
func (m *Model) askOverwriteChanged() {
	m.prompt = newChoicePrompt(promptOverwriteChanged, "Overwrite the changes made on disk?",
		[]string{"Saving over " + model.QuoteName(filepath.Base(m.sh.sheet.Worksheet().Path())) + " replaces what was saved there since it was opened. Press o again to overwrite it."},
		promptChoice{"o", "yes, overwrite it"})
}

// savedTo follows a save: the file saved is the new base, the autosave takes
// the worksheet's (possibly new) name, and, when the save holds everything
// (clean), nothing is left unsaved in it.
func (m *Model) savedTo(path string, base session.Base, clean bool) tea.Cmd {
	r := m.recovery
	if r == nil {
		return nil
	}
	// The base was read back by the save's task right after writing, so it
	// is what was just written. A save by someone else in this very instant
	// would still be caught by the core's check at this program's next save;
	// only work restored from this program's autosave after a crash would
	// miss it.
	r.base = base
	if r.save == nil {
		return nil
	}
	if clean {
		r.failing = nil
	}
	// Renamed, then removed when nothing is left unsaved: one command, in
	// that order, beside the event loop.
	save, gen, name := r.save, m.sh.sheet.Gen(), session.WorksheetName(path, false)
	return r.run(func() tea.Msg {
		disk.renameAutosave(save, name)
		if clean {
			disk.removeAutosave(save, gen)
		}
		return nil
	})
}

// nameUntitled gives every activity without a title one, from its description
// or else "Untitled activity": a worksheet file requires titles, and a file
// that cannot be read again must never be written.
func (m *Model) nameUntitled() {
	for _, a := range m.sh.sheet.Worksheet().Activities {
		if !untitled(a) {
			continue
		}
		a.Title = component.TitleFrom(a.Description)
		m.sh.sheet.Touch(a)
		if m.quest != nil {
			m.quest.Retitled(a)
		}
	}
}

func (m *Model) askSaveAs() {
	name := m.sh.sheet.Worksheet().Path()
	if name == "" {
		name = "worksheet.yaml"
		if mission := model.Slug(m.sh.sheet.Worksheet().Mission); m.sh.sheet.Worksheet().Mission != "" {
			name = mission + ".yaml"
		}
	}
	m.prompt = newPathPrompt(promptSaveAs, "Save as",
		[]string{"A worksheet file: .yaml, or .json.", m.folderNote()},
		"File", name)
}

func (m *Model) askExportFormat() {
	m.prompt = newChoicePrompt(promptExportFormat, "Export",
		[]string{"Export the classification of the activities, as the batch command `pocssr classify` writes it; the text briefing says what b shows, laid out 80 columns wide in the file.", m.exportScope()},
		exportChoices()...)
	// enter takes the configuration file's format, else the markdown briefing.
	m.prompt.enter = "m"
	for k, f := range exportFormats {
		if f == m.sh.briefing.Format {
			m.prompt.enter = k
		}
	}
}

// exportFormats are the formats of the export dialog, by their keys. The
// text briefing is the briefing screen's (b) text, for a file.
var exportFormats = map[string]report.Format{"m": report.Markdown, "h": report.HTML, "w": report.DOCX,
	"t": report.TextBriefing, "c": report.CSV, "j": report.JSON}

// exportKeys are the export dialog's keys in the order it offers them.
var exportKeys = []string{"m", "h", "w", "t", "c", "j"}

// exportWords name the export dialog's formats as it offers them: its
// title and the status line after an export say "text briefing", never the
// format's id ("text-briefing"). A switch, not a map: nothing is built as
// the program starts.
func exportWords(f report.Format) string {
	switch f {
	case report.Markdown:
		return "markdown briefing"
	case report.HTML:
		return "HTML briefing"
	case report.DOCX:
		return "Word briefing"
	case report.TextBriefing:
		return "text briefing"
	case report.CSV:
		return "CSV table"
	case report.JSON:
		return "JSON"
	}
	return string(f)
}

// exportChoices are the export dialog's choices, a key and its words each.
func exportChoices() []promptChoice {
	out := make([]promptChoice, len(exportKeys))
	for i, k := range exportKeys {
		out[i] = promptChoice{k, exportWords(exportFormats[k])}
	}
	return out
}

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
	case promptReadOnly:
		if a.choice == "a" {
			m.askSaveAs()
			return nil
		}
	case promptChangedOnDisk:
		switch a.choice {
		case "a":
			m.askSaveAs()
		case "r":
			return m.reload()
		case "o":
			m.askOverwriteChanged()
		}
	case promptOverwriteChanged:
		if a.choice == "o" {
			return m.save("", true)
		}
	case promptDeletedOnDisk:
		switch a.choice {
		case "w":
			return m.save("", true)
		case "a":
			m.askSaveAs()
		}
	case promptExportFormat:
		f, ok := exportFormats[a.choice]
		if !ok {
			return nil
		}
		base := "worksheet"
		if p := m.sh.sheet.Worksheet().Path(); p != "" {
			base = strings.TrimSuffix(p, filepath.Ext(p))
		} else if m.sh.demo {
			base = "case-library"
		}
		name := base + "." + f.Ext()
		if sameFile(name, m.sh.sheet.Worksheet().Path()) {
			// The YAML or JSON report of a worksheet of that format would
			// default to the worksheet itself, which export refuses.
			name = base + "-report." + f.Ext()
		}
		m.askExportPath(f, name)
	case promptExportPath:
		f, _ := a.data.(report.Format)
		return m.export(f, strings.TrimSpace(a.values[0]), false)
	case promptExportOverwrite:
		x, _ := a.data.(exportTarget)
		return m.export(x.format, x.path, true)
	case promptImport:
		return m.importMandate(strings.TrimSpace(a.values[0]))
	case promptImportAgain:
		return m.answerImportAgain(a)
	case promptOtherMission:
		if read, ok := a.data.(mandateReadMsg); ok && a.choice == "i" {
			return m.importReading(read)
		}
	case promptCompare:
		return m.compareWith(strings.TrimSpace(a.values[0]))
	}
	return nil
}

// exportTarget is an export waiting for permission to replace a file.
type exportTarget struct {
	format report.Format
	path   string
	// typed is the path as the planner typed it, for the dialog to open on
	// again.
	typed string
}

// export writes the classification report to a file, atomically.
func (m *Model) export(f report.Format, path string, overwrite bool) tea.Cmd {
	if path == "" {
		return m.sh.statusError("Not exported: no file name given.")
	}
	ws := m.sh.sheet.Worksheet()
	if ws.Path() != "" && sameFile(path, ws.Path()) {
		return m.sh.statusError("Not exported: that is the worksheet's own file.")
	}
	return m.startExport(exportTarget{format: f, path: m.exportPath(path), typed: path}, m.reportName(), overwrite)
}

// askExportPath opens the export dialog of format f on path: first on the
// name offered, and again on the path typed where its folder does not
// exist (exportDone), so that the planner corrects it rather than typing
// it again.
func (m *Model) askExportPath(f report.Format, path string) {
	m.prompt = newPathPrompt(promptExportPath, "Export as "+exportWords(f), []string{m.folderNote()}, "File", path)
	m.prompt.data = f
}

// askExportOverwrite asks before an export replaces a file.
func (m *Model) askExportOverwrite(x exportTarget) {
	m.prompt = newChoicePrompt(promptExportOverwrite, "Replace the file?",
		[]string{model.QuoteName(x.path) + " already exists."}, promptChoice{"o", "overwrite it"})
	m.prompt.data = x
}

// reloadedMsg is how reading the worksheet again from disk ended.
type reloadedMsg struct {
	path string
	ws   *model.Worksheet
	base session.Base
	err  error
}

// reload starts reading the worksheet again from disk as a task, dropping
// the changes made here when it comes back (reloaded).
func (m *Model) reload() tea.Cmd {
	path := m.sh.sheet.Worksheet().Path()
	vocab := m.sh.rb.Vocabulary()
	return m.startTask("Reading "+model.QuoteName(filepath.Base(path))+"… (esc cancels)", reads, func(context.Context) tea.Msg {
		if st, err := disk.stat(path); err == nil && !st.Mode().IsRegular() {
			return reloadedMsg{path: path, err: fmt.Errorf("%s is not a regular file", path)}
		}
		base, _ := disk.readBase(path) // read first: a change in between then shows at the next save
		ws, err := disk.load(path, vocab)
		return reloadedMsg{path: path, ws: ws, base: base, err: err}
	})
}

// reloaded puts the worksheet read from disk in place of the one edited.
func (m *Model) reloaded(msg reloadedMsg) tea.Cmd {
	if msg.err != nil {
		return m.sh.statusError("Not reloaded: " + oneLine(msg.err.Error()))
	}
	if m.recovery != nil {
		m.recovery.base = msg.base
	}
	m.sh.sheet.Replace(msg.ws)
	m.sh.sheet.MarkSaved()
	m.closeAll()
	m.worksheet.Top()
	return tea.Batch(m.removeRecovery(), m.sh.status("Reloaded "+model.QuoteName(msg.path)+" from disk."))
}

func sameFile(a, b string) bool {
	aa, err1 := filepath.Abs(a)
	bb, err2 := filepath.Abs(b)
	return err1 == nil && err2 == nil && aa == bb
}

// confirmationsNotSaved says, after a save to a JSON file, that the answers
// confirmed in n drafts are confirmed for this session only: the file
// keeps the answers, not their confirmation (a YAML file keeps both), so a
// later session marks them "~" again; reviewing a draft keeps them as the
// planner's. "" for none.
func confirmationsNotSaved(n int) string {
	if n == 0 {
		return ""
	}
	the := "the draft"
	if n > 1 {
		the = "a draft"
	}
	return fmt.Sprintf(" The answers confirmed in %s are confirmed for this session only; reviewing %s keeps its answers.",
		plural(n, "draft", "drafts"), the)
}
