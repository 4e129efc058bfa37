package ui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/model"
)

// These tests hold what a facilitator's walk found on importing S/RES/1927
// (2010) into the demo worksheet, and a planner's on S/RES/1892 (2009) then
// S/RES/1794 (2007) in one worksheet, at 80×24 and 200×60.
const (
	mandate1927 = "../classify/suggest/testdata/corpus/resolutions/S-RES-1927-2010.txt"
	mandate1794 = "../classify/suggest/testdata/corpus/resolutions/S-RES-1794-2007.txt"
)

// demoWith1927 is the demo into which S/RES/1927 (2010), of MINUSTAH, was
// imported all the same, at its review.
func demoWith1927(t *testing.T, w, h int) *Model {
	t.Helper()
	m := demoModel(t, w, h)
	importOfAnotherMission(t, m, mandate1927)
	return m
}

// The review after the import names the paragraph, and the documents the
// findings now count across, by what each is: "D2·4" and "across D1 and
// D2" stood beside "source: S/RES/1927 (2010) 4", and no screen said what
// D1 was.
func TestDemoImportNamesTheMandateByItsNumber(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := demoWith1927(t, size[0], size[1])
			requireScreen(t, m, "source: S/RES/1927 (2010) 4", "source paragraph 1927·4", "left out of 1927 (5)")
			if size[0] == 200 {
				requireScreen(t, m, "portfolio findings now count each force across Case library and 1927")
			}
			refuseScreen(t, m, "D1", "D2")
			golden(t, m, size[0], size[1], "1927·4")
		})
	}
}

// The worksheet lists each document once in its heading, and names the
// imported drafts and the documents its findings count across as the
// review does: "Mandates: Cases from the chapter, S/RES/1927 (2010), Case
// library" listed the case library twice, the second time as a third
// mandate.
func TestDemoWorksheetListsEachMandateOnce(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := demoWith1927(t, size[0], size[1])
			press(t, m, "esc", "G")
			requireScreen(t, m, "Mandates: Cases from the chapter, S/RES/1927 (2010)", "1927·4 ", "1927·8 ")
			if size[0] == 200 {
				requireScreen(t, m, "counted across Case library    │", "│   and 1927    ")
			}
			refuseScreen(t, m, "(2010), Case library", "D1", "D2")
			golden(t, m, size[0], size[1], "Mandates:")
		})
	}
}

// The board names the selected draft as its caption and the worksheet do:
// it was "[#24]" beside the caption's "[D2·4]".
func TestDemoBoardNamesTheImportedDraftAsItsCaption(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := demoWith1927(t, size[0], size[1])
			press(t, m, "esc", "G", "p")
			board := screenText(m)
			if n := strings.Count(board, "[1927·8]"); n < 2 {
				t.Fatalf("the selected draft is named [1927·8] %d times, on the caption alone:\n%s", n, board)
			}
			refuseScreen(t, m, "#27", "D2")
			golden(t, m, size[0], size[1], "[1927·8]")
		})
	}
}

// The briefing says which documents its findings count across by what
// each is, and lists each mandate once in its heading.
func TestDemoBriefingNamesTheMandatesOnce(t *testing.T) {
	const across = "Findings count each force across the tasks of Case library and 1927 together"
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := demoWith1927(t, size[0], size[1])
			press(t, m, "esc", "b")
			if head := "Mandates: Cases from the chapter, S/RES/1927 (2010) · Mission: MINUSTAH, with the Case library's cases"; !containsFlat(screenText(m), head) {
				t.Fatalf("the briefing's heading is not %q:\n%s", head, screenText(m))
			}
			for i := 0; i < 60 && !containsFlat(screenText(m), across); i++ {
				press(t, m, "j")
			}
			requireScreen(t, m, across)
			press(t, m, "j") // the sentence's end in sight
			golden(t, m, size[0], size[1], "Findings count")
		})
	}
}

// A paragraph the import left out, restored by the planner with r in the
// review, is described in the briefing as what it is: it read "the import
// leaves this paragraph out (kept with --all)", though no --all was given.
func TestBriefingSaysARestoredParagraphWasBroughtBack(t *testing.T) {
	const said = "left out: on import, and brought back as a draft by the planner (restored in the review or imported with --all): it extends a mandate"
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := newTestModel(t, model.New(""), size[0], size[1])
			importFile(t, m, mandate1892)
			press(t, m, "esc")
			importOfAnotherMission(t, m, mandate1794)
			press(t, m, "l", "r")
			requireScreen(t, m, "Paragraph 1794·1 restored as a draft")
			press(t, m, "esc", "b")
			for i := 0; i < 2000 && !containsFlat(screenText(m), said); i++ {
				press(t, m, "j")
			}
			if !containsFlat(screenText(m), said) {
				t.Fatalf("the briefing never says %q:\n%s", said, screenText(m))
			}
			refuseScreen(t, m, "kept with --all)")
			golden(t, m, size[0], size[1], "brought back")
		})
	}
}

// The board names a paragraph of a document without a number as the
// worksheet does, by the document's name: the board read the worksheet's
// "Brief·3" again as a paragraph, found none in it, and placed it
// as "#2" beside its caption's "[Brief·3]".
func TestBoardNamesAParagraphOfADocumentWithoutANumber(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			resolution := activity(t, "Patrols in the camps", "implementer", "mission", "kinds", "deterrence")
			resolution.Source = model.Source{Document: "S/RES/1927 (2010)", Ref: "4"}
			note := activity(t, "Vetting of the police", "implementer", "mission", "kinds", "vetting", "forces", "police")
			note.Source = model.Source{Document: "Brief", Ref: "3"}
			m := newTestModel(t, sheetOf(resolution, note), size[0], size[1])
			press(t, m, "j")
			requireScreen(t, m, "Brief·3 ")
			press(t, m, "p")
			if n := strings.Count(screenText(m), "[Brief·3]"); n < 2 {
				t.Fatalf("the selected paragraph is named [Brief·3] %d times, on the caption alone:\n%s", n, screenText(m))
			}
			refuseScreen(t, m, "#2")
			golden(t, m, size[0], size[1], "[Brief·3]")
		})
	}
}
