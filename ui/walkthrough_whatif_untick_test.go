package ui

import (
	"fmt"
	"strings"
	"testing"
)

// Unticking the only kind in "what if" tries the answer not known, as the
// questionnaire's unticking leaves it, and the line above the verdict names
// it in the words of the row ticked for it, "don't know", with the
// engine's reasons for what it changes: a first use read "What if → none",
// a bare word the room took for a glitch, over an empty list of kinds no
// other screen records.
func TestWhatIfUntickingTheOnlyKindIsNotKnown(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := demoModel(t, size[0], size[1])
			press(t, m, "p", "t", "space", "space", "w")
			requireScreen(t, m, "What if: What does the activity do?")
			for range 20 {
				if strings.Contains(screenText(m), "> [1] Combined") {
					break
				}
				press(t, m, "down")
			}
			press(t, m, "space")
			requireScreen(t, m, "What if → don't know: Tier: Tier 2 → No tier yet.",
				"> [ ] Combined operations (real)")
			refuseScreen(t, m, "What if → none")
			if size[0] == 200 {
				requireScreen(t, m, "[x] don't know")
			}
			golden(t, m, size[0], size[1], "What if → don't know")
		})
	}
}
