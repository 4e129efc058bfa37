package ui

import (
	"fmt"
	"strings"
	"testing"
)

// On a question of several choices the what-if footer names space, which
// ticks them (it offered ↑/↓ alone at 80 columns), and the walk-through's
// help lists ↑/↓ at every width (at 200 columns only the scrolling of what
// c shows named them, and it was not listed).
func TestWhatIfNamesTheKeysThatTryValues(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := newTestModel(t, sheetOf(manyKinds(t)), size[0], size[1])
			press(t, m, "p", "t", "space", "space", "w")
			lines := strings.Split(screenText(m), "\n")
			if foot := lines[len(lines)-1]; !strings.Contains(foot, "space tick") || !strings.Contains(foot, "? keys") {
				t.Fatalf("the what-if footer of a question of several choices lacks space or ?: %q", foot)
			}
			golden(t, m, size[0], size[1], "What if → ")
			// On a list to tick ↑/↓ move to a choice and try nothing;
			// space tries it: the footer and the help say so (a walk
			// found the help saying ↑/↓ try a value there).
			if foot := lines[len(lines)-1]; !strings.Contains(foot, "↑/↓ move") {
				t.Fatalf("the what-if footer of a list to tick does not say ↑/↓ move: %q", foot)
			}
			before := whatIfLine(screenText(m))
			press(t, m, "down")
			if got := whatIfLine(screenText(m)); got != before {
				t.Fatalf("↓ on a list to tick tried a value: %q, was %q", got, before)
			}
			moved := screenText(m)
			press(t, m, "space")
			if got := whatIfLine(screenText(m)); size[0] == 200 && got == before || screenText(m) == moved {
				t.Fatalf("space on a list to tick tried nothing: %q", got)
			}
			press(t, m, "?")
			requireScreen(t, m, "move to a choice (what if, on a list to tick: space tries it)")
			refuseScreen(t, m, "try another value")
		})
	}
}

// whatIfLine is the line of the screen that says what the value tried
// changes ("What if → …"), "" where there is none.
func whatIfLine(screen string) string {
	for _, l := range strings.Split(screen, "\n") {
		if strings.Contains(l, "What if →") {
			return strings.TrimSpace(l)
		}
	}
	return ""
}
