package ui

import (
	"fmt"
	"testing"
)

// A suggestion the planner set aside in the questionnaire no longer showed
// on its question when they came back to it: the words behind it were gone
// with its mark. Back on the question, its evidence line says what the
// words suggested and that the planner set it aside, as it says what was
// read and not suggested.
func TestUntickedSuggestionShowsSetAsideOnItsQuestion(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := atTheOneSuggestedKind(t, size[0], size[1])
			press(t, m, "7", "right", "left") // unticked, left, back
			requireScreen(t, m, "read: Presence and deterrence ← “maintain public safety and security of and",
				"civilians sites” — set aside by")
			golden(t, m, size[0], size[1], "set aside by")
		})
	}
}

// A suggested value unticked while another is ticked, saved as the
// planner's answer on leaving, is told set aside on its question too.
func TestAnsweredOtherwiseSuggestionShowsSetAside(t *testing.T) {
	m := atThreeSuggestedKinds(t, 200, 60)
	press(t, m, "7", "E", "right", "left")
	requireScreen(t, m, "read: Presence and deterrence ← “secure environment for the eventual safe and voluntary return of IDPs” — set aside by you")
}
