package ui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/model"
)

// These tests hold what a planner's walk from an import to the briefing and a
// facilitator's demo found, at 80×24 and 200×60.

// A suggestion confirmed in the questionnaire stays confirmed when the draft
// is left and opened again: the words still suggest it, but the planner has
// accepted it, and the ~ went for good.
func TestConfirmedSuggestionStaysConfirmedOnReopening(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := atKindsQuestion(t, size[0], size[1])
			press(t, m, "down", "enter", "g")
			requireScreen(t, m, "answered 2 of 14 relevant, 1 suggested", "✓  2 kinds: ")
			press(t, m, "esc", "esc")
			for i := range m.sh.sheet.Len() {
				if a := m.sh.sheet.At(i); a.Title == "Human rights training and vetting of police" && a.Status != model.StatusDraft {
					t.Fatalf("the activity is %s, not a draft: the test would not hold the bug", a.Status)
				}
			}
			press(t, m, "e", "g")
			requireScreen(t, m, "answered 2 of 14 relevant, 1 suggested", "✓  2 kinds: ")
			refuseScreen(t, m, "~  2 kinds")
			golden(t, m, size[0], size[1], "Jump to a question")
		})
	}
}

// refPlan is portfolioPlan as read from a mandate: each activity named by
// its paragraph but the third, which has none, and the first a draft. The
// references do not follow the rows, so that a number and a reference
// differ.
func refPlan(t *testing.T) *model.Worksheet {
	ws := portfolioPlan(t)
	for i, ref := range []string{"7", "3", "", "12"} {
		if ref != "" {
			ws.Activities[i].Source = model.Source{Document: "S/RES/2241 (2015)", Ref: ref, Text: "The paragraph."}
		}
	}
	ws.Activities[0].Status = model.StatusDraft
	return ws
}

// The portfolio names each activity by its paragraph, as the briefing and
// the presentation do, #n only where it has none, and marks a draft as the
// worksheet does: "#1" there was the briefing's "7", and "3" another one.
func TestPortfolioNamesActivitiesByTheirParagraph(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := newTestModel(t, refPlan(t), size[0], size[1])
			press(t, m, "P")
			for range 8 {
				press(t, m, "j")
			}
			s := flat(screenText(m))
			for _, want := range []string{"(7 [draft] Training army battalions and 3 Joint operations", "7  [draft] Training army battalions", "> 3  Joint operations with the army"} {
				if !containsFlat(s, want) {
					t.Errorf("the portfolio lacks %q:\n%s", want, screenText(m))
				}
			}
			refuseScreen(t, m, "#1", "#4")
			// j on the last activity went on to the end: no sign offers
			// a line below that j would not show.
			refuseScreen(t, m, "below")
			golden(t, m, size[0], size[1], "Portfolio")
		})
	}
}

// At 80×24 the first finding is taller than the screen: the portfolio opens
// at its top, its heading in sight, j goes to the first activity, and k,
// pgup, home or g there show the lines above it, which the sign names, up to
// the screen's first line; j goes back.
func TestPortfolioTopIsInReach(t *testing.T) {
	for _, k := range []string{"k", "pgup", "home", "g"} {
		t.Run(k, func(t *testing.T) {
			m := newTestModel(t, portfolioPlan(t), 80, 24)
			press(t, m, "P")
			// It opens at the top, the heading in sight; ↓ goes to the
			// first activity, below the fold.
			requireScreen(t, m, "Portfolio findings · 2 findings")
			refuseScreen(t, m, "above")
			press(t, m, "j")
			requireScreen(t, m, "↑ 1 above (pgup)", "> #1  Training army battalions")
			press(t, m, k)
			requireScreen(t, m, "Portfolio findings · 2 findings")
			refuseScreen(t, m, "above")
			if k == "g" {
				golden(t, m, 80, 24, "Portfolio findings")
			}
			press(t, m, "j")
			requireScreen(t, m, "> #1  Training army battalions")
		})
	}
}

// The question of kinds keeps at least five of its choices in sight at
// 80×24: the question's help and the words of the suggestion give way
// first, each with a sign (it showed one of nineteen kinds). A tick that is
// only suggested keeps its ~ where the line under the choices names it.
func TestKindsKeepFiveChoicesInSight(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := atKindsQuestion(t, size[0], size[1])
			shown := 0
			for _, l := range strings.Split(leftSide(m, screenText(m)), "\n") {
				if t := strings.TrimPrefix(strings.TrimPrefix(l, "> "), "  "); strings.HasPrefix(t, "[") && len(l) > 2 && (l[:2] == "> " || l[:2] == "  ") {
					shown++
				}
			}
			if shown < 5 {
				t.Errorf("%d choices in sight, want 5 at least:\n%s", shown, screenText(m))
			}
			golden(t, m, size[0], size[1], "What does the activity do?")
			// Far from the ticks, the line under the choices names them,
			// the suggested ones with their ~.
			for range 12 {
				press(t, m, "up")
			}
			if size[0] == 80 {
				requireScreen(t, m, "also ticked: [1] D ~ Human rights and IHL training, [2] G ~ Vetting")
			}
		})
	}
}

// The questionnaire's help says which keys are the jump list's (g opens
// it), where they stood among the question's keys as if they were its own.
func TestQuestionnaireHelpSaysWhichKeysAreTheJumpLists(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := demoModel(t, size[0], size[1])
			press(t, m, "e", "?", "end")
			if !containsFlat(screenText(m), "go to the question (in the jump list, g)") {
				t.Fatalf("the help does not say the jump list's keys are its own:\n%s", screenText(m))
			}
			golden(t, m, size[0], size[1], "in the jump list")
		})
	}
}
