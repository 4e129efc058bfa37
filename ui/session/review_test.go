package session

import (
	"testing"

	"github.com/pocssr/pocssr/model"
)

// A review counts each draft it began on by where it stands now: a draft
// edited with every suggestion confirmed is reviewed and edited, one edited
// and left a draft is skipped and edited, one taken out is discarded, and
// the end of the review says so in one way for the screens and the plain
// prompts alike.
func TestReviewTallyCountsEditsWhereTheyLeftTheDraft(t *testing.T) {
	_, s := caseSheet(t)
	draft := func(ref string) *model.Activity {
		return &model.Activity{ID: "d" + ref, Title: "Task " + ref, Status: model.StatusDraft,
			Source: model.Source{Document: "S/RES/1 (2000)", Ref: ref}}
	}
	acts := []*model.Activity{draft("1"), draft("2"), draft("3"), draft("4"), draft("5"), draft("6")}
	s.AddDrafts(acts, "", "")
	marks := s.NewReviewMarks()
	accepted, editedReviewed, editedLeft, skipped, discarded, untouched := acts[0], acts[1], acts[2], acts[3], acts[4], acts[5]
	accepted.Status = model.StatusReviewed
	editedReviewed.Status = model.StatusReviewed
	marks.Edited[editedReviewed] = true
	marks.Edited[editedLeft], marks.Skipped[editedLeft] = true, true
	marks.Skipped[skipped] = true
	s.DiscardDraft(discarded, "discard")
	got := s.ReviewTally(marks)
	want := ReviewTally{Left: 1, Reviewed: 2, Skipped: 2, Discarded: 1, EditedReviewed: 1, EditedSkipped: 1}
	if s.Verdict(untouched).Others {
		want.Others = 1
	}
	if got != want {
		t.Fatalf("tally %+v, want %+v", got, want)
	}
	if d := got.Done(); d != "2 reviewed (1 edited), 2 skipped (1 edited), 1 discarded" {
		t.Fatalf("the review's end says %q", d)
	}
	if d := (ReviewTally{Reviewed: 3}).Done(); d != "3 reviewed, 0 skipped, 0 discarded" {
		t.Fatalf("a review with no edit says %q", d)
	}
}

// A review's ending says "done" only with no draft left; with drafts left
// (skipped or not reached) it has ended, and names how to review them.
func TestReviewEndingSaysDoneOnlyWithNoDraftLeft(t *testing.T) {
	for _, c := range []struct {
		t    ReviewTally
		want string
	}{
		{ReviewTally{Reviewed: 3}, "Review done: no draft left; 3 reviewed, 0 skipped, 0 discarded."},
		{ReviewTally{Reviewed: 1, Skipped: 1, EditedSkipped: 1}, "Review ended: 1 draft to review (R); 1 reviewed, 1 skipped (1 edited), 0 discarded."},
		{ReviewTally{Left: 1, Skipped: 1, Discarded: 2}, "Review ended: 2 drafts to review (R); 0 reviewed, 1 skipped, 2 discarded."},
	} {
		if got := c.t.Ending("R"); got != c.want {
			t.Errorf("%+v ends %q, want %q", c.t, got, c.want)
		}
	}
}

// A review the planner stopped says what it left and did in the words of
// one that reached its end.
func TestReviewStoppingSaysWhatIsLeft(t *testing.T) {
	for _, c := range []struct {
		t    ReviewTally
		want string
	}{
		{ReviewTally{Left: 4, Reviewed: 9, EditedReviewed: 3}, "Review stopped: 4 drafts to review (R); 9 reviewed (3 edited), 0 skipped, 0 discarded."},
		{ReviewTally{Left: 1}, "Review stopped: 1 draft to review (R); 0 reviewed, 0 skipped, 0 discarded."},
		{ReviewTally{Reviewed: 2}, "Review done: no draft left; 2 reviewed, 0 skipped, 0 discarded."},
	} {
		if got := c.t.Stopping("R"); got != c.want {
			t.Errorf("%+v stops %q, want %q", c.t, got, c.want)
		}
	}
}
