package ui

import (
	"fmt"
	"testing"

	"github.com/pocssr/pocssr/model"
)

// Right after a key that answered the step before and moved on, the first
// enter answers nothing: the suggestion's hint says "enter twice", then,
// that enter spent, "enter accepts it" again, and the next enter accepts.
// The hint said "enter accepts it" while the first enter did nothing, and
// a planner who pressed it once and left believed the kind confirmed.
func TestHintSaysEnterTwiceRightAfterAKeyMovedOn(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := newTestModel(t, model.New(""), size[0], size[1])
			press(t, m, "n")
			typeText(t, m, "Joint offensive with the army")
			press(t, m, "tab")
			typeText(t, m, "Peacekeepers and soldiers attack an armed group together.")
			press(t, m, "tab")
			requireScreen(t, m, "Who carries out the activity?")
			press(t, m, "1") // the mission, as suggested
			requireScreen(t, m, "What does the activity do?", "enter twice accepts it")
			refuseScreen(t, m, "enter accepts it")
			golden(t, m, size[0], size[1], "enter twice")
			press(t, m, "enter")
			requireScreen(t, m, "enter again to answer it", "enter accepts it")
			refuseScreen(t, m, "enter twice")
			press(t, m, "enter")
			if a := m.sh.sheet.Worksheet().Activities; len(a) != 1 || !a[0].Facts.Known(model.Kinds) {
				t.Fatal("the second enter did not accept the suggested kinds")
			}
		})
	}
}
