package suggest

import (
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify"
)

// A word broken by a space where the printed page was copied is mended in
// the title, where the mandate uses the whole word elsewhere; two words that
// each stand whole stay two. The source text keeps the document's words.
// Sentences written for this test.
func TestATitleMendsAWordBrokenByASpace(t *testing.T) {
	r := NewReader(classify.Default())
	text := "1. Requests UNMIL to continue its patrols in the camps;\n" +
		"2. Requests UNMIL to co ntinue its efforts to strengthen the ar med forces' academy, and to support the armed forces;\n" +
		"3. Requests UNMIL to keep overall authority over all activities;\n" +
		"4. Encourage s UNMIL to support the Arrangements for the police, and to train the police under the Arrangemen ts;\n"
	ws, _, err := Import(r, "one.txt", text, ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"2": "continue its efforts to strengthen the armed forces",
		"3": "authority over all activities",
		"4": "support the Arrangements",
	}
	for _, a := range ws.Activities {
		w, ok := want[a.Source.Ref]
		if !ok {
			continue
		}
		if !strings.Contains(strings.ToLower(a.Title), strings.ToLower(w)) {
			t.Errorf("%s: title %q, want it to hold %q", a.Source.Ref, a.Title, w)
		}
		if a.Source.Ref == "2" && !strings.Contains(a.Source.Text, "co ntinue") {
			t.Errorf("the source text changed: %q", a.Source.Text)
		}
		delete(want, a.Source.Ref)
	}
	for ref := range want {
		t.Errorf("no draft of paragraph %s", ref)
	}
}
