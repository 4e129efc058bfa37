package ui

import (
	"fmt"
	"testing"
)

// The portfolio screen named the force of a finding by its id,
// "other-security", where the review says "other security bodies": it
// names it by the rulebook's label.
func TestPortfolioNamesTheForceByItsLabel(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := newTestModel(t, sheetOf(
				activity(t, "Training border guards", "implementer", "mission", "kinds", "capacity-training", "forces", "other-security"),
			), size[0], size[1])
			press(t, m, "P")
			requireScreen(t, m, "— other security bodies")
			refuseScreen(t, m, "other-security")
			golden(t, m, size[0], size[1], "other security bodies")
		})
	}
}
