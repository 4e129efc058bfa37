package session

import (
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
)

// A draft whose kind only its words suggest has its tier and agenda marked
// in its verdict, and is counted so in its tally cell; confirming the kind
// and who carries it out takes the marks away, the tally taken back as it
// was given.
func TestConfirmingTakesTheReadingOffSuggestedAnswers(t *testing.T) {
	rb := classify.Default()
	a := &model.Activity{ID: "a", Status: model.StatusDraft}
	a.Facts.SetOne(model.Implementer, "mission")
	a.Facts.SetSet(model.Kinds, []string{"rule-of-law"})
	read := a.Facts.Clone()
	s := NewSheetReading(rb, &model.Worksheet{Activities: []*model.Activity{a}}, nil,
		func(*model.Activity) *model.Facts { return &read }, "")
	v := s.Verdict(a)
	if !v.TierOnSuggested || !v.AgendaOnSuggested {
		t.Fatalf("a suggested kind leaves tier and agenda unmarked: %+v", v)
	}
	if n := s.Tally().GridOnSuggested[v.Tier][v.Agenda]; n != 1 {
		t.Fatalf("the tally counts %d readings on suggested answers in the cell, want 1", n)
	}
	s.Confirm(a, model.Kinds)
	if v = s.Verdict(a); v.TierOnSuggested || !v.AgendaOnSuggested {
		t.Errorf("the kind confirmed, the implementer not: tier %v, agenda %v; want false, true",
			v.TierOnSuggested, v.AgendaOnSuggested)
	}
	s.Confirm(a, model.Implementer)
	v = s.Verdict(a)
	if v.TierOnSuggested || v.AgendaOnSuggested {
		t.Errorf("every answer confirmed, the verdict still marks the reading: %+v", v)
	}
	if n, all := s.Tally().GridOnSuggested[v.Tier][v.Agenda], s.Tally().Grid[v.Tier][v.Agenda]; n != 0 || all != 1 {
		t.Errorf("the cell counts %d on suggested answers of %d, want 0 of 1", n, all)
	}
}
