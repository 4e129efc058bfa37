package ui

import (
	"fmt"
	"strings"
	"testing"
)

// Where the answers of a question do not fit whole, those away from the
// cursor are cut with "… (?)", and ? gives every answer whole: they were
// cut with "…" alone, and neither the help nor a key showed them.
func TestCutAnswersNameTheKeyThatShowsThemWhole(t *testing.T) {
	const operational = "E Operational training — Technical or operational training of security forces"
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := atKindsQuestion(t, size[0], size[1])
			cut := strings.Contains(screenText(m), "… (?)")
			if size[0] == 80 && !cut {
				t.Fatalf("at 80 columns no answer is cut with its sign:\n%s", screenText(m))
			}
			if strings.Contains(screenText(m), "…\n") || strings.Contains(screenText(m), "… \n") {
				t.Fatalf("an answer is cut with no sign:\n%s", screenText(m))
			}
			heading, text := m.quest.WholeText()
			if cut != strings.Contains(strings.ToLower(heading), "the answers") {
				t.Fatalf("answers cut %v, the help's heading %q", cut, heading)
			}
			if cut && !strings.Contains(text, operational) {
				t.Fatalf("the help does not give the answer whole:\n%s", text)
			}
			press(t, m, "?")
			golden(t, m, size[0], size[1], "help")
		})
	}
}
