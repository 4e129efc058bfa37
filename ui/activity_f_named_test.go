package ui

import (
	"fmt"
	"testing"
)

// A facilitator's walk found: on the activity's screen f paged down with
// no word of it, where the worksheet's f opens the framework. f pages as on
// every pager (the framework, help, the briefing); the screen's help names
// it, and b with it.
func TestActivityHelpNamesFAsPageDown(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := demoModel(t, size[0], size[1])
			press(t, m, "enter", "?")
			s := screenText(m)
			for range 8 {
				if containsFlat(s, "pgdn/space/f") {
					break
				}
				press(t, m, "pgdown")
				s = screenText(m)
			}
			if !containsFlat(s, "pgdn/space/f page down") || !containsFlat(s, "pgup/b page up") {
				t.Fatalf("the activity's help does not name f and b:\n%s", s)
			}
			golden(t, m, size[0], size[1], "pgdn/space/f")
		})
	}
}
