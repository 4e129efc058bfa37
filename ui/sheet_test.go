package ui

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/sample"
	"github.com/pocssr/pocssr/model"
)

// checkTally compares the running tally with a fresh count of the worksheet by
// the core's own Summarize.
func checkTally(t *testing.T, s *sheet) {
	t.Helper()
	results := make([]classify.Result, s.Len())
	for i, a := range s.Worksheet().Activities {
		results[i] = s.rb.Classify(a)
		v := s.Verdict(a)
		r := &results[i]
		if v.Tier != r.Tier || v.Agenda != r.Agenda || v.Highest != r.Highest() || v.Open != len(r.OpenQuestions) {
			t.Fatalf("verdict of %s is stale: %+v, classify says tier %d %s %s %d open", a.ID, v, r.Tier, r.Agenda, r.Highest(), len(r.OpenQuestions))
		}
	}
	sum := classify.Summarize(results)
	if s.Tally().Activities != sum.Activities {
		t.Fatalf("tally counts %d activities, Summarize %d", s.Tally().Activities, sum.Activities)
	}
	for tier := classify.Tier(0); tier <= 3; tier++ {
		for _, ag := range classify.Agendas {
			if got, want := s.Tally().Grid[tier][ag], sum.Grid[tier][ag]; got != want {
				t.Fatalf("tally tier %d %s = %d, Summarize %d", tier, ag, got, want)
			}
		}
	}
	for _, sev := range classify.Severities {
		if s.Tally().BySeverity[sev] != sum.BySeverity[sev] || s.Tally().Highest[sev] != sum.Highest[sev] {
			t.Fatalf("tally %s: %d risks / %d highest, Summarize %d / %d", sev, s.Tally().BySeverity[sev], s.Tally().Highest[sev], sum.BySeverity[sev], sum.Highest[sev])
		}
	}
}

func TestSheetKeepsTallyThroughChangesAndUndo(t *testing.T) {
	rb := classify.Default()
	s := newSheet(rb, caseLibrary(t))
	checkTally(t, s)
	rng := rand.New(rand.NewPCG(1, 2))
	kinds := rb.Kinds
	for step := 0; step < maxUndo-10; step++ {
		switch op := rng.IntN(7); {
		case op == 0 && s.Len() > 0:
			s.Delete(rng.IntN(s.Len()))
		case op == 1:
			a := &model.Activity{Title: "new"}
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
			s.Touch(a)
			s.Edited(snap)
		case op == 5:
			s.Undo()
		case op == 6:
			s.SetHeading("M", "S/RES/1")
		}
		checkTally(t, s)
	}
	for s.Undo() != "" {
	}
	checkTally(t, s)
	if s.Len() != len(caseLibrary(t).Activities) {
		t.Errorf("after undoing everything: %d activities, want the library's %d", s.Len(), len(caseLibrary(t).Activities))
	}
}

func TestSheetUndoRestoresDeletedActivityInPlace(t *testing.T) {
	a, b, c := activity(t, "A"), activity(t, "B"), activity(t, "C")
	s := newSheet(classify.Default(), sheetOf(a, b, c))
	s.Delete(1)
	if s.Len() != 2 || s.At(1) != c {
		t.Fatalf("delete left %d activities", s.Len())
	}
	if !s.Dirty() {
		t.Error("a delete is an unsaved change")
	}
	if what := s.Undo(); what != "delete" || s.At(1) != b {
		t.Fatalf("undo %q did not put B back at 2", what)
	}
	if s.Undo() != "" {
		t.Error("nothing should be left to undo")
	}
}

func TestSheetUndoOfEditRestoresFacts(t *testing.T) {
	a := activity(t, "Patrols", "implementer", "mission", "kinds", "deterrence")
	s := newSheet(classify.Default(), sheetOf(a))
	snap := s.Snapshot(a)
	a.Facts.SetSet(model.Kinds, []string{"equipment"})
	a.Title = "Equipment"
	s.Touch(a)
	s.Edited(snap)
	if v := s.Verdict(a); v.Tier != 3 {
		t.Fatalf("after the edit tier %d, want 3", v.Tier)
	}
	s.Undo()
	if a.Title != "Patrols" || a.Facts.Primary() != "deterrence" || s.Verdict(a).Tier != 2 {
		t.Errorf("undo left %q %v tier %d", a.Title, a.Facts[model.Kinds].Set, s.Verdict(a).Tier)
	}
}

func TestSheetMoveAndDuplicate(t *testing.T) {
	a, b, c := activity(t, "A"), activity(t, "B"), activity(t, "C")
	s := newSheet(classify.Default(), sheetOf(a, b, c))
	if j := s.Move(0, 2); j != 2 || s.At(2) != a || s.At(0) != b {
		t.Fatalf("move to %d: order %s %s %s", j, s.At(0).Title, s.At(1).Title, s.At(2).Title)
	}
	if j := s.Move(2, 5); j != 2 {
		t.Errorf("moving past the end went to %d", j)
	}
	d := s.Duplicate(0)
	if s.At(1) != d || d.Title != "B (copy)" || d.ID == b.ID || d.ID == "" {
		t.Errorf("duplicate %q id %q", d.Title, d.ID)
	}
	s.Undo()
	s.Undo()
	if s.At(0) != a || s.Len() != 3 {
		t.Errorf("undo of duplicate and move: %s first, %d activities", s.At(0).Title, s.Len())
	}
}

func TestSheetTouchWithoutChangeIsStillCounted(t *testing.T) {
	s := newSheet(classify.Default(), sheetOf(activity(t, "A", "kinds", "vetting")))
	gen := s.Gen()
	s.Touch(s.At(0))
	if s.Gen() == gen || s.Tally().Activities != 1 {
		t.Errorf("touch: gen %d→%d, %d activities counted", gen, s.Gen(), s.Tally().Activities)
	}
}

// The references ranked for one sort serve the next: a sort parses only the
// references it has not seen, and a reference that appears later (an edit,
// an import) takes its place among the others, one at a time or many at
// once, so that every order still sorts as defined.
func TestRankedRefsFollowNewReferences(t *testing.T) {
	rb := classify.Default()
	ws := sample.Worksheet(rb, 400, 3)
	refs := []string{"", "1", "2", "10", "2(a)", "2(b)", "2(a)(ii)", "iv"}
	for i, a := range ws.Activities {
		a.Source.Ref = refs[i%len(refs)]
	}
	s := newSheet(rb, ws)
	all := func() []int {
		rows := make([]int, s.Len())
		for i := range rows {
			rows[i] = i
		}
		return rows
	}
	check := func(step string) {
		t.Helper()
		for o := byFile; o < numOrders; o++ {
			for _, grouped := range []bool{false, true} {
				got, exp := all(), all()
				sortRows(s, got, o, grouped)
				sortByDefinition(s, exp, o, grouped)
				if !slices.Equal(got, exp) {
					t.Fatalf("%s, %s grouped=%v: rows differ from the order's definition", step, o.name(), grouped)
				}
			}
		}
	}
	check("first sort")
	// "iv" numbers no paragraph: it sorts with the missing ones.
	if want := len(refs) - 1; s.refs.parsed != want {
		t.Errorf("the first sort parsed %d references, want %d (one per distinct reference)", s.refs.parsed, want)
	}
	before := s.refs.parsed
	check("sorted again")
	if s.refs.parsed != before {
		t.Errorf("sorting again parsed %d references, want none", s.refs.parsed-before)
	}
	// Two new references, among the others: each is parsed once.
	s.At(5).Source.Ref, s.At(9).Source.Ref = "2(a)(iii)", "1(c)"
	check("two references edited")
	if got := s.refs.parsed - before; got != 2 {
		t.Errorf("two new references: %d parsed", got)
	}
	// Many at once, as an import brings them.
	for i := range 200 {
		s.At(i).Source.Ref = fmt.Sprintf("%d(%c)", 3+i%17, 'a'+rune(i%5))
	}
	check("many references imported")
	// A worksheet with more references than a packed key holds sorts the
	// same, the keys compared in turn.
	packedKeyBits = 20
	defer func() { packedKeyBits = 64 }()
	check("keys too wide to pack")
}
