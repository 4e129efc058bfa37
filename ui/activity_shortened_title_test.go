package ui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify/report"
	"github.com/pocssr/pocssr/classify/suggest"
	"github.com/pocssr/pocssr/model"
)

// shortenedDraft is the first draft of S/RES/1925 (2010) whose title the
// import shortened, alone in a worksheet, and a draft of it titled whole.
func shortenedDraft(t *testing.T) (cut, whole *model.Worksheet) {
	t.Helper()
	ws := importedSheet(t, resolution)
	cut, whole = &model.Worksheet{Mission: ws.Mission, Mandate: ws.Mandate}, &model.Worksheet{Mission: ws.Mission, Mandate: ws.Mandate}
	for _, a := range ws.Activities {
		switch {
		case len(cut.Activities) == 0 && strings.HasSuffix(a.Title, suggest.TitleCut):
			cut.Activities = append(cut.Activities, a)
		case len(whole.Activities) == 0 && !suggest.ShortenedTitle(a) && a.Source.Text != "":
			whole.Activities = append(whole.Activities, a)
		}
	}
	if len(cut.Activities) == 0 || len(whole.Activities) == 0 {
		t.Fatalf("no draft with a shortened title, or none with a whole one, in %d", len(ws.Activities))
	}
	return cut, whole
}

// shortenedTitleWords is what the screens say under or of a title the
// import shortened: what the briefing says of such titles, the paragraph
// whole in the Source text below.
const shortenedTitleWords = "An imported activity's title is a heading made from its paragraph, and one cut short ends in …; " +
	"the Source text below quotes its paragraph whole"

// The account of a draft whose title the import shortened says so under the
// title, and where the paragraph is whole: the source text further down,
// with the keys that reach it where the account is taller than the screen.
// The title ended in "...", which read as the paragraph's own words and
// which nothing on the screen explained. It says what the briefing says of
// such titles: it said "Title shortened on import: the paragraph is whole
// under Source text", the briefing "a heading made from its paragraph, and
// one cut short ends in …".
func TestActivitySaysItsTitleIsShortened(t *testing.T) {
	briefing := report.ShortenedTitlesNote([]string{suggest.TitleCut})
	same, _, _ := strings.Cut(briefing, "; ")
	if !strings.HasPrefix(shortenedTitleWords, same+"; ") {
		t.Fatalf("the briefing says %q, the screens %q", briefing, shortenedTitleWords)
	}
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			cut, _ := shortenedDraft(t)
			m := newTestModel(t, cut, size[0], size[1])
			press(t, m, "enter")
			if !containsFlat(screenText(m), shortenedTitleWords) {
				t.Fatalf("the account lacks %q:\n%s", shortenedTitleWords, screenText(m))
			}
			golden(t, m, size[0], size[1], "a heading made from")
		})
	}
	_, whole := shortenedDraft(t)
	m := newTestModel(t, whole, 80, 24)
	press(t, m, "enter")
	requireScreen(t, m, "Verdict:")
	refuseScreen(t, m, "heading made from")
}
