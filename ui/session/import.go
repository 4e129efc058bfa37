package session

import (
	"slices"

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

// ReplaceDocument takes out the activities from document doc and puts acts
// where the first of them stood, filling an empty mission and mandate; one
// undo brings the earlier ones back. What the worksheet records of an earlier
// activity that no reading of the text gives again, its risk register and its
// next HRDDP review, goes to the new draft of the same paragraph (KeepRegisters).
// It reports how many earlier activities' registers were kept, and how many
// had no new draft to go to (u brings those back).
func (s *Sheet) ReplaceDocument(doc string, acts []*model.Activity, mission, mandate string) (kept, unmatched int) {
	old := append([]*model.Activity(nil), s.ws.Activities...)
	oldMission, oldMandate := s.ws.Mission, s.ws.Mandate
	at := -1
	var replaced []*model.Activity
	for i := s.Len() - 1; i >= 0; i-- {
		if s.At(i).Source.Document == doc {
			replaced = append(replaced, s.At(i))
			s.RemoveAt(i)
			at = i
		}
	}
	slices.Reverse(replaced)
	kept, unmatched = KeepRegisters(replaced, acts)
	if at < 0 {
		at = s.Len()
	}
	for k, a := range acts {
		s.InsertAt(at+k, a)
	}
	if s.ws.Mission == "" {
		s.ws.Mission = mission
	}
	if s.ws.Mandate == "" {
		s.ws.Mandate = mandate
	}
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
	return kept, unmatched
}

// KeepRegisters gives each new draft the register entries and the HRDDP
// review of the earlier activity it matches, by the rule of
// model.KeepRegisters. It reports how many earlier activities with a
// register or a review were matched, and how many were not.
func KeepRegisters(earlier, drafts []*model.Activity) (kept, unmatched int) {
	kept, left := model.KeepRegisters(earlier, drafts)
	return kept, len(left)
}
