package ui

import (
	"fmt"
	"testing"
)

// A planner imports MINUSTAH's S/RES/2012 (2011) and then UNISFA's
// S/RES/2156 (2014) (both of the tuned part of the corpus) into one
// worksheet, reviews the drafts and fills the register.
const (
	mandate2012 = "../classify/suggest/testdata/corpus/resolutions/S-RES-2012-2011.txt"
	mandate2156 = "../classify/suggest/testdata/corpus/resolutions/S-RES-2156-2014.txt"
)

// plannersSheet is the root model on a new worksheet into which S/RES/2012
// (2011) and then S/RES/2156 (2014) were imported, back on the worksheet.
func plannersSheet(t *testing.T, w, h int) *Model {
	t.Helper()
	return importedInTurn(t, w, h, mandate2012, mandate2156)
}

// The end of a review too long for the status line is cut with the key
// that gives it whole, as every other cut message is: at 80 columns it
// ended "…, 5 skipped, 1 disc…" and named no key.
func TestReviewEndCutNamesTheHelp(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := plannersSheet(t, size[0], size[1])
			// The first draft edited, its suggestions confirmed; five
			// skipped, one discarded, the others accepted.
			press(t, m, "R", "e")
			for i := 0; i < 20 && m.front != reviewScreen; i++ {
				press(t, m, "enter")
			}
			press(t, m, "s", "s", "s", "s", "s", "x")
			for i := 0; i < 60 && m.front == reviewScreen; i++ {
				press(t, m, "a")
			}
			whole := "Review ended: 5 drafts to review (R); 24 reviewed (1 edited), 5 skipped, 1 discarded."
			if size[0] != 80 {
				requireScreen(t, m, whole)
				golden(t, m, size[0], size[1], "Mandates:")
				return
			}
			requireScreen(t, m, "5 skipped, 1 … (?)")
			golden(t, m, size[0], size[1], "Mandates:")
			press(t, m, "?")
			if !containsFlat(screenText(m), whole) {
				t.Fatalf("the help lacks %q:\n%s", whole, screenText(m))
			}
		})
	}
}

// s hides the summary, and a line where it was says so and how to bring it
// back: nothing on screen said it was hidden.
func TestHiddenSummarySaysHowToShowIt(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := plannersSheet(t, size[0], size[1])
			refuseScreen(t, m, "s shows the summary")
			press(t, m, "s")
			refuseScreen(t, m, "Risks by severity")
			requireScreen(t, m, "Summary hidden: s shows the summary.")
			golden(t, m, size[0], size[1], "Summary hidden")
			press(t, m, "s")
			requireScreen(t, m, "Risks by severity")
			refuseScreen(t, m, "s shows the summary")
		})
	}
}
