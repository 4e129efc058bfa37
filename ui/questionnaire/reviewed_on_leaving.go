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
	rest := "no longer a draft: every suggested answer is confirmed"
	short := "Reviewed: all suggestions confirmed"
	if open > 0 {
		rest += fmt.Sprintf("; %d of %d questions still open (not known)", open, relevant)
		short += fmt.Sprintf(", %d questions open", open)
	}
	note.Full = "Reviewed “" + report.OneLine(a.Title) + "”: " + rest + "; e edits it."
	w := q.ctx.StatusRoom(q.width)
	for _, text := range []string{note.Full, "Reviewed: " + rest + "; e edits it (?)", short + "; e edits it (?)"} {
		if ansi.StringWidth(text) <= w {
			note.Text = text
			return note, true
		}
	}
	note.Text = component.Cut(short, w-len(" (?)")) + " (?)"
	return note, true
}
