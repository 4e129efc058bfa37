package session

import (
	"slices"
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
)

// The answers of a draft suggested by its words and not confirmed are the
// ones every screen marks "~": an answer confirmed, one that departs from
// the words, and any answer of an activity that is no draft are not.
func TestSuggestedAreTheDraftsAnswersNobodyConfirmed(t *testing.T) {
	rb := classify.Default()
	a := &model.Activity{ID: "a", Status: model.StatusDraft}
	a.Facts.SetSet(model.Kinds, []string{"rights-training"})
	a.Facts.SetOne(model.Implementer, "mission")
	a.Facts.SetSet(model.Forces, []string{"police"})
	a.Facts.SetOne(model.TrainingFormat, "one-off")
	reading := &model.Facts{}
	reading.SetSet(model.Kinds, []string{"rights-training"})
	reading.SetOne(model.Implementer, "mission")
	reading.SetSet(model.Forces, []string{"police"})
	reading.SetOne(model.TrainingFormat, "curriculum") // changed since
	s := NewSheet(rb, &model.Worksheet{Activities: []*model.Activity{a}}, nil)
	s.Confirm(a, model.Implementer)
	if got, want := s.Suggested(a, reading), []model.Fact{model.Kinds, model.Forces}; !slices.Equal(got, want) {
		t.Errorf("suggested %v, want %v", got, want)
	}
	if got := s.Suggested(a, nil); len(got) != 0 {
		t.Errorf("with nothing read, suggested %v", got)
	}
	a.Status = model.StatusReviewed
	if got := s.Suggested(a, reading); len(got) != 0 {
		t.Errorf("a reviewed activity has suggested %v", got)
	}
}
