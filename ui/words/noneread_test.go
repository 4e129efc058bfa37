package words

import (
	"slices"
	"testing"

	"github.com/pocssr/pocssr/classify/suggest"
	"github.com/pocssr/pocssr/model"
)

// The facts looked for and read from nothing are those with no value
// suggested, none read and set aside, and no answer held.
func TestNoneReadLeavesOutWhatWasReadOrAnswered(t *testing.T) {
	empty := &suggest.Suggestion{}
	a := &model.Activity{Title: "Notes the report"}
	if got := NoneRead(a, empty); !slices.Equal(got, []model.Fact{model.Implementer, model.Kinds}) {
		t.Errorf("nothing read: %v", got)
	}
	a.Facts.SetOne(model.Implementer, "mission")
	if got := NoneRead(a, empty); !slices.Equal(got, []model.Fact{model.Kinds}) {
		t.Errorf("the implementer answered: %v", got)
	}
	declined := &suggest.Suggestion{Declined: []suggest.Declined{{Evidence: suggest.Evidence{Fact: model.Kinds, Value: "vetting", Phrase: "without vetting"}, Reason: "negated"}}}
	if got := NoneRead(a, declined); len(got) != 0 {
		t.Errorf("a kind read and set aside: %v", got)
	}
	read := &suggest.Suggestion{}
	read.Facts[model.Kinds] = model.Value{Known: true, Set: []string{"vetting"}}
	if got := NoneRead(&model.Activity{}, read); !slices.Equal(got, []model.Fact{model.Implementer}) {
		t.Errorf("a kind suggested: %v", got)
	}
}
