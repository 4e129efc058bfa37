package ui

import (
	"fmt"
	"strings"
	"testing"
)

// The last step of the walk-through of library case #20 (Facilitating
// humanitarian assistance) gives its verdict whole at every size: at 80
// columns it read "Walk-through done · waits on 1 open question: T3 ·
// Outside both agendas · 0 ris…", and no key showed the rest. Where the
// line is too short for both, the verdict goes on the line under its label.
func TestWalkThroughGivesTheLastVerdictWhole(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := demoModel(t, size[0], size[1])
			press(t, m, "p")
			for range 19 {
				press(t, m, "down")
			}
			press(t, m, "t", "end")
			requireScreen(t, m, "[#20] Facilitating humanitarian assistance", "Walk-through complete · the verdict waits on 1 open question:")
			if s := screenText(m); !containsFlat(s, "waits on 1 open question: T3 · Outside both agendas · 0 risks") || strings.Contains(s, "ris…") {
				t.Fatalf("the last verdict is not whole:\n%s", s)
			}
			golden(t, m, size[0], size[1], "Outside both agendas · 0 risks")
		})
	}
}
