package session

import (
	"slices"
	"strings"

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
// review of the earlier activity it matches: the one activity of the same
// paragraph reference (or, where the reference names several or none, of
// the same id). Each entry is kept whatever the new facts say (stale if its
// risk no longer fires), and never over one the draft already has; a review
// the draft sets stays. It reports how many earlier activities with a
// register or a review were matched, and how many were not.
func KeepRegisters(earlier, drafts []*model.Activity) (kept, unmatched int) {
	byRef := map[string][]*model.Activity{}
	byID := map[string][]*model.Activity{}
	for _, d := range drafts {
		if ref := strings.TrimSpace(d.Source.Ref); ref != "" {
			byRef[ref] = append(byRef[ref], d)
		}
		if d.ID != "" {
			byID[d.ID] = append(byID[d.ID], d)
		}
	}
	refs := map[string]int{} // how many earlier activities have each reference
	for _, a := range earlier {
		refs[strings.TrimSpace(a.Source.Ref)]++
	}
	taken := map[*model.Activity]bool{} // a draft takes one earlier register only
	for _, a := range earlier {
		if len(a.Register) == 0 && a.HRDDPReview == "" {
			continue
		}
		var to *model.Activity
		ref := strings.TrimSpace(a.Source.Ref)
		if ds := byRef[ref]; len(ds) == 1 && ref != "" && refs[ref] == 1 {
			to = ds[0]
		} else if ds := byID[a.ID]; len(ds) == 1 && a.ID != "" {
			to = ds[0]
		}
		if to == nil || taken[to] {
			unmatched++
			continue
		}
		taken[to] = true
		kept++
		for _, e := range a.Register {
			if to.Register.Entry(e.Risk) == nil {
				to.Register = append(to.Register, e)
			}
		}
		if to.HRDDPReview == "" {
			to.HRDDPReview = a.HRDDPReview
		}
	}
	return kept, unmatched
}
