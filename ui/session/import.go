package session

import "github.com/pocssr/pocssr/model"

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
// undo brings the earlier ones back.
func (s *Sheet) ReplaceDocument(doc string, acts []*model.Activity, mission, mandate string) {
	old := append([]*model.Activity(nil), s.ws.Activities...)
	oldMission, oldMandate := s.ws.Mission, s.ws.Mandate
	at := -1
	for i := s.Len() - 1; i >= 0; i-- {
		if s.At(i).Source.Document == doc {
			s.RemoveAt(i)
			at = i
		}
	}
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
}
