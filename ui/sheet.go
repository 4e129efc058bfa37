package ui

import (
	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/session"
)

// snapshot is an activity as it was before an edit, for undo.
type snapshot = session.Snapshot

// maxUndo is how many changes can be undone.
const maxUndo = session.MaxUndo

// sheet is the worksheet being edited (session.Sheet: verdicts, tally, undo,
// dirty state) with what only drawing needs beside it: the findings last
// drawn, and the worksheet's references ranked for sorting.
type sheet struct {
	*session.Sheet
	rb    *classify.Rulebook
	fired firedCache
	refs  refRanks // the references ranked, for sorting the list
}

func newSheet(rb *classify.Rulebook, ws *model.Worksheet) *sheet { return newSheetOn(rb, ws, "") }

// newSheetOn is newSheet with the register read on day today.
func newSheetOn(rb *classify.Rulebook, ws *model.Worksheet, today model.Date) *sheet {
	search := func(a *model.Activity) string { return searchText(rb, a) }
	return &sheet{Sheet: session.NewSheetOn(rb, ws, search, today), rb: rb}
}

func severityIndex(s classify.Severity) int {
	for i, x := range classify.Severities {
		if x == s {
			return i
		}
	}
	return -1
}
