package ui

import (
	"fmt"
	"testing"
)

// A copy of an activity is "X (copy)", the next "X (copy 2)", and a copy
// of a copy counts on from the original's name: "(copy)" stacked, "X
// (copy) (copy)". The status line keeps which copy in sight where it cuts
// the title.
func TestCopiesAreNumberedNotStacked(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := demoModel(t, size[0], size[1])
			title := m.sh.sheet.At(0).Title
			press(t, m, "c", "c", "k", "c")
			for i, want := range []string{title, title + " (copy)", title + " (copy 3)", title + " (copy 2)"} {
				if got := m.sh.sheet.At(i).Title; got != want {
					t.Errorf("row %d is %q, want %q", i+1, got, want)
				}
			}
			requireScreen(t, m, "(copy 3)”. u to undo")
			refuseScreen(t, m, "(copy) (copy)")
			golden(t, m, size[0], size[1], "u to undo")
		})
	}
}
