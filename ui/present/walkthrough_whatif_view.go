package present

import (
	"fmt"
	"slices"

	"github.com/charmbracelet/x/ansi"
	"github.com/pocssr/pocssr/classify/report"
	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/component"
	"github.com/pocssr/pocssr/ui/flow"
)

// whatIfLead opens the title of the values to try.
const whatIfLead = "What if: "

// whatIfAsk is what the values to try answer, for a column w wide: the
// question; where it is too long, its short label; where that is too, the
// step by its number ("step 7"), whose line above names it whole. Cut, it
// read "What if: human rights record of the for…" with no key to read it.
func (wt *walkThrough) whatIfAsk(w int) string {
	ask := factName(wt.whatIf.fact)
	if q := wt.rb.QuestionFor(wt.whatIf.fact); q != nil {
		ask = report.OneLine(q.Question)
		// A question too long for the column gives way to its short label.
		if ansi.StringWidth(whatIfLead+ask) > w && q.Label != "" {
			ask = report.OneLine(q.Label)
		}
	}
	if ansi.StringWidth(whatIfLead+ask) > w && wt.step > 0 && wt.steps[wt.step-1] == wt.whatIf.fact {
		ask = fmt.Sprintf("step %d", wt.step)
	}
	return ask
}

// whatIfLines are the choices of the answer on trial, the one in force marked.
func (wt *walkThrough) whatIfLines(w, h int) []string {
	st := wt.ctx.Styles
	wi := wt.whatIf
	out := make([]string, 0, h)
	out = append(out, component.Cut(st.Heading.Render(whatIfLead)+wt.whatIfAsk(w), w))
	out = append(out, st.Muted.Render(component.Cut("(the worksheet is not changed)", w)))
	avail := max(1, h-len(out))
	first, end := choiceWindow(len(wi.choices), wi.cursor, avail)
	// The ticked values out of sight are named under the choices, on the
	// rows the choices can spare (three of them kept), as the questionnaire
	// names them: those that fit whole, and a count of the others, which c
	// shows with the rest where its page holds the values (listsCut); else
	// ↑/↓ bring them into the window, and the count names no key: it named
	// c where c showed what changed alone.
	var ticked []string
	if len(wt.tickedOutside(first, end)) > 0 && avail > 3 {
		more := ""
		if wt.listsCut() {
			more = changeKey
		}
		rows := 1
		for range 2 { // the window that gives way names more: once again
			first, end = choiceWindow(len(wi.choices), wi.cursor, avail-rows)
			ticked, _ = component.NamedOrCounted(tickedLead, wt.tickedOutside(first, end), w, avail-3, more)
			rows = len(ticked)
		}
		first, end = choiceWindow(len(wi.choices), wi.cursor, avail-rows)
		ticked, _ = component.NamedOrCounted(tickedLead, wt.tickedOutside(first, end), w, rows, more)
	}
	if first > 0 {
		out = append(out, st.Muted.Render(component.Cut(fmt.Sprintf("  ↑ %d more", first), w)))
	}
	for i := first; i < end && len(out) < h; i++ {
		box := wt.choiceBox(i) + " "
		line := box + tagged(wi.choices[i].label, wt.choiceTag(i), w-2-ansi.StringWidth(box))
		if i == wi.cursor {
			out = append(out, st.Selected.Render("> "+line))
		} else {
			out = append(out, "  "+line)
		}
	}
	if end < len(wi.choices) {
		out = append(out, st.Muted.Render(component.Cut(fmt.Sprintf("  ↓ %d more", len(wi.choices)-end), w)))
	}
	for _, l := range ticked {
		if len(out) < h {
			out = append(out, st.Accent.Render(component.Cut(l, w)))
		}
	}
	for len(out) < h {
		out = append(out, "")
	}
	return out[:h]
}

// tickedLead starts the lines that name the ticked values out of sight.
const tickedLead = "  also ticked: "

// tickedOutside names the ticked values of a list on trial that are out of
// the window from first to end: at 80×24 the kinds' window showed none of
// the ticked kinds and named none. Kinds are named by their rank, in its
// order, as the questionnaire names them: the first sets the tier.
func (wt *walkThrough) tickedOutside(first, end int) []string {
	wi := wt.whatIf
	if wi.fact.Type() != model.SetOf {
		return nil
	}
	type named struct {
		rank int
		name string
	}
	var all []named
	for i, c := range wi.choices {
		if (i < first || i >= end) && !c.unknown && wt.choiceBox(i) != "[ ]" {
			n := named{name: report.OneLine(c.label)}
			if !c.none && wi.fact == model.Kinds {
				n.rank = flow.Rank(&wi.facts, wi.fact, c.value)
				n.name = wt.choiceBox(i) + " " + n.name
			}
			all = append(all, n)
		}
	}
	slices.SortStableFunc(all, func(a, b named) int { return a.rank - b.rank })
	names := make([]string, len(all))
	for i, n := range all {
		names[i] = n.name
	}
	return names
}

// wholeWhatIfLines are the question and every value to try, each wrapped
// whole to w cells, the one in force marked.
func (wt *walkThrough) wholeWhatIfLines(w int) []string {
	out, _, _ := wt.wholeWhatIf(w)
	return out
}

// wholeWhatIf is wholeWhatIfLines and the lines the cursor's value takes,
// from to to (both included): c's page keeps them in sight.
func (wt *walkThrough) wholeWhatIf(w int) (out []string, from, to int) {
	st := wt.ctx.Styles
	wi := wt.whatIf
	ask := factName(wi.fact)
	if q := wt.rb.QuestionFor(wi.fact); q != nil {
		ask = report.OneLine(q.Question)
	}
	out = component.WrapIndent(st.Heading.Render(whatIfLead), ask, w)
	out = append(out, st.Muted.Render("(the worksheet is not changed)"))
	for i, c := range wi.choices {
		mark := "  "
		if i == wt.whatIf.cursor {
			mark = "> "
			from = len(out)
		}
		for _, l := range component.WrapIndent(mark+wt.choiceBox(i)+" ", report.OneLine(c.label)+wt.choiceTag(i), w) {
			if i == wi.cursor {
				l = st.Selected.Render(l)
			}
			out = append(out, l)
		}
		if i == wi.cursor {
			to = len(out) - 1
		}
	}
	return out, from, to
}

// choiceTag marks the ith value to try: the primary kind, as the
// questionnaire marks it (the heading says the primary kind decides the
// tier), and the real answer or one of its values, so that the room sees
// what it departs from.
func (wt *walkThrough) choiceTag(i int) string {
	wi := wt.whatIf
	c := wi.choices[i]
	tag := ""
	if wi.fact.Type() == model.SetOf && !c.none && !c.unknown && flow.Primary(&wi.facts, wi.fact, c.value) {
		tag = " (primary)"
	}
	switch {
	case c.real && wt.isSuggested(wi.fact):
		tag += " (on record, ~ suggested)"
	case c.real:
		tag += " (real)"
	}
	return tag
}

// choiceBox is the box of the ith value to try: ticked, chosen or neither.
func (wt *walkThrough) choiceBox(i int) string {
	wi := wt.whatIf
	c := wi.choices[i]
	switch {
	case wi.fact.Type() == model.SetOf && c.none:
		if len(wi.picked) == 0 && !wi.unknown {
			return "[x]"
		}
		return "[ ]"
	case wi.fact.Type() == model.SetOf && !c.unknown && !c.none:
		return flow.ListBox(&wi.facts, wi.fact, c.value)
	case wi.fact.Type() == model.SetOf && c.unknown && wi.unknown:
		return "[x]"
	case wi.fact.Type() == model.SetOf:
		return "[ ]"
	case i == wi.cursor:
		return "(•)"
	}
	return "( )"
}

// choiceWindow is which of n choices show in avail lines, the cursor's in
// view: from first to end, with a line above saying how many more are
// above when first > 0 and one below when end < n.
func choiceWindow(n, cursor, avail int) (first, end int) {
	if n <= avail {
		return 0, n
	}
	window := func(room int) (int, int) {
		room = max(1, room)
		f := max(0, min(cursor-room/2, n-room))
		return f, min(n, f+room)
	}
	first, end = window(avail - 1)
	if first > 0 && end < n {
		first, end = window(avail - 2)
	}
	return first, end
}
