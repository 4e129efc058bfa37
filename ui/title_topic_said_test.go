package ui

import (
	"fmt"
	"testing"

	"github.com/pocssr/pocssr/model"
)

// retopicked is the questionnaire on the imported draft of paragraph 11
// once the planner made another kind primary, which changed its title's
// topic.
func retopicked(t *testing.T, w, h int) (*Model, *model.Activity) {
	a := importedDraft(t, "11")
	m := newTestModel(t, sheetOf(a), w, h)
	press(t, m, "e")
	makePrimary(t, m, "deterrence")
	return m, a
}

// Making another kind primary changes the title's topic: the status line
// says so, where the title changed with no word ("Protection of civilians:"
// became "Presence and deterrence:"); the help gives the note whole.
func TestTitleTopicFollowingTheKindIsSaid(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m, _ := retopicked(t, size[0], size[1])
			requireScreen(t, m, "Title now reads “Presence and deterrence:")
			press(t, m, "?")
			requireScreen(t, m, "The status line's message, whole", "Title now reads “Presence and deterrence: use all necessary means, within the")
			m, _ = retopicked(t, size[0], size[1])
			golden(t, m, size[0], size[1], "Title now reads")
		})
	}
}
