package report

import (
	"encoding/csv"
	"io"
	"strconv"
	"strings"

	"github.com/pocssr/pocssr/classify"
)

// CSVHeader names the CSV columns.
var CSVHeader = []string{"id", "title", "tier", "agenda", "overlap_basis", "highest_severity", "risks", "open_questions"}

// writeCSV writes one row per activity of every sheet, under one header. Lists
// are separated by spaces; a cell that a spreadsheet would run as a formula is
// prefixed with an apostrophe.
func writeCSV(w io.Writer, rb *classify.Rulebook, sheets []Sheet) error {
	cw := csv.NewWriter(w)
	cw.Write(CSVHeader)
	for _, sh := range sheets {
		for a := range sh.stream().All() {
			r := rb.Classify(a)
			tier := ""
			if r.Tier != 0 {
				tier = strconv.Itoa(int(r.Tier))
			}
			risks := make([]string, len(r.Risks))
			for i, k := range r.Risks {
				risks[i] = k.Rule.ID
			}
			open := make([]string, len(r.OpenQuestions))
			for i, q := range r.OpenQuestions {
				open[i] = q.Fact.Key()
			}
			cw.Write([]string{cell(r.ID), cell(OneLine(r.Title)), tier, string(r.Agenda), string(r.Basis),
				string(r.Highest()), strings.Join(risks, " "), strings.Join(open, " ")})
		}
	}
	cw.Flush()
	return cw.Error()
}

func cell(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}
