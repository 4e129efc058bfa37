package ui

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/pocssr/pocssr/model"
)

// A task that names the Police where its kind (presence and deterrence)
// asks nothing of forces: the reader sets the police aside. Restructuring,
// ticked among the kinds, asks the forces question, and police ticked there
// is the answer; the question said "not suggested: police ← “Police” — not
// relevant to the kinds read" all along. The note is told from the answers.
func TestSetAsideNoteFollowsTheAnswers(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			mandate := filepath.Join(t.TempDir(), "mandate.txt")
			task := "1. Requests the mission to deter violence through patrols in the areas where the Police are deployed;\n"
			if err := os.WriteFile(mandate, []byte(task), 0o644); err != nil {
				t.Fatal(err)
			}
			m := newTestModel(t, model.New(""), size[0], size[1])
			importFile(t, m, mandate)
			reviewUntil(t, m, func(a *model.Activity) bool { return a.Source.Ref == "1" })
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
