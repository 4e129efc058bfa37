package ui

import (
	"fmt"
	"strings"
	"testing"

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

// The account of a draft whose title the import shortened says so under the
// title, and where the paragraph is whole: the source text further down,
// with the keys that reach it where the account is taller than the screen.
// The title ended in "...", which read as the paragraph's own words and
// which nothing on the screen explained.
func TestActivitySaysItsTitleIsShortened(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			cut, _ := shortenedDraft(t)
			m := newTestModel(t, cut, size[0], size[1])
			press(t, m, "enter")
			requireScreen(t, m, "Title shortened on import: the paragraph is whole under Source text")
			golden(t, m, size[0], size[1], "Title shortened")
		})
	}
	_, whole := shortenedDraft(t)
	m := newTestModel(t, whole, 80, 24)
	press(t, m, "enter")
	requireScreen(t, m, "Verdict:")
	refuseScreen(t, m, "Title shortened")
}
