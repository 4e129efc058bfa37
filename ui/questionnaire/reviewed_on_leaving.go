package questionnaire

import (
	"fmt"

	"github.com/charmbracelet/x/ansi"
	"github.com/pocssr/pocssr/classify/report"
	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/component"
)

// reviewedOnLeaving is the status line of a draft that became reviewed in
// this edit, its last suggested answer confirmed: the worksheet no longer
// marks it a draft, which leaving would otherwise not say, and questions
// left unanswered stay open (not known). ok is false where the activity
// did not become reviewed here.
func (q *Screen) reviewedOnLeaving() (note component.Status, ok bool) {
	a := q.activity
	if !q.madeReviewed || a.Status != model.StatusReviewed {
		return note, false
	}
	answered, relevant := q.Progress()
	open := relevant - answered
	what := q.suggestionsSettled()
	rest := "no longer a draft, " + what
	short := "Reviewed: " + what
	if open > 0 {
		rest += fmt.Sprintf("; %d of %s still open (not known)", open, component.Plural(relevant, "question", "questions"))
		short += "; " + component.Plural(open, "question", "questions") + " open"
	}
	note.Full = "Reviewed “" + report.OneLine(a.Title) + "”: " + rest + "; e edits it."
	w := q.ctx.StatusRoom(q.width)
	for _, text := range []string{note.Full, "Reviewed: " + rest + "; e edits it (?)", short + "; e edits it (?)", short + " (?)"} {
		if ansi.StringWidth(text) <= w {
			note.Text = text
			return note, true
		}
	}
	note.Text = component.Cut(short, w-len(" (?)")) + " (?)"
	return note, true
}

// suggestionsSettled says what became of the suggested answers of a draft
// made reviewed here, in the same words at every width: confirmed, replaced
// by the planner's own answers, or some of each. A replaced suggestion is
// not called confirmed.
func (q *Screen) suggestionsSettled() string {
	confirmed, replaced := q.suggestionsKept()
	switch {
	case replaced == 0:
		return "all suggestions confirmed"
	case confirmed == 0:
		return "your answers replace the suggestions"
	}
	return fmt.Sprintf("%s confirmed, %d replaced by %s", component.Plural(confirmed, "suggestion", "suggestions"), replaced, map[bool]string{true: "your answer", false: "your answers"}[replaced == 1])
}
