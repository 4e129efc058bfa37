package session

import "github.com/pocssr/pocssr/model"

// The undo history: every change records how to revert it; an undo records,
// for ctrl+r, the worksheet as it stood before, so a redo needs no code of
// its own for each kind of change.

// undoStep reverts one change to the worksheet.
type undoStep struct {
	what   string // "delete", "add", "edit" ... as said back to the person
	revert func()
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
func (s *Sheet) PushUndo(what string, revert func()) {
	s.redo, s.saved.unrecorded = nil, false
	s.undo = append(s.undo, undoStep{what: what, revert: revert})
	if len(s.undo) > MaxUndo {
		s.saved.openClean = false // the worksheet as opened is out of undo's reach
		s.undo = append(s.undo[:0], s.undo[len(s.undo)-MaxUndo:]...)
	}
}

// Undo reverts the last change and says what it was ("" when there is none).
// Redo makes the change again.
func (s *Sheet) Undo() string {
	var what string
	s.undo, s.redo, what = s.replay(s.undo, s.redo)
	s.settle()
	return what
}

// Redo makes again the last change Undo reverted and says what it was (""
// when there is none); u undoes it once more.
func (s *Sheet) Redo() string {
	var what string
	s.redo, s.undo, what = s.replay(s.redo, s.undo)
	s.settle()
	return what
}

// savedMark is what the worksheet's file holds, for an undo or a redo to
// come back to: the image of the last save (known), or, before any save,
// the worksheet as opened: no undo step left (openClean) and no change
// made that no step records (unrecorded), none taken out of reach.
type savedMark struct {
	image                        sheetImage
	known, openClean, unrecorded bool
}

// settle leaves no unsaved change where an undo or a redo brought the
// worksheet back to what its file holds: the image of the last save, or,
// with no save yet, no undo step left and no change made without one.
func (s *Sheet) settle() {
	if m := &s.saved; m.known && m.image.holds(s) || m.openClean && len(s.undo) == 0 {
		s.dirty = false
	}
}

// Redoable is how many undone changes can be made again now.
func (s *Sheet) Redoable() int { return len(s.redo) }

// replay runs the last step of from and records on to how to return to the
// worksheet as it stood before: the image of the worksheet taken first,
// whatever kind of change the step reverts.
func (s *Sheet) replay(from, to []undoStep) ([]undoStep, []undoStep, string) {
	if len(from) == 0 {
		return from, to, ""
	}
	step := from[len(from)-1]
	from = from[:len(from)-1]
	before := s.image()
	if s.saved.unrecorded {
		s.saved.openClean = false // a change no undo reverts stays
	}
	s.replaying = true
	step.revert()
	s.Changed()
	s.replaying = false
	to = append(to, undoStep{what: step.what, revert: func() { s.restore(before) }})
	if len(to) > MaxUndo {
		to = append(to[:0], to[len(to)-MaxUndo:]...)
	}
	return from, to, step.what
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

// holds reports whether the worksheet is as the image has it: the same
// activities in the same order, each as it was, and the same heading.
func (im *sheetImage) holds(s *Sheet) bool {
	acts := s.ws.Activities
	if len(acts) != len(im.acts) || s.ws.Mission != im.mission || s.ws.Mandate != im.mandate {
		return false
	}
	for i := range im.acts {
		if acts[i] != im.acts[i].a || im.acts[i].Changed() {
			return false
		}
	}
	return true
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
		if counted && !sn.Changed() {
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
	s.undo = append(s.undo[:mark], undoStep{what: what, revert: func() {
		for i := len(steps) - 1; i >= 0; i-- {
			steps[i].revert()
		}
	}})
}
