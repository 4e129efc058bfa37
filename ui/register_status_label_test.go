package ui

import (
	"fmt"
	"regexp"
	"testing"
)

// s on the register names, on the status line, the risk whose status
// changed by its label, as the wide register does, between “ and ” (cut
// with … where the line needs it): it named it by its id
// ("no-community-input is now not-started").
func TestRegisterStatusNoteNamesTheRiskByItsLabel(t *testing.T) {
	byID := regexp.MustCompile(`[a-z]+(-[a-z]+)+ is now `)
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := demoModel(t, size[0], size[1])
			press(t, m, "r")
			requireScreen(t, m, "Risk register")
			press(t, m, "s")
			s := screenText(m)
			if byID.MatchString(s) || !regexp.MustCompile(`” is now [a-z-]+\. u undoes it(\.| \(\?\))`).MatchString(s) {
				t.Fatalf("the status note does not name the risk by its label:\n%s", s)
			}
		})
	}
}
