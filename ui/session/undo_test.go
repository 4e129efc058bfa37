package session

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
)

// fingerprint is the worksheet as the person sees it and as the screens hold
// it: which activity values in which order, what each says, the heading.
func fingerprint(s *Sheet) string {
	var b strings.Builder
	ws := s.Worksheet()
	fmt.Fprintf(&b, "%q %q\n", ws.Mission, ws.Mandate)
	for _, a := range ws.Activities {
		fmt.Fprintf(&b, "%p %q %q %q %v %v %q\n", a, a.ID, a.Title, a.Status, a.Facts, a.Register, a.HRDDPReview)
	}
	return b.String()
}

func TestRedoMakesAgainWhatUndoRevertedInOrder(t *testing.T) {
	rb, s := caseSheet(t)
	states := []string{fingerprint(s)}
	s.Delete(0)
	states = append(states, fingerprint(s))
	s.Move(0, 2)
	states = append(states, fingerprint(s))
	a := s.At(1)
	snap := s.Snapshot(a)
	a.Title = "changed"
	a.Facts.SetOne(model.Implementer, "partner")
	s.Touch(a)
	s.Edited(snap)
	states = append(states, fingerprint(s))
	s.SetHeading("Mission", "S/RES/9")
	states = append(states, fingerprint(s))
	names := []string{"delete", "move", "edit", "mission and mandate"}

	for i := len(names) - 1; i >= 0; i-- {
		if got := s.Undo(); got != names[i] {
			t.Fatalf("Undo said %q, want %q", got, names[i])
		}
	}
	for i, w := range names {
		if got := s.Redo(); got != w {
			t.Fatalf("Redo said %q, want %q", got, w)
		}
		if got := fingerprint(s); got != states[i+1] {
			t.Fatalf("after redoing %q the worksheet is\n%s\nwant\n%s", w, got, states[i+1])
		}
		checkTally(t, rb, s)
	}
	if got := s.Redo(); got != "" {
		t.Fatalf("Redo with nothing undone said %q", got)
	}
	// u after ctrl+r undoes the redone change again.
	if got := s.Undo(); got != "mission and mandate" || fingerprint(s) != states[3] {
		t.Fatalf("undo after redo said %q and left\n%s", got, fingerprint(s))
	}
}

func TestANewChangeMakesTheUndoneFinal(t *testing.T) {
	for _, change := range []struct {
		name string
		do   func(*Sheet)
	}{
		{"heading", func(s *Sheet) { s.SetHeading("Other", "S/RES/2") }},
		{"edit in place", func(s *Sheet) { s.At(0).Title = "typed"; s.Touch(s.At(0)) }},
		{"register", func(s *Sheet) { s.SetHRDDPReview(s.At(0), "2026-01-01") }},
		{"reload", func(s *Sheet) { s.Replace(s.Worksheet()) }},
	} {
		t.Run(change.name, func(t *testing.T) {
			_, s := caseSheet(t)
			s.Delete(0)
			s.Undo()
			if s.Redoable() != 1 {
				t.Fatalf("%d redo steps after an undo, want 1", s.Redoable())
			}
			change.do(s)
			if s.Redoable() != 0 || s.Redo() != "" {
				t.Fatal("the undone delete could still be redone after a new change")
			}
		})
	}
}

// TestUndoRedoFollowAHistory checks random edits, undos and redos against
// the plainest account of them: a list of the worksheet's states and a
// position in it that a change cuts off after.
func TestUndoRedoFollowAHistory(t *testing.T) {
	for seed := uint64(1); seed <= 6; seed++ {
		rb, s := caseSheet(t)
		rng := rand.New(rand.NewPCG(seed, 3))
		history, at := []string{fingerprint(s)}, 0
		changed := func() {
			history = append(history[:at+1], fingerprint(s))
			at++
		}
		for step := 0; step < MaxUndo-10; step++ {
			switch op := rng.IntN(8); {
			case op == 0 && s.Len() > 0:
				s.Delete(rng.IntN(s.Len()))
				changed()
			case op == 1:
				s.Add(rng.IntN(s.Len()+1), &model.Activity{Title: fmt.Sprint("new ", step)})
				changed()
			case op == 2 && s.Len() > 1:
				if i := rng.IntN(s.Len()); s.Move(i, 1+rng.IntN(2)) != i {
					changed()
				}
			case op == 3 && s.Len() > 0:
				a := s.At(rng.IntN(s.Len()))
				if err := s.SetMitigation(a, model.RegisterEntry{Risk: rb.Vocabulary().Risks()[0], Status: model.MitigationStatuses[step%len(model.MitigationStatuses)], Note: fmt.Sprint("step ", step)}); err != nil {
					t.Fatal(err)
				}
				changed()
			case op == 4:
				s.AddDrafts([]*model.Activity{{Title: "imported", Status: model.StatusDraft}}, "M", fmt.Sprint("S/RES/", step))
				changed()
			case op == 5 || op == 6:
				if s.Undo() != "" {
					at--
				} else if at != 0 {
					t.Fatalf("seed %d step %d: nothing to undo at %d of the history", seed, step, at)
				}
			default:
				if s.Redo() != "" {
					at++
				} else if at != len(history)-1 {
					t.Fatalf("seed %d step %d: nothing to redo at %d of %d", seed, step, at, len(history))
				}
			}
			if got := fingerprint(s); got != history[at] {
				t.Fatalf("seed %d step %d: the worksheet is\n%s\nwant\n%s", seed, step, got, history[at])
			}
			checkTally(t, rb, s)
		}
	}
}

// JoinUndo makes the steps since a mark one: one undo takes back an
// activity added and the register entry given to it, and names it so.
func TestJoinUndoRevertsEveryStepJoined(t *testing.T) {
	rb := classify.Default()
	ws := model.New("")
	s := NewSheet(rb, ws, nil)
	kept := &model.Activity{ID: "kept", Title: "Kept"}
	s.Add(0, kept)
	mark := s.Undoable()
	a := &model.Activity{ID: "patrols", Title: "Patrols"}
	s.Add(1, a)
	s.Touch(a)
	a.Title = "Patrols by night"
	s.PushUndo("retitle", func() { a.Title = "Patrols"; s.Touch(a) })
	s.JoinUndo(mark, "add of “Patrols by night”")
	if s.Undoable() != mark+1 {
		t.Fatalf("%d steps after the join, want %d", s.Undoable(), mark+1)
	}
	if what := s.Undo(); what != "add of “Patrols by night”" {
		t.Errorf("undid %q", what)
	}
	if s.Len() != 1 || s.At(0) != kept || a.Title != "Patrols" {
		t.Errorf("after the undo: %d activities, title %q", s.Len(), a.Title)
	}
	s.JoinUndo(5, "nothing") // beyond the history: no change
	if s.Undoable() != 1 {
		t.Errorf("a mark past the history changed it: %d steps", s.Undoable())
	}
}

// The worksheet is unsaved while it differs from what was opened or saved
// last: undos back to that leave no change to save, a redo makes one
// again, and a change no undo reaches (a restore) keeps it unsaved.
func TestUndoBackToTheSavedIsClean(t *testing.T) {
	_, s := caseSheet(t)
	s.Delete(0)
	s.SetHeading("Other", "S/RES/2")
	if !s.Dirty() {
		t.Fatal("two changes left the worksheet clean")
	}
	s.Undo()
	if !s.Dirty() {
		t.Fatal("one change of two undone: clean")
	}
	s.Undo()
	if s.Dirty() {
		t.Fatal("every change undone: still unsaved")
	}
	s.Redo()
	if !s.Dirty() {
		t.Fatal("a redo left the worksheet clean")
	}
	s.MarkSaved()
	s.Undo()
	if !s.Dirty() {
		t.Fatal("an undo past the save left the worksheet clean")
	}
	s.Redo()
	if s.Dirty() {
		t.Fatal("a redo back to the save left it unsaved")
	}
	// A restore puts other activities in place, and no undo goes back past it.
	ws := s.Worksheet()
	ws.Activities = ws.Activities[1:]
	s.Replace(ws)
	s.Changed()
	s.SetHeading("Third", "S/RES/3")
	s.Undo()
	if !s.Dirty() {
		t.Fatal("undo after a restore called the restored worksheet saved")
	}
}

// Before any save, the worksheet as opened is what an undo comes back to:
// not past a change no undo step records, nor past a history trimmed to
// MaxUndo.
func TestUndoBackToTheOpenedNeedsTheWholeHistory(t *testing.T) {
	_, s := caseSheet(t)
	s.Delete(0)
	s.Undo()
	if s.Dirty() {
		t.Fatal("the only change undone: still unsaved")
	}
	s.Delete(0)
	s.Changed() // a change of its own, which no undo step records
	s.Undo()
	if !s.Dirty() {
		t.Fatal("an unrecorded change was called saved")
	}
	_, s = caseSheet(t)
	for i := 0; i <= MaxUndo; i++ {
		s.SetHeading(fmt.Sprint("Mission ", i), "")
	}
	for s.Undo() != "" {
	}
	if !s.Dirty() {
		t.Fatal("undo within a trimmed history called the worksheet as opened")
	}
}

// A new activity added empty to be described leaves the worksheet
// unmodified until something is entered in it; discarded with nothing
// entered, it leaves the worksheet as it was, its unsaved changes, its undo
// history and what can be redone alike. Anything entered, or any other
// change since, keeps the worksheet modified.
func TestAddNewMarksNothingUntilSomethingIsEntered(t *testing.T) {
	for _, c := range []struct {
		name      string
		dirty     bool // a change made before n, and undone (redo offers it)
		enter     bool // a title typed, then erased
		save      bool // saved while the new activity stands
		wantDirty bool
	}{
		{"clean, nothing entered", false, false, false, false},
		{"modified, nothing entered", true, false, false, true},
		{"clean, something entered and erased", false, true, false, true},
		{"clean, saved while it stood", false, false, true, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, s := caseSheet(t)
			if c.dirty {
				s.Move(0, 1)
				s.Move(0, 1)
				s.Undo()
			}
			before, undo, redo := fingerprint(s), s.Undoable(), s.Redoable()
			a := &model.Activity{}
			s.AddNew(s.Len(), a)
			if s.Dirty() != c.dirty {
				t.Fatalf("added empty: modified %v, want %v as before", s.Dirty(), c.dirty)
			}
			if c.enter {
				a.Title = "x"
				s.Touch(a)
				if !s.Dirty() {
					t.Fatal("a title typed does not mark the worksheet modified")
				}
				a.Title = ""
				s.Touch(a)
			}
			if c.save {
				s.MarkSaved()
			}
			s.Discard(a)
			if s.Dirty() != c.wantDirty {
				t.Fatalf("discarded: modified %v, want %v", s.Dirty(), c.wantDirty)
			}
			if fingerprint(s) != before {
				t.Fatalf("discarded: the worksheet is not as it was")
			}
			if !c.enter && !c.save && (s.Undoable() != undo || s.Redoable() != redo) {
				t.Fatalf("discarded: %d undo and %d redo steps, were %d and %d", s.Undoable(), s.Redoable(), undo, redo)
			}
		})
	}
}
