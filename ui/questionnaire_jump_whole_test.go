package ui

import (
	"fmt"
	"strings"
	"testing"
)

// The row under the cursor of the jump list (g) reads whole, wrapped under
// its answer, as a choice under the cursor does: a facilitator's walk found
// at 80×24 "✓ 2 kinds: operational training, equipment and logistics and
// presence and de…" with no key to read the rest. The other rows keep a
// line each, and the signs still count the rows out of sight.
func TestJumpListShowsTheCursorsRowWhole(t *testing.T) {
	whole := "kinds: operational training, equipment and logistics, presence and deterrence and dialogue on the security forces"
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			a := activity(t, "Training and equipping army units that also patrol",
				"implementer", "mission", "kinds", "capacity-training,equipment,deterrence,security-dialogue")
			m := newTestModel(t, sheetOf(a), size[0], size[1])
			press(t, m, "e", "g")
			requireScreen(t, m, "Jump to a question")
			for range 10 {
				if strings.Contains(screenText(m), "> ✓  2 kinds") {
					break
				}
				press(t, m, "up")
			}
			requireScreen(t, m, "> ✓  2 kinds: operational training")
			if s := leftSide(m, screenText(m)); !containsFlat(s, whole) {
				t.Fatalf("the row under the cursor is not whole:\n%s", s)
			}
			if size[0] == 80 {
				shown, counted, _ := jumpRows(t, m)
				if counted == 0 {
					t.Fatalf("the list counts no row out of sight at 80×24 (%d shown)", shown)
				}
			}
			golden(t, m, size[0], size[1], "Jump to a question")
			press(t, m, "down") // away from the kinds: its row takes one line again, cut with "…"
			requireScreen(t, m, "> ?  3 forces")
			if size[0] == 80 {
				requireScreen(t, m, "  ✓  2 kinds: operational training, equipment and logistics, presence and deter…")
				if containsFlat(leftSide(m, screenText(m)), whole) {
					t.Fatalf("a row away from the cursor takes more than its line:\n%s", screenText(m))
				}
			}
		})
	}
}

// A row longer than the jump list leaves (a long description) is cut on its
// last line naming ?, and the help gives it whole: the signs and a row of
// context stay in sight.
func TestJumpListCutsARowLongerThanTheListNamingTheHelp(t *testing.T) {
	var long []string
	for i := range 150 {
		long = append(long, fmt.Sprintf("Sentence %d of a long description of district patrols.", i+1))
	}
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			a := activity(t, "District patrols with the police", "implementer", "mission", "kinds", "deterrence")
			a.Description = strings.Join(long, " ")
			m := newTestModel(t, sheetOf(a), size[0], size[1])
			press(t, m, "e", "g")
			for range 10 {
				if strings.Contains(screenText(m), ">   Title: District patrols") {
					break
				}
				press(t, m, "up")
			}
			requireScreen(t, m, ">   Title: District patrols with the police · Description: Sentence 1 of", "… (? shows it whole)", "↓ ")
			refuseScreen(t, m, "Sentence 150 of")
			golden(t, m, size[0], size[1], "shows it whole")
			if heading, text := m.quest.WholeText(); heading != "The row, whole" || !strings.HasSuffix(text, "Sentence 150 of a long description of district patrols.") {
				t.Fatalf("the help gives %q: %q", heading, text)
			}
			press(t, m, "?")
			requireScreen(t, m, "The row, whole", "Title: District patrols with the police · Description: Sentence 1 of")
		})
	}
}
