package ui

import (
	"fmt"
	"testing"

	"github.com/pocssr/pocssr/model"
)

// Paragraph 10 of S/RES/2205 (2015) names the Police, which the reader set
// aside: its kind (presence) asks nothing of forces. Restructuring, ticked
// among the kinds, asks the forces question, and police ticked there is
// the answer; the question said "not suggested: police ← “Police” — not
// relevant to the kinds read" all along. The note is told from the answers.
func TestSetAsideNoteFollowsTheAnswers(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := newTestModel(t, model.New(""), size[0], size[1])
			importFile(t, m, mandate2205)
			reviewUntil(t, m, func(a *model.Activity) bool { return a.Source.Ref == "10" })
			press(t, m, "e")
			for i := 0; i < 6 && m.qs().Fact != model.Kinds; i++ {
				press(t, m, "tab")
			}
			press(t, m, "I", "tab") // Restructuring
			if m.qs().Fact != model.Forces {
				t.Fatalf("the questionnaire asks %s, not the forces", m.qs().Fact)
			}
			refuseScreen(t, m, "not relevant to the kinds read")
			if s := screenText(m); !containsFlat(s, "read: police ← “Police” — not suggested, as the kinds read did not ask for it; your answers do") {
				t.Fatalf("the forces question does not say police was read, and asked now:\n%s", s)
			}
			press(t, m, "2") // police
			refuseScreen(t, m, "not relevant to the kinds read", "read: police")
			requireScreen(t, m, "✓ police ← “Police” (your answer)")
			golden(t, m, size[0], size[1], "your answer")
		})
	}
}
