package questionnaire

import (
	"slices"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/component"
	"github.com/pocssr/pocssr/ui/flow"
)

// Ticking a list whose answer the words suggested. The suggestion is kept
// per fact (session.Sheet.Confirm): while the planner ticks and unticks,
// the answer stays a suggestion, each value the words suggested marked
// "~"; enter, or leaving the question, saves the ticks as the planner's
// answer and the status line says how many suggested values it kept.
// Unticking one suggested kind of three had made the other two the
// planner's answer at once, unmarked, though nobody had looked at them.

// ticksHint is the line under a suggested list's hint that says what the
// marks are and what saving does.
const ticksHint = component.SuggestedLegend + " · enter: the ticked values become your answer"

// onSuggestedList reports whether the question asked is a list whose
// answer is still only suggested.
func (q *Screen) onSuggestedList() bool {
	return q.stage == Asking && q.fact.Type() == model.SetOf && q.isSuggested(q.fact)
}

// tickOnly reports whether km, a key that answers, only changes the ticks
// of a suggested list: saved later, not confirmed here.
func (q *Screen) tickOnly(km tea.KeyMsg) bool {
	k := q.keys
	return q.onSuggestedList() && !key.Matches(km, k.Choose, k.DontKnow)
}

// suggestedChoice reports whether choice c of fact f is marked "~": while
// f's answer is suggested, on a list each value the words suggested,
// ticked or not; on a question of one answer, the one chosen.
func (q *Screen) suggestedChoice(f model.Fact, c flow.Choice) bool {
	if !q.isSuggested(f) || c.Kind == flow.DontKnow {
		return false
	}
	if f.Type() == model.SetOf && q.reading != nil {
		return flow.Chosen(&q.reading.Facts, f, c)
	}
	return flow.Chosen(&q.activity.Facts, f, c)
}

// saveTicks makes the ticks of the suggested list the planner changed (on
// q.fact) the planner's answer, on enter or on leaving the question, and
// says so on the status line.
func (q *Screen) saveTicks() {
	if !q.ticked {
		return
	}
	q.ticked = false
	f := q.fact
	if !q.isSuggested(f) {
		return
	}
	read := q.reading.Facts[f]
	read.Set = slices.Clone(read.Set)
	q.confirm(f)
	if now := q.activity.Facts[f]; now.Known {
		q.ctx.Send(component.KeptNote(f, read, now, q.ctx.StatusRoom(q.width)))
	}
}
