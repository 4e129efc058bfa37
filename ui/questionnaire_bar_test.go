package ui

import (
	"fmt"
	"regexp"
	"strings"
	"testing"
)

// progressBarOf is the progress bar of the questionnaire's heading.
func progressBarOf(t *testing.T, m *Model) string {
	t.Helper()
	lines := strings.Split(screenText(m), "\n")
	bar := regexp.MustCompile(`\[[#.]+\]`).FindString(lines[1])
	if bar == "" {
		t.Fatalf("the heading has no progress bar:\n%s", screenText(m))
	}
	return strings.TrimSpace(bar)
}

// The questionnaire's progress bar is one width at one terminal width: on
// the description, on a question while suggestions wait and on a question
// without any. At 80×24 it was 10, 17 and 20 cells on the same screen.
func TestQuestionnaireProgressBarHasOneWidth(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := demoModel(t, size[0], size[1])
			press(t, m, "e")
			requireScreen(t, m, "Editing: ")
			refuseScreen(t, m, "suggested [")
			plain := progressBarOf(t, m)
			press(t, m, "esc")

			m = demoModel(t, size[0], size[1])
			press(t, m, "n")
			typeText(t, m, "Human rights training and vetting of police")
			press(t, m, "tab")
			requireScreen(t, m, "Description · answered 0 of 12 relevant, 2 suggested (3 answers)")
			describing := progressBarOf(t, m)
			press(t, m, "tab")
			requireScreen(t, m, "Question 1 of 12 · answered 0 of 12 relevant, 2 suggested")
			waiting := progressBarOf(t, m)
			if len(plain) != len(waiting) || len(describing) != len(waiting) {
				t.Errorf("the bar is %d cells on a question, %d while suggestions wait and %d on the description", len(plain)-2, len(waiting)-2, len(describing)-2)
			}
			golden(t, m, size[0], size[1], "Question 1 of 12")
		})
	}
}
