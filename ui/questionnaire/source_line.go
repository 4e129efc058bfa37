package questionnaire

import (
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/pocssr/pocssr/classify/report"
	"github.com/pocssr/pocssr/ui/component"
)

// sourceLine is the line under the title that quotes an imported
// activity's source paragraph, named by its ref as the worksheet names it
// ("From 1925·6(ii): An improved capacity…"), as much of it as w holds:
// cut, it names the key of the help (? or, from a text field, f1), which
// shows it whole (WholeText). Only the help reached the paragraph: the
// planner answered its questions without the words they were asked of.
// An activity without source text keeps the line blank.
func (q *Screen) sourceLine(w int) string {
	text := report.OneLine(q.activity.Source.Text)
	if text == "" {
		return ""
	}
	st := q.ctx.Styles
	lead := "From the source paragraph: "
	if ref := report.OneLine(q.ctx.Sheet.Ref(q.activity)); ref != "" && report.ParagraphRef(q.activity.Source.Ref) != "" {
		lead = "From " + ref + ": "
	}
	if ansi.StringWidth(lead+text) <= w {
		return st.Muted.Render(lead) + text
	}
	sign := " (?)"
	if q.TextFocused() {
		sign = " (f1)"
	}
	q.sourceCut = true
	return component.Cut(st.Muted.Render(lead)+text, w-ansi.StringWidth(sign)) + st.Key.Render(sign)
}

// sourceWhole is the source paragraph for the help, where the heading cut
// it and no other part of the help gives it whole (a title the import
// shortened gives it with the title).
func (q *Screen) sourceWhole() (heading, text string, ok bool) {
	if !q.sourceCut || q.titleShortened {
		return "", "", false
	}
	return "the source paragraph", strings.TrimSpace(report.OneLine(q.activity.Source.Text)), true
}
