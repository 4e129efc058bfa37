package ui

import (
	"fmt"
	"testing"

	"github.com/charmbracelet/x/exp/teatest"
	"github.com/pocssr/pocssr/model"
)

// Undoing an accept in the review of drafts brings the review back to the
// draft undone, a draft again with the forces its words suggested, not to
// the one shown after it; deciding it again, the review goes on to that
// one. (The review stayed on the next draft, and the one undone came only
// at the end, if at all.)
func TestReviewUndoOfAnAcceptShowsThatDraft(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {200, 60}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			a, b := monitorDraft(t), activity(t, "Patrols", "implementer", "mission", "kinds", "deterrence")
			b.Status = model.StatusDraft
			m := newTestModel(t, sheetOf(a, b), size[0], size[1])
			press(t, m, "R", "a")
			if got := m.draftReview().Draft(); got != b {
				t.Fatalf("after the accept the review shows %v, want the next draft", got)
			}
			press(t, m, "u")
			if got := m.draftReview().Draft(); got != a {
				t.Fatalf("after the undo the review shows %q, want the draft undone", got.Title)
			}
			requireScreen(t, m, "Undid the acceptance", "Monitor and verify the redeployment", "~ forces: army")
			teatest.RequireEqualOutput(t, []byte(m.View()))
			press(t, m, "s")
			if got := m.draftReview().Draft(); got != b {
				t.Fatalf("the draft undone skipped, the review shows %v, want the one it was on", got)
			}
		})
	}
}
