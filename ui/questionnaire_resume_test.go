package ui

import (
	"fmt"
	"testing"

	"github.com/charmbracelet/x/exp/teatest"
	"github.com/pocssr/pocssr/model"
)

// resumeKeys add an activity whose words suggest answers, answer its
// implementer, accept the suggested kinds and forces, leave the combined
// operations open, and leave at the accountability (Q5) with its training
// format (Q6) still only suggested; e opens it again.
var resumeKeys = []string{"1", "enter", "enter", "enter", "esc", "e"}

const resumeDescription = "Training of trainers for the police academy curriculum"

// Editing an activity again opens at its first question still open or still
// only suggested, in order: it opened at the first suggested answer (the
// training format), passing the combined operations and the accountability,
// both open, without a word.
func TestEditResumesAtTheFirstQuestionToSettle(t *testing.T) {
	m := demoModel(t, 80, 24)
	press(t, m, "n")
	typeText(t, m, resumeDescription)
	press(t, m, "tab", "tab")
	press(t, m, resumeKeys...)
	if f := m.qs().Fact; f != model.CombinedOps {
		t.Fatalf("editing again opens at %s, not at the combined operations (Q4, open)", f)
	}
	requireScreen(t, m, "Question 4 of")
}

func TestEditResumesScreens(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {200, 60}} {
		t.Run(fmt.Sprintf("resumed_%dx%d", size[0], size[1]), func(t *testing.T) {
			m := demoModel(t, size[0], size[1])
			tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(size[0], size[1]))
			waitText(t, tm, "Risks by severity")
			sendKeys(tm, "n")
			for _, r := range resumeDescription {
				k := string(r)
				if r == ' ' {
					k = "space"
				}
				sendKeys(tm, k)
			}
			sendKeys(tm, "tab", "tab")
			sendKeys(tm, resumeKeys...)
			waitText(t, tm, "Editing: ")
			_, view := finalScreen(t, tm)
			teatest.RequireEqualOutput(t, []byte(view))
		})
	}
}
