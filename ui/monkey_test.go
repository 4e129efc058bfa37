package ui

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
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
	sizes := [][2]int{{80, 24}, {120, 40}, {79, 23}, {30, 10}, {1, 1}, {0, 0}, {200, 60}, {80, 5}, {5, 80}}
	steps := 4000
	if testing.Short() {
		steps = 500
	}
	for seed := uint64(1); seed <= 4; seed++ {
		rng := rand.New(rand.NewPCG(seed, 99))
		w, h := 80, 24
		m := demoModel(t, w, h)
		switch seed {
		case 2, 4:
			w, h = 120, 40
			m = newTestModel(t, sheetOf(), w, h)
		case 3: // in the review of drafts (the import prompt itself is reached by "i")
			m = newTestModel(t, drafts, w, h)
			press(t, m, "R")
		}
		var last []string
		for step := 0; step < steps; step++ {
			var msg tea.Msg
			if rng.IntN(40) == 0 {
				s := sizes[rng.IntN(len(sizes))]
				w, h = s[0], s[1]
				msg = resize(w, h)
			} else {
				msg = keyMsg(monkeyKeys[rng.IntN(len(monkeyKeys))])
			}
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

func describeMsg(msg tea.Msg) string {
	switch msg := msg.(type) {
	case tea.KeyMsg:
		return msg.String()
	case tea.WindowSizeMsg:
		return fmt.Sprintf("resize:%dx%d", msg.Width, msg.Height)
	}
	return fmt.Sprintf("%T", msg)
}
