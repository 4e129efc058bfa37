package ui

import (
	"fmt"
	"testing"
)

// In the review of a worksheet imported into from the command line, l
// says how to list the left-out paragraphs with a key that works where
// the planner follows it: "i imports again" named a key the review does
// not have (i works on the worksheet, under it).
func TestReviewSaysWhereLeftOutParagraphsAreListed(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := newTestModel(t, importedSheet(t, resolution), size[0], size[1])
			press(t, m, "R", "l")
			refuseScreen(t, m, "i imports again (r keeps the review)")
			requireScreen(t, m, "Left-out paragraphs are not saved: esc, then i")
			golden(t, m, size[0], size[1], "esc, then i")
			press(t, m, "i")
			refuseScreen(t, m, "Import a mandate")
			press(t, m, "esc", "i")
			typeText(t, m, resolution)
			press(t, m, "enter", "r")
			requireScreen(t, m, "[l] left out (10)")
		})
	}
}
