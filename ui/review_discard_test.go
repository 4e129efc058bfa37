package ui

import (
	"testing"

	"github.com/pocssr/pocssr/model"
)

// x discards a draft that is no task; u puts it back where it was.
func TestReviewDiscardsANonTaskUndoably(t *testing.T) {
	m := newTestModel(t, model.New(""), 120, 40)
	importFile(t, m, resolution)
	if m.front != reviewScreen {
		t.Fatal("the review did not open")
	}
	s := m.sh.sheet
	n := s.Len()
	first := m.review.activity
	at := s.Index(first)
	press(t, m, "x")
	if s.Len() != n-1 || s.Index(first) >= 0 {
		t.Fatalf("x did not discard: %d activities, at %d", s.Len(), s.Index(first))
	}
	if m.review.activity == first || m.front != reviewScreen {
		t.Fatal("the review did not go on with the next draft")
	}
	requireScreen(t, m, "1 discarded")
	press(t, m, "u")
	if s.Len() != n || s.Index(first) != at {
		t.Fatalf("u did not put the draft back at %d: %d activities, at %d", at, s.Len(), s.Index(first))
	}
	if m.review.activity != first {
		t.Error("the draft put back is not shown")
	}
}

// a on a draft with no fact asks first; a again accepts it.
func TestAcceptingAFactlessDraftAsksFirst(t *testing.T) {
	a := &model.Activity{ID: "x", Title: "Welcomes the report", Status: model.StatusDraft}
	m := newTestModel(t, sheetOf(a), 120, 40)
	press(t, m, "R")
	if m.front != reviewScreen {
		t.Fatal("R did not open the review")
	}
	press(t, m, "a")
	if a.Status != model.StatusDraft {
		t.Fatal("a accepted a draft with no facts without asking")
	}
	requireScreen(t, m, "No fact is known of this draft")
	press(t, m, "a")
	if a.Status != model.StatusReviewed {
		t.Fatal("a twice did not accept")
	}
	// A draft with facts is accepted at once.
	b := activity(t, "Patrols", "implementer", "mission")
	b.Status = model.StatusDraft
	m = newTestModel(t, sheetOf(b), 120, 40)
	press(t, m, "R", "a")
	if b.Status != model.StatusReviewed {
		t.Fatal("a draft with facts needed a second a")
	}
}
