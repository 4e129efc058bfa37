package questionnaire

import (
	"maps"
	"slices"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/suggest"
	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/flow"
)

// State is where the questionnaire stands, as values: what it asks, of which
// activity, and what the planner has confirmed. The root's tests read it
// through State; nothing in it reaches back into the screen, which only its
// keys change.
type State struct {
	Stage    Stage
	Activity *model.Activity
	// IsNew is set when the activity was just added, InReview when the
	// review of drafts opened the questionnaire.
	IsNew, InReview bool
	// Fact and Question are the question asked (Question nil outside the
	// asking stage); Cursor is the row under the cursor.
	Fact     model.Fact
	Question *classify.Question
	Cursor   int
	// Questions are the relevant questions, in the rulebook's order.
	Questions []*classify.Question
	// Note says which questions came or went after the last answer.
	Note string
	// Title is the title field as typed; Focus is the description step's
	// field with the focus (0: title, 1: description).
	Title string
	Focus int
	// Risk is the risk asked in the mitigating stage; Editing is set while
	// its owner, due date or note is being typed.
	Risk    string
	Editing bool
	// Pending are the suggested answers not yet confirmed, in the order of
	// the facts; Decided the facts the planner answered here.
	Pending []model.Fact
	Decided []model.Fact
	// Reading is what the reader made of the activity's words.
	Reading *suggest.Suggestion
	// LeftWidth is the columns of the questions' side: the live panel
	// takes the rest when it stands beside them.
	LeftWidth int
}

// State is where the questionnaire stands.
func (q *Screen) State() State {
	decided := slices.Collect(maps.Keys(q.decided))
	slices.Sort(decided)
	return State{
		Stage: q.stage, Activity: q.activity, IsNew: q.isNew, InReview: q.inReview,
		Fact: q.fact, Question: q.question(), Cursor: q.cursor, Questions: slices.Clone(q.questions),
		Note: q.note, Title: q.title.Value(), Focus: q.focus,
		Risk: q.risk, Editing: q.reg != nil && q.reg.Editing(),
		Pending: q.pendingFacts(), Decided: decided, Reading: q.reading, LeftWidth: q.leftWidth(),
	}
}

// SuggestionLines are the values the words suggest as the description step
// lists them under the description, at width w, every one of them.
func (q *Screen) SuggestionLines(w int) []string { return q.suggestionLines(w, 0) }

// GoTo asks question f, as picking it in the list of questions (g) does.
func (q *Screen) GoTo(f model.Fact) { q.goTo(f) }

// Progress counts the relevant questions and those answered: a suggestion
// not yet confirmed is not an answer (waiting counts those), nor are the
// planner's ticks on a suggested list before they are saved (ticksUnsaved).
func (q *Screen) Progress() (done, relevant int) {
	done = flow.Answered(q.questions, &q.activity.Facts) - q.waiting()
	if q.ticksUnsaved() {
		done--
	}
	return done, len(q.questions)
}

// headCounts is the progress the heading shows: the relevant questions
// answered, how many there are, and how many hold a suggestion not yet
// confirmed. On the description step, where the live verdict previews the
// suggested answers, they are counted over the same facts: the heading and
// the verdict's open questions then speak of the same questions ("answered
// 0 of 2" stood beside "12 open questions").
func (q *Screen) headCounts() (answered, relevant, suggested, ticks int) {
	if q.stage == Describing {
		if fs, filled := q.withSuggestions(); len(filled) > 0 {
			qs := q.walk.Relevant(&fs)
			for _, qq := range qs {
				if slices.Contains(filled, qq.Fact) {
					suggested++
				}
			}
			return flow.Answered(qs, &fs) - suggested, len(qs), suggested, 0
		}
	}
	answered, relevant = q.Progress()
	if q.ticksUnsaved() {
		ticks = 1
	}
	return answered, relevant, q.waiting(), ticks
}

// waiting counts the relevant questions that hold a suggestion from the
// words, not yet confirmed: a list whose ticks differ from it holds the
// planner's ticks instead (ticksDiffer).
func (q *Screen) waiting() int {
	n := 0
	differ := q.ticksDiffer()
	for _, qq := range q.questions {
		if differ && qq.Fact == q.fact {
			continue // the planner's ticks, not a suggestion
		}
		if q.isSuggested(qq.Fact) && q.activity.Facts.Known(qq.Fact) {
			n++
		}
	}
	return n
}
