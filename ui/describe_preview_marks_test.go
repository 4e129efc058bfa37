package ui

import (
	"fmt"
	"testing"
)

// The description page's preview rests on the answers its words suggest,
// and marks "~" the readings they make, as the worksheet does: it read
// "Preview on 4 suggested: T3 · SSR only", stating what only the
// suggestions make.
func TestDescriptionPreviewMarksTheReadingsOfItsSuggestions(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := demoModel(t, size[0], size[1])
			press(t, m, "n")
			typeText(t, m, "Joint patrols with the national army")
			press(t, m, "tab")
			typeText(t, m, twoKinds)
			if size[0] == 80 {
				requireScreen(t, m, "Preview on 5 suggested: ~T3 · ~POC only")
			} else {
				requireScreen(t, m, "Tier   ~T3", "Agenda ~POC only")
			}
			golden(t, m, size[0], size[1], "preview with the suggested answers")
		})
	}
}
