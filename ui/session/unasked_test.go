package session

import (
	"slices"
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
)

// A draft about to be reviewed loses the answers only its words suggest on
// questions not asked, and those that forgetting them leaves unasked
// (forces gone, the rights record of the forces is not asked): a
// confirmed answer stays, and so does one the words do not suggest.
func TestDropUnaskedGoesOnUntilNoneIsLeft(t *testing.T) {
	rb := classify.Default()
	a := &model.Activity{ID: "a", Status: model.StatusDraft}
	a.Facts.SetSet(model.Kinds, []string{"early-warning"})
	a.Facts.SetSet(model.Forces, []string{"army"})
	a.Facts.SetOne(model.RightsRecord, "grave-ongoing")
	a.Facts.SetYes(model.DualRole, true)
	read := &model.Facts{}
	read.SetSet(model.Forces, []string{"army"})
	read.SetOne(model.RightsRecord, "grave-ongoing")
	s := NewSheet(rb, &model.Worksheet{Activities: []*model.Activity{a}}, nil)
	u := s.DropUnasked(a, read)
	if want := []model.Fact{model.Forces, model.RightsRecord}; !slices.Equal(u.Facts, want) {
		t.Errorf("dropped %v, want %v", u.Facts, want)
	}
	if !u.Was.Has(model.Forces, "army") || a.Facts.Known(model.Forces) || a.Facts.Known(model.RightsRecord) {
		t.Errorf("forces %v, rights record %v, was %v", a.Facts[model.Forces], a.Facts[model.RightsRecord], u.Was[model.Forces])
	}
	if !a.Facts.Known(model.DualRole) {
		t.Error("an answer the words do not suggest was dropped")
	}

	b := &model.Activity{ID: "b", Status: model.StatusDraft}
	b.Facts.SetSet(model.Forces, []string{"army"})
	s = NewSheet(rb, &model.Worksheet{Activities: []*model.Activity{b}}, nil)
	s.Confirm(b, model.Forces)
	if u := s.DropUnasked(b, read); len(u.Facts) != 0 || !b.Facts.Known(model.Forces) {
		t.Errorf("a confirmed answer was dropped: %v", u.Facts)
	}
}
