package ui

import (
	"fmt"
	"testing"
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
