package ui

import (
	"fmt"
	"testing"

	"github.com/pocssr/pocssr/model"
)

// A new activity whose every suggested answer the planner confirmed, left
// with most questions unanswered, becomes reviewed: leaving says so, and
// how many questions stay open, where it turned reviewed with no word
// (undo brought the draft back, unexplained).
func TestANewDraftMadeReviewedSaysSoOnLeaving(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := demoModel(t, size[0], size[1])
			press(t, m, "n")
			typeText(t, m, "Human rights training and vetting of police")
			// implementer not known; the suggested kinds and force confirmed
			press(t, m, "tab", "tab", "enter", "enter", "enter")
			a := m.sh.sheet.At(m.sh.sheet.Len() - 1)
			press(t, m, "esc")
			if a.Status != model.StatusReviewed {
				t.Fatalf("the new activity is %q, not reviewed", a.Status)
			}
			if !containsFlat(screenText(m), "all suggestions confirmed; 10 questions open; e edits it (?)") &&
				!containsFlat(screenText(m), "no longer a draft, all suggestions confirmed; 10 of 12 questions still open (not known); e edits it.") {
				t.Fatalf("leaving does not say the draft became reviewed:\n%s", screenText(m))
			}
			golden(t, m, size[0], size[1], "e edits it")
		})
	}
}
