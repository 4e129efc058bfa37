package ui

import (
	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/session"
	"github.com/pocssr/pocssr/ui/worksheet"
)

// maxUndo is how many changes can be undone.
const maxUndo = session.MaxUndo

// sheet is the worksheet being edited (session.Sheet: verdicts, tally, undo,
// dirty state) with its rulebook at hand.
type sheet struct {
	*session.Sheet
	rb *classify.Rulebook
}

func newSheet(rb *classify.Rulebook, ws *model.Worksheet) *sheet { return newSheetOn(rb, ws, "") }

// newSheetOn is newSheet with the register read on day today.
func newSheetOn(rb *classify.Rulebook, ws *model.Worksheet, today model.Date) *sheet {
	search := func(a *model.Activity) string { return worksheet.SearchText(rb, a) }
	return &sheet{Sheet: session.NewSheetOn(rb, ws, search, today), rb: rb}
}
