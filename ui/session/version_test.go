package session

import (
	"testing"

	"github.com/pocssr/pocssr/model"
)

// Every change the sheet is told of gives the changed activity a new version,
// and only it; a new day, which changes no activity, keeps every version.
func TestEveryChangeRenewsTheActivityVersion(t *testing.T) {
	cases := []struct {
		name   string
		change func(s *Sheet, a *model.Activity)
		renews bool
	}{
		{"touch", func(s *Sheet, a *model.Activity) { a.Notes += "x"; s.Touch(a) }, true},
		{"edit that ends as it began", func(s *Sheet, a *model.Activity) {
			sn := s.Snapshot(a)
			s.Edited(sn)
		}, true},
		{"review status", func(s *Sheet, a *model.Activity) {
			sn := s.Snapshot(a)
			a.Status = model.StatusReviewed
			s.Touch(a)
			s.Edited(sn)
		}, true},
		{"register entry", func(s *Sheet, a *model.Activity) {
			if err := s.SetMitigation(a, model.RegisterEntry{Risk: s.Rulebook().Risks[0].ID, Status: model.NotStarted}); err != nil {
				t.Fatal(err)
			}
		}, true},
		{"HRDDP review", func(s *Sheet, a *model.Activity) {
			if err := s.SetHRDDPReview(a, "2030-01-01"); err != nil {
				t.Fatal(err)
			}
		}, true},
		{"undo of an edit", func(s *Sheet, a *model.Activity) {
			sn := s.Snapshot(a)
			a.Title += " changed"
			s.Touch(a)
			s.Edited(sn)
			s.Undo()
		}, true},
		{"a new day", func(s *Sheet, a *model.Activity) { s.SetToday("2031-02-03") }, false},
		{"moving it", func(s *Sheet, a *model.Activity) { s.Move(s.Index(a), 1) }, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, s := caseSheet(t)
			a, other := s.At(0), s.At(1)
			va, vo := s.Version(a), s.Version(other)
			if va == 0 || vo == 0 || va == vo {
				t.Fatalf("versions %d and %d", va, vo)
			}
			c.change(s, a)
			if renewed := s.Version(a) != va; renewed != c.renews {
				t.Errorf("renewed: %v, want %v", renewed, c.renews)
			}
			if s.Version(other) != vo {
				t.Error("another activity's version changed")
			}
		})
	}
}
