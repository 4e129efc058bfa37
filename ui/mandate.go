package ui

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"path/filepath"
	"slices"
	"strings"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/pocssr/pocssr/classify/report"
	"github.com/pocssr/pocssr/classify/suggest"
	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/review"
)

// Importing a mandate from the worksheet: the same reading as `pocssr
// import`, its tasks appended to the worksheet as drafts (one undo takes them
// all out), then the review of drafts opens at the first of them. A file that
// cannot be read, or holds no task, changes nothing and says why.

// askImport asks for the mandate file to import.
func (m *Model) askImport() {
	m.prompt = newPathPrompt(promptImport, "Import a mandate",
		[]string{"A Security Council resolution as plain text, or any numbered list of tasks: each task becomes a draft activity with the facts its words suggest, for you to review.", m.folderNote()},
		"File", "")
}

// mandateReadMsg is how the reading of a mandate for import ended.
type mandateReadMsg struct {
	path    string
	ws      *model.Worksheet
	mandate *suggest.Mandate
	spare   []review.Spare // the left-out parts as drafts, as import --all makes them
	spares  []*model.Activity
	err     error
}

// importMandate starts reading the mandate at path as a task; its tasks are
// appended as drafts when the reading comes back (mandateRead).
func (m *Model) importMandate(path string) tea.Cmd {
	if path == "" {
		return m.sh.statusError("Nothing imported: no file name given.")
	}
	s := m.sh.sheet
	taken := make(map[string]bool, s.Len())
	for _, a := range s.Worksheet().Activities {
		taken[a.ID] = true
	}
	reader := m.sh.reader() // safe to share: it guards its own state
	return m.startTask("Reading "+model.QuoteName(filepath.Base(path))+"… (esc cancels)", reads, func(context.Context) tea.Msg {
		text, err := readMandateFile(path)
		if err != nil {
			return mandateReadMsg{path: path, err: err}
		}
		ws, spares, mandate, err := suggest.ImportWithSpares(reader, path, text, suggest.ImportOptions{Taken: taken, TopicFirst: true})
		var spare []review.Spare
		if err == nil {
			spare = review.Spares(mandate, spares)
		}
		return mandateReadMsg{path: path, ws: ws, mandate: mandate, spare: spare, spares: spares, err: err}
	})
}

// mandateRead appends the drafts of a mandate read, or says why there are
// none.
func (m *Model) mandateRead(msg mandateReadMsg) tea.Cmd {
	path, ws, mandate, err := msg.path, msg.ws, msg.mandate, msg.err
	s := m.sh.sheet
	if why := importRefusal(path, ws, mandate, err); why != "" {
		return m.sh.statusError(why)
	}
	if s.Worksheet().OtherMission(ws.Mission) {
		m.askOtherMission(msg)
		return nil
	}
	return m.importReading(msg)
}

// importReading puts the drafts of a mandate read in the worksheet, or asks
// first what to do with a document imported before.
func (m *Model) importReading(msg mandateReadMsg) tea.Cmd {
	path, ws, mandate := msg.path, msg.ws, msg.mandate
	s := m.sh.sheet
	if had := s.AlreadyImported(ws.Mandate); had > 0 {
		m.askImportAgain(pendingImport{path: path, ws: ws, mandate: mandate, spare: msg.spare, spares: msg.spares}, had)
		return nil
	}
	freeIDs(s.Worksheet(), ws)
	s.AddDrafts(ws.Activities, ws.Mission, ws.Mandate)
	return m.importedDrafts(ws, mandate, msg.spare, nil)
}

// importRefusal says why the reading of the mandate at path (ws, or err)
// puts nothing in the worksheet, or "" when it has drafts to put there: the
// screens and the plain prompts say the same.
func importRefusal(path string, ws *model.Worksheet, mandate *suggest.Mandate, err error) string {
	switch {
	case errors.Is(err, suggest.ErrNoTasks):
		return "Nothing imported: " + model.QuoteName(path) + " has no numbered paragraphs. A mandate's operative paragraphs start with “1.”, or tasks with “(a)”."
	case err != nil:
		return "Nothing imported: " + oneLine(err.Error())
	case len(ws.Activities) == 0:
		return fmt.Sprintf("Nothing imported: none of the %s of %s asks for an activity (they welcome, request reports, set troop ceilings …); pocssr import --all keeps them.",
			plural(len(mandate.LeftOut()), "paragraph", "paragraphs"), path)
	}
	return ""
}

// freeIDs gives each draft of the reading ws whose id an activity of the
// worksheet took (one added while the mandate was read, or one of an
// earlier import of it) a new one, so that no two activities share one.
func freeIDs(sheet, ws *model.Worksheet) {
	taken := make(map[string]bool, len(sheet.Activities)+len(ws.Activities))
	for _, a := range sheet.Activities {
		taken[a.ID] = true
	}
	for _, a := range ws.Activities {
		if taken[a.ID] {
			a.ID = model.UniqueID(model.Slug(a.Title), taken)
		}
		taken[a.ID] = true
	}
}

// importedDrafts opens the review at the first of the drafts just imported
// and says what was imported and left out; how, when not simply added, in
// parts in order of need (see importNote); discarded, the paragraphs a
// replace kept out, for l to list with those left out.
func (m *Model) importedDrafts(ws *model.Worksheet, mandate *suggest.Mandate, spare, discarded []review.Spare, how ...importDid) tea.Cmd {
	var at *model.Activity // none when a replace kept every paragraph as reviewed
	if len(ws.Activities) > 0 {
		at = ws.Activities[0]
		m.worksheet.Select(at)
	}
	parts, spare := m.stillLeftOut(ws.Mandate, mandate.LeftOut(), spare)
	w := m.sh.ctx.StatusRoom(m.contentWidth()) // the status line's: the screen's width
	leftOut := max(0, mandate.LeftOutParagraphs-(len(mandate.LeftOut())-len(parts)))
	// What the line counts but does not say reads whole in the help.
	// The review opens with every draft of the worksheet: where that is
	// more than the import's (a replace kept a restored paragraph), the
	// note says so, as the review's heading counts them.
	c := importCount{drafts: len(ws.Activities), toReview: m.sh.sheet.Drafts(), leftOut: leftOut}
	how = withAcross(how, model.SourcesOf(m.sh.sheet.Worksheet().Activities))
	text := importNoteOf(w, c, how, oneLine(ws.Mandate))
	note := statusMsg{Text: text, Full: importNoteWholeOf(text, c, how, oneLine(ws.Mandate))}
	in := review.Imported{At: at, Document: ws.Mandate, LeftOut: parts, Spare: spare, Discarded: discarded,
		Drafts: review.Drafts(mandate, ws.Activities), Note: note.Full}
	return tea.Batch(m.startReview(in), m.sh.ctx.Send(note))
}

// withAcross adds to what an import did, where the worksheet now holds
// the tasks of several documents (src), that its portfolio findings count
// each force across them: after a replace, which is what the import did
// first, else first of all. The keys' shorter words are worth it.
func withAcross(how []importDid, src model.Sources) []importDid {
	full, short := report.ImportAcross(src)
	if full == "" {
		return how
	}
	at := min(1, len(how))
	return slices.Insert(slices.Clone(how), at, importDid{full: full, short: short, keys: true})
}

// stillLeftOut are the parts of document doc the reading left out (and
// their drafts, spare) but for those the worksheet holds an activity of:
// restored before and kept by a replace, they are not offered again.
func (m *Model) stillLeftOut(doc string, parts []suggest.LeftOutPart, spare []review.Spare) ([]suggest.LeftOutPart, []review.Spare) {
	return stillLeftOut(m.sh.sheet.Worksheet(), doc, parts, spare)
}

// stillLeftOut are the parts of document doc left out (and their drafts,
// spare) but for those ws holds an activity of.
func stillLeftOut(ws *model.Worksheet, doc string, parts []suggest.LeftOutPart, spare []review.Spare) ([]suggest.LeftOutPart, []review.Spare) {
	held := map[string]bool{}
	for _, a := range ws.Activities {
		if a.Source.Document == doc {
			held[strings.TrimSpace(a.Source.Ref)] = true
		}
	}
	var keptParts []suggest.LeftOutPart
	var keptSpare []review.Spare
	for i, p := range parts {
		if held[strings.TrimSpace(p.Ref)] {
			continue
		}
		keptParts = append(keptParts, p)
		if len(spare) == len(parts) {
			keptSpare = append(keptSpare, spare[i])
		}
	}
	return keptParts, keptSpare
}

// readMandateFile reads a mandate, refusing what is missing, a folder, too
// large, not plain text or empty, with a message naming the file.
func readMandateFile(path string) (string, error) {
	// Stat before opening: opening a FIFO waits for a writer that may never come.
	if st, err := disk.stat(path); err == nil && !st.IsDir() && !st.Mode().IsRegular() {
		return "", fmt.Errorf("%s is not a regular file (a pipe, device or socket): only a file of text can be imported", path)
	}
	f, err := disk.open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return "", fmt.Errorf("%s does not exist", path)
	}
	if err != nil {
		return "", err
	}
	defer f.Close()
	if st, err := f.Stat(); err == nil && st.IsDir() {
		return "", fmt.Errorf("%s is a folder, not a mandate", path)
	}
	if st, err := f.Stat(); err == nil && !st.Mode().IsRegular() {
		return "", fmt.Errorf("%s is not a regular file (a pipe, device or socket): only a file of text can be imported", path)
	}
	return suggest.MandateText(path, f)
}

// startReview opens the review of drafts over the worksheet alone, with what
// it opens with (review.Imported), or says there is none.
func (m *Model) startReview(from review.Imported) tea.Cmd {
	m.closeAll()
	return m.open(reviewScreen, from, false)
}
