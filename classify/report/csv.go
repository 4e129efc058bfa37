package report

import (
	"encoding/csv"
	"io"
	"strconv"
	"strings"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
)

// CSVHeader names the CSV columns: readable labels from the rulebook, each
// coded value again by its id in a column of its own (the *_id columns), so
// that a spreadsheet can be read by a person and sorted or joined by a
// program. The register columns (FRAMEWORK §9) give each risk's place in the
// register, in the order of risk_ids: readable, then by status id ("none"
// without an entry).
var CSVHeader = []string{"ref", "id", "title", "status", "implementer", "implementer_id", "kinds", "kind_ids",
	"tier", "agenda", "agenda_id", "overlap_basis", "overlap_basis_id", "highest_severity",
	"risks", "risk_ids", "open_questions", "open_question_facts",
	"register", "register_statuses", "overdue_risk_ids", "stale_register", "hrddp_review", "hrddp_review_overdue"}

// byteOrderMark opens the file: without it Excel reads a CSV in the
// system's code page and garbles every "…", "—" and accented name.
const byteOrderMark = "\ufeff"

// listSeparator separates the items of a list in one cell, labels and ids
// alike: a spreadsheet splits a cell on it, and a reader sees where one item
// ends (a question's words run on into the next with a bare space).
const listSeparator = "; "

// writeCSV writes one row per activity of every sheet, under one header, in
// UTF-8 with a byte order mark. Each sheet's file is checked, and its
// documents known, before its rows are written (checkSheets). A list is separated by "; "; a cell that a
// spreadsheet would run as a formula is prefixed with an apostrophe.
func writeCSV(w io.Writer, rb *classify.Rulebook, sheets []Sheet) error {
	if _, err := io.WriteString(w, byteOrderMark); err != nil {
		return err
	}
	cw := csv.NewWriter(w)
	cw.Write(CSVHeader)
	for _, sh := range sheets {
		// The ref column names a paragraph as the screens and the briefing
		// do: "2070·13" where the worksheet holds several documents, else
		// two rows of one file could both read "13".
		src := sh.sources()
		i := 0
		for a := range sh.stream().All() {
			r := rb.ClassifyOn(a, sh.Today)
			cw.Write(csvRow(rb, a, &r, sh.sourcesRef(src, a, i)))
			i++
		}
	}
	cw.Flush()
	return cw.Error()
}

func csvRow(rb *classify.Rulebook, a *model.Activity, r *classify.Result, ref string) []string {
	tier := ""
	if r.Tier != 0 {
		tier = strconv.Itoa(int(r.Tier))
	}
	impl, implID := "", ""
	if v, ok := a.Facts.One(model.Implementer); ok {
		impl, implID = rb.Label(model.Implementer, v), v
	}
	kinds, _ := a.Facts.Set(model.Kinds)
	kindLabels := make([]string, len(kinds))
	for i, id := range kinds {
		kindLabels[i] = id
		if k := rb.Kind(id); k != nil {
			kindLabels[i] = k.Label
		}
	}
	basis := ""
	if r.Narrow.Basis != nil {
		basis = r.Narrow.Basis.Title
	}
	risks := make([]string, len(r.Risks))
	riskIDs := make([]string, len(r.Risks))
	for i, k := range r.Risks {
		risks[i], riskIDs[i] = k.Rule.Title, k.Rule.ID
	}
	open := make([]string, len(r.OpenQuestions))
	openIDs := make([]string, len(r.OpenQuestions))
	for i, q := range r.OpenQuestions {
		open[i], openIDs[i] = q.Question, q.Fact.Key()
	}
	list := func(items []string) string { return strings.Join(items, listSeparator) }
	row := []string{ref, a.ID, a.Title, string(a.Status), impl, implID, list(kindLabels), list(kinds),
		tier, AgendaLabel(&r.Narrow), string(r.Agenda), basis, string(r.Basis), string(r.Highest()),
		list(risks), list(riskIDs), list(open), list(openIDs)}
	row = append(row, registerCells(r)...)
	for i, c := range row {
		row[i] = cell(OneLine(c))
	}
	return row
}

// cell keeps a spreadsheet from running text as a formula.
func cell(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

// registerCells are the register columns of an activity's row.
func registerCells(r *classify.Result) []string {
	var texts, statuses, overdue, stale []string
	for i := range r.Risks {
		m := &r.Risks[i].Mitigation
		texts = append(texts, r.Risks[i].Rule.Title+": "+MitigationText(m))
		statuses = append(statuses, NewOutputMitigation(m).Status)
		if m.Overdue {
			overdue = append(overdue, r.Risks[i].Rule.ID)
		}
	}
	for _, e := range r.Stale {
		stale = append(stale, e.Risk)
	}
	reviewOverdue := ""
	if r.HRDDPReview.Date != "" {
		reviewOverdue = strconv.FormatBool(r.HRDDPReview.Overdue)
	}
	return []string{strings.Join(texts, "; "), strings.Join(statuses, " "), strings.Join(overdue, " "), strings.Join(stale, " "),
		string(r.HRDDPReview.Date), reviewOverdue}
}
