package suggest

import (
	"strings"
	"testing"

	"github.com/pocssr/pocssr/model"
)

// A title the import shortens ends in the one sign of a cut every screen
// draws, "…", set right after the last whole word kept: not in "...", which
// reads as the paragraph's own dots and which no screen tells from words.
func TestShortenedTitleEndsInTheCutSign(t *testing.T) {
	text := "4. Calls on all donors and partners to better coordinate their efforts and to support the Government in its plans"
	got := TaskTitle(text)
	body, cut := strings.CutSuffix(got, "…")
	if !cut || strings.Contains(got, "...") {
		t.Fatalf("TaskTitle = %q: want a title cut with \"…\"", got)
	}
	if body == "" || strings.HasSuffix(body, " ") || !strings.Contains(text, " "+body[strings.LastIndex(body, " ")+1:]+" ") {
		t.Errorf("TaskTitle = %q: the cut is not after a whole word", got)
	}
	if whole := TaskTitle("4. Calls on all donors to coordinate their efforts"); strings.HasSuffix(whole, "…") {
		t.Errorf("a title given whole is marked cut: %q", whole)
	}
}

// The activity screen tells a title the import shortened by ShortenedTitle:
// it ends in the cut sign (or the "..." of a worksheet imported before) and
// the activity keeps its source paragraph.
func TestShortenedTitleIsTheImportsCut(t *testing.T) {
	src := model.Source{Document: "S/RES/1 (2000)", Ref: "4", Text: "4. Calls on all donors and partners to better coordinate their efforts and more"}
	for _, c := range []struct {
		title string
		src   model.Source
		want  bool
	}{
		{"Calls on all donors and partners to better coordinate their efforts and…", src, true},
		{"Calls on all donors and partners to better coordinate their efforts and...", src, true},
		{"Calls on all donors and partners to better coordinate their efforts and…", model.Source{}, false},
		{"Calls on all donors", src, false},
	} {
		if got := ShortenedTitle(&model.Activity{Title: c.title, Source: c.src}); got != c.want {
			t.Errorf("ShortenedTitle(%q, source %v) = %v", c.title, c.src.Text != "", got)
		}
	}
}
