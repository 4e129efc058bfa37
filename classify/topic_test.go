package classify

import (
	"testing"

	"github.com/pocssr/pocssr/model"
)

// A title that opens with the topic of a kind only suggested rests on the
// reading's guess (TopicOnSuggested), as a tier does; confirmed, or the
// title not opening with that topic, it does not.
func TestTopicOnSuggestedKind(t *testing.T) {
	rb := Default()
	const topical = "Presence and deterrence: demands that immediately and without…"
	cases := []struct {
		name, title string
		suggested   []model.Fact
		want        bool
	}{
		{"kind only suggested", topical, []model.Fact{model.Kinds}, true},
		{"kind confirmed", topical, nil, false},
		{"only the implementer suggested", topical, []model.Fact{model.Implementer}, false},
		{"a title of other words", "Demands that immediately and without…", []model.Fact{model.Kinds}, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := &model.Activity{ID: "a", Title: c.title, Facts: facts(t, "implementer: mission; kinds: [deterrence]")}
			if got := rb.Topic(&a.Facts); got != "Presence and deterrence" {
				t.Fatalf("the topic of deterrence is %q", got)
			}
			if r := rb.ClassifySuggested(a, "", c.suggested); r.TopicOnSuggested != c.want {
				t.Errorf("TopicOnSuggested = %v, want %v", r.TopicOnSuggested, c.want)
			}
			counted, d := rb.DecideSuggested(a, "", c.suggested)
			if again := rb.ClassifyAgain(a, "", d); counted.TopicOnSuggested != c.want || again.TopicOnSuggested != c.want {
				t.Errorf("counted or made again, TopicOnSuggested = %v, %v", counted.TopicOnSuggested, again.TopicOnSuggested)
			}
		})
	}
}
