package ui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/teatest"
	"github.com/pocssr/pocssr/model"
)

// factlessDrafts are two drafts of which no fact is known: a asks before it
// accepts either.
func factlessDrafts(t testing.TB) (first, second *model.Activity) {
	first, second = activity(t, "Hold a workshop"), activity(t, "Write a handbook")
	first.Status, second.Status = model.StatusDraft, model.StatusDraft
	return first, second
}

// factlessAsked says whether the review's key line asks to accept a draft
// with no fact known.
func factlessAsked(m *Model) bool {
	s := screenText(m)
	return strings.Contains(s, "No fact is known of this draft") || strings.Contains(s, "No fact known:")
}

// The question a asks of a draft with no facts is dropped by undo: the key
// line is the review's own again, and a on the draft undo brings back asks
// before it accepts it. (The question stayed, and that a accepted the
// draft undone without asking of it.)
func TestReviewUndoDropsTheFactlessQuestion(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {200, 60}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			first, second := factlessDrafts(t)
			m := newTestModel(t, sheetOf(first, second), size[0], size[1])
			press(t, m, "R", "a", "a", "a")
			if got := m.draftReview().Draft(); got != second || !factlessAsked(m) || first.Status != model.StatusReviewed {
				t.Fatalf("the review shows %v, asking %v, the first %s: the case tests little", got, factlessAsked(m), first.Status)
			}
			press(t, m, "u")
			if got := m.draftReview().Draft(); got != first || first.Status != model.StatusDraft {
				t.Fatalf("after the undo the review shows %v, the first %s", got, first.Status)
			}
			if factlessAsked(m) {
				t.Errorf("the question stays after the undo:\n%s", screenText(m))
			}
			requireScreen(t, m, "Undid the acceptance", "Hold a workshop", "a accept")
			teatest.RequireEqualOutput(t, []byte(m.View()))
			press(t, m, "a")
			if first.Status != model.StatusDraft || !factlessAsked(m) {
				t.Errorf("a after the undo: the draft %s, asked %v", first.Status, factlessAsked(m))
			}
		})
	}
}

// Stopping the review drops the question too: a review begun again asks
// afresh before it accepts.
func TestReviewStopDropsTheFactlessQuestion(t *testing.T) {
	first, second := factlessDrafts(t)
	m := newTestModel(t, sheetOf(first, second), 120, 40)
	press(t, m, "R", "a")
	if !factlessAsked(m) {
		t.Fatalf("a asks nothing of a draft with no facts:\n%s", screenText(m))
	}
	press(t, m, "esc", "R")
	if factlessAsked(m) {
		t.Errorf("the question stays in the review begun again:\n%s", screenText(m))
	}
	press(t, m, "a")
	if first.Status != model.StatusDraft || !factlessAsked(m) {
		t.Errorf("a in the review begun again: the draft %s, asked %v", first.Status, factlessAsked(m))
	}
}
