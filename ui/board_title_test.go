package ui

import (
	"fmt"
	"strings"
	"testing"
)

// The board's line of the selected activity cut a long title at 80×24
// ("[#11] UNMISS SSR support … (before May …") with no key to read the
// rest: it names the key, "… (?)", and the help gives the title whole
// first; at 200×60 it fits, unsigned.
func TestBoardNamesTheKeyOfACutTitle(t *testing.T) {
	const whole = "UNMISS SSR support amid attacks on civilians by state forces (before May 2014)"
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := demoModel(t, size[0], size[1])
			press(t, m, "p")
			for range 40 {
				if strings.Contains(screenText(m), "] UNMISS SSR support") {
					break
				}
				press(t, m, "down")
			}
			requireScreen(t, m, "] UNMISS SSR support")
			if size[0] == 80 {
				requireScreen(t, m, "… (?)")
			} else {
				requireScreen(t, m, "] "+whole)
				refuseScreen(t, m, "(?)")
			}
			golden(t, m, size[0], size[1], "UNMISS SSR support")
			press(t, m, "?")
			help := screenText(m)
			if got := strings.Contains(help, "The title, whole"); got != (size[0] == 80) || size[0] == 80 && !containsFlat(help, whole) {
				t.Errorf("the help does not give the title the board cut whole:\n%s", help)
			}
		})
	}
}
