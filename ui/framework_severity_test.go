package ui

import (
	"fmt"
	"testing"
)

// The catalogue tags each risk with the rule's own severity; an activity
// whose answers raise it is listed with the severity it has there, read
// from the verdicts the worksheet keeps, so that the tags add up to the
// worksheet's counts (#9 of the demo raises "the same personnel" at high,
// the rule's own is medium).
func TestFrameworkSaysTheSeverityEachActivityRaisesARiskAt(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := demoModel(t, size[0], size[1])
			press(t, m, "f", "3")
			rb := m.sh.sheet.Rulebook()
			before := rb.Classified()
			for i := 0; i < 400 && !containsFlat(screenText(m), "(high here)"); i++ {
				press(t, m, "down")
			}
			requireScreen(t, m, "Rises to high when", "Raised in this worksheet (1):")
			if s := screenText(m); !containsFlat(s, "#9 UNPOL policing alongside and mentoring the") || !containsFlat(s, "(high here)") {
				t.Fatalf("the list does not say #9 raises it at high:\n%s", s)
			}
			if n := rb.Classified() - before; n != 0 {
				t.Errorf("the catalogue classified %d times on the loop", n)
			}
			golden(t, m, size[0], size[1], "Raised in this worksheet (1)")
		})
	}
}
