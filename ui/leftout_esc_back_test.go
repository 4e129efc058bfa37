package ui

import (
	"fmt"
	"testing"

	"github.com/pocssr/pocssr/model"
)

// In the list of left-out paragraphs esc goes back to the draft, as l
// does, and the line of keys says so; q stops the review from there (a
// walk pressed esc to leave the list, and its next keys, meant for the
// draft, landed on the worksheet).
func TestEscLeavesTheLeftOutListForTheDraft(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := newTestModel(t, model.New(""), size[0], size[1])
			importFile(t, m, resolution)
			d := m.draftReview().Draft()
			press(t, m, "l")
			requireScreen(t, m, "[l/esc] back to the draft", "[q] stop")
			golden(t, m, size[0], size[1], "[q] stop")
			press(t, m, "esc")
			if m.front != reviewScreen || m.draftReview().Draft() != d {
				t.Fatalf("esc in the list left the review (screen %d)", m.front)
			}
			requireScreen(t, m, "[esc] stop")
			press(t, m, "l", "q")
			if m.front == reviewScreen {
				t.Fatal("q in the list did not stop the review")
			}
			requireScreen(t, m, "Review stopped")
		})
	}
}
