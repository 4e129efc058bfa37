package cli

import (
	"errors"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/report"
	"github.com/pocssr/pocssr/classify/suggest"
	"github.com/pocssr/pocssr/model"
)

// importInto reads the mandate file into the worksheet into, replacing the
// drafts an earlier reading of the same document left there and keeping
// their risk registers (model.Worksheet.ReplaceDocument), and saves the
// worksheet where it was read from: whole or not at all, and never over a
// file that changed on disk since it was read.
func (e *Env) importInto(into, file string, all bool) error {
	rb, err := e.Rulebook()
	if err != nil {
		return err
	}
	ws, err := model.Load(into, rb.Vocabulary())
	if err != nil {
		return invalid(err)
	}
	text, err := e.readMandate(file)
	if err != nil {
		return invalid(err)
	}
	read, m, err := suggest.Import(suggest.NewReader(rb), file, text, suggest.ImportOptions{All: all, TopicFirst: true})
	if err != nil {
		return invalid(fmt.Errorf("%s: %w", model.QuoteName(file), err))
	}
	// Another mission's mandate is imported all the same, a batch command
	// asking nothing; the line says what the findings now count across.
	other := ws.OtherMission(read.Mission)
	held := ws.HeldMissions()
	r := mergeReading(ws, read)
	if err := e.saveInto(ws, rb, into, importIntoSummary(into, read.Mandate, model.SourcesOf(ws.Activities), r, m, all)); err != nil {
		return err
	}
	if other {
		// Said also under --quiet: the file now mixes two missions.
		fmt.Fprintln(e.Stderr, otherMissionLine(into, held, read.Mandate, read.Mission))
	}
	return nil
}

// mergeReading puts a reading of a mandate in a worksheet and names it in
// the mission and mandate (model.Worksheet.NameImport).
func mergeReading(ws, read *model.Worksheet) model.Reimport {
	ws.NameImport(read.Mandate, read.Mission, read.Mandate)
	return ws.ReplaceDocument(read.Mandate, read.Activities)
}

// saveInto checks the worksheet's size and saves it over the file it was
// read from; then it says what was done.
func (e *Env) saveInto(ws *model.Worksheet, rb *classify.Rulebook, into, summary string) error {
	format := model.YAML
	if strings.EqualFold(filepath.Ext(into), ".json") {
		format = model.JSON
	}
	data, err := ws.Encode(format)
	if err != nil {
		return err
	}
	if err := suggest.CheckWorksheetSize(data); err != nil {
		return invalid(fmt.Errorf("%s: %w", model.QuoteName(into), err))
	}
	if err := ws.Save("", model.SaveOptions{}); err != nil {
		if errors.Is(err, model.ErrChangedOnDisk) || errors.Is(err, model.ErrDeletedOnDisk) {
			return invalid(fmt.Errorf("%w: nothing written; run the import again on the file as it is now", err))
		}
		return err
	}
	e.note("%s", summary)
	return nil
}

// importIntoSummary says what an import into a worksheet did: the drafts
// put in, the registers kept, and, one line each, the earlier drafts whose
// register had no new draft to go to and were kept as they were. Each
// paragraph is named as the worksheet (of sources, after the import) names
// it: "2070·13" where it holds another document too.
func importIntoSummary(into, doc string, src model.Sources, r model.Reimport, m *suggest.Mandate, all bool) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %s of %s", model.QuoteName(into), plural(r.Added, "draft activity", "draft activities"), doc)
	if r.Replaced > 0 {
		fmt.Fprintf(&b, " in place of %s", plural(r.Replaced, "earlier draft", "earlier drafts"))
	}
	fmt.Fprintf(&b, "; moved the risk register of %s to the new drafts", plural(r.Kept, "replaced draft", "replaced drafts"))
	if r.Reviewed > 0 {
		fmt.Fprintf(&b, "; left %s as reviewed, without a new draft", plural(r.Reviewed, "reviewed activity", "reviewed activities"))
	}
	if r.Renamed > 0 {
		fmt.Fprintf(&b, "; gave %s a new id", plural(r.Renamed, "draft", "drafts"))
	}
	if across, _ := report.ImportAcross(src); across != "" {
		fmt.Fprintf(&b, "; %s", across)
	}
	if len(r.Stale) > 0 {
		fmt.Fprintf(&b, "\n%s no new draft to go to; kept, after the new drafts, as stale (delete them once their register is moved):",
			plural(len(r.Stale), "register had", "registers had"))
		for _, a := range r.Stale {
			fmt.Fprintf(&b, "\n  %-8s %s (%s)", src.Ref(a), a.ID, plural(len(a.Register), "entry", "entries"))
		}
	}
	if left := m.LeftOut(); len(left) > 0 && !all {
		// Each named with its reason, as the plain import names them: the
		// help promises it of both, and a count alone leaves the planner
		// to guess which paragraphs were left.
		fmt.Fprintf(&b, "\nleft out %s for no activity (--all keeps them):", plural(len(left), "paragraph that asks", "paragraphs that ask"))
		for i, p := range left {
			left[i].Ref = src.Ref(&model.Activity{Source: model.Source{Document: doc, Ref: p.Ref}})
		}
		writeLeftOut(&b, left)
	}
	return b.String()
}

// otherMissionLine says, in one line, that the worksheet into held the
// tasks of missions held (or the case library's cases) and took those of
// document doc, of another mission, all the same, in the words the
// screens' question uses (report.OtherMissionWords).
func otherMissionLine(into string, held model.Missions, doc, mission string) string {
	w := report.OtherMissionWords(held, mission)
	return fmt.Sprintf("pocssr: %s held %s; %s is of %s, imported into it all the same: portfolio findings count each force across %s (%s)",
		model.QuoteName(into), w.Held, report.OneLine(doc), report.OneLine(mission), w.Across, w.Apart)
}
