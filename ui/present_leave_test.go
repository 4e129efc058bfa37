package ui

import (
	"fmt"
	"strings"
	"testing"
)

// boardFooter is the last line of the screen: the board's line of keys.
func boardFooter(m *Model) string {
	lines := strings.Split(screenText(m), "\n")
	return strings.TrimRight(lines[len(lines)-1], " ")
}

// `pocssr present` starts the program on the board: esc there leaves the
// presentation, as q does, and the footer names them once, "esc/q quit".
// A facilitator in front of a room pressed esc and the planner's worksheet
// appeared. The help over the board says why esc quits; from an account
// esc still goes back to the board.
func TestPresentStartedAloneQuitsOnEsc(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := presentModel(t, size[0], size[1])
			press(t, m, "down", "enter")
			requireScreen(t, m, "Account", "esc back")
			if press(t, m, "esc") || m.front != presentScreen {
				t.Fatalf("esc on the account did not go back to the board:\n%s", screenText(m))
			}
			if f := boardFooter(m); !strings.Contains(f, " · esc/q quit · ") || strings.Contains(f, "esc back") {
				t.Fatalf("the board of pocssr present does not say esc quits: %q", f)
			}
			golden(t, m, size[0], size[1], "esc/q quit")

			press(t, m, "?")
			requireScreen(t, m, "Keys of the presentation's board", "esc/q", "quit: the program started in the presentation")
			press(t, m, "esc")
			if !press(t, m, "esc") {
				t.Fatalf("esc on the board of pocssr present did not quit:\n%s", screenText(m))
			}
			if m.front == worksheetScreen {
				t.Fatal("esc on the board of pocssr present opened the worksheet")
			}
		})
	}
}

// Opened from the worksheet (p), the board's esc goes back there, and the
// help says so in words; q quits.
func TestPresentFromTheWorksheetSaysEscGoesBack(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := demoModel(t, size[0], size[1])
			press(t, m, "p", "down")
			if f := boardFooter(m); !strings.Contains(f, " · esc back · ") || strings.Contains(f, "esc/q") {
				t.Fatalf("the board opened from the worksheet does not say esc goes back: %q", f)
			}
			golden(t, m, size[0], size[1], "esc back")

			press(t, m, "?")
			requireScreen(t, m, "back to the worksheet, at the selected activity")
			press(t, m, "esc", "esc")
			if m.front != worksheetScreen {
				t.Fatalf("esc on the board opened from the worksheet did not go back there:\n%s", screenText(m))
			}
			press(t, m, "p")
			if !press(t, m, "q") {
				t.Fatal("q on the board opened from the worksheet did not quit")
			}
		})
	}
}
