package questionnaire

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/report"
	"github.com/pocssr/pocssr/classify/suggest"
	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/component"
	"github.com/pocssr/pocssr/ui/flow"
	"github.com/pocssr/pocssr/ui/panel"
	"github.com/pocssr/pocssr/ui/words"
)

// How the questionnaire shares its area with the live panel: beside it from
// 100 columns, below it on a narrower terminal, and in either case giving a
// question the rows it needs to read whole before the panel gets them.

// wide reports whether the live panel stands beside the questions: from
// 100 columns it does, unless a question reads whole only with the panel
// below it, or its help reads whole only there; then the panel gives way.
func (q *Screen) wide() bool {
	if q.width < 100 {
		return false
	}
	if q.stage != Asking || q.jumping {
		return true
	}
	lw := q.width - q.panelWidth() - 1
	if whole, _ := q.askRows(lw); whole <= q.height {
		return true
	}
	if whole, _ := q.askRows(q.width); whole+panel.CompactMin <= q.height {
		return false
	}
	_, least := q.askRows(lw)
	return least <= q.height
}

// panelRows is how many rows the live panel below the questions takes: all
// it has, less what a question needs to read whole; where its choices
// scroll all the same, less what its help needs; and never less than the
// verdict's line.
func (q *Screen) panelRows() int {
	if q.stage != Asking || q.jumping {
		return panel.CompactHeight
	}
	rows := func(need int) int { return max(panel.CompactMin, min(panel.CompactHeight, q.height-need)) }
	whole, least := q.askRows(q.width)
	if whole+panel.CompactMin <= q.height {
		return rows(whole)
	}
	// The help and the words of a suggestion read whole where the verdict
	// keeps two lines more than its own (its risks) beside the choices'
	// least rows, and the note of relevance too where there is room for
	// it; else they give way first, the note before the help.
	if qq := q.question(); qq != nil {
		_, help, marker, _, note := q.askParts(qq, q.width)
		cut := least + max(0, len(help)-1) + max(0, len(marker)-1)
		if withNote := cut + max(0, len(note)-noteLeast); withNote+panel.CompactMin+2 <= q.height {
			return rows(withNote)
		}
		if cut+panel.CompactMin+2 <= q.height {
			return rows(cut)
		}
	}
	return rows(least)
}

// panelWidth grows on a wide terminal, so that the verdict's tier and risks
// read whole beside the questions.
func (q *Screen) panelWidth() int { return min(max(46, q.width/3), 64, q.width*2/5) }

func (q *Screen) leftWidth() int {
	if q.wide() {
		return q.width - q.panelWidth() - 1
	}
	return q.width
}

func (q *Screen) leftHeight() int {
	if q.wide() {
		return q.height
	}
	return q.height - q.panelRows()
}

// HelpCut ends a question's help cut short: only a terminal too short for
// it and the choices' least rows cuts it, and the help screen (?) shows it
// whole (WholeText).
const HelpCut = "… (? shows it whole)"

// WholeText is the question's help where the screen drawn last cut it,
// and the chosen answers out of sight where the line under the choices
// counted some it could not name, for the help screen to show whole; and
// each a paragraph of its own, the title where the heading beside the
// panel cut it, the risks and the open questions where the panel below
// counted or cut them (and the suggested answers, where it cut them or
// counted them: "+ not shown: 4 suggested · 12 open"), and the note of
// relevance where it was cut:
// at 80×24 the help of the kinds, which says the first ticked sets the
// tier and the agenda, was cut with no key to read the rest.
//
// Last come the answers, each whole, where the choices were cut
// (withAnswers): the longest part, it follows the shorter ones.
func (q *Screen) WholeText() (heading, text string) {
	if q.jumping && q.jumpCut != "" {
		// The row under the cursor of the jump list, cut where it is longer
		// than the list.
		return "The row, whole", q.jumpCut
	}
	heading, text = q.withAnswers(q.wholeParts())
	if h, t, cut := q.reviewWhole(); q.stage == Reviewing && cut {
		// The review of answers cut a long answer: every one, whole.
		if heading == "" {
			return h, t
		}
		return strings.TrimSuffix(heading, ", whole") + "; y" + strings.TrimPrefix(h, "Y"), text + "\n" + t
	}
	return heading, text
}

// wholeParts is WholeText but the jump list's row and the answers.
func (q *Screen) wholeParts() (heading, text string) {
	if q.stage == Mitigating {
		if heading, text, ok := q.adviceWhole(); ok {
			return heading, text
		}
	}
	heading, text = q.wholeQuestion()
	text = report.OneLine(text) // a paragraph: the help screen starts one at each line
	if q.titleCut || q.titleShortened {
		// The title, cut on the heading (on its second line beside the
		// panel); one the import shortened with the note the activity's
		// screen gives under it, and the paragraph it was cut from whole.
		sign := ""
		if q.titleShortened {
			sign = suggest.ShortenedTitleSign(q.activity)
		}
		name, whole := component.TitleWhole(component.TopicMark(q.topicOnSuggested())+report.OneLine(q.activity.Title), report.OneLine(q.activity.Source.Text), sign)
		if heading == "" {
			heading, text = name+", whole", whole
		} else {
			heading, text = name+"; t"+strings.TrimPrefix(heading, "T"), whole+"\n"+text
		}
	}
	if name, whole, ok := q.sourceWhole(); ok {
		// The source paragraph, cut on the heading's third line.
		if heading == "" {
			heading, text = "T"+name[1:]+", whole", whole
		} else {
			heading, text = strings.TrimSuffix(heading, ", whole")+"; "+name+", whole", text+"\n"+whole
		}
	}
	if q.noteCut {
		// The note of relevance, cut to two lines under the choices.
		whole := NotePrefix + report.OneLine(q.note)
		if heading == "" {
			heading, text = "The note of relevance, whole", whole
		} else {
			heading, text = strings.TrimSuffix(heading, ", whole")+"; the note of relevance, whole", text+"\n"+whole
		}
	}
	// The live verdict's risks and open questions, where the panel below
	// the questions counted or cut them (naming ?): the side panel lists
	// them all. The risks in the verdict's order, each a line of its own.
	if q.wide() {
		return heading, text
	}
	r, notes := q.panelInput()
	shown := q.panel.Whole(&r, notes, q.width, q.panelRows())
	var what, whole []string
	if !shown.Verdict {
		what = append(what, "the verdict")
		whole = append(whole, q.panel.VerdictWhole(&r, notes))
	}
	if !shown.Suggested {
		what = append(what, "the suggested answers")
		whole = append(whole, "Suggested, not yet confirmed: "+component.FactList(notes.Suggested)+".")
	}
	if !shown.Ticks {
		what = append(what, "the note on your ticks")
		whole = append(whole, strings.ToUpper(notes.Ticks[:1])+notes.Ticks[1:]+".")
	}
	if !shown.Risks {
		what = append(what, "the risks")
		whole = append(whole, fmt.Sprintf("Risks (%d):", len(r.Risks)))
		for _, k := range r.Risks {
			whole = append(whole, component.SeverityTag(k.Severity)+" "+report.OneLine(k.Rule.Title))
		}
	}
	if !shown.Open {
		what = append(what, "the open questions")
		whole = append(whole, fmt.Sprintf("Open questions (%d): %s.", len(r.OpenQuestions), strings.Join(panel.OpenNames(&r), ", ")))
	}
	if !shown.Portfolio {
		what = append(what, "the portfolio notes")
		for _, n := range notes.Portfolio {
			whole = append(whole, "Portfolio: "+panel.PortfolioText(n))
		}
	}
	if len(what) == 0 {
		return heading, text
	}
	if heading == "" {
		return "T" + component.Series(what)[1:] + ", whole", strings.Join(whole, "\n")
	}
	return strings.TrimSuffix(heading, ", whole") + "; " + component.Series(what) + ", whole", text + "\n" + strings.Join(whole, "\n")
}

// wholeQuestion is the question's help and its chosen answers out of
// sight, where the screen drawn last cut them.
func (q *Screen) wholeQuestion() (heading, text string) {
	qq := q.question()
	if q.stage != Asking || qq == nil {
		return "", ""
	}
	var parts []string
	if q.helpCut {
		heading = "The question's help, whole"
		parts = append(parts, qq.Question+" "+qq.Help)
	}
	if len(q.tickedCut) > 0 {
		lead := strings.TrimSpace(q.chosenLead(qq))
		heading = "The answers " + strings.TrimSuffix(lead, ":") + " out of sight, whole"
		if q.helpCut {
			heading = "The question's help and the answers " + strings.TrimSuffix(lead, ":") + ", whole"
		}
		parts = append(parts, strings.ToUpper(lead[:1])+lead[1:]+" "+strings.Join(q.tickedCut, ", ")+".")
	}
	return heading, strings.Join(parts, " ")
}

// withAnswers is the help's heading and text with every answer of the
// question asked, each a paragraph, where the choices drawn last were cut
// with "… (?)".
func (q *Screen) withAnswers(heading, text string) (string, string) {
	qq := q.question()
	if !q.answersCut || q.stage != Asking || qq == nil {
		return heading, text
	}
	if heading == "" {
		heading = "The answers, whole"
	} else {
		heading = strings.TrimSuffix(heading, ", whole") + "; the answers, whole"
	}
	answers := q.answersWhole(qq)
	if text != "" {
		answers = append([]string{text}, answers...)
	}
	return heading, strings.Join(answers, "\n")
}

// answersWhole are the choices of qq as their rows name them (key and
// label), each with its explanation whole.
func (q *Screen) answersWhole(qq *classify.Question) []string {
	var lines []string
	for i, c := range flow.Choices(qq) {
		key := choiceKey(i)
		if c.Kind == flow.DontKnow {
			key = "0"
		}
		line := strings.TrimSpace(key + " " + report.OneLine(c.Label))
		if c.Explain != "" {
			line += " — " + report.OneLine(c.Explain)
		}
		lines = append(lines, line)
	}
	return lines
}

// askParts are the lines of a question at width w, but its choices: the
// question, its help whole, the mark of a suggestion, how to tick, and the
// note of relevance.
func (q *Screen) askParts(qq *classify.Question, w int) (question, help, marker, hint, note []string) {
	st := q.ctx.Styles
	for _, l := range component.Wrap(qq.Question, w) {
		question = append(question, st.Label.Render(l))
	}
	help = component.Wrap(qq.Help, w)
	marker = q.suggestionMarker(w)
	// How to tick, on a question of several answers, is never left out: it
	// is the one line that says how to answer.
	if qq.Fact.Type() == model.SetOf {
		// On a suggested list, the line under it says what enter does.
		ticks := "space ticks, enter confirms"
		if q.isSuggested(qq.Fact) {
			ticks = "space ticks"
		}
		text := ticks
		if qq.Fact == model.Kinds {
			// The rule of the first ticked says how the tier is decided, so
			// it stays; where the whole line does not fit, the words on p
			// give way to keep it one line, a line more for the choices,
			// which scroll at 80×24 (it had dropped the rule, with no sign).
			text += "; the first ticked is primary, or the one p marks"
			if long := ticks + "; the first ticked is primary (p makes the highlighted one primary)"; ansi.StringWidth("("+long+")") <= w {
				text = long
			}
		}
		for _, l := range component.Wrap("("+text+")", w) {
			hint = append(hint, st.Muted.Render(l))
		}
		if q.isSuggested(qq.Fact) {
			// What ~ marks, and that saving makes the ticks the planner's
			// answer: the values left ticked were never looked at. Once
			// the ticks differ, the suggestion's line above says what
			// enter does (acceptWords): said once, not on two lines in a
			// row.
			legend := ticksHint
			if q.ticked && q.onSuggestedList() && qq.Fact == q.fact && len(marker) > 0 {
				legend = component.SuggestedLegend
			}
			for _, l := range component.Wrap(legend, w) {
				hint = append(hint, st.Accent.Render(l))
			}
		}
	}
	// The readings of this question's answer that were set aside show on
	// it, dimmed, with why: at 80×24 the description step only counted
	// them, and in its text fields ? types a '?'.
	for _, l := range q.setAside(qq.Fact, w) {
		hint = append(hint, st.Muted.Render(l))
	}
	return question, help, marker, hint, q.noteLines(w, 0)
}

// NotePrefix begins the note of relevance.
const NotePrefix = "Relevance changed — "

// noteLeast is how many lines the note of relevance keeps at the least: it
// gives way to the help and the choices' least rows down to two, the second
// cut with the sign that ? shows it whole.
const noteLeast = 2

// noteLines is the note of relevance wrapped to w, whole where keep is 0
// or enough; else in keep lines, the last cut with HelpCut: at 200×60 it
// was cut to two lines with 14 rows empty under it, and at 80×24 cut with
// no key to read the rest.
func (q *Screen) noteLines(w, keep int) []string {
	if q.note == "" {
		return nil
	}
	pw := ansi.StringWidth(NotePrefix)
	lines := component.Wrap(q.note, w-pw)
	if keep > 0 && len(lines) > keep {
		rest := strings.Join(lines[keep-1:], " ")
		lines = append(lines[:keep-1], ansi.Truncate(rest, max(0, w-pw-ansi.StringWidth(HelpCut)), "")+HelpCut)
	}
	for i := range lines {
		if i == 0 {
			lines[i] = NotePrefix + lines[i]
		} else {
			lines[i] = strings.Repeat(" ", pw) + lines[i]
		}
	}
	return lines
}

// askRows is how many rows the question asked takes at width w with the
// heading above it and its help whole: with every choice wrapped whole
// (whole), and with the choices' least rows (least, see choiceLeast) and
// the help cut.
func (q *Screen) askRows(w int) (whole, least int) {
	qq := q.question()
	if qq == nil {
		return 0, 0
	}
	question, help, marker, hint, note := q.askParts(qq, w)
	n := 3 + len(question) + len(help) + len(marker) + len(hint) + 1 + len(note) // the heading's three lines, and the blank above the choices
	cs := flow.Choices(qq)
	whole = n
	for i, c := range cs {
		whole += len(q.choiceRows(&q.activity.Facts, qq.Fact, c, i, w))
	}
	// At the least the help and the words of a suggestion take a line
	// each, cut with a sign (askView), and the blank line goes: they give
	// way before the choices do.
	least = 3 + len(question) + min(1, len(help)) + min(1, len(marker)) + len(hint) + min(noteLeast, len(note))
	return whole, least + q.choiceLeast(qq)
}

// choiceLeast is the least rows the choices of qq take: five choices (or
// all there are), one line each but the cursor's, which wraps whole, a line
// above and below that counts the others, and, where a chosen answer away
// from the cursor may scroll out of sight, the line that names it. At
// 80×24 the kinds showed one choice of 19 while the question's help and the
// live verdict kept their rows: they give way first, signed.
func (q *Screen) choiceLeast(qq *classify.Question) int {
	cs := flow.Choices(qq)
	if len(cs) <= 3 {
		return len(cs)
	}
	n := min(len(cs), leastChoices)
	if len(cs) > n {
		n += 2 // the signs that count those out of sight
	}
	if q.cursor < len(cs) {
		n += len(q.choiceRows(&q.activity.Facts, qq.Fact, cs[q.cursor], q.cursor, q.width)) - 1
	}
	for i, c := range cs {
		if i != q.cursor && c.Kind != flow.DontKnow && flow.Chosen(&q.activity.Facts, qq.Fact, c) {
			return n + 1
		}
	}
	return n
}

// leastChoices is how many choices a question shows at least, where the
// screen has the rows for them once the help and the verdict gave way.
const leastChoices = 5

// setAside are the readings of fact f the words gave and the reader set
// aside, each once, wrapped to w: "not suggested: training of trainers ←
// “Training of trainers” — outweighed by curriculum"; then those the
// planner set aside (rejectedLines).
func (q *Screen) setAside(f model.Fact, w int) []string {
	if q.reading == nil {
		return nil
	}
	var lines []string
	for _, d := range report.DeclinedOnce(q.reading) {
		if d.Fact == f {
			// As the answers stand: a reason they took away is not given.
			lead, text := words.SetAside(q.rb, d, &q.activity.Facts, false)
			lines = append(lines, component.WrapIndent(lead, text, w)...)
		}
	}
	lines = append(lines, q.unaskedLines(f, w)...)
	return append(lines, q.rejectedLines(f, w)...)
}
