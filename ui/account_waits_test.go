package ui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/model"
)

// mandate1881 is S/RES/1881 (2009), a UNAMID renewal of the tuned part of
// the corpus.
const mandate1881 = "../classify/suggest/testdata/corpus/resolutions/S-RES-1881-2009.txt"

// The account of an activity not yet in an agenda says whole what would
// place it, at every width, and names only what is missing: ¶10 of S/RES/1881
// (2009) is the mission's own (its facts say so), so its agenda waits for
// what it does alone. The sentence was cut by the pager with no sign, after
// "the agenda waits for" at 80 columns and "who carries it" at 200.
func TestAccountSaysWholeWhatAgendaWaitsFor(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := newTestModel(t, importedSheet(t, mandate1881), size[0], size[1])
			press(t, m, "/")
			typeText(t, m, "10-coordinate")
			press(t, m, "enter", "enter")
			if a := m.detail().Shown(); a == nil || a.Source.Ref != "10" || !a.Facts.Known(model.Implementer) {
				t.Fatalf("the account of ¶10 with its implementer is not open:\n%s", screenText(m))
			}
			for i := 0; i < 60 && !strings.Contains(screenText(m), "will place it."); i++ {
				press(t, m, "j")
			}
			requireScreen(t, m, "(what the activity does) will place it.")
			refuseScreen(t, m, "who carries it out")
			golden(t, m, size[0], size[1], "will place it.")
		})
	}
}

// The account of an activity the planner accepted reads its answers as
// answers: the words of its source are shown as what they suggested, with
// no "~" of an answer not yet confirmed, as its facts show none
// (session.Sheet.Suggested has none for an activity that is no draft). It
// read "status: reviewed" above "Suggested by the words of the source
// paragraph 15 (~)" and "~" marks.
func TestAccountOfReviewedActivityMarksNothingSuggested(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			ws := importedSheet(t, mandate1881)
			for _, a := range ws.Activities {
				if a.Source.Ref == "15" {
					a.Status = model.StatusReviewed
				}
			}
			m := newTestModel(t, ws, size[0], size[1])
			press(t, m, "/")
			typeText(t, m, "15-ensure")
			press(t, m, "enter", "enter")
			if a := m.detail().Shown(); a == nil || a.Status != model.StatusReviewed {
				t.Fatalf("the account of the reviewed ¶15 is not open:\n%s", screenText(m))
			}
			press(t, m, "G")
			requireScreen(t, m, "What the words of the source paragraph 15 suggested", "forces: army ← “soldiers”")
			refuseScreen(t, m, "~", "(~)")
			golden(t, m, size[0], size[1], "“soldiers”")
		})
	}
}
