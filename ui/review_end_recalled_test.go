package ui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/model"
)

// The end of a review counts what no screen keeps (reviewed, skipped,
// discarded): once the status line lets it go, the worksheet's help
// recalls it, said in the past, until a review begins again (a walk found
// it gone at the next key).
func TestReviewEndRecalledInTheWorksheetHelp(t *testing.T) {
	const heading = "When the review ended, the status line said"
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := newTestModel(t, model.New(""), size[0], size[1])
			importFile(t, m, minustah2180)
			n := m.sh.sheet.Drafts()
			for i := 0; i < n+2 && m.front == reviewScreen; i++ {
				press(t, m, "s")
			}
			if m.front == reviewScreen {
				t.Fatal("the review did not end")
			}
			ending := fmt.Sprintf("Review ended: %d drafts to review (R); 0 reviewed, %d skipped, 0 discarded.", n, n)
			press(t, m, "j", "?") // the line lets it go
			requireScreen(t, m, heading)
			if !containsFlat(screenText(m), ending) {
				t.Fatalf("the help does not recall %q:\n%s", ending, screenText(m))
			}
			refuseScreen(t, m, "The status line's message, whole")
			golden(t, m, size[0], size[1], heading)
			// Stopped with esc, the review's stop is recalled in its place.
			press(t, m, "esc", "R", "esc", "j", "?")
			requireScreen(t, m, heading)
			if !containsFlat(screenText(m), "Review stopped: ") || strings.Contains(flat(screenText(m)), ending) {
				t.Fatalf("the help does not recall the stop in place of the end:\n%s", screenText(m))
			}
		})
	}
}

// Where an export went is recalled in its place, and a message said after
// a recalled one lets it go: a walk read the end of a review in the help
// after an export, whose path the line had let go.
func TestExportRecalledInPlaceOfTheReviewEnd(t *testing.T) {
	t.Chdir(t.TempDir())
	m := newTestModel(t, model.New(""), 80, 24)
	importFile(t, m, minustah2180)
	press(t, m, "esc") // the review stopped: recalled
	m.Update(exportedMsg{text: "Exported 16 activities as markdown briefing to /tmp/x/plan.md."})
	press(t, m, "j", "?")
	requireScreen(t, m, "When the briefing was exported, the status line said")
	if !containsFlat(screenText(m), "Exported 16 activities as markdown briefing to /tmp/x/plan.md.") {
		t.Fatalf("the help does not recall the export:\n%s", screenText(m))
	}
	refuseScreen(t, m, "When the review ended")
	press(t, m, "esc")
	m.Update(statusMsg{Text: "Duplicated as something."})
	press(t, m, "j", "?")
	refuseScreen(t, m, "When the briefing was exported", "When the review ended")
}
