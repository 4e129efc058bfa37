package ui

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/model"
)

// An undo of the import that opened the review, made in the review, takes
// its drafts, paragraphs left out and discards with it: the review counts
// none of its drafts as discarded, lists none of its paragraphs, and cannot
// restore one beside the earlier draft the undo brought back. The review
// showed "11 discarded" and "[l] left out (11) and discarded (1)", and l
// then restored paragraph 7 a second time.
func TestUndoOfTheImportInTheReviewTakesItsListsWithIt(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := newTestModel(t, model.New(""), size[0], size[1])
			importFile(t, m, mandate2070)
			s := m.sh.sheet
			press(t, m, "a", "esc") // one reviewed, the rest drafts
			refs := func() map[string]int {
				n := map[string]int{}
				for i := 0; i < s.Len(); i++ {
					n[s.At(i).Source.Ref]++
				}
				return n
			}
			before := refs()
			importFile(t, m, mandate2070)
			if m.prompt == nil || m.prompt.id != promptImportAgain {
				t.Fatalf("no question on importing the mandate again:\n%s", screenText(m))
			}
			press(t, m, "r")
			d := m.draftReview().Draft()
			press(t, m, "x", "u", "u") // a discard undone, then the replace
			requireScreen(t, m, "Undid the import that replaced")
			if got := refs(); fmt.Sprint(got) != fmt.Sprint(before) {
				t.Fatalf("the undo did not give back the worksheet before the replace:\n%v\n%v", got, before)
			}
			screen := screenText(m)
			if counted := regexp.MustCompile(`\b[1-9][0-9]* discarded\b|discarded \(|left out \([0-9]+\+`).FindString(screen); counted != "" {
				t.Errorf("the review still counts the undone import's drafts as discarded (%q):\n%s", counted, screen)
			}
			// l lists nothing of the undone import: no paragraph of it can
			// come back beside its earlier draft.
			press(t, m, "l")
			if strings.Contains(screenText(m), "["+"discarded]") {
				t.Errorf("l lists a paragraph of the undone import as discarded:\n%s", screenText(m))
			}
			press(t, m, "r")
			for ref, n := range refs() {
				if n > 1 && ref != "" {
					t.Fatalf("paragraph %s is in the worksheet %d times (draft %q was discarded and the replace undone)", ref, n, d.Source.Ref)
				}
			}
		})
	}
}

// The same undo made on the worksheet: the review opened again (R) no
// longer offers the undone import's paragraphs ("(11+2)" stayed on its key
// line and in its help).
func TestReviewOpenedAfterTheImportWasUndoneOffersNoneOfIt(t *testing.T) {
	m := newTestModel(t, model.New(""), 80, 24)
	importFile(t, m, mandate2070)
	press(t, m, "a", "x", "esc")
	importFile(t, m, mandate2070)
	press(t, m, "r", "esc", "u")
	requireScreen(t, m, "Undid the last import that replaced")
	press(t, m, "R")
	requireScreen(t, m, "Review of drafts")
	if counted := regexp.MustCompile(`\b[1-9][0-9]* discarded\b|discarded \(|left out \([0-9]+\+`).FindString(screenText(m)); counted != "" {
		t.Errorf("the review opened again still counts the undone import (%q):\n%s", counted, screenText(m))
	}
}

// A redo of the import on the worksheet gives the review its lists back:
// after the undo in the review and ctrl+r on the worksheet, l said the
// paragraphs left out were "not saved".
func TestRedoOfTheImportGivesTheReviewItsListsBack(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := newTestModel(t, model.New(""), size[0], size[1])
			importFile(t, m, mandate2070)
			press(t, m, "a", "x", "esc")
			importFile(t, m, mandate2070)
			press(t, m, "r")
			keyLine := func() string {
				lines := strings.Split(screenText(m), "\n")
				for i := len(lines) - 1; i >= 0; i-- {
					if strings.Contains(lines[i], "[l] left out") {
						return lines[i]
					}
				}
				return ""
			}
			before := regexp.MustCompile(`\[l\] left out[^·]*`).FindString(keyLine())
			if before == "" || strings.Contains(before, "?") {
				t.Fatalf("no count of the paragraphs left out after the replace: %q", keyLine())
			}
			press(t, m, "u", "esc", "ctrl+r")
			requireScreen(t, m, "Redid the import")
			press(t, m, "R")
			if after := regexp.MustCompile(`\[l\] left out[^·]*`).FindString(keyLine()); after != before {
				t.Errorf("after the redo the review's key line reads %q, before the undo %q", after, before)
			}
			refs := map[string]int{}
			for i := 0; i < m.sh.sheet.Len(); i++ {
				if refs[m.sh.sheet.At(i).Source.Ref]++; refs[m.sh.sheet.At(i).Source.Ref] > 1 {
					t.Fatalf("paragraph %s twice in the worksheet", m.sh.sheet.At(i).Source.Ref)
				}
			}
		})
	}
}

// At 80 columns the undo's message keeps its point: "… with its left-out
// list." was cut to "… the review goes on with the w…".
func TestUndoOfTheImportSaysSoOnOneLine(t *testing.T) {
	m := newTestModel(t, model.New(""), 80, 24)
	importFile(t, m, mandate2070)
	press(t, m, "a", "esc")
	importFile(t, m, mandate2070)
	press(t, m, "r", "u")
	requireScreen(t, m, "Undid the import that replaced S/RES/2070 (2012) with its left-out list.")
}
