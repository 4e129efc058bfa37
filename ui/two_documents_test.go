package ui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify/report"
	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/present"
)

// mandate1881 (account_waits_test.go), a UNAMID renewal, is imported
// before S/RES/2070 (2012) of MINUSTAH into the same worksheet: both number
// a paragraph 14.

// twoDocuments is the root model on a new worksheet into which S/RES/1881
// (2009) and then S/RES/2070 (2012) were imported, back on the worksheet.
func twoDocuments(t *testing.T, w, h int) *Model {
	t.Helper()
	return importedInTurn(t, w, h, mandate1881, mandate2070)
}

// importedInTurn is the root model on a new worksheet into which the
// mandates were imported one after the other, back on the worksheet.
func importedInTurn(t *testing.T, w, h int, mandates ...string) *Model {
	t.Helper()
	m := newTestModel(t, model.New(""), w, h)
	for _, file := range mandates {
		importFile(t, m, file)
		if m.prompt != nil && m.prompt.id == promptOtherMission {
			press(t, m, "i") // a mandate of another mission, imported all the same
		}
		press(t, m, "esc")
	}
	return m
}

// A worksheet that holds the tasks of two mandates says so in its heading,
// and each reference says which mandate numbers it: the heading named
// UNAMID and S/RES/1881 (2009) alone, and both paragraphs 14 read "14".
func TestWorksheetOfTwoMandatesNamesBoth(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := twoDocuments(t, size[0], size[1])
			requireScreen(t, m, "Missions: UNAMID, MINUSTAH")
			requireScreen(t, m, "Mandates: S/RES/1881 (2009), S/RES/2070 (2012)")
			requireScreen(t, m, "1881·14 ")
			requireScreen(t, m, "2070·5 ")
			golden(t, m, size[0], size[1], "Mandates:")
		})
	}
}

// The register's rows give the reference as the worksheet does.
func TestRegisterOfTwoMandatesQualifiesRefs(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := twoDocuments(t, size[0], size[1])
			press(t, m, "r")
			golden(t, m, size[0], size[1], "·")
		})
	}
}

// A worksheet of one mandate keeps its heading's words and its references.
func TestWorksheetOfOneMandateKeepsItsRefs(t *testing.T) {
	m := newTestModel(t, model.New(""), 200, 60)
	importFile(t, m, mandate1881)
	press(t, m, "esc")
	requireScreen(t, m, "Mission: UNAMID")
	requireScreen(t, m, "Mandate: S/RES/1881 (2009)")
	refuseScreen(t, m, "1881·")
}

// The presentation names an activity of a worksheet of two mandates as the
// worksheet does, on the markers, the legend and the selected line, and the
// walk-through after it: the board numbered paragraph 14 of 1881 and of
// 2070 alike, "14".
func TestPresentationOfTwoMandatesQualifiesRefs(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("board_%dx%d", size[0], size[1]), func(t *testing.T) {
			m := twoDocuments(t, size[0], size[1])
			press(t, m, "p")
			requireScreen(t, m, "[2070·5] [draft]", "1881·14 ")
			golden(t, m, size[0], size[1], "1881·")
		})
		t.Run(fmt.Sprintf("walk_through_%dx%d", size[0], size[1]), func(t *testing.T) {
			m := twoDocuments(t, size[0], size[1])
			press(t, m, "p", "t")
			requireScreen(t, m, "Walk-through · [2070·5]")
			golden(t, m, size[0], size[1], "Walk-through")
		})
	}
	ws := twoDocuments(t, 80, 24).sh.sheet.Worksheet()
	sources := model.SourcesOf(ws.Activities)
	for i, a := range ws.Activities {
		if got, want := present.BoardNumber(sources, a, i+1), report.SourcesRef(sources, a, i+1); got != want {
			t.Errorf("activity %d is %q on the board and %q in the briefing", i+1, got, want)
		}
	}
}

// The left-out list (l) of a mandate imported into a worksheet of another
// gives each paragraph as the worksheet would show its draft, and so does
// the note of its restore: 2070's paragraph 3 read "3", as 1881's would.
func TestLeftOutOfTheSecondMandateQualifiesRefs(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := newTestModel(t, model.New(""), size[0], size[1])
			importFile(t, m, mandate1881)
			press(t, m, "esc")
			importOfAnotherMission(t, m, mandate2070)
			press(t, m, "l")
			requireScreen(t, m, "Left out of S/RES/2070 (2012)", "> 2070·")
			golden(t, m, size[0], size[1], "Left out of")
		})
	}
}

// The account's words are those of the paragraph as the worksheet names it.
func TestAccountOfTwoMandatesNamesTheParagraphsMandate(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := twoDocuments(t, size[0], size[1])
			press(t, m, "enter")
			for i := 0; i < 200 && !strings.Contains(screenText(m), "words of the source"); i++ {
				press(t, m, "j")
			}
			requireScreen(t, m, "words of the source paragraph 2070·5 ")
			golden(t, m, size[0], size[1], "words of the source")
		})
	}
}
