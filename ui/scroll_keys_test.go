package ui

import (
	"fmt"
	"testing"
)

// offers reports whether the screen in front offers, in its footer's keys,
// the key described desc.
func offers(m *Model, desc string) bool {
	for _, b := range m.current().ShortHelp() {
		if b.Enabled() && b.Help().Desc == desc {
			return true
		}
	}
	return false
}

// scrollOffered checks the screen in front: it offers to scroll down, and
// up, exactly where the key moves what it shows.
func scrollOffered(t *testing.T, m *Model, at string) {
	t.Helper()
	for _, dir := range [][2]string{{"down", "up"}, {"up", "down"}} {
		desc := "scroll " + dir[0]
		offered := offers(m, desc)
		before := screenText(m)
		press(t, m, dir[0])
		moved := screenText(m) != before
		if moved {
			press(t, m, dir[1])
		}
		if offered != moved {
			t.Errorf("%s: %q offered: %v, the key moves the text: %v:\n%s", at, desc, offered, moved, before)
		}
	}
}

// The help, the framework and the activity screens offer the scroll keys
// only where there is something to scroll: a first use found them offered
// on a help that fits at 200×60 and at the foot of a framework section.
func TestScrollKeysOfferedOnlyWhereTheyMove(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := demoModel(t, size[0], size[1])
			press(t, m, "?")
			scrollOffered(t, m, "the worksheet's help, at its top")
			press(t, m, "G")
			scrollOffered(t, m, "the worksheet's help, at its foot")
			press(t, m, "esc", "P", "?")
			scrollOffered(t, m, "the portfolio's help")
			press(t, m, "esc", "esc", "f")
			for i := 1; i <= 4; i++ {
				press(t, m, fmt.Sprint(i))
				scrollOffered(t, m, fmt.Sprintf("framework section %d, at its top", i))
				press(t, m, "G")
				scrollOffered(t, m, fmt.Sprintf("framework section %d, at its foot", i))
			}
			press(t, m, "esc", "enter")
			scrollOffered(t, m, "the activity, at its top")
			press(t, m, "G")
			scrollOffered(t, m, "the activity, at its foot")
		})
	}
}

// At the foot of a framework section the footer offers no scrolling down.
func TestFrameworkFootOffersNoScrollDown(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := demoModel(t, size[0], size[1])
			press(t, m, "f", "4", "G")
			refuseScreen(t, m, "scroll down")
			golden(t, m, size[0], size[1], "4 Recommendations")
		})
	}
}

// esc from the presentation the worksheet opened leaves the worksheet's
// cursor on the activity the room was looking at, the second time too.
// (Where the presentation started the program, esc quits:
// TestPresentStartedAloneQuitsOnEsc.)
func TestLeavingThePresentationKeepsItsActivity(t *testing.T) {
	m := demoModel(t, 80, 24)
	press(t, m, "p", "down", "down", "down", "esc")
	if got, want := m.worksheet.Selected(), m.sh.sheet.At(3); m.front != worksheetScreen || got != want {
		t.Fatalf("esc left the cursor on %q, not %q", got.Title, want.Title)
	}
	press(t, m, "up", "p", "down", "down", "esc")
	if got, want := m.worksheet.Selected(), m.sh.sheet.At(4); got != want {
		t.Fatalf("esc left the cursor on %q, not %q", got.Title, want.Title)
	}
}
