package session

import (
	"testing"

	"github.com/pocssr/pocssr/model"
)

// Importing a document again can replace its earlier activities in place; one
// undo brings them, and the counts, back.
func TestReplaceDocumentIsOneUndo(t *testing.T) {
	rb, s := caseSheet(t)
	n := s.Len()
	draft := func(ref string) *model.Activity {
		return &model.Activity{ID: "d" + ref, Title: "Task " + ref, Status: model.StatusDraft,
			Source: model.Source{Document: "S/RES/1 (2000)", Ref: ref}}
	}
	s.AddDrafts([]*model.Activity{draft("1"), draft("2")}, "", "")
	if got := s.AlreadyImported("S/RES/1 (2000)"); got != 2 {
		t.Fatalf("%d activities of the document, want 2", got)
	}
	if got := s.AlreadyImported(""); got != 0 {
		t.Fatalf("an empty document name matched %d activities", got)
	}
	s.ReplaceDocument("S/RES/1 (2000)", []*model.Activity{draft("1"), draft("2"), draft("3")}, nil, "MISSION", "S/RES/1 (2000)")
	if s.Len() != n+2 || s.AlreadyImported("S/RES/1 (2000)") != 2 || s.Drafts() != 2 {
		t.Fatalf("after replace: %d activities, %d drafts", s.Len(), s.Drafts())
	}
	checkTally(t, rb, s)
	if what := s.Undo(); what == "" {
		t.Fatal("nothing to undo")
	}
	if s.Len() != n+2 || s.At(n).ID != "d1" || s.Drafts() != 2 {
		t.Fatalf("after undo: %d activities, %d drafts", s.Len(), s.Drafts())
	}
	checkTally(t, rb, s)
}

// Importing a document again keeps what the worksheet records of each
// earlier activity that the text gives again: its register entries (a stale
// one too) and its next HRDDP review go to the new draft of the same
// paragraph; one undo gives back the earlier activities as they were.
func TestReplaceDocumentKeepsTheRegister(t *testing.T) {
	rb, s := caseSheet(t)
	const doc = "S/RES/2 (2001)"
	task := func(id, ref string) *model.Activity {
		a := operation()
		a.ID, a.Title, a.Status, a.Source = id, "Task "+ref, model.StatusDraft, model.Source{Document: doc, Ref: ref}
		return a
	}
	first, second, third := task("t4", "4"), task("t5", "5"), task("t9", "9")
	first.Register = model.Register{
		{Risk: "grave-violations-support", Status: model.InPlace, Owner: "Human Rights Division", Due: "2026-03-31", Note: "Units screened"},
		{Risk: "dual-role", Status: model.Planned, Owner: "Force headquarters"}, // stale: does not fire
	}
	first.HRDDPReview = "2026-06-30"
	second.HRDDPReview = "2026-01-31"
	third.Register = model.Register{{Risk: "no-community-input", Status: model.NotStarted}}
	s.AddDrafts([]*model.Activity{first, second, third}, "", "")
	want := first.Register.Clone()

	// The new reading numbers the tasks again: paragraph 4 and 5 are still
	// there under other ids, paragraph 9 is gone.
	again := []*model.Activity{task("n4", "4"), task("n5", "5"), task("n6", "6")}
	again[1].HRDDPReview = "2026-12-31" // a review the draft sets stays
	r := s.ReplaceDocument(doc, again, nil, "", doc)
	if r.Kept != 2 || len(r.Stale) != 1 || r.Stale[0] != third || s.Index(third) < 0 {
		t.Errorf("kept %d, stale %v; want 2 and paragraph 9 kept in the worksheet", r.Kept, r.Stale)
	}
	if !again[0].Register.Equal(want) || again[0].HRDDPReview != "2026-06-30" {
		t.Errorf("the new draft of paragraph 4 has %+v, review %q; want %+v, 2026-06-30", again[0].Register, again[0].HRDDPReview, want)
	}
	if again[1].HRDDPReview != "2026-12-31" || len(again[1].Register) != 0 || len(again[2].Register) != 0 {
		t.Errorf("paragraphs 5 and 6: %+v %q, %+v", again[1].Register, again[1].HRDDPReview, again[2].Register)
	}
	checkTally(t, rb, s)
	if got := s.Tally().Register; got.Mitigated < 1 {
		t.Errorf("the tally lost the kept entry: %+v", got)
	}
	s.Undo()
	if !first.Register.Equal(want) || third.Register == nil || s.AlreadyImported(doc) != 3 {
		t.Errorf("undo: %+v, %+v, %d of the document", first.Register, third.Register, s.AlreadyImported(doc))
	}
}

// Two earlier activities of one paragraph (a task split in two) keep their
// registers only by their ids: nothing is mixed, nothing overwritten.
func TestKeepRegistersNeverMixesTwo(t *testing.T) {
	a := &model.Activity{ID: "a", Source: model.Source{Ref: "3"}, Register: model.Register{{Risk: "dual-role", Status: model.Planned}}}
	b := &model.Activity{ID: "b", Source: model.Source{Ref: "3"}, Register: model.Register{{Risk: "dual-role", Status: model.InPlace}}}
	d := &model.Activity{ID: "b", Source: model.Source{Ref: "3"}}
	kept, unmatched := KeepRegisters([]*model.Activity{a, b}, []*model.Activity{d})
	if kept != 1 || unmatched != 1 || len(d.Register) != 1 || d.Register[0].Status != model.InPlace {
		t.Errorf("kept %d unmatched %d, the draft has %+v", kept, unmatched, d.Register)
	}
}

// A draft discarded is remembered while it is out of the worksheet: the
// list of what an import left out names it; an undo brings it back and it
// is discarded no more. A replace of the worksheet forgets every discard.
func TestDiscardDraftIsRememberedUntilUndone(t *testing.T) {
	_, s := caseSheet(t)
	d := &model.Activity{ID: "d1", Title: "Task 1", Status: model.StatusDraft, Source: model.Source{Document: "S/RES/1 (2000)", Ref: "1"}}
	s.AddDrafts([]*model.Activity{d}, "", "")
	if s.Discarded(d) {
		t.Fatal("a draft in the worksheet counts as discarded")
	}
	if !s.DiscardDraft(d, "discard of “Task 1”") || !s.Discarded(d) || s.Index(d) >= 0 {
		t.Fatal("the discard did not take the draft out and remember it")
	}
	if s.DiscardDraft(d, "again") {
		t.Fatal("a draft out of the worksheet was discarded twice")
	}
	if what := s.Undo(); what != "discard of “Task 1”" || s.Discarded(d) || s.Index(d) < 0 {
		t.Fatalf("undo %q: the draft is not back", what)
	}
	s.DiscardDraft(d, "discard")
	s.Replace(s.Worksheet())
	if s.Discarded(d) {
		t.Fatal("a replace of the worksheet kept the discard")
	}
}

// An answer confirmed is confirmed as it stands: changed since, it is not.
func TestConfirmedHoldsTheAnswerAsConfirmed(t *testing.T) {
	_, s := caseSheet(t)
	a := s.At(0)
	if s.Confirmed(a, model.Implementer) {
		t.Fatal("an answer nobody confirmed counts as confirmed")
	}
	s.Confirm(a, model.Kinds)
	if !s.Confirmed(a, model.Kinds) {
		t.Fatal("the confirmed answer is not")
	}
	a.Facts.SetSet(model.Kinds, []string{"vetting"})
	if s.Confirmed(a, model.Kinds) {
		t.Fatal("an answer changed since counts as confirmed")
	}
}

// ReplaceWould says what ReplaceDocument then does, count for count, and
// changes nothing: neither the worksheet nor the drafts it is given.
func TestReplaceWouldIsWhatReplaceDoes(t *testing.T) {
	_, s := caseSheet(t)
	const doc = "S/RES/3 (2002)"
	task := func(id, ref string, st model.Status) *model.Activity {
		a := operation()
		a.ID, a.Title, a.Status, a.Source = id, "Task "+ref, st, model.Source{Document: doc, Ref: ref}
		return a
	}
	earlier := []*model.Activity{task("t1", "1", model.StatusReviewed), task("t2", "2", model.StatusDraft), task("t3", "3", model.StatusDraft)}
	earlier[2].Register = model.Register{{Risk: "no-community-input", Status: model.NotStarted}}
	s.AddDrafts(earlier, "", "")
	earlier[0].Status = model.StatusReviewed
	again := []*model.Activity{task("n1", "1", model.StatusDraft), task("n2", "2", model.StatusDraft), task("n4", "4", model.StatusDraft)}
	n, gen := s.Len(), s.Gen()
	would := s.ReplaceWould(doc, again, nil)
	if s.Len() != n || s.Gen() != gen || s.Undoable() != 1 || again[0].ID != "n1" || len(again[2].Register) != 0 {
		t.Fatalf("ReplaceWould changed the worksheet or the drafts: %d activities, gen %d→%d", s.Len(), gen, s.Gen())
	}
	did := s.ReplaceDocument(doc, again, nil, "", doc)
	if would.Replaced != did.Replaced || would.Reviewed != did.Reviewed || would.Added != did.Added ||
		would.Discarded != did.Discarded || would.Restored != did.Restored || would.Kept != did.Kept || len(would.Stale) != len(did.Stale) {
		t.Errorf("would %+v, did %+v", would, did)
	}
	if did.Reviewed != 1 || did.Replaced != 2 {
		t.Errorf("the case is not the one meant: %+v", did)
	}
}
