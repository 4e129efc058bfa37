package ui

import (
	"fmt"
	"testing"
)

// The presentation's account of an imported task ends, after its source
// text, with the words the reading took its answers from, as the activity
// screen and the review show them: a walk found the account, the one a
// room sees, giving no evidence for a reading it would dispute.
func TestPresentationAccountShowsTheWordsRead(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := newTestModel(t, importedSheet(t, resolution), size[0], size[1])
			press(t, m, "p", "enter", "end")
			requireScreen(t, m, "by the words of the source paragraph", "←")
			golden(t, m, size[0], size[1], "by the words of")
		})
	}
}
