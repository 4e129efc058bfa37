package ui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify/report"
)

// The presentation's board and walk-through give a title the import
// shortened as the questionnaire gives it: the key of the help follows it
// where it fits its line too, and the help gives the title with the note
// that it was shortened on import and the paragraph whole under Source
// text. Their help ("The title, whole") showed the title still cut, "…
// for the eventual…", and nothing said where the rest was.
func TestPresentationSaysATitleIsShortened(t *testing.T) {
	for _, size := range sizes {
		for _, where := range []struct{ name, keys, wait string }{{"board", "p", "] "}, {"walk-through", "p t", "Walk-through · "}} {
			ws, a := fittingShortenedDraft(t)
			m := newTestModel(t, ws, size[0], size[1])
			press(t, m, strings.Fields(where.keys)...)
			t.Run(fmt.Sprintf("%s_%dx%d", where.name, size[0], size[1]), func(t *testing.T) {
				requireScreen(t, m, where.wait, " (?)")
				if size[0] == 200 {
					requireScreen(t, m, a.Title+" (?)")
				}
				golden(t, m, size[0], size[1], " (?)")
			})
			t.Run(fmt.Sprintf("%s_help_%dx%d", where.name, size[0], size[1]), func(t *testing.T) {
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
}
