package questionnaire

import (
	"slices"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/component"
	"github.com/pocssr/pocssr/ui/flow"
)

// Ticking a list whose answer the words suggested. The suggestion is kept
// per fact (session.Sheet.Confirm): while the planner ticks and unticks,
// nothing is confirmed and each value the words suggested stays marked
// "~". Only enter confirms: it saves the ticks as the planner's answer and
// the status line says how many suggested values it kept. Leaving the
// question otherwise (esc, →, ←, g) keeps what unticking left as the
// suggestion, narrowed (classify.AnswerRead), still "~" and still to
// confirm, and the status line says so; ticks that add a value the words
// did not suggest are no suggestion, and leaving saves them as the
// planner's answer.
// Unticking one suggested kind of three had made the other two the
// planner's answer at once, unmarked, though nobody had looked at them;
// later leaving with esc made them confirmed and the draft reviewed while
// the screen still marked them "~".

// ticksHint is the line under a suggested list's hint that says what the
// marks are and what saving does.
const ticksHint = component.SuggestedLegend + " · " + component.TicksBecomeAnswer

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
// q.fact) the planner's answer, on enter or, where they add a value, on
// leaving the question, and says so on the status line; ticks only
// unticked stay the suggestion on leaving (keepNarrowed). saved reports whether it did, and read is
// the answer the words had suggested: leaving a draft says it again with
// its own note (finishTo).
func (q *Screen) saveTicks() (read model.Value, saved bool) {
	if !q.ticked {
		return read, false
	}
	q.ticked = false
	f := q.fact
	if !q.isSuggested(f) {
		return read, false
	}
	read = q.reading.Facts[f]
	read.Set = slices.Clone(read.Set)
	if !q.activity.Facts.Known(f) {
		q.untickAll(f, read)
		return read, false
	}
	if !q.entered && classify.AnswerRead(&q.activity.Facts, &q.reading.Facts, f) {
		q.keepNarrowed(f, read)
		return read, false
	}
	q.confirm(f)
	q.ctx.Send(component.KeptNote(f, read, q.activity.Facts[f], q.ctx.StatusRoom(q.width)))
	return read, true
}

// keepNarrowed leaves the suggested list the planner only unticked values
// of (read is what the words suggested) as the suggestion, narrowed, on
// leaving the question without enter: nothing is confirmed, the draft
// stays a draft, and the status line says what was kept.
func (q *Screen) keepNarrowed(f model.Fact, read model.Value) {
	q.settle()
	if n := len(read.Set) - len(q.activity.Facts[f].Set); n > 0 {
		q.ctx.Send(component.NarrowedNote(f, n, q.ctx.StatusRoom(q.width)))
	}
}

// untickAll saves a suggested list the planner unticked to nothing (read
// is what the words suggested): its answer is not known, as unticking the
// last value leaves any list, and nothing is confirmed, so the draft stays
// a draft until the question is answered; the status line says so. It had
// been counted the planner's answer, and the draft turned reviewed with no
// word while the screen still called the kinds suggested.
func (q *Screen) untickAll(f model.Fact, read model.Value) {
	delete(q.suggested, f)
	q.unticked[f] = true
	q.settle()
	w := q.ctx.StatusRoom(q.width)
	q.ctx.Send(q.topicNote(component.UntickedNote(f, read, q.topicRoom(w)), w))
}

// leftUnticked reports whether a suggested list the planner unticked to
// nothing is still not known and asked: the draft waits for its answer.
func (q *Screen) leftUnticked() bool {
	fs := &q.activity.Facts
	for f := range q.unticked {
		if fs.Known(f) || !q.rb.Relevant(fs, f) {
			delete(q.unticked, f)
		}
	}
	return len(q.unticked) > 0
}

// acceptWords says what enter does on the question asked while its answer
// is suggested: it accepts the suggestion, or, once the ticks of a list
// have changed, makes them the planner's answer, in the hint's words.
//
// Right after a key that answered the step before and moved on, the first
// enter answers nothing (updateKey): the hint says enter twice, so that
// what it says is what the keys do.
func (q *Screen) acceptWords() (short, whole string) {
	if q.ticked && q.onSuggestedList() {
		return " — " + component.TicksBecomeAnswer, " — " + component.TicksBecomeAnswer
	}
	if q.moved {
		return " — enter twice accepts it", " — enter twice accepts it (the last key moved here), or choose another answer"
	}
	return " — enter accepts it", " — enter accepts it, or choose another answer"
}

// firstUnticked is the first of the suggested lists the planner unticked
// to nothing that is still not known, for leaving the draft to say why it
// stays a draft.
func (q *Screen) firstUnticked() (model.Fact, bool) {
	if fs := q.untickedNow(); len(fs) > 0 && q.reading != nil {
		return fs[0], true
	}
	return 0, false
}

// untickedNow are the suggested lists the planner unticked to nothing
// that are still not known and asked, in the order of the facts.
func (q *Screen) untickedNow() []model.Fact {
	if !q.leftUnticked() {
		return nil
	}
	var out []model.Fact
	for _, f := range model.AllFacts() {
		if q.unticked[f] {
			out = append(out, f)
		}
	}
	return out
}

// ticksDiffer reports whether the planner's ticks on the suggested list
// asked differ from what the words suggested, not yet saved: the heading
// and the live verdict then speak of them as the planner's ticks (TicksNote),
// not as a suggestion. Ticks put back as the words had them are the
// suggestion again.
func (q *Screen) ticksDiffer() bool {
	if !q.ticked || !q.onSuggestedList() || q.reading == nil || q.ticksNarrowed() {
		return false
	}
	now, read := q.activity.Facts[q.fact], q.reading.Facts[q.fact]
	return now.Known != read.Known || !slices.Equal(now.Set, read.Set)
}

// ticksNarrowed reports whether the planner only unticked values of the
// suggested list asked, some left: what is left is still the suggestion
// (classify.AnswerRead), "~" and to confirm, until enter makes it the
// planner's answer.
func (q *Screen) ticksNarrowed() bool {
	if !q.ticked || !q.onSuggestedList() || q.reading == nil {
		return false
	}
	fs := &q.activity.Facts
	return len(fs[q.fact].Set) < len(q.reading.Facts[q.fact].Set) && classify.AnswerRead(fs, &q.reading.Facts, q.fact)
}

// ticksUnsaved reports whether the question asked holds the planner's
// ticks, some ticked, that differ from the suggestion and are not yet
// saved: neither an answer nor a suggestion, the heading counts them
// among those not confirmed ("answered 2 of 15 relevant, 1 suggested"
// counted them answered while enter still said it would make them the
// answer).
func (q *Screen) ticksUnsaved() bool {
	return q.ticksDiffer() && q.activity.Facts.Known(q.fact)
}

// ticksNote is the live verdict's note on ticks that differ from the
// suggestion, "" where none do: ticks only narrowed are the suggestion
// still, counted and named with the others suggested.
func (q *Screen) ticksNote() string {
	if !q.ticksDiffer() {
		return ""
	}
	return component.TicksNote(q.fact, !q.activity.Facts.Known(q.fact))
}
