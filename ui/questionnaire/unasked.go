package questionnaire

import (
	"slices"

	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/component"
	"github.com/pocssr/pocssr/ui/words"
)

// noteUnasked marks, as the questions begin, the facts the words gave a
// value for that stay unsuggested because no question asks them with the
// answers and suggestions (filled) then ("rights record: grave allegations
// ← “accused of killings” — not asked with your answers"): once an answer
// asks them, their questions show what was read.
func (q *Screen) noteUnasked(filled []model.Fact) {
	q.unasked = map[model.Fact]bool{}
	for _, sv := range words.Values(q.reading) {
		if !slices.Contains(filled, sv.Fact) && !q.activity.Facts.Known(sv.Fact) {
			q.unasked[sv.Fact] = true
		}
	}
}

// unaskedLines are the values read for fact f that were not suggested as
// no question asked f then, told as the answers now stand, wrapped to w:
// "read: grave allegations ← “accused of killings” — not suggested, …".
func (q *Screen) unaskedLines(f model.Fact, w int) []string {
	if !q.unasked[f] || q.reading == nil || !q.rb.Relevant(&q.activity.Facts, f) {
		return nil
	}
	var lines []string
	for _, sv := range words.Values(q.reading) {
		if sv.Fact == f {
			lead, text := words.NowAsked(q.rb, sv, &q.activity.Facts, false)
			lines = append(lines, component.WrapIndent(lead, text, w)...)
		}
	}
	return lines
}

// rejectedLines are the values the words suggested for fact f that the
// planner set aside (unticked, or answered otherwise: here, or confirmed
// so before), wrapped to w: "read: army ← “the FARDC” — set aside by
// you". Once set aside a suggestion no longer marks the question, and
// the planner, back on it, could not see what had been read.
func (q *Screen) rejectedLines(f model.Fact, w int) []string {
	fs := &q.activity.Facts
	if q.reading == nil || q.isSuggested(f) || q.unasked[f] ||
		!(q.decided[f] || q.unticked[f] || q.ctx.Sheet.Confirmed(q.activity, f)) {
		return nil
	}
	var lines []string
	for _, sv := range words.Values(q.reading) {
		if sv.Fact == f && !sv.Holds(fs) {
			lead, text := words.SetAsideByYou(q.rb, sv)
			lines = append(lines, component.WrapIndent(lead, text, w)...)
		}
	}
	return lines
}
