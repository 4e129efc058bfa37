package present

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/charmbracelet/x/ansi"
	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/report"
	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/component"
)

// View draws the walk-through over the whole terminal: the step, the answer
// it reveals, what changed and why, the verdict, both drawings with the
// activity marked, and the risks, with what came and went marked in words.
func (wt *walkThrough) View() string {
	st := wt.ctx.Styles
	w, h := wt.width, wt.height
	out := make([]string, 0, h)
	num := ""
	if wt.number != "" {
		num = "[" + wt.number + "] "
	}
	num += draftMark(wt.activity)
	head := "Walk-through · " + num
	out = append(out, component.Fit(st.Title.Render("Walk-through")+st.Muted.Render(" · ")+st.Label.Render(num+titleIn(report.OneLine(wt.activity.Title), w-ansi.StringWidth(head))), w))

	r := wt.verdict()
	before := &wt.prev
	if wt.whatIf != nil {
		before = &wt.res
	}
	step := wt.stepLines(w)
	for _, l := range step {
		out = append(out, component.Fit(l, w))
	}
	change, rows := wt.changeLines(len(step))
	for len(change) < rows {
		change = append(change, "")
	}
	cutShort := len(change) > rows
	if cutShort && wt.showsFullChange() {
		// It is shown whole below, once: here only what it is the change of.
		// It takes the rows left here too.
		change = []string{st.Label.Render(wt.changeLabel()) + st.Muted.Render("all of it below")}
	} else if cutShort {
		more := " (" + changeKey + ": all of it)"
		last := change[rows-1]
		indent := last[:len(last)-len(strings.TrimLeft(last, " "))]
		// The lines run on as one, without the indents of their wrapping.
		rest := indent + strings.Join(strings.Fields(strings.Join(change[rows-1:], " ")), " ")
		change = append(change[:rows-1], component.Cut(rest, w-ansi.StringWidth(more))+st.Key.Render(more))
	}
	out = append(out, change...)
	label := "Verdict: "
	switch {
	case wt.whatIf != nil:
		label = "Verdict if so: "
	case wt.atEnd():
		// Nothing comes after: the room is told so, and what it ends on.
		label = "Walk-through complete · final verdict: "
		if ansi.StringWidth(label+verdictWords(r)) > w {
			label = "Complete · final verdict: "
		}
	}
	out = append(out, component.Fit(st.Label.Render(label)+st.Agenda(r.Agenda, verdictWords(r)), w))

	dh := wt.drawingHeight()
	pl := placeOn(wt.rb, r, wt.shownFacts().Primary())
	if wt.showsFullChange() {
		// What c shows whole, in place of the drawings (and below them,
		// where the risks are cut too), scrolled where it is longer still.
		full, room := wt.page(len(out))
		shown, _ := component.Scrolled(st, full, wt.scroll, room, w)
		for _, l := range shown {
			out = append(out, component.Fit(l, w))
		}
		if wt.risksCut() {
			out = append(out, wt.hint(true))
			return component.Block(strings.Join(out, "\n"), w, h)
		}
	} else {
		out = append(out, wt.drawings(pl, w, dh)...)
		out = append(out, component.Fit(st.Muted.Render("2015 policy: ")+pl.Short2015+st.Muted.Render(" · narrow reading: ")+pl.CaptionNarrow, w))
	}
	rest := max(0, h-len(out)-1)
	if wt.whatIf != nil {
		left := wt.riskLines(before, r, w/2-1, rest)
		right := wt.whatIfLines(w-w/2, rest)
		for i := 0; i < rest; i++ {
			out = append(out, component.Fit(left[i], w/2)+right[i])
		}
	} else if w >= 100 {
		left := wt.riskLines(before, r, w/2-1, rest)
		right := wt.answerLines(w-w/2, rest)
		for i := 0; i < rest; i++ {
			out = append(out, component.Fit(left[i], w/2)+right[i])
		}
	} else {
		out = append(out, wt.riskLines(before, r, w, rest)...)
	}
	out = append(out, wt.hint(cutShort || wt.risksCut()))
	return component.Block(strings.Join(out, "\n"), w, h)
}

// page is what c shows whole in place of the drawings, below the rows
// headRows above it, and how many rows it has: what changed, where it is
// longer than its lines, then the risks where they are cut, and during
// "what if" the values to try below them where they fit.
func (wt *walkThrough) page(headRows int) (full []string, room int) {
	w, h := wt.width, wt.height
	r, before := wt.verdict(), wt.before()
	lines, rows := wt.changeLines(len(wt.stepLines(w)))
	cutShort := len(lines) > rows
	if !wt.risksCut() {
		// What changed alone, where the drawings and their caption were.
		return component.Wrap(changeLine(before, r), w), wt.drawingHeight() + 1 + rows - 1
	}
	if cutShort {
		full = component.Wrap(changeLine(before, r), w)
	}
	full = append(full, wt.riskLines(before, r, w, riskRows(before, r)+1)...)
	for len(full) > 0 && full[len(full)-1] == "" {
		full = full[:len(full)-1]
	}
	room = max(0, h-headRows-1)
	if left := room - len(full) - 1; wt.whatIf != nil && left >= whatIfLeast {
		// The values to try, below the risks where they fit: ↑/↓
		// still try another, and the label above names the one tried.
		full = append(full, "")
		full = append(full, wt.whatIfLines(w, left)...)
	}
	return full, room
}

// scrollPage moves what c shows by n lines, kept in range.
func (wt *walkThrough) scrollPage(n int) {
	full, room := wt.page(wt.headRows())
	_, wt.scroll = component.Scrolled(wt.ctx.Styles, full, wt.scroll+n, room, wt.width)
}

// headRows is how many rows the walk-through shows above what c shows
// whole: the title, the step, what changed (one line when it is all below)
// and the verdict.
func (wt *walkThrough) headRows() int {
	step := len(wt.stepLines(wt.width))
	lines, rows := wt.changeLines(step)
	if len(lines) > rows {
		rows = 1
	}
	return 1 + step + rows + 1
}

// pageScrolls reports whether what c shows is longer than its rows.
func (wt *walkThrough) pageScrolls() bool {
	if !wt.showsFullChange() {
		return false
	}
	full, room := wt.page(wt.headRows())
	return len(full) > room
}

// changeLines is what changed (what the trial answer changes, during what
// if), wrapped, and how many lines it has above the verdict, after a step
// of stepRows lines: the step and what changed share three lines, and what
// changed takes the lines the risks below leave free (not while the
// choices of "what if" need them); what is still left is a key away (c).
func (wt *walkThrough) changeLines(stepRows int) (lines []string, rows int) {
	w, h := wt.width, wt.height
	r := wt.verdict()
	before := &wt.prev
	if wt.whatIf != nil {
		before = &wt.res
	}
	lines = component.WrapIndent(wt.changeLabel(), changeLine(before, r), w)
	if wt.whatIf == nil && wt.step == 0 {
		lines = component.Wrap("Nothing is known yet, so the framework can place it nowhere. Space reveals the first answer.", w)
	}
	// What changed keeps a line of its own under an answer that wraps onto
	// three or more; the risks below give up the rows that takes.
	base := max(1, 3-stepRows)
	free := h - walkHeadLines - wt.drawingHeight() - 1 - riskRows(before, r) - (stepRows + base - 3)
	if wt.whatIf != nil {
		free = 0 // the choices below need the rows
	}
	return lines, base + max(0, min(free, len(lines)-base))
}

// changeLabel names what the change is of: the step, or the trial answer
// of "what if" (the verdict below is the trial answer's, not the step's:
// said before what it changes).
func (wt *walkThrough) changeLabel() string {
	if wi := wt.whatIf; wi != nil {
		// The answer on trial in the words of its row below: "don't
		// know" is its row's words, not the account's "unknown".
		answer := wt.answerText(wi.fact, &wi.facts)
		if wi.unknown || !wi.facts.Known(wi.fact) {
			for _, c := range wi.choices {
				if c.unknown {
					answer = c.label
				}
			}
		}
		return "What if → " + report.OneLine(answer) + ": "
	}
	return "What changed: "
}

// showsFullChange reports whether what changed is shown whole in place of
// the drawings: asked for (c), and longer than its lines above them.
func (wt *walkThrough) showsFullChange() bool {
	if !wt.fullChange {
		return false
	}
	lines, rows := wt.changeLines(len(wt.stepLines(wt.width)))
	return len(lines) > rows || wt.risksCut()
}

// risksCut reports whether the list of risks is longer than the rows left
// to it under the drawings (during "what if", beside the values to try):
// then c shows it whole in their place, as it does what changed.
func (wt *walkThrough) risksCut() bool {
	if wt.width <= 0 || wt.height <= 0 {
		return false
	}
	step := wt.stepLines(wt.width)
	_, rows := wt.changeLines(len(step))
	rest := wt.height - 1 - len(step) - rows - 1 - wt.drawingHeight() - 1 - 1
	return riskRows(wt.before(), wt.verdict()) > max(0, rest)
}

// before is the verdict the one shown is compared with: the step before,
// or during "what if" the real answer's.
func (wt *walkThrough) before() *classify.Result {
	if wt.whatIf != nil {
		return &wt.res
	}
	return &wt.prev
}

// whatIfLeast is the fewest rows the values to try take below the whole
// list of risks: the question, the note that nothing is changed, and a
// value and a sign.
const whatIfLeast = 4

// offersAll reports whether c shows more than is in sight: what changed,
// longer than its lines, or the risks, longer than theirs.
func (wt *walkThrough) offersAll() bool {
	if wt.width <= 0 || wt.height <= 0 {
		return false
	}
	lines, rows := wt.changeLines(len(wt.stepLines(wt.width)))
	return len(lines) > rows || wt.risksCut()
}

// riskRows is how many lines the walk-through's list of risks takes: its
// heading and a line for every risk now or before.
func riskRows(before, now *classify.Result) int {
	seen := map[string]bool{}
	for _, r := range [...]*classify.Result{before, now} {
		for _, k := range r.Risks {
			seen[k.Rule.ID] = true
		}
	}
	return 1 + max(1, len(seen))
}

// stepLines say which step this is and the answer it revealed, in w cells.
// The answer is what the room is waiting for: when the question and the
// answer do not fit, the question gives way to the fact's short label, and
// when even that does not, the answer takes a line of its own.
func (wt *walkThrough) stepLines(w int) []string {
	st := wt.ctx.Styles
	head := st.Accent.Render(fmt.Sprintf("Step %d of %d", wt.step, len(wt.steps)))
	if wt.step == 0 {
		return []string{head + ": nothing known"}
	}
	f := wt.steps[wt.step-1]
	q := wt.rb.QuestionFor(f)
	ask, short := factName(f), factName(f)
	if q != nil {
		ask = report.OneLine(q.Question)
		if q.Label != "" {
			short = report.OneLine(q.Label)
		}
	}
	value := report.OneLine(wt.answerText(f, &wt.facts))
	text := "→ " + value
	tail := ""
	if wt.whatIf != nil {
		// The verdict shown is the trial answer's: this one is the case's.
		tail = " (the real answer)"
	}
	answer := st.Label.Render(text) + st.Muted.Render(tail)
	for _, a := range []string{ask, short} {
		if line := head + ": " + a + " " + answer; ansi.StringWidth(line) <= w {
			return []string{line}
		}
	}
	// On lines of its own, wrapped onto as many as it needs: the answer is
	// never cut.
	lines := []string{head + ": " + short}
	for _, l := range component.WrapIndent("  → ", value+tail, w) {
		if lead, ok := strings.CutSuffix(l, tail); tail != "" && ok {
			l = st.Label.Render(lead) + st.Muted.Render(tail)
		} else {
			l = st.Label.Render(l)
		}
		lines = append(lines, l)
	}
	return lines
}

// drawings are both readings with the one activity marked.
func (wt *walkThrough) drawings(pl placement, w, h int) []string {
	lc, rc := wt.left, wt.right
	if wt.drawn != (drawnPlace{pl.In2015, pl.InNarrow, w, h}) || lc == nil {
		lc, rc = wt.layOut(pl, w, h) // not kept: View changes nothing
	}
	left := lc.render(wt.ctx.Styles, 0)
	right := rc.render(wt.ctx.Styles, 0)
	out := make([]string, h)
	gap := strings.Repeat(" ", drawingGap)
	for i := range out {
		out[i] = left[i] + gap + right[i]
	}
	return out
}

// walkHeadLines is what the walk-through shows above the drawings (title,
// step, two lines of change, verdict) and the hint below.
const walkHeadLines = 6

// drawingHeight is the height of the drawings.
func (wt *walkThrough) drawingHeight() int {
	return max(minDrawingHeight, (wt.height-walkHeadLines)*3/5)
}

// layOut draws both readings with the one activity marked.
func (wt *walkThrough) layOut(pl placement, w, h int) (left, right *canvas) {
	d := newDrawingSet([]placement{pl})
	d.number = func(int) string { return "*" }
	dw := (w - drawingGap) / 2
	return draw2015(wt.rb, d, dw, h).ready(wt.ctx.Styles), drawNarrow(d, w-dw-drawingGap, h).ready(wt.ctx.Styles)
}

// layoutDrawings lays out the drawings for the verdict now shown, in Update.
func (wt *walkThrough) layoutDrawings() {
	if wt.width <= 0 || wt.height <= 0 {
		return
	}
	pl := placeOn(wt.rb, wt.verdict(), wt.shownFacts().Primary())
	key := drawnPlace{pl.In2015, pl.InNarrow, wt.width, wt.drawingHeight()}
	if wt.drawn != key || wt.left == nil {
		wt.left, wt.right = wt.layOut(pl, wt.width, key.h)
		wt.drawn = key
	}
}

// drawnPlace is what the walk-through's drawings were laid out for.
type drawnPlace struct {
	in2015   region2015
	inNarrow classify.Agenda
	w, h     int
}

// riskLines lists the risks of the verdict, marking new ones "+ … (new)" and
// listing those that went as "- … (gone)".
func (wt *walkThrough) riskLines(before, after *classify.Result, w, h int) []string {
	st := wt.ctx.Styles
	out := make([]string, 0, h)
	added, gone := riskChange(before, after)
	isNew := map[string]bool{}
	for _, r := range added {
		isNew[r.Rule.ID] = true
	}
	out = append(out, st.Heading.Render(fmt.Sprintf("Risks (%d)", len(after.Risks))))
	if len(after.Risks) == 0 && len(gone) == 0 {
		out = append(out, st.Muted.Render("  none with what is known"))
	}
	for _, r := range after.Risks {
		mark, tail := "  ", ""
		if isNew[r.Rule.ID] {
			mark, tail = "+ ", " (new)"
		}
		head := mark + st.Severity(r.Severity, component.SeverityTag(r.Severity)) + " "
		out = append(out, component.Cut(head+tagged(r.Rule.Title, tail, w-ansi.StringWidth(head)), w))
	}
	for _, r := range gone {
		head := "- " + component.SeverityTag(r.Severity) + " "
		out = append(out, component.Cut(st.Muted.Render(head+tagged(r.Rule.Title, " (gone)", w-ansi.StringWidth(head))), w))
	}
	key := ""
	if wt.risksCut() && !wt.fullChange {
		key = changeKey
	}
	return component.CutRows(st, out, h, w, key)
}

// tagged is a title cut to w cells with its tag (new, gone) kept whole
// after it: the tag is what the line is there to say.
func tagged(title, tag string, w int) string {
	return component.Cut(report.OneLine(title), w-ansi.StringWidth(tag)) + tag
}

// answerLines list the answers revealed so far and the questions still to
// come, the last revealed marked ">".
func (wt *walkThrough) answerLines(w, h int) []string {
	st := wt.ctx.Styles
	out := make([]string, 0, h)
	out = append(out, st.Heading.Render("Answers"))
	// The numbers right-aligned, so that the names start in one column.
	digits := len(strconv.Itoa(len(wt.steps)))
	for i, f := range wt.steps {
		if len(out) == h {
			break
		}
		mark := "  "
		if i == wt.step-1 {
			mark = "> "
		}
		if i < wt.step {
			line := component.Cut(fmt.Sprintf("%s%*d %s: %s", mark, digits, i+1, factName(f), report.OneLine(wt.answerText(f, &wt.facts))), w)
			if i == wt.step-1 {
				line = st.Label.Render(line)
			}
			out = append(out, line)
		} else {
			out = append(out, st.Muted.Render(component.Cut(fmt.Sprintf("  %*d %s: (to come)", digits, i+1, factName(f)), w)))
		}
	}
	for len(out) < h {
		out = append(out, "")
	}
	return out[:h]
}

// whatIfLines are the choices of the answer on trial, the one in force marked.
func (wt *walkThrough) whatIfLines(w, h int) []string {
	st := wt.ctx.Styles
	wi := wt.whatIf
	out := make([]string, 0, h)
	q := wt.rb.QuestionFor(wi.fact)
	ask := factName(wi.fact)
	if q != nil {
		ask = report.OneLine(q.Question)
		// A question too long for the column gives way to its short label.
		if ansi.StringWidth("What if: "+ask) > w && q.Label != "" {
			ask = report.OneLine(q.Label)
		}
	}
	out = append(out, component.Cut(st.Heading.Render("What if: ")+ask, w))
	out = append(out, st.Muted.Render(component.Cut("(the worksheet is not changed)", w)))
	first, end := choiceWindow(len(wi.choices), wi.cursor, max(1, h-len(out)))
	if first > 0 {
		out = append(out, st.Muted.Render(component.Cut(fmt.Sprintf("  ↑ %d more", first), w)))
	}
	for i := first; i < end && len(out) < h; i++ {
		c := wi.choices[i]
		box := "( )"
		switch {
		case wi.fact.Type() == model.SetOf && !c.unknown && slices.Contains(wi.picked, c.value) && !wi.unknown:
			box = "[x]"
		case wi.fact.Type() == model.SetOf && c.unknown && wi.unknown:
			box = "[x]"
		case wi.fact.Type() == model.SetOf:
			box = "[ ]"
		case i == wi.cursor:
			box = "(•)"
		}
		line := component.Cut(box+" "+report.OneLine(c.label), w-2)
		if i == wi.cursor {
			out = append(out, st.Selected.Render("> "+line))
		} else {
			out = append(out, "  "+line)
		}
	}
	if end < len(wi.choices) {
		out = append(out, st.Muted.Render(component.Cut(fmt.Sprintf("  ↓ %d more", len(wi.choices)-end), w)))
	}
	for len(out) < h {
		out = append(out, "")
	}
	return out[:h]
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

// scrollHelp names the keys that scroll what c shows, where it is longer
// than its rows.
const scrollHelp = "↓/↑ pgdn/pgup"

// changeKey shows what changed in full in place of the drawings, and back.
const changeKey = "c"

// hint is the key line; more says what changed is longer than its lines.
func (wt *walkThrough) hint(more bool) string {
	st := wt.ctx.Styles
	k := wt.keys
	// A hint that may give way, where the line is too long for "? keys",
	// is marked so; the help lists every key.
	type hint struct {
		key, desc string
		mayGo     bool
	}
	next := []hint{{k.Next.Help().Key, k.Next.Help().Desc, false}}
	if wt.atEnd() {
		next = nil // there is no next answer
	}
	hs := append(next, hint{k.Prev.Help().Key, k.Prev.Help().Desc, true},
		hint{k.WhatIf.Help().Key, k.WhatIf.Help().Desc, true}, hint{k.Back.Help().Key, "back", false})
	switch {
	case wt.showsFullChange():
		hs = []hint{{changeKey, "the drawings again", false}}
		if wt.pageScrolls() {
			hs = append(hs, hint{scrollHelp, "scroll", false})
		}
		for _, n := range next {
			n.mayGo = true // here the page and the way back come first
			hs = append(hs, n)
		}
		hs = append(hs, hint{k.Back.Help().Key, "the drawings", false})
	case more && wt.whatIf == nil:
		hs = append([]hint{{changeKey, "all of it", false}}, hs...)
	}
	if wt.whatIf != nil {
		hs = []hint{{"↑/↓", "try another value", false}}
		if wt.whatIf.fact.Type() == model.SetOf {
			hs = append(hs, hint{k.Toggle.Help().Key, "tick or untick", true})
		}
		hs = append(hs, hint{k.WhatIf.Help().Key, "back to the real answer", false})
		// Last: the line of the change says c itself, the way back must not
		// give way to it.
		switch {
		case wt.showsFullChange() && wt.pageScrolls():
			hs = append(hs, hint{"pgdn/pgup", "scroll", true}, hint{changeKey, "the drawings again", false})
		case wt.showsFullChange():
			hs = append(hs, hint{changeKey, "the drawings again", false})
		case more:
			hs = append(hs, hint{changeKey, "all of it", false})
		}
	}
	// "? keys" closes the line, as on the board and the account: where the
	// line is too long, the hints that may go give way to it, first to last.
	help := st.Key.Render("?") + " " + st.Muted.Render("keys")
	sep := st.Muted.Render(" · ")
	line := func() string {
		parts := make([]string, 0, len(hs)+1)
		for _, h := range hs {
			parts = append(parts, st.Key.Render(h.key)+" "+st.Muted.Render(h.desc))
		}
		return strings.Join(append(parts, help), sep)
	}
	for ansi.StringWidth(line()) > wt.width {
		i := slices.IndexFunc(hs, func(h hint) bool { return h.mayGo })
		if i < 0 {
			break
		}
		hs = slices.Delete(hs, i, i+1)
	}
	if ansi.StringWidth(line()) > wt.width && wt.whatIf != nil {
		hs[0].desc = "try a value" // the question above says which
	}
	return component.Fit(line(), wt.width)
}
