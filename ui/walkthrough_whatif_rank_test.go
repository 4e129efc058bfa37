package ui

import (
	"fmt"
	"testing"
)

// "What if" on the kinds gives each ticked kind its rank and names the
// primary one, from the boxes the questionnaire draws: the heading says the
// primary kind decides the tier, and a first use found the kinds listed
// "[x] … (real)", none of them first.
func TestWhatIfRanksTheKinds(t *testing.T) {
	want := []string{"[1] Operational training (primary) (real)", "[2] Equipment and logistics (real)",
		"[3] Human rights and IHL training (real)", "[5] Combined operations (real)"}
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := newTestModel(t, sheetOf(manyKinds(t)), size[0], size[1])
			press(t, m, "p", "t", "space", "space", "w")
			refuseScreen(t, m, "[x] ")
			if size[0] == 80 {
				// The kinds out of sight are named by rank, the first first.
				requireScreen(t, m, "also ticked: [1] Operational training")
				press(t, m, "c", "pgdown")
			}
			requireScreen(t, m, want...)
			// Untick the primary: the next takes its rank and its mark.
			for !containsFlat(screenText(m), "> [1] Operational training") {
				press(t, m, "down")
			}
			press(t, m, "space")
			requireScreen(t, m, "[ ] Operational training (real)", "[1] Equipment and logistics (primary) (real)")
			golden(t, m, size[0], size[1], "What if → ")
		})
	}
}
