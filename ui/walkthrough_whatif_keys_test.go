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
			press(t, m, "?")
			requireScreen(t, m, "↑/↓", "try another value (what if)")
		})
	}
}
