package ui

import (
	"fmt"
	"testing"

	"github.com/pocssr/pocssr/classify/report"
)

// The review shows a title the import shortened with the key of the help,
// as the questionnaire does, and the help gives the title whole with the
// note the activity's screen gives under it and the paragraph it was cut
// from: the review showed "… for reconfiguring the…" with nothing said of
// where the rest was.
func TestReviewSaysItsTitleIsShortened(t *testing.T) {
	for _, size := range sizes {
		ws, a := fittingShortenedDraft(t)
		m := newTestModel(t, ws, size[0], size[1])
		run(m, m.open(reviewScreen, a, false))
		if m.front != reviewScreen || m.draftReview().Draft() != a {
			t.Fatalf("screen %d, not the review of the draft", m.front)
		}
		t.Run(fmt.Sprintf("draft_%dx%d", size[0], size[1]), func(t *testing.T) {
			requireScreen(t, m, a.Title+" (?)")
			golden(t, m, size[0], size[1], "Verdict with these facts")
		})
		t.Run(fmt.Sprintf("help_%dx%d", size[0], size[1]), func(t *testing.T) {
			press(t, m, "?")
			help := screenText(m)
			for _, want := range []string{"The title and its paragraph, whole", a.Title, shortenedTitleWords,
				"Source text: " + report.OneLine(a.Source.Text)[:60]} {
				if !containsFlat(help, want) {
					t.Fatalf("the help lacks %q:\n%s", want, help)
				}
			}
			golden(t, m, size[0], size[1], "The title and its paragraph")
		})
	}
}
