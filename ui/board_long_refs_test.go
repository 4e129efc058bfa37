package ui

import (
	"fmt"
	"strings"
	"testing"
)

// The demo into which S/RES/2241 (2015) was imported marks its paragraphs
// "2241·4(a)(iii)": at 80 columns no such marker fits in the SSR box inside
// Tier 3, which drew nothing at all, no marker and no count, and its
// activities left the board. The box counts them ("+19"), and the help
// lists what every count takes in, which the board's line of keys says:
// nothing on the board said where the counted activities were.
func TestBoardCountsWhatABoxTooNarrowCannotDraw(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := demoModel(t, size[0], size[1])
			importOfAnotherMission(t, m, mandate2241)
			press(t, m, "esc", "G", "p")
			if size[0] == 80 {
				requireScreen(t, m, "│ │          +19 │")
			}
			lines := strings.Split(screenText(m), "\n")
			if hint := lines[len(lines)-1]; !strings.HasSuffix(strings.TrimRight(hint, " "), " · ? keys and what the counts hold") {
				t.Fatalf("the board's keys do not say ? lists the counts: %q", hint)
			}
			press(t, m, "?")
			requireScreen(t, m, "the drawings' counts take in", "2015 policy · No tier (+")
			if size[0] == 80 {
				requireScreen(t, m, "2015 policy · SSR, inside Tier 3 (+19): #2, #3, #4, #5")
			}
			press(t, m, "esc")
			golden(t, m, size[0], size[1], "2241·32")
		})
	}
}

// A board that draws every marker offers ? for its keys alone.
func TestBoardWithoutCountsOffersKeysAlone(t *testing.T) {
	for _, size := range sizes {
		m := demoModel(t, size[0], size[1])
		press(t, m, "p")
		requireScreen(t, m, "? keys")
		refuseScreen(t, m, "+", "what the counts hold")
	}
}

// With 2241·4(a)(vi) selected, Tier 2 draws it in the place of 2241·4(a)(iii)
// beside "+3" at 80 columns; the help listed (iv), (vi) and 17 under that
// count, (vi) there and on the board at once and (iii) nowhere. It lists the
// markers the count stands for as drawn: (iii), (iv) and 17.
func TestBoardCountListsWhatTheSelectedOneTookThePlaceOf(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := demoModel(t, size[0], size[1])
			importOfAnotherMission(t, m, mandate2241)
			press(t, m, "esc", "G", "p")
			for i := 0; i < 60 && !strings.Contains(screenText(m), "[2241·4(a)(vi)] [draft]"); i++ {
				press(t, m, "k")
			}
			if size[0] == 80 {
				requireScreen(t, m, "│  [~2241·4(a)(vi)]                +3 │")
			}
			press(t, m, "?")
			if size[0] == 80 {
				requireScreen(t, m, "2015 policy · Tier 2 (+3): ~2241·4(a)(iii), ~2241·4(a)(iv), ~2241·17")
			}
			refuseScreen(t, m, "(iv), 2241·4(a)(vi)")
			golden(t, m, size[0], size[1], "counts take in")
		})
	}
}
