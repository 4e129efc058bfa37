package ui

import (
	"fmt"
	"testing"
)

// n puts a new activity at the end of the worksheet, wherever the cursor
// is: put after the cursor, it renumbered every activity below (UNOCI's
// case, #3, became #4), the numbers a workshop calls them by.
func TestNewActivityGoesAtTheEnd(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := demoModel(t, size[0], size[1])
			n := m.sh.sheet.Len()
			third := m.sh.sheet.At(2)
			press(t, m, "j", "n")
			typeText(t, m, "Patrols near the camps")
			press(t, m, "esc")
			if m.sh.sheet.Len() != n+1 || m.sh.sheet.At(n).Title != "Patrols near the camps" || m.sh.sheet.At(2) != third {
				t.Fatalf("the new activity is not at the end, after the %d there were", n)
			}
			requireScreen(t, m, fmt.Sprintf("%d Patrols near the camps", n+1))
			golden(t, m, size[0], size[1], "Patrols near the camps")
		})
	}
}
