package ui

import (
	"fmt"
	"testing"
)

// f1 opens the help on every screen, from a text field too, where ? is
// typed; the worksheet's help never said so. It names f1 where it names ?.
func TestWorksheetHelpNamesF1(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := demoModel(t, size[0], size[1])
			press(t, m, "?", "end", "pgup")
			requireScreen(t, m, "  ?/f1 ", "help: all keys of this screen")
			golden(t, m, size[0], size[1], "?/f1")
		})
	}
}
