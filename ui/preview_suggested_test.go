package ui

import (
	"fmt"
	"testing"

	"github.com/pocssr/pocssr/model"
)

// The preview of another answer to a question whose answer is only
// suggested rests on that answer, not on the suggestion it would replace:
// a facilitator's walk found "Preview on 1 suggested" (and, at 200
// columns, "~ suggested, not yet confirmed: rights record") over the
// preview of "minor abuses". On the suggestion itself the verdict still
// says it rests on it.
func TestPreviewCountsOnlyTheSuggestionsItRestsOn(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := demoModel(t, size[0], size[1])
			press(t, m, "n")
			typeText(t, m, "Joint patrols with the national army")
			press(t, m, "tab")
			typeText(t, m, twoKinds)
			press(t, m, "tab")
			for range 10 {
				if m.qs().Fact == model.RightsRecord {
					break
				}
				press(t, m, "enter")
			}
			if st := m.qs(); st.Fact != model.RightsRecord || len(st.Pending) != 1 || st.Pending[0] != model.RightsRecord {
				t.Fatalf("not at the suggested rights record alone: %s, pending %v", st.Fact, st.Pending)
			}
			// On the suggestion: the verdict rests on it.
			if size[0] == 80 {
				requireScreen(t, m, "Live verdict on 1 suggested:")
			} else {
				requireScreen(t, m, "~ suggested, not yet confirmed: rights record")
			}
			press(t, m, "up") // minor abuses
			refuseScreen(t, m, "on 1 suggested", "1 suggested ·", "not yet confirmed: rights record")
			if size[0] == 80 {
				requireScreen(t, m, "Preview of “minor abuses”: T3", "+ not shown: preview · 10 open")
			} else {
				requireScreen(t, m, "(preview if you choose “minor abuses”)")
			}
			golden(t, m, size[0], size[1], "minor abuses")
		})
	}
}
