package session

import (
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
)

// A draft whose critical risk fires only on the answers its words suggest
// is counted so in its verdict and in the tally, which the list and the
// summary mark "~"; once the planner confirms those answers the risk is
// theirs, and the mark and the count go, the tally taken back as it was
// given.
func TestConfirmingTakesTheRiskOffSuggestedAnswers(t *testing.T) {
	rb := classify.Default()
	a := &model.Activity{ID: "a", Status: model.StatusDraft}
	a.Facts.SetOne(model.Implementer, "mission")
	a.Facts.SetSet(model.Kinds, []string{"combined-operations"})
	a.Facts.SetYes(model.StateForcesAttackingCivilians, true)
	read := a.Facts.Clone() // the words suggest every answer it holds
	s := NewSheetReading(rb, &model.Worksheet{Activities: []*model.Activity{a}}, nil,
		func(*model.Activity) *model.Facts { return &read }, "")
	v := s.Verdict(a)
	if !v.HighestOnSuggested || v.OnSuggested[0] != 1 {
		t.Fatalf("the critical risk on suggested answers is not counted: %+v", v)
	}
	if n := s.Tally().OnSuggested[classify.Critical]; n != 1 {
		t.Fatalf("the tally counts %d critical risks on suggested answers, want 1", n)
	}
	if r := s.Result(a); r.RisksOnSuggested() != 1 {
		t.Errorf("the sheet's result counts %d risks on suggested answers", r.RisksOnSuggested())
	}
	s.Confirm(a, model.StateForcesAttackingCivilians)
	if !s.Verdict(a).HighestOnSuggested {
		t.Errorf("with the kinds still only suggested, the risk is no longer marked")
	}
	s.Confirm(a, model.Kinds)
	s.Confirm(a, model.Implementer)
	v = s.Verdict(a)
	if v.HighestOnSuggested || v.OnSuggested[0] != 0 || v.Risks[0] != 1 {
		t.Errorf("every answer confirmed, the verdict still marks the risk: %+v", v)
	}
	if n, all := s.Tally().OnSuggested[classify.Critical], s.Tally().BySeverity[classify.Critical]; n != 0 || all != 1 {
		t.Errorf("the tally counts %d critical on suggested answers of %d, want 0 of 1", n, all)
	}
}
