package ui

import (
	"fmt"
	"strings"
	"testing"
)

// A new user's walk found: on a draft whose kinds the words suggested, the
// planner unticked a suggested kind and ticked another himself; until he
// left the question, the heading still counted the kinds among the
// suggested answers and the live verdict said it rested on them, "~
// suggested, not yet confirmed: …, kinds", calling his own ticks a
// suggestion. While the ticks differ from the suggestion and are not yet
// saved, the live verdict says they are his, not yet confirmed, and what
// leaving does with them, and the heading counts them with the suggested
// answers among those not confirmed (it counted them answered, "answered 2
// of 15 relevant, 1 suggested", while enter still said it would make them
// the answer); ticked back as the words had them, they are the suggestion
// again.
func TestTicksThatDifferFromTheSuggestionAreThePlanners(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := atThreeSuggestedKinds(t, size[0], size[1])
			// Before any tick: the kinds and the forces are suggested.
			requireScreen(t, m, "2 suggested")
			press(t, m, "7", "1") // presence and deterrence unticked, mediation ticked
			// Not saved, the ticks are no answer: the heading counts
			// them with the suggested forces among those not confirmed.
			requireScreen(t, m, "answered 1 of 15 relevant, 2 not confirmed")
			refuseScreen(t, m, "answered 2 of 15")
			if size[0] == 80 {
				// Counted as the heading counts them: "2 not confirmed".
				requireScreen(t, m, "+ not shown: 2 not confirmed · 12 open (?)")
			} else {
				requireScreen(t, m, "~ suggested, not yet confirmed: forces  ", "kinds: your ticks, not yet confirmed, saved on leaving")
			}
			golden(t, m, size[0], size[1], "not confirmed")
			if size[0] == 80 {
				// The note that gave way is given whole by ?.
				press(t, m, "?")
				requireScreen(t, m, "Kinds: your ticks, not yet confirmed, saved on leaving.")
				press(t, m, "esc")
			}
			// Ticked back as the words had them: the suggestion again.
			m = atThreeSuggestedKinds(t, size[0], size[1])
			press(t, m, "1", "1")
			requireScreen(t, m, "2 suggested")
			if s := screenText(m); strings.Contains(s, "your ticks") {
				t.Fatalf("ticks put back as suggested are still called the planner's:\n%s", s)
			}
		})
	}
}

// With every suggested kind unticked and none ticked, the live verdict no
// longer rests "on 1 suggested" kinds there are none of: it says nothing
// is ticked and that leaving leaves the kinds not known.
func TestNoTicksOnASuggestedListAreNoSuggestion(t *testing.T) {
	m := atThreeSuggestedKinds(t, 200, 60)
	press(t, m, "7", "5", "D")
	requireScreen(t, m, "kinds: nothing ticked, not known on leaving", "answered 1 of 3 relevant [")
	if s := screenText(m); strings.Contains(s, "suggested, not yet confirmed") {
		t.Fatalf("the live verdict calls the empty ticks a suggestion:\n%s", s)
	}
}
