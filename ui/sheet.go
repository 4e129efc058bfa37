package ui

import (
	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/suggest"
	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/session"
	"github.com/pocssr/pocssr/ui/words"
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
	return &sheet{Sheet: session.NewSheetReading(rb, ws, search, draftFacts(rb), today), rb: rb}
}

// draftFacts reads a draft's words as the activity screen reads them
// (words.Read), for the sheet to know the answers they alone suggest; its
// reader is made on the first draft read.
func draftFacts(rb *classify.Rulebook) func(*model.Activity) *model.Facts {
	var rd *suggest.Reader
	return func(a *model.Activity) *model.Facts {
		if rd == nil {
			rd = suggest.NewReader(rb)
		}
		return &words.Read(rd, a).Facts
	}
}
