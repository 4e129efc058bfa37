package ui

import (
	"fmt"
	"testing"
)

// The presentation's line on the selected draft marks its risk resting
// only on a suggested answer as the worksheet does ("~critical"): it said
// "1 risk (critical)" beside the worksheet's "~crit".
func TestPresentationVerdictMarksTheRiskOnASuggestion(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := handWrittenDraft(t, size[0], size[1])
			press(t, m, "p", "end")
			want := "1 risk (1 ~), the most serious ~critical"
			if size[0] == 80 {
				want = "1 risk (1 ~; ~critical)"
			}
			requireScreen(t, m, want)
			golden(t, m, size[0], size[1], "Joint operations")
		})
	}
}

// Trying another value of an answer only suggested, the walk-through
// names it as on record and suggested, never as the real answer.
func TestWhatIfNamesASuggestionAsOnRecord(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := handWrittenDraft(t, size[0], size[1])
			press(t, m, "p", "end", "t", "end", "w")
			// The way back in the words every what-if footer says at the width.
			back := "w back to the answer on record"
			if size[0] == 80 {
				back = "w on record"
			}
			requireScreen(t, m, "(on record, ~ suggested)", back)
			if s := screenText(m); !containsFlat(s, "→ ~ yes (the answer on record, suggested by the words, not yet confirmed)") {
				t.Errorf("the step does not name the suggestion as on record, marked once:\n%s", s)
			}
			refuseScreen(t, m, "real answer")
			golden(t, m, size[0], size[1], "on record")
		})
	}
}
