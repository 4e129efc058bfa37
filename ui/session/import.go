package session

import (
	"github.com/pocssr/pocssr/model"
)

// AlreadyImported counts the activities whose source is document doc.
func (s *Sheet) AlreadyImported(doc string) int {
	n := 0
	for _, a := range s.ws.Activities {
		if doc != "" && a.Source.Document == doc {
			n++
		}
	}
	return n
}

// ReplaceDocument puts a new reading of document doc in the worksheet as
// model.Worksheet.ReplaceDocumentWith does, naming it in the mission and
// mandate (model.Worksheet.NameImport); one undo brings the earlier activities back. What a person did
// since the earlier import stays: a reviewed activity (with its register
// and its place), a draft brought back from the paragraphs the reading
// leaves out (leftOut, the drafts of those), and a paragraph taken out stays
// out. Each earlier draft's register goes to the new draft of its paragraph;
// one with none to go to stays, after the new drafts.
func (s *Sheet) ReplaceDocument(doc string, acts, leftOut []*model.Activity, mission, mandate string) model.Reimport {
	old := append([]*model.Activity(nil), s.ws.Activities...)
	oldMission, oldMandate := s.ws.Mission, s.ws.Mandate
	r := s.ws.ReplaceDocumentWith(doc, acts, replaceOptions(leftOut))
	now := make(map[*model.Activity]bool, len(s.ws.Activities))
	for _, a := range s.ws.Activities {
		now[a] = true
	}
	for _, a := range old {
		if !now[a] {
			s.Forget(a)
		}
	}
	for _, a := range s.ws.Activities {
		s.Verdict(a) // classifies and counts the new drafts
	}
	s.Changed()
	s.ws.NameImport(doc, mission, mandate)
	s.PushUndo("import that replaced "+doc, func() {
		for _, a := range s.ws.Activities {
			s.Forget(a)
		}
		s.ws.Activities = old
		for _, a := range old {
			s.Verdict(a) // classifies and counts it again
		}
		s.ws.Mission, s.ws.Mandate = oldMission, oldMandate
	})
	return r
}

// ReplaceWould is what ReplaceDocument would do with the same reading,
// worked out on copies of the worksheet's activities and of the drafts: a
// question asked before the replace says what it will do with the numbers
// it will do it with. Nothing is changed.
func (s *Sheet) ReplaceWould(doc string, acts, leftOut []*model.Activity) model.Reimport {
	trial := model.Worksheet{Activities: clones(s.ws.Activities)}
	return trial.ReplaceDocumentWith(doc, clones(acts), replaceOptions(clones(leftOut)))
}

// replaceOptions are what a replace keeps besides the reviewed activities:
// the paragraphs restored (the drafts of those left out) and those taken out.
func replaceOptions(leftOut []*model.Activity) model.ReplaceOptions {
	return model.ReplaceOptions{LeftOut: leftOut, KeepDiscards: true}
}

// clones are deep copies of acts.
func clones(acts []*model.Activity) []*model.Activity {
	out := make([]*model.Activity, len(acts))
	for i, a := range acts {
		out[i] = a.Clone()
	}
	return out
}

// KeepRegisters gives each new draft the register entries and the HRDDP
// review of the earlier activity it matches, by the rule of
// model.KeepRegisters. It reports how many earlier activities with a
// register or a review were matched, and how many were not.
func KeepRegisters(earlier, drafts []*model.Activity) (kept, unmatched int) {
	kept, left := model.KeepRegisters(earlier, drafts)
	return kept, len(left)
}

// Restore puts the draft a of a paragraph an import left out (or one a
// review discarded) back in the worksheet, in its place in the mandate:
// after the activity of the same document from the nearest paragraph before
// it (after lists the references of the paragraphs before it, in order),
// else before the first activity of that document, else at the end; with an
// id no other activity has. One undo, named what, takes it out again and
// then calls back (which may be nil): the review puts the paragraph back on
// its list. It returns where the draft went.
func (s *Sheet) Restore(a *model.Activity, after []string, what string, back func()) int {
	taken := make(map[string]bool, s.Len())
	for _, b := range s.ws.Activities {
		taken[b.ID] = true
	}
	if taken[a.ID] {
		a.ID = model.UniqueID(model.Slug(a.Title), taken)
	}
	i := s.restorePlace(a.Source.Document, after)
	s.InsertAt(i, a)
	s.PushUndoOn(what, a, func() {
		if j := s.Index(a); j >= 0 {
			s.RemoveAt(j)
		}
		if back != nil {
			back()
		}
	})
	return i
}

// restorePlace is where a restored draft of document doc goes (Restore).
func (s *Sheet) restorePlace(doc string, after []string) int {
	at := map[string]int{}
	first := -1
	for j, b := range s.ws.Activities {
		if src := b.Source; src.Document == doc {
			at[src.Ref] = j
			if first < 0 {
				first = j
			}
		}
	}
	for k := len(after) - 1; k >= 0; k-- {
		if j, ok := at[after[k]]; ok {
			return j + 1
		}
	}
	if first >= 0 {
		return first
	}
	return s.Len()
}

// DiscardDraft takes draft a out of the worksheet as the review's discard
// does, one step for undo named what, and remembers it: the list of what the
// import left out names it at once, as a replace does, and restores it.
// It reports whether a was in the worksheet.
func (s *Sheet) DiscardDraft(a *model.Activity, what string) bool {
	i := s.Index(a)
	if i < 0 {
		return false
	}
	s.Delete(i)
	s.RenameLastUndo(what)
	if s.discards == nil {
		s.discards = map[*model.Activity]bool{}
	}
	s.discards[a] = true
	return true
}

// Discarded reports whether draft a was discarded (DiscardDraft) and is out
// of the worksheet now: an undo of the discard brings it back.
func (s *Sheet) Discarded(a *model.Activity) bool {
	return s.discards[a] && s.Index(a) < 0
}
