package ui

import (
	"fmt"
	"strings"
	"testing"
)

// Trying "don't know" on the answer a critical risk rests on, the what-if
// listed the risk "No longer a risk: … (gone)": with the fact not known
// the risk is not raised with what is known, held open, not gone.
func TestWhatIfDontKnowHoldsTheRiskOpen(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := handWrittenDraft(t, size[0], size[1])
			press(t, m, "p", "end", "t", "end", "w", "down", "down")
			requireScreen(t, m, "(•) don't know", "(held open)")
			refuseScreen(t, m, "(gone)")
			golden(t, m, size[0], size[1], "held open")
			press(t, m, "c")
			s := screenText(m)
			if !containsFlat(s, "Not raised with what is known: Supporting forces that are attacking civilians (held open: state forces attacking civilians not known).") || strings.Contains(s, "No longer a risk") {
				t.Fatalf("the change does not say the risk is held open:\n%s", s)
			}
		})
	}
}
