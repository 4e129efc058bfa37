package words

import (
	"slices"
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/suggest"
	"github.com/pocssr/pocssr/model"
)

// A phrase that a longer one behind the same value takes in is left out of
// the phrases and of the value's line.
func TestPhrasesTakenInByLongerOnesAreLeftOut(t *testing.T) {
	ev := func(phrase string, start int, context bool) suggest.Evidence {
		return suggest.Evidence{Fact: model.Implementer, Value: "mission-support", Phrase: phrase,
			Start: start, End: start + len(phrase), InContext: context}
	}
	s := &suggest.Suggestion{Evidence: []suggest.Evidence{
		ev("Support the efforts", 4, false), ev("Support the efforts of the Government", 4, false),
		ev("efforts of the Government", 16, false), ev("Support", 4, true), // the context's offsets count apart
	}}
	s.Facts.SetOne(model.Implementer, "mission-support")
	want := []string{"Support the efforts of the Government", "Support"}
	if got := Phrases(s.Evidence); !slices.Equal(got, want) {
		t.Errorf("phrases %q, want %q", got, want)
	}
	vs := Values(s)
	if len(vs) != 1 || !slices.Equal(vs[0].Phrases, want) || !vs[0].Context {
		t.Fatalf("values %+v", vs)
	}
	if got := vs[0].Text(classify.Default()); got != "implementer: national authorities with mission support ← “Support the efforts of the Government”, “Support” (in the lead-in or heading)" {
		t.Errorf("text %q", got)
	}
}
