package ui

import (
	"fmt"
	"testing"
)

// On the register s cycles the status, and the press that reaches
// not-needed opens a note without warning: the next key typed went into
// the note. The key line says so where it fits, and the help says it whole.
func TestRegisterStatusKeySaysNotNeededAsksWhy(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := demoModel(t, size[0], size[1])
			press(t, m, "r")
			requireScreen(t, m, "Risk register")
			requireScreen(t, m, "s status (not-needed asks why)")
			golden(t, m, size[0], size[1], "Risk register")
			press(t, m, "?")
			s := screenText(m)
			if !containsFlat(s, "the press that reaches not-needed opens a note asking why, and the keys typed next go into it (esc keeps the status)") {
				t.Errorf("the register's help does not say that not-needed opens a note:\n%s", s)
			}
		})
	}
}
