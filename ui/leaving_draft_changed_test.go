package ui

import (
	"fmt"
	"testing"
)

// Leaving a draft after an edit that confirmed one suggested answer (the
// implementer) and changed another (kinds: one of three unticked and one
// the words did not suggest ticked; only unticked, they are still the
// suggestion, narrowed, confirmed this run only), the
// status line names both, in the words the notes on a list use ("your
// answer now"): it said "the 1 suggested answer you confirmed" while the
// questionnaire's heading counted 2 answered. The help gives it whole.
func TestLeavingADraftNamesTheAnswersConfirmedAndChanged(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := atThreeSuggestedKinds(t, size[0], size[1])
			press(t, m, "7", "E", "enter")
			requireScreen(t, m, "answered 2 of")
			press(t, m, "esc")
			if size[0] == 80 {
				requireScreen(t, m, "Draft: 1 answer confirmed, 1 changed is your answer now (?).")
			} else {
				requireScreen(t, m, "Draft: 1 answer confirmed, 1 changed is your answer now; accept the draft (R, a) so the file keeps it (?).")
			}
			golden(t, m, size[0], size[1], "your answer now")
			press(t, m, "?")
			if s := screenText(m); !containsFlat(s, "The 1 suggested answer you changed is your answer now.") {
				t.Fatalf("the help does not give the note whole:\n%s", s)
			}
		})
	}
}
