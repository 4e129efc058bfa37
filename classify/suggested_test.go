package classify

import (
	"slices"
	"testing"

	"github.com/pocssr/pocssr/model"
)

// The answers of a draft that hold what its words suggest are its
// suggested answers unless confirmed; a reviewed activity has none. What
// DecideSuggested decided gives them back to ClassifyAgain: a long
// report's second reading marks the same risk "~" without reading the
// words again.
func TestSuggestedAnswersAndDecisions(t *testing.T) {
	rb := Default()
	a := &model.Activity{ID: "a", Status: model.StatusDraft}
	a.Facts.SetOne(model.Implementer, "mission")
	a.Facts.SetSet(model.Kinds, []string{"combined-operations"})
	a.Facts.SetSet(model.Forces, []string{"army"})
	a.Facts.SetYes(model.StateForcesAttackingCivilians, true)
	read := a.Facts.Clone()
	read.SetOne(model.Implementer, "national") // the words suggest another implementer
	got := rb.SuggestedAnswers(a, &read, nil)
	if len(got) != 3 || slices.Contains(got, model.Implementer) || !slices.Contains(got, model.StateForcesAttackingCivilians) {
		t.Fatalf("suggested answers %v, want every one but the implementer", got)
	}
	if c := rb.SuggestedAnswers(a, &read, func(f model.Fact) bool { return f == model.Kinds }); len(c) != 2 || slices.Contains(c, model.Kinds) {
		t.Errorf("with kinds confirmed, suggested answers %v", c)
	}
	// Confirmed in an earlier session, as a YAML file keeps it: the
	// planner's answer, read from the file or told by a session alike.
	a.Confirmed = []model.Fact{model.Forces}
	if c := rb.SuggestedAnswers(a, &read, nil); len(c) != 2 || slices.Contains(c, model.Forces) {
		t.Errorf("with forces confirmed in the file, suggested answers %v", c)
	}
	if c := rb.SuggestedAnswers(a, &read, func(f model.Fact) bool { return f == model.Kinds }); len(c) != 1 || !slices.Contains(c, model.StateForcesAttackingCivilians) {
		t.Errorf("with forces confirmed in the file and kinds in the session, suggested answers %v", c)
	}
	a.Confirmed = nil
	_, d := rb.DecideSuggested(a, "", got)
	if r := rb.ClassifyAgain(a, "", d); r.RisksOnSuggested() != 1 || len(r.Suggested) != 3 {
		t.Errorf("classified again, %d risks on suggested answers and %v suggested", r.RisksOnSuggested(), r.Suggested)
	}
	_, d = rb.Decide(a, "")
	if r := rb.ClassifyAgain(a, "", d); r.RisksOnSuggested() != 0 {
		t.Errorf("decided without suggestions, a risk is marked on suggested answers")
	}
	a.Status = model.StatusReviewed
	if got := rb.SuggestedAnswers(a, &read, nil); got != nil {
		t.Errorf("a reviewed activity has suggested answers %v", got)
	}
}
