package ui

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// The presentation in a real terminal: `pocssr present` on the case library,
// a move, a walk-through of a case to its last answer with a what-if on the
// way, and quitting.
func TestEndToEndPresent(t *testing.T) {
	s := newTmux(t)
	s.start("room", 160, 48, "--dark", "present")
	s.waitFor("room", "Both readings", "[#1] Joint offensive", "23 activities")
	s.keys("room", "j", "j")
	s.waitFor("room", "[#3] UNOCI advice", "narrow reading: POC and SSR overlap")
	// The walk-through reveals the case's answers one by one.
	unoci := caseLibrary(t).Activities[2]
	n := 0
	for _, f := range unoci.Facts {
		if f.Known {
			n++
		}
	}
	s.keys("room", "t")
	s.waitFor("room", fmt.Sprintf("Step 0 of %d", n), "Nothing is known yet")
	s.keys("room", "Space", "Space")
	s.waitFor("room", fmt.Sprintf("Step 2 of %d", n), "Agenda: No agenda yet → POC only, while training format and accountability are not known.")
	s.keys("room", "w")
	s.waitFor("room", "What if:", "(the worksheet is not changed)", "Verdict if so, so far:")
	s.keys("room", "w")
	s.keys("room", slices.Repeat([]string{"Space"}, n-2)...)
	screen := s.waitFor("room", fmt.Sprintf("Step %d of %d", n, n), "→ training of trainers")
	if !strings.Contains(screen, "Walk-through ") || !strings.Contains(screen, " open questions: T3 · POC and SSR overlap") {
		t.Errorf("the walk-through does not end at overlap:\n%s", screen)
	}
	s.keys("room", "Escape")
	s.waitFor("room", "Both readings", "[#3] UNOCI advice")
	s.keys("room", "q")
	s.waitFor("room", "EXITED 0")
}

func TestEndToEndPresentColoursAndNoColor(t *testing.T) {
	s := newTmux(t)
	s.start("colour", 120, 40, "--light", "present")
	s.waitFor("colour", "Both readings", "[#1] Joint")
	if screen := s.tmux("capture-pane", "-p", "-e", "-t", "colour"); !strings.Contains(screen, "\x1b[38;5;") {
		t.Errorf("no colours drawn:\n%q", screen)
	}
	s.startEnv("plain", 120, 40, "NO_COLOR=1", "--dark", "present")
	s.waitFor("plain", "Both readings", "[#1] Joint", "> [ #1]")
	s.keys("plain", "j")
	s.waitFor("plain", "[#2] UNMISS", "> [ #2]")
	if screen := s.tmux("capture-pane", "-p", "-e", "-t", "plain"); strings.Contains(screen, "\x1b[38") || strings.Contains(screen, "\x1b[48") {
		t.Errorf("colours drawn under NO_COLOR:\n%q", screen)
	}
}
