package ui

import (
	"fmt"
	"testing"

	"github.com/pocssr/pocssr/model"
)

// A kind ticked and then unticked gives a restored draft its title back as
// it was: the topic the tick put before it ("Presence and deterrence:")
// goes, and none of the words after it ("the Secretary-General's intention
// to…") goes with it.
func TestUntickingAKindGivesTheTitleBackWhole(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := newTestModel(t, model.New(""), size[0], size[1])
			importFile(t, m, mandate1702)
			press(t, m, "l")
			markLeftOut(t, m, "10")
			press(t, m, "r") // restores paragraph 10
			const was = "Strongly supports in this regard the Secretary-General's intention to…"
			if got := m.draftReview().Draft().Title; got != was {
				t.Fatalf("paragraph 10 restored as %q", got)
			}
			press(t, m, "e", "enter") // the implementer left unknown
			if m.qs().Fact != model.Kinds {
				t.Fatalf("the questionnaire asks %s, not the kinds", m.qs().Fact)
			}
			press(t, m, "7") // Presence and deterrence
			if got := m.qs().Activity.Title; got != "Presence and deterrence: strongly supports in this regard the Secretary-General's intention to…" {
				t.Fatalf("ticked, the title is %q", got)
			}
			press(t, m, "space")
			if got := m.qs().Activity.Title; got != was {
				t.Fatalf("unticked, the title is %q, want %q", got, was)
			}
			golden(t, m, size[0], size[1], "What does the activity do?")
		})
	}
}
