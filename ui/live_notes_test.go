package ui

import (
	"fmt"
	"testing"
)

// At 80×24 the live verdict below the questions has too few rows for the
// suggested answers and the open questions' names: what gives way is
// counted on one line, never dropped without a sign (a first use found
// both lines gone on question 1 of a new activity), and the risks' lines
// and the verdict's line stay.
func TestQuestionnaireCountsTheNotesThatGiveWay(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := demoModel(t, size[0], size[1])
			press(t, m, "n")
			typeText(t, m, "Police vetting and human rights training")
			press(t, m, "tab")
			typeText(t, m, "The mission vets police officers for past abuses and gives them human rights training in one-off sessions.")
			press(t, m, "tab")
			requireScreen(t, m, "Who carries out the activity?", "Live verdict", "[LOW]")
			text := screenText(m)
			if !containsFlat(text, "~ suggested, not yet confirmed") && !containsFlat(text, "not shown: 4 suggested") && !containsFlat(text, "~ suggested: ") {
				t.Errorf("the suggested answers are gone without a sign:\n%s", text)
			}
			if !containsFlat(text, "Open: ") && !containsFlat(text, "suggested · 10 open") && !containsFlat(text, "Open questions (10)") {
				t.Errorf("the open questions' names are gone without a sign:\n%s", text)
			}
			golden(t, m, size[0], size[1], "Live verdict")
		})
	}
}
