package session

import "github.com/pocssr/pocssr/model"

// The undo history: every change records how to revert it; an undo records,
// for ctrl+r, the worksheet as it stood before, so a redo needs no code of
// its own for each kind of change.

// undoStep reverts one change to the worksheet.
type undoStep struct {
	what   string // "delete", "add", "edit" ... as said back to the person
	revert func()
	// state names the worksheet as this change left it: while the step is
	// the last of the undo history, the worksheet is in that state. An undo
	// and its redo keep it, so a save is found again by its state alone.
	state uint64
	// on is the activity the change was made on (added, deleted, moved,
	// edited); nil where it was made on several or on none (an import, the
	// heading). An undo and its redo keep it, to say where they changed the
	// worksheet (Replayed).
	on *model.Activity
}

// MaxUndo is how many changes can be undone.
const MaxUndo = 100

// RenameLastUndo says the last change back to the person by another name
// ("acceptance of a draft" rather than "edit").
func (s *Sheet) RenameLastUndo(what string) {
	if len(s.undo) > 0 {
		s.undo[len(s.undo)-1].what = what
	}
}

// PushUndo records how to revert the change just made; what names it.
// A new change clears what could be redone.
func (s *Sheet) PushUndo(what string, revert func()) { s.PushUndoOn(what, nil, revert) }

// PushUndoOn records how to revert the change just made on activity a: its
// undo and redo name a, so that a list puts its cursor on it (Replayed).
func (s *Sheet) PushUndoOn(what string, a *model.Activity, revert func()) {
	s.clearRedo()
	s.saved.unrecorded = false
	s.states++
	s.undo = s.trimmed(append(s.undo, undoStep{what: what, revert: revert, state: s.states, on: a}))
}

// trimmed keeps the undo history to its last MaxUndo steps. With the first
// gone, undoing every step left no longer comes back to the worksheet as it
// was before them, so a save made there is out of reach.
func (s *Sheet) trimmed(undo []undoStep) []undoStep {
	if len(undo) <= MaxUndo {
		return undo
	}
	if s.saved.state == 0 {
		s.saved.lost = true
	}
	s.trimmedTo = undo[len(undo)-MaxUndo-1].state
	return append(undo[:0], undo[len(undo)-MaxUndo:]...)
}

// Replayed is what an undo or a redo did: the change it took back or made
// again (What, "" when there was none) and the activity that change was
// made on (Activity, nil when it was made on several or on none).
type Replayed struct {
	What     string
	Activity *model.Activity
	// Cursor is the activity a list puts its cursor on after it: the one
	// brought back or changed, or, where the undo or redo took it out, the
	// activity now in its place (the last, when it was last), as after a
	// delete; nil when the change was made on no one activity or the
	// worksheet is left empty.
	Cursor *model.Activity
}

// Undo reverts the last change and says what it was ("" when there is none).
// Redo makes the change again.
func (s *Sheet) Undo() string { return s.UndoLast().What }

// Redo makes again the last change Undo reverted and says what it was (""
// when there is none); u undoes it once more.
func (s *Sheet) Redo() string { return s.RedoLast().What }

// UndoLast is Undo, saying too which activity the change was made on and
// where a list's cursor goes.
func (s *Sheet) UndoLast() Replayed {
	var r Replayed
	s.undo, s.redo, r = s.replay(s.undo, s.redo)
	s.settle()
	return r
}

// RedoLast is Redo, saying too which activity the change was made on and
// where a list's cursor goes.
func (s *Sheet) RedoLast() Replayed {
	var r Replayed
	s.redo, s.undo, r = s.replay(s.redo, s.undo)
	s.settle()
	return r
}

// savedMark is what the worksheet's file holds, for an undo or a redo to
// come back to: the state the undo history was in at the last save (or at
// opening), unless it is out of reach (lost): a change no step records was
// made since (unrecorded when an undo or a redo comes), or the history was
// trimmed under it.
type savedMark struct {
	state            uint64
	lost, unrecorded bool
}

// state is the worksheet's state as the undo history has it: that of its
// last step, 0 with none.
func (s *Sheet) state() uint64 {
	if len(s.undo) == 0 {
		return 0
	}
	return s.undo[len(s.undo)-1].state
}

// settle leaves no unsaved change where an undo or a redo brought the
// worksheet back to the state its file holds.
func (s *Sheet) settle() {
	if !s.saved.lost && s.state() == s.saved.state {
		s.dirty = false
	}
}

// clearRedo makes what was undone final: its steps can no longer be
// redone, and Made says so of them whatever the history keeps later.
func (s *Sheet) clearRedo() {
	for _, st := range s.redo {
		if s.unmade == nil {
			s.unmade = map[uint64]bool{}
		}
		s.unmade[st.state] = true
	}
	s.redo = nil
}

// State names the worksheet as its last change left it (0 before any
// change): the change's step keeps it through undo and redo.
func (s *Sheet) State() uint64 { return s.state() }

// Made reports whether the change that left the worksheet in state is
// made: its step is in the undo history, or was trimmed from it, and not
// undone. A change undone, and one whose redo a later change cleared, is
// not.
func (s *Sheet) Made(state uint64) bool {
	for _, st := range s.undo {
		if st.state == state {
			return true
		}
	}
	for _, st := range s.redo {
		if st.state == state {
			return false
		}
	}
	return state != 0 && state <= s.trimmedTo && !s.unmade[state]
}

// Redoable is how many undone changes can be made again now.
func (s *Sheet) Redoable() int { return len(s.redo) }

// replay runs the last step of from and records on to how to return to the
// worksheet as it stood before: the image of the worksheet taken first,
// whatever kind of change the step reverts.
func (s *Sheet) replay(from, to []undoStep) ([]undoStep, []undoStep, Replayed) {
	if len(from) == 0 {
		return from, to, Replayed{}
	}
	step := from[len(from)-1]
	from = from[:len(from)-1]
	at := s.Index(step.on) // where a step that takes the activity out leaves the cursor
	before := s.image()
	if s.saved.unrecorded {
		s.saved.lost = true // a change no undo reverts stays
	}
	s.replaying = true
	step.revert()
	s.Changed()
	s.replaying = false
	// A step moves between the two histories, whose steps together are never
	// more than MaxUndo (a new change empties the redo history).
	to = append(to, undoStep{what: step.what, revert: func() { s.restore(before) }, state: step.state, on: step.on})
	return from, to, Replayed{What: step.what, Activity: step.on, Cursor: s.cursorAfter(step.on, at)}
}

// cursorAfter is where a list's cursor goes after an undo or a redo of a
// change made on a, which stood at position at before: on a where the
// worksheet holds it, else on the activity now at its place.
func (s *Sheet) cursorAfter(a *model.Activity, at int) *model.Activity {
	if a == nil || s.Len() == 0 {
		return nil
	}
	if s.Index(a) >= 0 {
		return a
	}
	if at < 0 {
		return nil
	}
	return s.At(min(at, s.Len()-1))
}

// sheetImage is the worksheet as it stood at one moment: which activities in
// which order, what each held, the mission and mandate.
type sheetImage struct {
	mission, mandate string
	acts             []Snapshot
}

func (s *Sheet) image() sheetImage {
	im := sheetImage{mission: s.ws.Mission, mandate: s.ws.Mandate, acts: make([]Snapshot, len(s.ws.Activities))}
	for i, a := range s.ws.Activities {
		im.acts[i] = s.Snapshot(a)
	}
	return im
}

// restore brings the worksheet back to an image, keeping every activity the
// same value the screens hold, and reclassifies only what differs.
func (s *Sheet) restore(im sheetImage) {
	kept := make(map[*model.Activity]bool, len(im.acts))
	for _, sn := range im.acts {
		kept[sn.a] = true
	}
	for _, a := range s.ws.Activities {
		if !kept[a] {
			s.Forget(a)
		}
	}
	acts := make([]*model.Activity, len(im.acts))
	for i, sn := range im.acts {
		acts[i] = sn.a
		_, counted := s.verdicts[sn.a]
		reconfirmed := s.confirmedAs(sn.a, sn.confirmed)
		if counted && !sn.Changed() && !reconfirmed {
			continue
		}
		before := sn.before
		before.Facts, before.Register = before.Facts.Clone(), before.Register.Clone()
		*sn.a = before
		s.Forget(sn.a)
		s.classify(sn.a)
	}
	s.ws.Activities = acts
	s.ws.Mission, s.ws.Mandate = im.mission, im.mandate
	s.Changed()
}

// JoinUndo makes the changes recorded since mark (Undoable as it was then)
// one, named what: one undo reverts them all, the last first. The plain
// prompts join what one command did (an activity added with its register
// entries), so that undo takes back the command, not its last part. A mark
// the history no longer reaches (trimmed to MaxUndo) joins nothing.
func (s *Sheet) JoinUndo(mark int, what string) {
	if mark < 0 || mark >= len(s.undo) {
		return
	}
	steps := append([]undoStep(nil), s.undo[mark:]...)
	var on *model.Activity // the last activity a joined change was made on
	for _, st := range steps {
		if st.on != nil {
			on = st.on
		}
	}
	s.undo = append(s.undo[:mark], undoStep{what: what, state: steps[len(steps)-1].state, on: on, revert: func() {
		for i := len(steps) - 1; i >= 0; i-- {
			steps[i].revert()
		}
	}})
}

// blankAdd is a new activity added empty to be described (AddNew), and the
// worksheet as it stood before, for Discard to come back to while nothing
// was entered: the generation, the file's mark and the undo history's
// length the add left, to tell that nothing changed since.
type blankAdd struct {
	a           *model.Activity
	dirty       bool
	redo        []undoStep
	saved       savedMark
	gen         uint64
	savedAfter  savedMark
	undoLenNext int
	trimmed     bool // the add's step pushed the first out of the history
}

// AddNew puts a new, empty activity at position i, to be described: the
// worksheet is not marked modified until something is entered in it (its
// Touch marks it), for n marked the title bar [modified] before anything
// was typed. Undo takes it out again, as Add's does.
func (s *Sheet) AddNew(i int, a *model.Activity) {
	b := blankAdd{a: a, dirty: s.dirty, redo: s.redo, saved: s.saved, trimmed: len(s.undo) >= MaxUndo}
	s.Add(i, a)
	s.dirty = b.dirty
	b.gen, b.savedAfter, b.undoLenNext = s.gen, s.saved, len(s.undo)
	s.blank = b
}

// Discard takes out an activity that was never really added (an empty new
// one), leaving no undo step: where nothing changed since AddNew put it
// there, the worksheet is as it was before, unsaved changes, what can be
// redone and the file's mark alike.
func (s *Sheet) Discard(a *model.Activity) {
	i := s.Index(a)
	if i < 0 {
		return
	}
	b := s.blank
	untouched := b.a == a && !b.trimmed && b.gen == s.gen && b.savedAfter == s.saved && b.undoLenNext == len(s.undo)
	s.RemoveAt(i)
	s.blank = blankAdd{}
	if untouched {
		s.undo = s.undo[:len(s.undo)-1]
		s.dirty, s.redo, s.saved = b.dirty, b.redo, b.saved
	}
}
