package present

import (
	"fmt"
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
	title, cut := wt.headTitle(w)
	sign := ""
	if cut {
		sign = st.Key.Render(titleCutSign)
	}
	out = append(out, component.Fit(st.Title.Render("Walk-through")+st.Muted.Render(" · ")+st.Label.Render(num+title)+sign, w))

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
		change = wt.changeHead()
	} else if cutShort {
		more := " (" + changeKey + ": all of it)"
		from := rows - 1
		indent := func(l string) string { return l[:len(l)-len(strings.TrimLeft(l, " "))] }
		// Where the last row's indent leaves no room for words (under a
		// long "What if → …: " it held "… (c: all of it)" alone), the sign
		// goes on the line before, and the row is not spent on it.
		if from > 0 && w-ansi.StringWidth(more)-ansi.StringWidth(indent(change[from])) < minWordsBeforeSign {
			from--
		}
		// The lines run on as one, without the indents of their wrapping.
		rest := indent(change[from]) + strings.Join(strings.Fields(strings.Join(change[from:], " ")), " ")
		change = append(change[:from], component.Cut(rest, w-ansi.StringWidth(more))+st.Key.Render(more))
	}
	out = append(out, change...)
	for _, l := range wt.verdictLines(w) {
		out = append(out, component.Fit(l, w))
	}

	dh := wt.drawingHeight()
	pl := placeOn(wt.rb, r, wt.shownFacts().Primary())
	if wt.showsFullChange() {
		// What c shows whole, in place of the drawings (and below them,
		// where the risks are cut too), scrolled where it is longer still.
		full, room := wt.page(len(out))
		shown, _ := component.ScrolledKeys(st, full, wt.scroll, room, w, wt.scrollKeys())
		for _, l := range shown {
			out = append(out, component.Fit(l, w))
		}
		if wt.listsCut() {
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
	out = append(out, wt.hint(cutShort || wt.listsCut()))
	return component.Block(strings.Join(out, "\n"), w, h)
}

// verdictLines are the verdict's label and words in w cells: on one line
// where they fit, else the label on a line of its own and the words under
// it, never cut (at 80 columns the last step of a case read "… · 0 ris…",
// and no key showed the rest).
func (wt *walkThrough) verdictLines(w int) []string {
	st := wt.ctx.Styles
	r := wt.verdict()
	// Before the last step the verdict rests on the answers revealed so far
	// and says so: "Verdict if so" at step 5 read as the verdict of the whole
	// activity, though an answer still to come (the HRDDP, step 6) kept a
	// risk the trial answer seemed to clear.
	label, words := "Verdict so far: ", verdictWords(r)
	switch {
	case wt.whatIf != nil && wt.atEnd():
		label = "Verdict if so: "
	case wt.whatIf != nil:
		label = "Verdict if so, so far: "
	case wt.atEnd():
		label, words = endLine(r, w)
	}
	if ansi.StringWidth(label+words) <= w {
		return []string{st.Label.Render(label) + st.Agenda(r.Agenda, words)}
	}
	var out []string
	for _, l := range component.Wrap(label, w) {
		out = append(out, st.Label.Render(l))
	}
	for _, l := range component.WrapIndent("  ", words, w) {
		out = append(out, st.Agenda(r.Agenda, l))
	}
	return out
}

// verdictRows is how many rows the verdict takes above the drawings.
func (wt *walkThrough) verdictRows() int { return len(wt.verdictLines(wt.width)) }

// titleCutSign follows the heading's title where it is cut: the help (?)
// gives it whole (WholeText), as on the questionnaire's heading.
const titleCutSign = " (?)"

// headTitle is the activity's title as the heading shows it in w cells,
// after "Walk-through · [#n] ", and whether it is cut there: the same on
// every step, in "what if" and under "all of it", since the heading is.
func (wt *walkThrough) headTitle(w int) (string, bool) {
	num := ""
	if wt.number != "" {
		num = "[" + wt.number + "] "
	}
	return titleInRoom(wt.ctx, wt.activity, w-ansi.StringWidth("Walk-through · "+num+draftMark(wt.activity)))
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
		lines = wt.startLines(w)
	}
	// What changed keeps a line of its own under an answer that wraps onto
	// three or more; the risks below give up the rows that takes.
	base := max(1, 3-stepRows)
	// A verdict on two lines takes its second from what changed first.
	free := h - walkHeadLines - wt.drawingHeight() - 1 - riskRows(before, r) - (stepRows + base - 3) - (wt.verdictRows() - 1)
	if wt.whatIf != nil {
		free = 0 // the choices below need the rows
	}
	return lines, base + max(0, min(free, len(lines)-base))
}

// startLines say what the walk starts from, before its first answer, in w
// cells: nothing known, or the answers on record for questions the
// questionnaire no longer asks, together in one line (wrapped where the
// width needs it, cut with a sign only where the rows run out, as what
// changed is).
func (wt *walkThrough) startLines(w int) []string {
	if len(wt.onRecord) == 0 {
		return component.Wrap("Nothing is known yet, so the framework can place it nowhere. Space reveals the first answer.", w)
	}
	return append(component.WrapIndent(onRecordLead, wt.onRecordWords(), w),
		component.Wrap("Every verdict of the walk counts them. Space reveals the first answer.", w)...)
}

// onRecordLead heads the answers on record for questions no longer asked.
const onRecordLead = "Also on record, no longer asked: "

// onRecordWords are the answers on record for questions no longer asked,
// by their short names: "forces = police; kinds = training, vetting".
func (wt *walkThrough) onRecordWords() string {
	parts := make([]string, 0, len(wt.onRecord))
	for _, f := range wt.onRecord {
		value := classify.SuggestedMark(wt.isSuggested(f)) + wt.answerText(f, &wt.activity.Facts)
		parts = append(parts, factName(f)+" = "+report.OneLine(value))
	}
	return strings.Join(parts, "; ")
}

// minWordsBeforeSign is the fewest cells of words a line cut short keeps
// before its sign; with less, the sign goes on the line before.
const minWordsBeforeSign = 16

// changeLabel names what the change is of: the step, or the trial answer
// of "what if" (the verdict below is the trial answer's, not the step's:
// said before what it changes).
func (wt *walkThrough) changeLabel() string {
	if wi := wt.whatIf; wi != nil {
		return "What if → " + report.OneLine(wt.trialAnswer()) + ": "
	}
	return "What changed: "
}

// trialAnswer is the answer on trial in words. An answer that has a row
// of its own below is named in its row's words, so that the room tells
// the two apart: "don't know", not the account's "unknown", and "none of
// these" (a list known to hold nothing), not a bare "none".
func (wt *walkThrough) trialAnswer() string {
	wi := wt.whatIf
	set, known := wi.facts.Set(wi.fact)
	for _, c := range wi.choices {
		switch {
		case c.unknown && !known:
			return c.label
		case c.none && known && len(set) == 0:
			return c.label
		}
	}
	return wt.answerText(wi.fact, &wi.facts)
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
	switch {
	case wt.step == 0 && len(wt.onRecord) > 0:
		return []string{head + ": before the first answer"}
	case wt.step == 0:
		return []string{head + ": nothing known"}
	}
	f := wt.steps[wt.step-1]
	sw := wt.stepWords(f)
	value := report.OneLine(wt.shownAnswer(f))
	text := "→ " + value
	tail := sw.tail
	if wt.whatIf != nil {
		// The verdict shown is the trial answer's: this one is the case's.
		tail = sw.trialTail
	}
	answer := st.Label.Render(text) + st.Muted.Render(tail)
	// One walk, one way of naming its steps: the question on every step
	// where each fits with its answer and the longer tail of "what if",
	// else the short label on every step, before "what if" and in it alike
	// (at 80 columns step 2 read "What does the activity do? →" between
	// "implementing actor →" and "state security forces concerned →").
	label := sw.short
	if wt.asksWhole(w) {
		label = sw.ask
	}
	if line := head + ": " + label + " " + answer; ansi.StringWidth(line) <= w {
		return []string{line}
	}
	// On lines of its own, wrapped onto as many as it needs: the answer is
	// never cut.
	lines := []string{head + ": " + sw.short}
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

// stepWords are the words a step's line is made of: its question, the
// fact's short label, and the tail after the answer outside "what if" and
// in it.
type stepWords struct{ ask, short, tail, trialTail string }

// stepWords are the words of the step that reveals f.
func (wt *walkThrough) stepWords(f model.Fact) stepWords {
	sw := stepWords{ask: factName(f), short: factName(f), trialTail: " (the real answer)"}
	if q := wt.rb.QuestionFor(f); q != nil {
		sw.ask = report.OneLine(q.Question)
		if q.Label != "" {
			sw.short = report.OneLine(q.Label)
		}
	}
	if wt.isSuggested(f) {
		// No suggestion is called the real answer: it is on record, and
		// only suggested. Outside "what if" it is said as the activity
		// screen says it: the room hears no suggestion as a fact.
		sw.trialTail, sw.tail = " (the answer on record, "+suggestedWords+")", " ("+suggestedWords+")"
	}
	return sw
}

// asksWhole says whether every step of the walk fits its question whole
// in w cells, with its answer and the longer tail of "what if": only then
// do the steps ask their questions; else each names its fact by the short
// label, so that the answer stays in sight and no step asks in full where
// the others do not.
func (wt *walkThrough) asksWhole(w int) bool {
	for i, f := range wt.steps {
		head := fmt.Sprintf("Step %d of %d", i+1, len(wt.steps))
		sw := wt.stepWords(f)
		value := classify.SuggestedMark(wt.isSuggested(f)) + wt.answerText(f, &wt.activity.Facts)
		if ansi.StringWidth(head+": "+sw.ask+" → "+report.OneLine(value)+sw.trialTail) > w {
			return false
		}
	}
	return true
}

// drawings are both readings with the one activity marked.
func (wt *walkThrough) drawings(pl placement, w, h int) []string {
	lc, rc := wt.left, wt.right
	if wt.drawn != drawnFor(pl, w, h) || lc == nil {
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
	key := drawnFor(pl, wt.width, wt.drawingHeight())
	if wt.drawn != key || wt.left == nil {
		wt.left, wt.right = wt.layOut(pl, wt.width, key.h)
		wt.drawn = key
	}
}

// drawnPlace is what the walk-through's drawings were laid out for.
type drawnPlace struct {
	in2015   region2015
	inNarrow classify.Agenda
	// The marks "~" of the markers: what if on a suggested answer places
	// the activity where it was, on the room's answer.
	on2015Suggested, onNarrowSuggested bool
	w, h                               int
}

// drawnFor is what drawings of pl in w×h are laid out for.
func drawnFor(pl placement, w, h int) drawnPlace {
	return drawnPlace{pl.In2015, pl.InNarrow, pl.On2015Suggested, pl.OnNarrowSuggested, w, h}
}

// riskLines lists the risks of the verdict, marking new ones "+ … (new)" and
// listing those that went as "- … (gone)".
func (wt *walkThrough) riskLines(before, after *classify.Result, w, h int) []string {
	st := wt.ctx.Styles
	out, gone, held := wt.riskRows(before, after, func(head, title, tag string) []string {
		return []string{component.Cut(head+tagged(title, tag, w-ansi.StringWidth(head)), w)}
	})
	key := ""
	if wt.risksCut() && !wt.fullChange {
		key = changeKey
	}
	hidden := len(out) - h + 1
	// The new risks among the lines out of sight: one line each, after the
	// heading, in the verdict's order.
	added, _ := riskChange(before, after)
	isNew := map[string]bool{}
	for _, r := range added {
		isNew[r.Rule.ID] = true
	}
	newHidden := 0
	for i, r := range after.Risks {
		if isNew[r.Rule.ID] && 1+i >= h-1 {
			newHidden++
		}
	}
	if h > 0 && hidden > 1 && (gone+held > 0 || newHidden > 0) {
		// The heading counts the risks there are; the sign counts lines,
		// and a new or a gone risk's is among them: said so, or the sign
		// hides what changed ("… 11 more" held a new one).
		sign := fmt.Sprintf("  … %d more", hidden)
		if newHidden > 0 {
			sign += fmt.Sprintf(", %d new", newHidden)
		}
		if gone > 0 {
			sign += fmt.Sprintf(", %d gone", min(hidden, gone))
		}
		if held > 0 {
			sign += fmt.Sprintf(", %d held open", min(hidden, held))
		}
		if key != "" {
			sign += " (" + key + ": all of it)"
		}
		return append(out[:h-1:h-1], st.Muted.Render(component.Cut(sign, w)))
	}
	return component.CutRows(st, out, h, w, key)
}

// wholeRiskLines are the lines of riskLines with every title whole,
// wrapped to w cells under its severity.
func (wt *walkThrough) wholeRiskLines(before, after *classify.Result, w int) []string {
	out, _, _ := wt.riskRows(before, after, func(head, title, tag string) []string {
		return component.WrapIndent(head, report.OneLine(title)+tag, w)
	})
	return out
}

// riskRows lists the verdict's risks under their heading, new ones marked
// "+ … (new)", then those that went, dimmed, "- … (gone)"; line lays out one
// risk (cut or wrapped); a risk not raised now only for a fact not known
// is "(held open)", not gone. It returns the lines and how many risks went
// and are held open.
func (wt *walkThrough) riskRows(before, after *classify.Result, line func(head, title, tag string) []string) (out []string, gone, held int) {
	st := wt.ctx.Styles
	added, went := riskChange(before, after)
	isNew := map[string]bool{}
	for _, r := range added {
		isNew[r.Rule.ID] = true
	}
	out = []string{st.Heading.Render(fmt.Sprintf("Risks (%d)", len(after.Risks)))}
	if len(after.Risks) == 0 && len(went) == 0 {
		out = append(out, st.Muted.Render("  none with what is known"))
	}
	for _, r := range after.Risks {
		mark, tail := "  ", ""
		if isNew[r.Rule.ID] {
			mark, tail = "+ ", " (new)"
		}
		out = append(out, line(mark+component.RiskMark(r)+st.Severity(r.Severity, component.SeverityTag(r.Severity))+" ", r.Rule.Title, tail)...)
	}
	for _, r := range went {
		tag := " (gone)"
		if len(heldOpen(r, after)) > 0 {
			held++
			// Not known now, not gone: the list of risks says so as the
			// verdict says "none with what is known".
			tag = " (held open)"
		}
		for _, l := range line("- "+component.RiskMark(r)+component.SeverityTag(r.Severity)+" ", r.Rule.Title, tag) {
			out = append(out, st.Muted.Render(l))
		}
	}
	return out, len(went) - held, held
}

// tagged is a title cut to w cells with its tag (new, gone) kept whole
// after it: the tag is what the line is there to say.
func tagged(title, tag string, w int) string {
	return component.Cut(report.OneLine(title), w-ansi.StringWidth(tag)) + tag
}

// answerRows are the answers' lines in a column w wide, step by step,
// each wrapped whole where whole says so, else cut to a line; and how many
// rows they take under their heading.
func (wt *walkThrough) answerRows(w int, whole func(i int) bool) (rows [][]string, total int) {
	st := wt.ctx.Styles
	// The numbers right-aligned, so that the names start in one column.
	digits := len(strconv.Itoa(len(wt.steps)))
	line := func(i int, f model.Fact, whole bool) []string {
		if i >= wt.step {
			return []string{st.Muted.Render(component.Cut(fmt.Sprintf("  %*d %s: (to come)", digits, i+1, factName(f)), w))}
		}
		mark := "  "
		if i == wt.step-1 {
			mark = "> "
		}
		lead, text := fmt.Sprintf("%s%*d %s: ", mark, digits, i+1, factName(f)), report.OneLine(wt.shownAnswer(f))
		if whole {
			return component.WrapIndent(lead, text, w)
		}
		return []string{component.Cut(lead+text, w)}
	}
	rows, total = make([][]string, len(wt.steps)), 1
	for i, f := range wt.steps {
		rows[i] = line(i, f, whole(i))
		total += len(rows[i])
	}
	return rows, total
}

// answerLines list the answers revealed so far and the questions still to
// come, the last revealed marked ">". An answer longer than the column
// wraps under its name where the rows allow it, every answer where they
// all fit, else the last revealed: at 200×60 five kinds were cut at 100
// columns with the rows below the list empty.
func (wt *walkThrough) answerLines(w, h int) []string {
	st := wt.ctx.Styles
	rows, total := wt.answerRows(w, func(int) bool { return true })
	if total > h {
		// Not all fit whole: the last revealed keeps its rows, the others
		// take a line each, cut; where even that does not fit, all do.
		if rows, total = wt.answerRows(w, func(i int) bool { return i == wt.step-1 }); total > h {
			rows, _ = wt.answerRows(w, func(int) bool { return false })
		}
	}
	out := make([]string, 0, h)
	out = append(out, wt.answersHeading(w))
	for i, r := range rows {
		for _, l := range r {
			if len(out) == h {
				break
			}
			if i == wt.step-1 {
				l = st.Label.Render(l)
			}
			out = append(out, l)
		}
	}
	for len(out) < h {
		out = append(out, "")
	}
	return out[:h]
}

// suggestedWords say what "~" before an answer means, as the activity
// screen says it.
const suggestedWords = "suggested by the words, not yet confirmed"

// answersHeading heads the list of answers, w cells wide: where an answer
// revealed is only suggested, it says what its "~" means.
func (wt *walkThrough) answersHeading(w int) string {
	st := wt.ctx.Styles
	if !wt.anySuggestedShown() {
		return st.Heading.Render("Answers")
	}
	for _, key := range []string{" · ~ " + suggestedWords, " · ~ suggested, not yet confirmed", " · ~ not yet confirmed"} {
		if ansi.StringWidth("Answers"+key) <= w {
			return st.Heading.Render("Answers") + st.Muted.Render(key)
		}
	}
	return st.Heading.Render("Answers")
}

// endLine is the verdict's label and words on the last step, in w cells:
// nothing comes after, and the room is told so. What is complete is the
// walk-through; the verdict is final only where no question is open, else
// the line says it still waits on them (at 80 columns "Complete · final
// verdict … 9 open questions" read as settled). Nor is it final where an
// answer it rests on is only suggested: it waits on its confirmation.
func endLine(r *classify.Result, w int) (label, words string) {
	open := len(r.OpenQuestions)
	if open == 0 && len(r.Suggested) == 0 {
		label = "Walk-through complete · final verdict: "
		if ansi.StringWidth(label+verdictWords(r)) > w {
			label = "Complete · final verdict: "
		}
		if ansi.StringWidth(label+verdictWords(r)) > w {
			// On the line below its label: the label can say it all.
			label = "Walk-through complete · final verdict:"
		}
		return label, verdictWords(r)
	}
	words = report.VerdictTier(r) + " · " + report.OneLine(report.VerdictAgenda(r)) + " · " + component.RiskCount(r)
	waits := component.Plural(open, "open question", "open questions")
	if open == 0 {
		waits = component.Plural(len(r.Suggested), "answer not yet confirmed", "answers not yet confirmed")
	}
	for _, l := range []string{
		"Walk-through complete · the verdict waits on " + waits + ": ",
		"Walk-through complete · verdict waits on " + waits + ": ",
		"Walk-through done · verdict waits on " + waits + ": ",
	} {
		if ansi.StringWidth(l+words) <= w {
			return l, words
		}
	}
	// None fits on a line: the verdict goes on the line below its label,
	// and the label can say it all.
	return "Walk-through complete · the verdict waits on " + waits + ":", words
}
