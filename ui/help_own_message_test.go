package ui

import (
	"fmt"
	"testing"
)

// A help screen shows the status line's last message only when it was said
// over the screen the help is of: the framework's help repeated the
// worksheet's "Duplicated as …. u to undo.", whose u does nothing there.
func TestHelpShowsOnlyItsScreensMessage(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := demoModel(t, size[0], size[1])
			press(t, m, "c", "?")
			requireScreen(t, m, "Keys of the worksheet", "Duplicated as")

			m = demoModel(t, size[0], size[1])
			press(t, m, "c", "f", "?")
			requireScreen(t, m, "Keys of the framework screen")
			refuseScreen(t, m, "Duplicated as", "message")
			golden(t, m, size[0], size[1], "Keys of the framework screen")
		})
	}
}
