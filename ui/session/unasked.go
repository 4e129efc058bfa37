package session

import (
	"slices"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
)

// Unasked are the answers a review of a draft dropped: those only its
// words suggested, nobody confirmed, on questions its answers no longer ask
// (forces read from "Armed Forces" once the planner said the task is early
// warning). Was holds them as they were, for the status line to name and
// an undo to bring back.
type Unasked struct {
	Facts []model.Fact
	Was   model.Facts
}

// DropUnasked forgets, of draft a about to be reviewed, the answers only
// its words suggest (read) whose questions are not asked with its answers
// as they stand: nobody was asked to confirm them, and a reviewed activity
// would state them as the planner's. Forgetting one may make another
// question unasked (no forces: no rights record), so it goes on until none
// is left. The caller records the change (Touch, Edited), so that undo
// brings them back; an activity that is no draft is left alone.
func (s *Sheet) DropUnasked(a *model.Activity, read *model.Facts) Unasked {
	var u Unasked
	if a.Status != model.StatusDraft || read == nil {
		return u
	}
	for dropped := true; dropped; {
		dropped = false
		for _, f := range model.AllFacts() {
			if classify.AnswerRead(&a.Facts, read, f) && !s.Confirmed(a, f) && !s.rb.Relevant(&a.Facts, f) {
				was := a.Facts[f]
				was.Set = slices.Clone(was.Set)
				u.Was[f] = was
				u.Facts = append(u.Facts, f)
				a.Facts.Forget(f)
				dropped = true
			}
		}
	}
	slices.Sort(u.Facts)
	return u
}
