package session

import (
	"fmt"

	"github.com/pocssr/pocssr/model"
)

// A review of drafts, on the screens or in the plain prompts, is counted
// here, from the worksheet as it is when it is counted and from what the
// review remembers of each draft: so that both count a draft edited with
// every suggestion confirmed (reviewed, and edited) and one edited and left
// a draft (skipped, and edited) alike, and say so in the same words.

// ReviewMarks are what a review remembers of the drafts it went through:
// those that were drafts when it began, those it skipped (left drafts for
// later, an edit that left suggestions unconfirmed among them) and those
// it edited.
type ReviewMarks struct {
	Began, Skipped, Edited map[*model.Activity]bool
}

// NewReviewMarks are the marks of a review that begins on the worksheet's
// drafts now.
func (s *Sheet) NewReviewMarks() ReviewMarks {
	m := ReviewMarks{Began: map[*model.Activity]bool{}, Skipped: map[*model.Activity]bool{}, Edited: map[*model.Activity]bool{}}
	for _, a := range s.ws.Activities {
		if a.Status == model.StatusDraft {
			m.Began[a] = true
		}
	}
	return m
}

// ReviewTally is where a review stands: the drafts left to decide, those
// reviewed, skipped (still drafts) and discarded since it began. Left and
// skipped together are the worksheet's drafts, which a briefing marks
// DRAFT.
type ReviewTally struct {
	Left, Reviewed, Skipped, Discarded int
	// Others are, of those left, the drafts asked of others.
	Others int
	// EditedReviewed and EditedSkipped are, of the reviewed and the
	// skipped, those edited in the review.
	EditedReviewed, EditedSkipped int
}

// ReviewTally counts the review marked m from the worksheet as it is now:
// a draft it began on that is reviewed now counts reviewed (and edited
// where it was edited), one skipped that is still a draft skipped, one no
// longer in the worksheet discarded.
func (s *Sheet) ReviewTally(m ReviewMarks) ReviewTally {
	var t ReviewTally
	in := make(map[*model.Activity]bool, len(s.ws.Activities))
	for _, a := range s.ws.Activities {
		in[a] = true
		switch {
		case a.Status == model.StatusDraft && m.Skipped[a]:
			t.Skipped++
			if m.Edited[a] {
				t.EditedSkipped++
			}
		case a.Status == model.StatusDraft:
			t.Left++
			if s.Verdict(a).Others {
				t.Others++
			}
		case m.Began[a]:
			t.Reviewed++
			if m.Edited[a] {
				t.EditedReviewed++
			}
		}
	}
	for a := range m.Began {
		if !in[a] {
			t.Discarded++
		}
	}
	return t
}

// Done says what the review did, as the end of a review says it on the
// screens and in the plain prompts: "5 reviewed (2 edited), 3 skipped
// (1 edited), 1 discarded".
func (t ReviewTally) Done() string {
	return fmt.Sprintf("%d reviewed%s, %d skipped%s, %d discarded",
		t.Reviewed, editedOf(t.EditedReviewed), t.Skipped, editedOf(t.EditedSkipped), t.Discarded)
}

// Ending says how a review ended, in the same words on the screens and in
// the plain prompts. With drafts left (Left and Skipped: those it skipped
// or did not reach) it has ended, not done its work: "Review ended: 2
// drafts to review (R); 1 reviewed, 1 skipped, 0 discarded.", way naming
// how to review them again ("R" on the screens). With none: "Review done:
// no draft left; 3 reviewed, 0 skipped, 0 discarded.".
func (t ReviewTally) Ending(way string) string { return t.summary("ended", way) }

// Stopping says how a review the planner stopped (esc) left things, as
// Ending says it of one that reached its end: "Review stopped: 4 drafts to
// review (R); 9 reviewed (3 edited), 0 skipped, 0 discarded.".
func (t ReviewTally) Stopping(way string) string { return t.summary("stopped", way) }

// summary is what a review that ended as how says, with drafts left, and
// what it did.
func (t ReviewTally) summary(how, way string) string {
	switch n := t.Left + t.Skipped; n {
	case 0:
		return fmt.Sprintf("Review done: no draft left; %s.", t.Done())
	case 1:
		return fmt.Sprintf("Review %s: 1 draft to review (%s); %s.", how, way, t.Done())
	default:
		return fmt.Sprintf("Review %s: %d drafts to review (%s); %s.", how, n, way, t.Done())
	}
}

// editedOf says how many of a count were edited, nothing when none was.
func editedOf(n int) string {
	if n == 0 {
		return ""
	}
	return fmt.Sprintf(" (%d edited)", n)
}
