package ui

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
	"github.com/pocssr/pocssr/model"
)

// monkeyKeys are the keys a random session presses: every key any screen binds,
// and others besides.
var monkeyKeys = []string{
	"enter", "esc", "tab", "shift+tab", "up", "down", "left", "right", "pgup", "pgdown", "home", "end",
	"ctrl+s", "ctrl+z", "ctrl+r", "space", "backspace", "delete", "shift+up", "shift+down",
	"a", "b", "c", "d", "e", "f", "g", "G", "h", "j", "k", "l", "m", "n", "o", "p", "q", "r", "s", "S",
	"u", "x", "J", "K", "y", "0", "1", "2", "3", "4", "5", "9", "?", "/", "[", "]", " ", "é", "日本",
	"i", "R",
}

// TestNoKeySequencePanics presses long random key sequences, with resizes down
// to nothing, and checks that every frame fits the terminal.
func TestNoKeySequencePanics(t *testing.T) {
	drafts := importedSheet(t, resolution) // read before leaving the package's folder
	t.Chdir(t.TempDir())                   // "save as" and export write their default names here
	isolateState(t)
	for seed := uint64(1); seed <= monkeySeeds; seed++ {
		rng := rand.New(rand.NewPCG(seed, 99))
		m, w, h := monkeyModel(t, seed, drafts)
		var last []string
		for step := 0; step < monkeySteps(); step++ {
			msg := monkeyMsg(rng, &w, &h)
			last = append(last, describeMsg(msg))
			if len(last) > 30 {
				last = last[1:]
			}
			func() {
				defer func() {
					if r := recover(); r != nil {
						t.Fatalf("seed %d step %d: panic %v after %v", seed, step, r, last)
					}
				}()
				_, cmd := m.Update(msg)
				run(m, cmd)
				view := m.View()
				if w >= minWidth && h >= minHeight {
					lines := strings.Split(view, "\n")
					if len(lines) != h {
						t.Fatalf("seed %d step %d: %d lines at %dx%d after %v", seed, step, len(lines), w, h, last)
					}
					for _, l := range lines {
						if ansi.StringWidth(l) > w {
							t.Fatalf("seed %d step %d: line of %d at %dx%d after %v: %q", seed, step, ansi.StringWidth(l), w, h, last, l)
						}
					}
				}
			}()
		}
	}
}

// The key-sequence suite: monkeySeeds random sessions of monkeySteps
// messages each, every one from the model monkeyModel starts it with and
// made by monkeyMsg. TestNoKeySequencePanics draws every frame of it;
// TestUpdateNeverWaitsOnTheDisk runs it with the file system blocked.
const monkeySeeds = 4

// monkeySteps is how many messages a random session sends.
func monkeySteps() int {
	if testing.Short() {
		return 500
	}
	return 4000
}

// monkeySizes are the sizes a random session resizes to, down to nothing.
var monkeySizes = [][2]int{{80, 24}, {120, 40}, {79, 23}, {30, 10}, {1, 1}, {0, 0}, {200, 60}, {80, 5}, {5, 80}}

// monkeyModel is the model random session seed starts from, and its size:
// the demo, an empty worksheet, or the review of drafts (the import prompt
// itself is reached by "i").
func monkeyModel(t *testing.T, seed uint64, drafts *model.Worksheet) (m *Model, w, h int) {
	t.Helper()
	switch seed % 4 {
	case 2, 0:
		return newTestModel(t, sheetOf(), 120, 40), 120, 40
	case 3:
		m = newTestModel(t, drafts, 80, 24)
		press(t, m, "R")
		return m, 80, 24
	}
	return demoModel(t, 80, 24), 80, 24
}

// monkeyMsg is a random session's next message: a key, or one time in forty
// a resize, which w and h then follow.
func monkeyMsg(rng *rand.Rand, w, h *int) tea.Msg {
	if rng.IntN(40) == 0 {
		s := monkeySizes[rng.IntN(len(monkeySizes))]
		*w, *h = s[0], s[1]
		return resize(*w, *h)
	}
	return keyMsg(monkeyKeys[rng.IntN(len(monkeyKeys))])
}

func describeMsg(msg tea.Msg) string {
	switch msg := msg.(type) {
	case tea.KeyMsg:
		return msg.String()
	case tea.WindowSizeMsg:
		return fmt.Sprintf("resize:%dx%d", msg.Width, msg.Height)
	}
	return fmt.Sprintf("%T", msg)
}
