package ui

import (
	"fmt"
	"testing"
)

// A facilitator's walk found the verdict's line headed "Preview on 1
// suggested" above "(preview if you choose “none of these”)": it named
// what the preview rested on, not what it previewed. The verdict's own
// line names the choice previewed, and stays when the note under it gives
// way.
func TestPreviewLineNamesTheChoicePreviewed(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := atThreeSuggestedKinds(t, size[0], size[1])
			press(t, m, "9", "enter", "up", "up", "up") // the next question, at "none of these"
			if size[0] == 80 {
				requireScreen(t, m, "Preview of “none of these”: T2")
			} else {
				requireScreen(t, m, "(preview if you choose “none of these”)")
			}
			golden(t, m, size[0], size[1], "none of these")
		})
	}
}
