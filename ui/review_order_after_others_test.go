package ui

import (
	"fmt"
	"testing"

	"github.com/pocssr/pocssr/model"
)

// A review begun at an activity that is no draft takes the mission's own
// drafts first, whatever the last review showed: stopped on a draft asked
// of others, the next R from a reviewed row took the others' first while
// its heading said they come last (a walk found it at 200x60).
func TestReviewFromAReviewedRowTakesTheMissionsOwnFirst(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := plannersSheet(t, size[0], size[1])
			s := m.sh.sheet
			press(t, m, "R", "s") // the first skipped: a draft of the mission's own left
			for i := 0; i < 80 && m.front == reviewScreen && !s.Verdict(m.draftReview().Draft()).Others; i++ {
				press(t, m, "a")
			}
			if m.front != reviewScreen || !s.Verdict(m.draftReview().Draft()).Others {
				t.Fatal("the review reached no draft asked of others: the test shows nothing")
			}
			press(t, m, "esc")
			var reviewed *model.Activity
			for _, a := range s.Worksheet().Activities {
				if a.Status == model.StatusReviewed {
					reviewed = a
					break
				}
			}
			if reviewed == nil {
				t.Fatal("no activity reviewed: the test shows nothing")
			}
			m.Update(selectMsg{Activity: reviewed})
			press(t, m, "R")
			if d := m.draftReview().Draft(); d == nil || s.Verdict(d).Others {
				t.Fatalf("R from a reviewed row began with a draft asked of others: %v", d)
			}
			requireScreen(t, m, "reviewed last")
		})
	}
}
