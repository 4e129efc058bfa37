package ui

import (
	"fmt"
	"testing"
)

// The question-jump list (g) marks a risk that fires only on suggested
// answers "~CRITICAL", as the live verdict beside it marks it "~[CRIT]":
// it stated "CRITICAL".
func TestJumpListMarksARiskOnSuggestedAnswers(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := handWrittenDraft(t, size[0], size[1])
			press(t, m, "e", "g", "down", "down", "down", "down", "down", "down")
			requireScreen(t, m, "Risk 1: ~CRITICAL Supporting forces that are attacking civilians", "~[CRIT] Supporting forces")
			golden(t, m, size[0], size[1], "Risk 1: ~CRITICAL")
		})
	}
}
