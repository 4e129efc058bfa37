package ui

import (
	"fmt"
	"testing"

	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/questionnaire"
)

// These tests hold what new users at 80×24 and 200×60 read as missing: what
// a screen cannot show whole it shortens with a sign that says so, and what
// it shows is labelled and agrees with its help.

// The questionnaire's compact verdict keeps a line for its risks when rows
// run out: the suggestions and the open questions' names give way first,
// and a risk past the rows is counted ("+1 more risk"), never dropped.
func TestCompactVerdictCountsTheRisksItCannotShow(t *testing.T) {
	want := map[int][]string{
		80:  {"2 risks", "[CRIT] Support to forces implicated in grave violations · +1 more risk"},
		200: {"Risks (2)", "[CRIT] Support to forces implicated", "[LOW]  Governance support"},
	}
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := demoModel(t, size[0], size[1])
			press(t, m, "n")
			typeText(t, m, "Mentoring army battalion commanders on HRDDP")
			press(t, m, "tab")
			typeText(t, m, twoKinds)
			press(t, m, "tab", "enter")
			requireScreen(t, m, want[size[0]]...)
			golden(t, m, size[0], size[1], "Live verdict")
		})
	}
}

// The questionnaire opened from the review of drafts says, where risks
// fire, where the register is: r does not open it from inside the review,
// and the line outside the review that offers r is not there.
func TestReviewEditSaysWhereTheRegisterIs(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			risky := activity(t, "Joint offensive", "implementer", "mission", "kinds", "combined-operations",
				"forces", "army", "rights_record", "grave-allegations", "hrddp", "not-done")
			next := activity(t, "Dialogue", "implementer", "mission", "kinds", "security-dialogue")
			risky.Status, next.Status = model.StatusDraft, model.StatusDraft
			m := newTestModel(t, sheetOf(risky, next), size[0], size[1])
			press(t, m, "R", "e")
			for i := 0; i < 30 && m.qs().Stage != questionnaire.Reviewing; i++ {
				press(t, m, "right")
			}
			requireScreen(t, m, "2 risks fire: their entries are made step by step here", "the whole register opens", "after the review of drafts")
			refuseScreen(t, m, "r: the register")
			golden(t, m, size[0], size[1], "review of drafts")
		})
	}
}
