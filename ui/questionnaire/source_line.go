package questionnaire

import (
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/pocssr/pocssr/classify/report"
	"github.com/pocssr/pocssr/classify/suggest"
	"github.com/pocssr/pocssr/ui/component"
)

// sourceLines are the lines under the title that quote an imported
// activity's source paragraph, named by its ref as the worksheet names it
// ("From 1925·6(ii): An improved capacity…"), as much of it as w holds:
// cut, it names the key of the help (? or, from a text field, f1), which
// shows it whole (WholeText). Only the help reached the paragraph: the
// planner answered its questions without the words they were asked of.
// An activity without source text keeps the line blank. They are at most
// n (at least one): beside the live panel, where the question asked reads
// whole with rows to spare, the paragraph takes up to three (sourceRows).
func (q *Screen) sourceLines(w, n int) []string {
	text := report.OneLine(q.activity.Source.Text)
	if text == "" {
		return []string{""}
	}
	st := q.ctx.Styles
	lead := "From the source paragraph: "
	if ref := report.OneLine(q.ctx.Sheet.Ref(q.activity)); ref != "" && report.ParagraphRef(q.activity.Source.Ref) != "" {
		// the ref named, the paragraph's own number is not said again
		// ("From 8: Welcomes …", not "From 8: 8. Welcomes …")
		lead = "From " + ref + ": "
		text = suggest.WithoutMarker(text)
	}
	lines := component.WrapIndent(st.Muted.Render(lead), text, w)
	if len(lines) <= max(1, n) {
		return lines
	}
	sign := " (?)"
	if q.TextFocused() {
		sign = " (f1)"
	}
	q.sourceCut = true
	keep := max(1, n)
	last := lines[keep-1]
	for _, l := range lines[keep:] {
		last += " " + strings.TrimLeft(l, " ")
	}
	if keep == 1 {
		last = st.Muted.Render(lead) + text
	}
	return append(lines[:keep-1], component.Cut(last, w-ansi.StringWidth(sign))+st.Key.Render(sign))
}

// sourceRows is how many lines the source paragraph may take on the
// heading: one, and beside the live panel up to three where the question
// asked reads whole in the rows left.
func (q *Screen) sourceRows(w, h int) int {
	if !q.wide() || q.stage != Asking || q.jumping {
		return 1
	}
	whole, _ := q.askRows(w)
	return max(1, min(3, 1+h-whole))
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
