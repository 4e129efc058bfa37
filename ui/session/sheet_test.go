package session

import (
	"errors"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
)

func caseSheet(t *testing.T) (*classify.Rulebook, *Sheet) {
	t.Helper()
	rb := classify.Default()
	ws, err := classify.Cases(rb)
	if err != nil {
		t.Fatal(err)
	}
	return rb, NewSheet(rb, ws, func(a *model.Activity) string { return a.ID })
}

// checkTally compares the running tally, drafts and portfolio with a fresh
// count of the worksheet by the core's own Summarize.
func checkTally(t *testing.T, rb *classify.Rulebook, s *Sheet) {
	t.Helper()
	results := make([]classify.Result, s.Len())
	drafts := 0
	var portfolio classify.PortfolioTally
	for i, a := range s.Worksheet().Activities {
		results[i] = rb.ClassifyOn(a, s.Today())
		v, r := s.Verdict(a), &results[i]
		if v.Tier != r.Tier || v.Agenda != r.Agenda || v.Highest != r.Highest() || v.Open != len(r.OpenQuestions) {
			t.Fatalf("verdict of %s is stale: %+v", a.ID, v)
		}
		if a.Status == model.StatusDraft {
			drafts++
		}
		if got := s.Result(a); !reflect.DeepEqual(*got, *r) {
			t.Fatalf("the result kept for %s is stale: %+v", a.ID, got)
		}
		portfolio.Count(rb.PortfolioMark(&a.Facts), +1)
	}
	sum := classify.Summarize(results)
	got := s.Tally()
	if got.Activities != sum.Activities || got.ByTier != sum.ByTier {
		t.Fatalf("tally counts %d activities %v, Summarize %d %v", got.Activities, got.ByTier, sum.Activities, sum.ByTier)
	}
	for tier := classify.Tier(0); tier <= 3; tier++ {
		for _, ag := range classify.Agendas {
			if got.Grid[tier][ag] != sum.Grid[tier][ag] {
				t.Fatalf("tally tier %d %s = %d, Summarize %d", tier, ag, got.Grid[tier][ag], sum.Grid[tier][ag])
			}
		}
	}
	for _, ag := range classify.Agendas {
		if got.ByAgenda[ag] != sum.ByAgenda[ag] {
			t.Fatalf("tally %s = %d, Summarize %d", ag, got.ByAgenda[ag], sum.ByAgenda[ag])
		}
	}
	for _, sev := range classify.Severities {
		if got.BySeverity[sev] != sum.BySeverity[sev] || got.Highest[sev] != sum.Highest[sev] {
			t.Fatalf("tally %s: %d / %d highest, Summarize %d / %d", sev, got.BySeverity[sev], got.Highest[sev], sum.BySeverity[sev], sum.Highest[sev])
		}
	}
	if got.Register != sum.Register {
		t.Fatalf("tally register %+v, Summarize %+v", got.Register, sum.Register)
	}
	if s.Drafts() != drafts {
		t.Fatalf("drafts %d, the worksheet holds %d", s.Drafts(), drafts)
	}
	if !reflect.DeepEqual(*s.Portfolio(), portfolio) {
		t.Fatalf("portfolio tally %+v, a fresh count %+v", *s.Portfolio(), portfolio)
	}
}

func TestTallyAgreesWithSummarizeAfterRandomEdits(t *testing.T) {
	rb, s := caseSheet(t)
	checkTally(t, rb, s)
	rng := rand.New(rand.NewPCG(7, 11))
	kinds := rb.Kinds
	s.SetToday("2026-05-01")
	risks := rb.Vocabulary().Risks()
	for step := 0; step < 3*MaxUndo; step++ {
		switch op := rng.IntN(11); {
		case op >= 8 && s.Len() > 0:
			// A register edit: an entry for any risk (firing or not), or
			// its removal, or the review date, some of them overdue.
			a := s.At(rng.IntN(s.Len()))
			due := model.Date([]string{"", "2026-04-30", "2026-05-02"}[rng.IntN(3)])
			switch rng.IntN(3) {
			case 0:
				st := model.MitigationStatuses[rng.IntN(len(model.MitigationStatuses))]
				if err := s.SetMitigation(a, model.RegisterEntry{Risk: risks[rng.IntN(len(risks))], Status: st, Due: due, Note: "n"}); err != nil {
					t.Fatal(err)
				}
			case 1:
				if len(a.Register) > 0 {
					s.RemoveMitigation(a, a.Register[0].Risk)
				}
			case 2:
				s.SetHRDDPReview(a, due)
			}
		case op == 0 && s.Len() > 0:
			s.Delete(rng.IntN(s.Len()))
		case op == 1:
			a := &model.Activity{Title: "new", Status: model.StatusDraft}
			a.Facts.SetSet(model.Kinds, []string{kinds[rng.IntN(len(kinds))].ID})
			s.Add(rng.IntN(s.Len()+1), a)
		case op == 2 && s.Len() > 0:
			s.Duplicate(rng.IntN(s.Len()))
		case op == 3 && s.Len() > 1:
			s.Move(rng.IntN(s.Len()), rng.IntN(5)-2)
		case op == 4 && s.Len() > 0:
			a := s.At(rng.IntN(s.Len()))
			snap := s.Snapshot(a)
			a.Facts.SetOne(model.Implementer, []string{"mission", "partner", "host-state"}[rng.IntN(3)])
			a.Facts.SetSet(model.Kinds, []string{kinds[rng.IntN(len(kinds))].ID})
			if rng.IntN(2) == 0 {
				a.Status = model.StatusDraft
			} else {
				a.Status = ""
			}
			s.Touch(a)
			s.Edited(snap)
		case op == 5:
			s.Undo()
		case op == 6:
			a := &model.Activity{Title: "imported", Status: model.StatusDraft}
			s.AddDrafts([]*model.Activity{a}, "M", "S/RES/1")
		case op == 7:
			s.SetHeading("M", []string{"S/RES/1", "S/RES/2"}[rng.IntN(2)])
		}
		checkTally(t, rb, s)
	}
}

func TestUndoRevertsInOrderAndNamesTheChange(t *testing.T) {
	rb, s := caseSheet(t)
	before := append([]*model.Activity(nil), s.Worksheet().Activities...)
	first := *s.At(0)
	mission, mandate := s.Worksheet().Mission, s.Worksheet().Mandate
	s.Delete(0)
	s.Move(0, 2)
	a := s.At(1)
	snap := s.Snapshot(a)
	a.Title = "changed"
	s.Touch(a)
	s.Edited(snap)
	s.Duplicate(2)
	s.SetHeading("Mission", "S/RES/9")
	want := []string{"mission and mandate", "duplicate", "edit", "move", "delete", ""}
	for _, w := range want {
		if got := s.Undo(); got != w {
			t.Fatalf("Undo said %q, want %q", got, w)
		}
	}
	if !reflect.DeepEqual(s.Worksheet().Activities, before) {
		t.Fatal("undoing everything did not give back the worksheet in its order")
	}
	if s.At(0).Title != first.Title || s.Worksheet().Mission != mission || s.Worksheet().Mandate != mandate {
		t.Fatal("undo did not restore the first activity or the heading")
	}
	checkTally(t, rb, s)
}

func TestUndoKeepsTheLastHundredChanges(t *testing.T) {
	_, s := caseSheet(t)
	for i := 0; i < MaxUndo+20; i++ {
		s.SetHeading("M", string(rune('a'+i%2)))
	}
	if s.Undoable() != MaxUndo {
		t.Fatalf("%d steps kept, want %d", s.Undoable(), MaxUndo)
	}
	n := 0
	for s.Undo() != "" {
		n++
	}
	if n != MaxUndo {
		t.Fatalf("undid %d changes, want %d", n, MaxUndo)
	}
}

func TestDirtyFollowsChangesAndSaves(t *testing.T) {
	_, s := caseSheet(t)
	if s.Dirty() {
		t.Fatal("a sheet just opened has unsaved changes")
	}
	g := s.Gen()
	s.Move(0, 1)
	if !s.Dirty() || s.Gen() == g {
		t.Fatalf("after a move: dirty %v, gen %d (was %d)", s.Dirty(), s.Gen(), g)
	}
	s.MarkSaved()
	if s.Dirty() {
		t.Fatal("still dirty after MarkSaved")
	}
	g = s.Gen()
	s.Undo()
	if !s.Dirty() || s.Gen() == g {
		t.Fatal("undoing a saved change does not make the sheet dirty")
	}
	s.MarkSaved()
	s.SetHeading(s.Worksheet().Mission, s.Worksheet().Mandate)
	if s.Dirty() || s.Undoable() != 0 {
		t.Fatal("setting the heading to what it is counts as a change")
	}
	a := s.At(0)
	s.Edited(s.Snapshot(a))
	if s.Undoable() != 0 {
		t.Fatal("an edit that changed nothing left an undo step")
	}
	g = s.Gen()
	s.Replace(model.New(""))
	if s.Gen() == g || s.Undoable() != 0 || s.Len() != 0 {
		t.Fatal("Replace did not start a new generation with no undo history")
	}
}

func TestCheckSaveRefusesReadOnlyAndChangedOnDisk(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "plan.yaml")
	if err := os.WriteFile(path, []byte("activities: []\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	base, err := ReadBase(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := CheckSave(path, base, true, false); err != nil {
		t.Fatalf("an unchanged file: %v", err)
	}
	if err := os.WriteFile(path, []byte("activities: []\n# edited elsewhere\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := CheckSave(path, base, true, false); !errors.Is(err, model.ErrChangedOnDisk) {
		t.Fatalf("a file changed on disk: %v, want ErrChangedOnDisk", err)
	}
	if err := CheckSave(path, base, true, true); err != nil {
		t.Fatalf("overwriting a changed file when asked to: %v", err)
	}
	if err := CheckSave(path, base, false, false); err != nil {
		t.Fatalf("saving as another file is not held back by this one's base: %v", err)
	}
	if err := os.Chmod(path, 0o444); err != nil {
		t.Fatal(err)
	}
	for _, overwrite := range []bool{false, true} {
		if err := CheckSave(path, base, true, overwrite); !errors.Is(err, model.ErrReadOnly) {
			t.Fatalf("a read-only file (overwrite %v): %v, want ErrReadOnly", overwrite, err)
		}
	}
	if err := CheckSave(filepath.Join(dir, "new.yaml"), Base{}, false, false); err != nil {
		t.Fatalf("a new file: %v", err)
	}
}

func TestAdoptIsCleanOnlyWithoutEditsDuringTheSave(t *testing.T) {
	dir := t.TempDir()
	for _, typed := range []bool{false, true} {
		_, s := caseSheet(t)
		s.Move(0, 1)
		c, gen := s.Detach()
		if typed {
			s.Move(1, 1)
		}
		path := filepath.Join(dir, "plan.yaml")
		if err := c.Save(path, model.SaveOptions{Overwrite: true}); err != nil {
			t.Fatal(err)
		}
		if clean := s.Adopt(c, gen); clean == typed || s.Dirty() != typed {
			t.Fatalf("typed during the save %v: clean %v, dirty %v", typed, clean, s.Dirty())
		}
		if s.Worksheet().Path() != path {
			t.Fatalf("after the save the worksheet belongs to %q, want %q", s.Worksheet().Path(), path)
		}
	}
}

// The check before a save tells a worksheet's file deleted since it was read
// from one changed since.
func TestCheckSaveTellsDeletedFromChanged(t *testing.T) {
	path := filepath.Join(t.TempDir(), "w.yaml")
	if err := os.WriteFile(path, []byte("activities: []\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	base, err := ReadBase(path)
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(path, []byte("activities:\n  - title: Theirs\n"), 0o644)
	if err := CheckSave(path, base, true, false); !errors.Is(err, model.ErrChangedOnDisk) {
		t.Errorf("changed: %v", err)
	}
	os.Remove(path)
	if err := CheckSave(path, base, true, false); !errors.Is(err, model.ErrDeletedOnDisk) {
		t.Errorf("deleted: %v", err)
	}
	if err := CheckSave(path, base, true, true); err != nil {
		t.Errorf("deleted, overwrite: %v", err)
	}
}

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

// The result a verdict was made from is kept and shared: asked again it
// classifies nothing while the activity stands, and is classified again
// once the activity changed, even in a way its verdict does not read.
func TestResultIsKeptUntilTheActivityChanges(t *testing.T) {
	rb, err := classify.Load(filepath.Join("..", "..", "classify", "rulebook.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	ws, err := classify.Cases(rb)
	if err != nil {
		t.Fatal(err)
	}
	s := NewSheet(rb, ws, nil)
	a := s.At(0)
	before := rb.Classified()
	first := s.Result(a)
	if s.Result(a) != first || rb.Classified() != before {
		t.Fatalf("an unchanged activity was classified again (%d) or its result copied", rb.Classified()-before)
	}
	sn := s.Snapshot(a)
	a.Title += " (renamed)"
	s.Edited(sn)
	if r := s.Result(a); r == first || r.Title != a.Title {
		t.Fatalf("after an edit the result is the old one: %q", r.Title)
	}
}
