package suggest

import (
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
)

// DraftReader reads an activity with a source paragraph as ReadDraft does,
// and returns nil for one without, as ReadDraft does.
func TestDraftReaderReadsAsReadDraft(t *testing.T) {
	rb := classify.Default()
	read := DraftReader(rb)
	a := &model.Activity{Source: model.Source{Text: "Requests the mission to support the Government in the reform of the army;"}}
	got, want := read(a), NewReader(rb).ReadDraft(a)
	if got == nil || want == nil {
		t.Fatalf("reading of a source paragraph: %v, ReadDraft %v", got, want)
	}
	if g, w := got.Suggestion.Facts[model.Kinds], want.Suggestion.Facts[model.Kinds]; !g.Known || g.Set[0] != w.Set[0] {
		t.Errorf("kinds %v, ReadDraft reads %v", g, w)
	}
	if read(&model.Activity{Title: "Patrol the camps"}) != nil {
		t.Error("an activity with no source paragraph has a reading")
	}
}
