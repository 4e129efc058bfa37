package session

import (
	"slices"
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
)

// confirmingSheet is a sheet holding one draft whose words suggest every
// answer it holds, a rights record of minor abuses among them.
func confirmingSheet(t *testing.T) (*Sheet, *model.Activity) {
	t.Helper()
	a := &model.Activity{ID: "a", Title: "Operational training", Status: model.StatusDraft}
	a.Facts.SetOne(model.Implementer, "mission")
	a.Facts.SetSet(model.Kinds, []string{"capacity-training"})
	a.Facts.SetSet(model.Forces, []string{"police"})
	a.Facts.SetOne(model.RightsRecord, "minor-abuses")
	read := a.Facts.Clone()
	s := NewSheetReading(classify.Default(), &model.Worksheet{Activities: []*model.Activity{a}}, nil,
		func(*model.Activity) *model.Facts { return &read }, "")
	return s, a
}

// minorAbusesOnSuggested reports whether a's risk of complicity with
// minor abuses rests on suggested answers, as the sheet has it.
func minorAbusesOnSuggested(t *testing.T, s *Sheet, a *model.Activity) bool {
	t.Helper()
	for _, k := range s.Result(a).Risks {
		if k.Rule.ID == "complicity-minor-abuses" {
			return k.OnSuggested
		}
	}
	t.Fatal("the draft has no risk of complicity with minor abuses")
	return false
}

// An undo brings back the confirmations the activity had in the state it
// returns to, and a redo those it had after: an answer confirmed in the
// edit undone is suggested again, though its value did not change.
func TestUndoBringsBackTheConfirmationsOfItsState(t *testing.T) {
	s, a := confirmingSheet(t)
	read := a.Facts.Clone()
	// A first edit, that left the rights record unconfirmed.
	for _, f := range []model.Fact{model.Kinds, model.Implementer, model.Forces} {
		s.Confirm(a, f)
	}
	sn := s.Snapshot(a)
	s.Confirm(a, model.RightsRecord)
	a.Facts.SetOne(model.TrainingFormat, "one-off")
	s.Touch(a)
	s.Edited(sn)
	if got := s.Suggested(a, &read); slices.Contains(got, model.RightsRecord) {
		t.Fatalf("the rights record confirmed is still suggested: %v", got)
	}
	s.Undo()
	if !s.Confirmed(a, model.Kinds) {
		t.Error("the undo took back the kinds confirmed before the edit")
	}
	if s.Confirmed(a, model.RightsRecord) {
		t.Error("after the undo the rights record, confirmed only in the edit undone, counts as confirmed")
	}
	if !minorAbusesOnSuggested(t, s, a) {
		t.Error("after the undo the risk on the rights record is not marked as resting on a suggestion")
	}
	s.Redo()
	if !s.Confirmed(a, model.RightsRecord) || !s.Confirmed(a, model.Kinds) {
		t.Error("the redo did not bring back the confirmations of the edit")
	}
	if minorAbusesOnSuggested(t, s, a) {
		t.Error("after the redo the risk is still marked as resting on a suggestion")
	}
}

// A duplicate starts with its original's confirmations, no more.
func TestDuplicateKeepsTheConfirmations(t *testing.T) {
	s, a := confirmingSheet(t)
	s.Confirm(a, model.Kinds)
	c := s.Duplicate(0)
	if !s.Confirmed(c, model.Kinds) {
		t.Error("the copy's kinds, confirmed in the original, are not confirmed")
	}
	if s.Confirmed(c, model.RightsRecord) {
		t.Error("the copy's rights record, confirmed nowhere, is confirmed")
	}
	if got, want := s.Verdict(c).OnSuggested, s.Verdict(a).OnSuggested; got != want {
		t.Errorf("the copy counts risks on suggestions %v, the original %v", got, want)
	}
}

// A detached copy is told the confirmations of the activities it copies,
// and the drafts whose confirmations the file will not keep are counted.
func TestConfirmedInTellsTheCopyAndCountsTheDrafts(t *testing.T) {
	s, a := confirmingSheet(t)
	if s.ConfirmedIn(s.Worksheet(), s.Worksheet().Detach()) != nil || s.ConfirmedDrafts() != 0 {
		t.Fatal("with nothing confirmed, the copy is told of confirmations")
	}
	s.Confirm(a, model.Kinds)
	c := s.Worksheet().Detach()
	confirmed := s.ConfirmedIn(s.Worksheet(), c)
	if confirmed == nil || !confirmed(c.Activities[0], model.Kinds) || confirmed(c.Activities[0], model.RightsRecord) {
		t.Error("the copy is not told that the kinds, and only they, are confirmed")
	}
	if n := s.ConfirmedDrafts(); n != 1 {
		t.Errorf("%d drafts with a confirmation the file does not keep, want 1", n)
	}
	a.Status = model.StatusReviewed
	if n := s.ConfirmedDrafts(); n != 0 {
		t.Errorf("a reviewed activity counts among the drafts with confirmations: %d", n)
	}
}

// The confirmations an autosave keeps are the standing ones of drafts, by
// the activity's place; put back, they confirm the same answers, and a
// place past the worksheet's end or of an activity no longer a draft is
// passed over.
func TestConfirmationsGoToAnAutosaveAndComeBack(t *testing.T) {
	s, a := confirmingSheet(t)
	if s.Confirmations() != nil {
		t.Fatal("a sheet with nothing confirmed lists confirmations")
	}
	s.Confirm(a, model.RightsRecord)
	s.Confirm(a, model.Kinds)
	held := s.Confirmations()
	if want := []model.Fact{model.Kinds, model.RightsRecord}; !slices.Equal(held[0], want) || len(held) != 1 {
		t.Fatalf("confirmations %v, want place 0: %v", held, want)
	}

	again, b := confirmingSheet(t)
	again.ConfirmAll(map[int][]model.Fact{0: held[0], 1: {model.Forces}, -1: {model.Forces}})
	for _, f := range []model.Fact{model.Kinds, model.RightsRecord} {
		if !again.Confirmed(b, f) {
			t.Errorf("%s is not confirmed again", f)
		}
	}
	if again.Confirmed(b, model.Forces) {
		t.Error("the forces, never confirmed, are confirmed")
	}

	reviewed, c := confirmingSheet(t)
	c.Status = model.StatusReviewed
	reviewed.ConfirmAll(held)
	if reviewed.Confirmed(c, model.Kinds) {
		t.Error("a reviewed activity was given a draft's confirmations")
	}
}
