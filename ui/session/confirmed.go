package session

import (
	"maps"
	"slices"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
)

// The confirmations of a draft's answers belong to the activity as it
// stands in this session: an undo or a redo brings back those it had in the
// state it returns to, and a duplicate starts with its original's. The file
// keeps none (FRAMEWORK §1 has no key for it), so a report of this session
// is told them (ConfirmedIn) and one read from a file marks every answer
// its words suggest.

// confirmations are the answers of one activity the planner confirmed, as
// they stood when confirmed.
type confirmations map[model.Fact]model.Value

// clone copies c, nil for none.
func (c confirmations) clone() confirmations {
	if len(c) == 0 {
		return nil
	}
	out := make(confirmations, len(c))
	for f, v := range c {
		v.Set = slices.Clone(v.Set)
		out[f] = v
	}
	return out
}

// same reports whether c and o hold the same confirmations.
func (c confirmations) same(o confirmations) bool {
	return maps.EqualFunc(c, o, func(a, b model.Value) bool {
		return a.Known == b.Known && a.One == b.One && a.Yes == b.Yes && slices.Equal(a.Set, b.Set)
	})
}

// confirmedAs puts back the confirmations a had (c), and reports whether
// they differ from those it has now.
func (s *Sheet) confirmedAs(a *model.Activity, c confirmations) bool {
	if confirmations(s.confirmed[a]).same(c) {
		return false
	}
	if len(c) == 0 {
		delete(s.confirmed, a)
		return true
	}
	if s.confirmed == nil {
		s.confirmed = map[*model.Activity]map[model.Fact]model.Value{}
	}
	s.confirmed[a] = c.clone()
	return true
}

// ConfirmedIn tells which answers of a detached copy (made by
// model.Worksheet.Detach of ws, activity for activity) the planner
// confirmed in this session, for a report of the copy to mark "~" exactly
// the answers the screens mark: nil where none is confirmed. What it
// returns reads only what it was made with, so that a report written
// beside the event loop may ask it.
func (s *Sheet) ConfirmedIn(ws, detached *model.Worksheet) func(*model.Activity, model.Fact) bool {
	held := map[*model.Activity][]model.Fact{}
	for i, a := range ws.Activities {
		if i >= len(detached.Activities) || a.Status != model.StatusDraft {
			continue
		}
		for f := range s.confirmed[a] {
			if s.Confirmed(a, f) {
				held[detached.Activities[i]] = append(held[detached.Activities[i]], f)
			}
		}
	}
	if len(held) == 0 {
		return nil
	}
	return func(a *model.Activity, f model.Fact) bool { return slices.Contains(held[a], f) }
}

// ConfirmedDrafts counts the drafts holding an answer the planner confirmed
// while their words still suggest it: the file keeps the answer but not the
// confirmation, so a later session marks it "~" again, until the draft is
// reviewed.
func (s *Sheet) ConfirmedDrafts() int {
	if s.read == nil {
		return 0
	}
	n := 0
	for _, a := range s.ws.Activities {
		if a.Status != model.StatusDraft || len(s.confirmed[a]) == 0 {
			continue
		}
		read := s.read(a)
		for f := range s.confirmed[a] {
			if s.Confirmed(a, f) && classify.AnswerRead(&a.Facts, read, f) {
				n++
				break
			}
		}
	}
	return n
}

// Confirmations lists, by the activity's place in the worksheet, the
// answers of its drafts the planner confirmed and that still stand, for an
// autosave to keep them: a session restored from it marks them as this one
// does. nil when there are none.
func (s *Sheet) Confirmations() map[int][]model.Fact {
	if len(s.confirmed) == 0 {
		return nil
	}
	var out map[int][]model.Fact
	for i, a := range s.ws.Activities {
		if a.Status != model.StatusDraft || len(s.confirmed[a]) == 0 {
			continue
		}
		for f := range s.confirmed[a] {
			if s.Confirmed(a, f) {
				if out == nil {
					out = map[int][]model.Fact{}
				}
				out[i] = append(out[i], f)
			}
		}
		slices.Sort(out[i])
	}
	return out
}

// ConfirmAll puts back confirmations an autosave kept (Confirmations):
// the answers of the drafts at those places, as they stand, are the
// planner's again. Places past the worksheet's end and activities no longer
// drafts are passed over.
func (s *Sheet) ConfirmAll(held map[int][]model.Fact) {
	for i, facts := range held {
		if i < 0 || i >= len(s.ws.Activities) || s.ws.Activities[i].Status != model.StatusDraft {
			continue
		}
		for _, f := range facts {
			s.Confirm(s.ws.Activities[i], f)
		}
	}
}
