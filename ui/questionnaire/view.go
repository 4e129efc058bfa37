package questionnaire

import (
	"fmt"
	"strconv"
	"strings"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/report"
	"github.com/pocssr/pocssr/classify/suggest"
	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/component"
	"github.com/pocssr/pocssr/ui/flow"
	"github.com/pocssr/pocssr/ui/panel"
	"github.com/pocssr/pocssr/ui/register"
)

// portfolioNotes compares the worksheet's findings with the activity as the
// live verdict shows it, and without it.
func (q *Screen) portfolioNotes() []panel.PortfolioNote {
	fs, _ := q.shownFacts()
	return panel.PortfolioNotes(q.ctx.Sheet, q.activity, fs)
}

// View draws the questionnaire and its live panel.
func (q *Screen) View() string {
	if q.width <= 0 || q.height <= 0 {
		return ""
	}
	r, notes := q.panelInput()
	lw, lh := q.leftWidth(), q.leftHeight()
	if !q.wide() {
		below := q.panel.Compact(&r, notes, q.width, q.panelRows())
		lh = q.height - strings.Count(below, "\n") - 1
		return component.Block(q.leftView(lw, lh), lw, lh) + "\n" + below
	}
	left := strings.Split(component.Block(q.leftView(lw, lh), lw, lh), "\n")
	side := strings.Split(q.panel.Side(&r, notes, q.panelWidth(), q.height), "\n")
	for i := range left {
		if i < len(side) {
			left[i] += " " + side[i]
		}
	}
	return strings.Join(left, "\n")
}

// panelInput is what the live panel draws: the verdict and its notes.
func (q *Screen) panelInput() (classify.Result, panel.Notes) {
	r, preview := q.Result()
	notes := panel.Notes{Preview: preview, Suggested: q.restingSuggestions(), Ticks: q.ticksNote(), Portfolio: q.portfolioNotes()}
	if q.stage == Describing {
		_, notes.Suggested = q.withSuggestions()
	} else if c, ok := q.previewedChoice(); ok {
		notes.PreviewOf = "“" + c.Label + "”"
	}
	// the help shows them whole (WholeText); from a text field, where ?
	// is typed, f1 opens it
	notes.WholeKey = "?"
	if q.TextFocused() {
		notes.WholeKey = "f1"
	}
	return r, notes
}

// leftLines is how many lines the left side has, as View lays it out: on
// a narrow terminal, what the panel below leaves.
func (q *Screen) leftLines() int {
	if q.wide() {
		return q.leftHeight()
	}
	r, notes := q.panelInput()
	return q.height - strings.Count(q.panel.Compact(&r, notes, q.width, q.panelRows()), "\n") - 1
}

// progressBar draws answered of relevant as a bar of marks, readable without colour.
func progressBar(answered, relevant, w int) string {
	if relevant == 0 || w <= 2 {
		return ""
	}
	full := answered * w / relevant
	return "[" + strings.Repeat("#", full) + strings.Repeat(".", w-full) + "]"
}

// headBar is the progress bar after the heading's words at width w: its
// width is what the widest words of any step leave (widestHeadWords), up
// to 20, so that one terminal width has one bar: it was 20 cells on a
// question, 17 while suggestions waited and 10 on the description, at 80
// columns.
func headBar(answered, relevant, digits, w int) string {
	return progressBar(answered, relevant, min(20, w-widestHeadWords(digits)-2))
}

// widestHeadWords is the width of the widest words the heading can have
// before its bar, on any step, with every number in them counted as digits
// wide, the most digits they can have (the bar lost a cell from question 9
// to question 10).
func widestHeadWords(digits int) int {
	n := 0
	for _, where := range []string{"Description", "Review", risksWhere(0, 0), questionWhere(0, 0)} {
		counts := headCountWords(0, 0, 1, 0, "")
		if where == "Description" {
			counts = headCountWords(0, 0, 1, 0, component.Plural(0, "answer", "answers"))
		}
		n = max(n, widthAtDigits(where+counts, digits))
		if where == questionWhere(0, 0) {
			n = max(n, widthAtDigits(where+headCountWords(0, 0, 1, 1, ""), digits))
		}
	}
	return n
}

// questionWhere and risksWhere say where the heading is: at which question
// of how many, at which risk of how many.
func questionWhere(n, of int) string { return fmt.Sprintf("Question %d of %d", n, of) }
func risksWhere(n, of int) string    { return fmt.Sprintf("Risk %d of %d", n, of) }

// headCountWords are the heading's counts: the relevant questions
// answered, and those suggested where there are some, with the suggested
// answers ("3 answers") where those are more than the questions. Where
// the question asked holds the planner's ticks not yet saved (ticks), it
// is counted with the suggested among those not confirmed: the live
// verdict names which are suggested and which are the planner's ticks.
func headCountWords(answered, relevant, suggested, ticks int, answers string) string {
	switch {
	case ticks > 0:
		return fmt.Sprintf(" · answered %d of %d relevant, %d not confirmed ", answered, relevant, suggested+ticks)
	case suggested == 0:
		return fmt.Sprintf(" · answered %d of %d relevant ", answered, relevant)
	case answers != "":
		return fmt.Sprintf(" · answered %d of %d relevant, %d suggested (%s) ", answered, relevant, suggested, answers)
	}
	return fmt.Sprintf(" · answered %d of %d relevant, %d suggested ", answered, relevant, suggested)
}

// widthAtDigits is the width of s were each of its numbers digits wide
// (a wider one counts as it is).
func widthAtDigits(s string, digits int) int {
	n, run := ansi.StringWidth(s), 0
	for _, r := range s + " " {
		if r >= '0' && r <= '9' {
			run++
			continue
		}
		if run > 0 && run < digits {
			n += digits - run
		}
		run = 0
	}
	return n
}

func (q *Screen) leftView(w, h int) string {
	st := q.ctx.Styles
	answered, relevant, suggested, ticks := q.headCounts()
	var where string
	switch q.stage {
	case Describing:
		where = "Description"
	case Reviewing:
		where = "Review"
	case Mitigating:
		where = risksWhere(flow.RiskIndex(q.risks, q.risk)+1, len(q.risks))
	default:
		where = questionWhere(q.jumpPlace(), relevant)
	}
	// The count is of questions, as answered and relevant are (the
	// verdict's open questions are what they leave). The description's
	// list shows the suggested answers, one a row ("~ kinds" twice for
	// two kinds): where those are more, the heading says how many.
	answers := ""
	if q.stage == Describing && suggested > 0 {
		if n := q.suggestedAnswers(); n != suggested {
			answers = component.Plural(n, "answer", "answers")
		}
	}
	counts := headCountWords(answered, relevant, suggested, ticks, answers)
	digits := len(strconv.Itoa(max(len(q.walk.Rulebook().Questions), len(q.risks))))
	head := st.Heading.Render(where) + st.Muted.Render(counts) + headBar(answered, relevant, digits, w)
	title := report.OneLine(q.activity.Title)
	if title == "" {
		title = "(untitled)"
	} else {
		title = component.TopicMark(q.topicOnSuggested()) + title
	}
	verb := "Editing: "
	if q.isNew {
		verb = "New activity: "
	}
	lines := []string{component.Cut(head, w), component.Cut(st.Muted.Render(verb)+title, w), ""}
	q.titleCut = false
	end := 1 // the heading's line where the title ends
	if q.wide() && q.stage != Describing && ansi.StringWidth(verb+title) > w {
		// Beside the live panel a long title takes the blank line under
		// it, where the rows are: at 200 columns it was cut at the panel
		// with that line empty. Longer still, its second line is cut,
		// naming ? where it reaches the help (WholeText). The description
		// step shows it whole under its field.
		ws := component.WrapIndent(st.Muted.Render(verb), title, w)
		if len(ws) > 2 {
			rest := ws[1]
			for _, l := range ws[2:] {
				rest += " " + strings.TrimLeft(l, " ")
			}
			sign := ""
			if !q.TextFocused() {
				sign = " (?)"
			}
			ws = []string{ws[0], component.Cut(rest, w-ansi.StringWidth(sign)) + st.Key.Render(sign)}
			q.titleCut = true
		}
		copy(lines[1:], ws)
		end = len(ws)
	} else if q.stage != Describing && ansi.StringWidth(verb+title) > w {
		// Below the questions (80 columns) the heading keeps one line: a
		// long title is cut there naming the key of the help, which gives
		// it whole (the description's field shows it whole).
		sign := " (?)"
		if q.TextFocused() {
			sign = " (f1)"
		}
		lines[1] = component.Cut(st.Muted.Render(verb)+title, w-ansi.StringWidth(sign)) + st.Key.Render(sign)
		q.titleCut = true
	}
	q.titleShortened = q.stage != Describing && suggest.ShortenedTitle(q.activity)
	if q.titleShortened && !q.titleCut {
		// A title the import shortened ends in "…" where it fits the
		// line: it names the key of the help too, which says where its
		// words are whole (the activity's screen says it under the title).
		sign := " (?)"
		if q.TextFocused() {
			sign = " (f1)"
		}
		lines[end] = component.Cut(lines[end], w-ansi.StringWidth(sign)) + st.Key.Render(sign)
	}
	q.sourceCut = false
	if end == 1 && q.stage != Describing && !q.jumping {
		lines = append(lines[:2], q.sourceLines(w, q.sourceRows(w, h))...)
	}
	if q.stage == Describing && !q.jumping {
		// The description step has the title in its field, right below,
		// whole: said on the heading too, it was read three times at
		// 80×24 (heading, field, whole under the field), and the line goes
		// to what the words suggest.
		lines = []string{lines[0], ""}
	}
	body := h - len(lines) // reviewWindow counts on these three lines
	switch {
	case q.jumping:
		lines = append(lines, q.jumpView(w, body)...)
	case q.stage == Describing:
		lines = append(lines, q.describeView(w, body)...)
	case q.stage == Reviewing:
		lines = append(lines, q.reviewView(w, body)...)
	case q.stage == Mitigating:
		lines = append(lines, q.mitigateView(w, body)...)
	default:
		lines = append(lines, q.askView(w, body)...)
	}
	return strings.Join(lines, "\n")
}

// askView draws the question, its help and its choices in h lines.
func (q *Screen) askView(w, h int) []string {
	st := q.ctx.Styles
	qq := q.question()
	if qq == nil {
		return nil
	}
	lines, help, marker, hint, note := q.askParts(qq, w)
	q.wordsCut, q.helpCut, q.noteCut, q.tickedCut, q.answersCut = false, false, false, nil, false
	if whole := q.wordsShown && q.wordsWhole == q.fact; len(marker) > 1 && !whole &&
		!q.choicesFit(qq, w, h-len(lines)-len(help)-len(marker)-len(hint)-min(noteLeast, len(note))-1) {
		// The choices need the rows: the words of the suggestion take
		// one line, and w shows them whole.
		line, cut := q.markerLine(w)
		marker, q.wordsCut = []string{line}, cut
	}
	// The note of relevance takes the rows it needs once the help is whole
	// and the choices have their least rows; else it keeps two lines and ?
	// shows it whole (WholeText). It says what an answer changed, once:
	// the choices scroll, it cannot.
	least := q.choiceLeast(qq)
	if keep := max(noteLeast, h-len(lines)-len(help)-len(marker)-len(hint)-least); len(note) > keep {
		note, q.noteCut = q.noteLines(w, keep), true
	}
	// The help is whole while the choices keep their least rows: the
	// choices scroll, the help cannot.
	room := h - len(lines) - len(marker) - len(hint) - len(note) - least
	if q.choicesFit(qq, w, room+least-len(help)-1) {
		room-- // the blank line above the choices, which scroll without it
	}
	if len(help) > max(1, room) {
		keep := max(1, room)
		rest := strings.Join(help[keep-1:], " ")
		help = append(help[:keep-1], ansi.Truncate(rest, max(0, w-ansi.StringWidth(HelpCut)), "")+HelpCut)
		q.helpCut = true
	}
	for _, l := range help {
		lines = append(lines, st.Muted.Render(component.Cut(l, w)))
	}
	lines = append(lines, marker...)
	lines = append(lines, hint...)
	room = h - len(lines) - len(note)
	if q.choicesFit(qq, w, room-1) {
		lines = append(lines, "")
		room--
	} // else the blank line gives its row to the choices, which scroll
	lines = append(lines, q.choiceLines(qq, w, room)...)
	for _, l := range note {
		lines = append(lines, st.Accent.Render(l))
	}
	return lines
}

// answerMark marks an answer: ✓ answered, ~ suggested and not yet
// confirmed, ? open.
func (q *Screen) answerMark(f model.Fact) string {
	switch {
	case q.isSuggested(f):
		return "~"
	case q.activity.Facts.Known(f):
		return "✓"
	}
	return "?"
}

func (q *Screen) answerText(f model.Fact) string {
	if !q.activity.Facts.Known(f) {
		return "don't know"
	}
	return q.rb.ValueText(&q.activity.Facts, f)
}

// reviewView lists every relevant question with its answer.
func (q *Screen) reviewView(w, h int) []string {
	st := q.ctx.Styles
	lines := q.reviewHead(w)
	top, shown := q.reviewWindow(w, h)
	for _, qq := range q.questions[top : top+shown] {
		// An answer too long for its line is cut with the help's sign: the
		// help gives every answer whole (reviewWhole). A list of three kinds
		// read "… early warning and ana…" with no way to read it whole.
		line := q.reviewAnswer(qq.Fact)
		if ansi.StringWidth(line) > w {
			line = component.Cut(line, w-4) + " (?)"
		}
		lines = append(lines, line)
	}
	if hidden := len(q.questions) - shown; hidden > 0 {
		// The rest are a key away, and the line says where they are: "9
		// more questions below", or how many each side when some are above
		// and some below. (It said "9 answers more (9 below)".)
		where := "above"
		switch below := hidden - top; {
		case top > 0 && below > 0:
			where = fmt.Sprintf("(%d above, %d below)", top, below)
		case below > 0:
			where = "below"
		}
		// An open question is no answer: the line counts questions, and
		// says how many of them are open ("11 more answers" held 8).
		open := 0
		for i, qq := range q.questions {
			if (i < top || i >= top+shown) && q.answerMark(qq.Fact) == "?" {
				open++
			}
		}
		what := component.Plural(hidden, "more question", "more questions")
		if open > 0 {
			what += fmt.Sprintf(" (%d open)", open)
		}
		more := fmt.Sprintf("… %s %s: ↑/↓ pgup/pgdn scroll · g lists them all", what, where)
		lines = append(lines, st.Muted.Render(component.Cut(more, w)))
	}
	return append(lines, q.reviewFoot(w)...)
}

// reviewFoot is what the review says under the answers, wrapped to w: how
// to finish, and where the register is when risks fire.
func (q *Screen) reviewFoot(w int) []string {
	st := q.ctx.Styles
	finish := "enter: finish and read the full account"
	if q.inReview {
		finish = "enter: finish and go on with the review of drafts"
	}
	if len(q.risks) > 0 {
		// The flow goes on after the verdict: one step per risk, each
		// skippable, before the account (or the review of drafts).
		finish = "enter: each risk in turn, what is being done about it"
	}
	texts := []string{finish + " · ←: back · g: jump"}
	fire, them := component.Plural(len(q.risks), "risk fires", "risks fire"), "them"
	if len(q.risks) == 1 {
		them = "it"
	}
	switch {
	case len(q.risks) == 0:
	case q.inReview:
		// r finishes the edit, the review of drafts goes on, and the
		// register opens over it: esc there is back in the review.
		texts = append(texts, fire+": what is being done about "+them+"? r: the register (esc there goes on with the review of drafts)")
	default:
		texts = append(texts, fire+": what is being done about "+them+"? r: the register, one entry per risk")
	}
	lines := []string{""}
	for _, t := range texts {
		for _, l := range component.Wrap(t, w) {
			lines = append(lines, st.Accent.Render(l))
		}
	}
	return lines
}

// reviewWindow is which answers the review shows in a body of h lines:
// from the first shown, how many. When they do not all fit, one line says
// how many more there are and the scroll keys move the window.
func (q *Screen) reviewWindow(w, h int) (top, shown int) {
	room := h - len(q.reviewHead(w))
	room -= len(q.reviewFoot(w))
	n := len(q.questions)
	if n <= room {
		return 0, n
	}
	shown = max(1, room-1)
	return max(0, min(q.reviewTop, n-shown)), shown
}

// reviewHead is what the review says above the answers, wrapped to w:
// how many are answered, and what ~ marks when suggestions wait.
func (q *Screen) reviewHead(w int) []string {
	st := q.ctx.Styles
	answered, relevant := q.Progress()
	var lines []string
	for _, l := range component.Wrap(reviewHeadline(answered, relevant, q.waiting()), w) {
		lines = append(lines, st.Label.Render(l))
	}
	if len(q.suggested) > 0 {
		for _, l := range component.Wrap("~ marks an answer suggested by the words, not yet confirmed: go to it and press enter.", w) {
			lines = append(lines, st.Accent.Render(l))
		}
	}
	return append(lines, "")
}

// scrollReview moves the review's answers when km is a scroll key.
func (q *Screen) scrollReview(km tea.KeyMsg) bool {
	top, shown := q.reviewWindow(q.leftWidth(), q.leftLines()-3)
	to, ok := q.scroll.Move(km, top, shown, len(q.questions))
	if ok {
		q.reviewTop = max(0, min(to, len(q.questions)-shown))
	}
	return ok
}

// jumpView lists the description, every relevant question and the review.
// The row under the cursor reads whole, wrapped under its answer, as a
// choice under the cursor does (at 80×24 "✓ 2 kinds: operational
// training, equipment and logistics and presence and de…" was cut with no
// key to read the rest); the others take a line each, cut with "…". A row
// longer than the list leaves is cut naming ?, whose help gives it whole.
func (q *Screen) jumpView(w, h int) []string {
	st := q.ctx.Styles
	rows := q.jumpRows()
	lines := []string{st.Label.Render("Jump to a question") + st.Muted.Render("  (✓ answered, ~ suggested, ? open)")}
	q.jumpCut = ""
	var cursor []string
	if q.jumpRow >= 0 && q.jumpRow < len(rows) {
		cursor = q.jumpCursorLines(rows[q.jumpRow], w, max(1, h-4))
	}
	// The rows in sight, the cursor's counted as one: its other lines take
	// the place of rows.
	room := max(1, h-1-max(0, len(cursor)-1))
	first := 0
	if len(rows) > room {
		// A line above and below counts the rows out of sight; at either
		// end of the list the one sign needed takes its line.
		avail := room
		room = max(1, avail-2)
		first = max(0, min(q.jumpRow-room/2, len(rows)-room))
		switch {
		case first == 0:
			room = max(1, avail-1)
		case first == len(rows)-room:
			room = max(1, avail-1)
			first = len(rows) - room
		}
	}
	end := min(len(rows), first+room)
	if first > 0 {
		lines = append(lines, st.Muted.Render(fmt.Sprintf("  ↑ %d more", first)))
	}
	for i := first; i < end; i++ {
		if i == q.jumpRow {
			lines = append(lines, cursor...)
		} else {
			lines = append(lines, component.Cut("  "+rows[i].lead+rows[i].text, w))
		}
	}
	if end < len(rows) {
		lines = append(lines, st.Muted.Render(fmt.Sprintf("  ↓ %d more", len(rows)-end)))
	}
	return lines
}

// jumpEntry is a row of the jump list: what leads it (the mark, the number
// and the question's name), and its text, wrapped under the lead where the
// row is under the cursor.
type jumpEntry struct{ lead, text string }

// jumpRows are the rows of the jump list: the title and the description,
// each relevant question with its answer, the review and the risks.
func (q *Screen) jumpRows() []jumpEntry {
	// The first row is the step of the title and the description: each
	// under its own label, the title never under the description's.
	desc := report.OneLine(q.activity.Description)
	if strings.TrimSpace(desc) == "" {
		desc = "none"
	}
	rows := []jumpEntry{{"  Title: ", report.OneLine(q.activity.Title) + " · Description: " + desc}}
	for i, qq := range q.questions {
		rows = append(rows, jumpEntry{fmt.Sprintf("%s %2d %s: ", q.answerMark(qq.Fact), i+1, factName(qq.Fact)), q.answerText(qq.Fact)})
	}
	rows = append(rows, jumpEntry{"  ", "Review"})
	// A risk that fires only on suggested answers is "~CRITICAL", as the
	// panel's verdict marks it "~[CRIT]".
	r, _ := q.Result()
	mark := map[string]string{}
	for _, k := range r.Risks {
		mark[k.Rule.ID] = component.RiskMark(k)
	}
	for i, k := range q.risks {
		// Named by its title, as the register names it, not by its id.
		rows = append(rows, jumpEntry{"  ", fmt.Sprintf("Risk %d: %s%s %s", i+1, mark[k.Rule.ID], report.SeverityTag(k.Severity), register.RiskTitle(k))})
	}
	return rows
}

// jumpCursorLines are the lines of the row under the cursor, whole in at
// most most lines; cut, the last names ? and the help gives it whole.
func (q *Screen) jumpCursorLines(r jumpEntry, w, most int) []string {
	lead := "> " + r.lead
	if ansi.StringWidth(lead) > w/2 {
		lead = "> " // a lead too wide to wrap under: the text under the mark
		r.text = r.lead + r.text
	}
	out := component.WrapIndent(lead, r.text, w)
	if len(out) > most {
		q.jumpCut = strings.TrimSpace(r.lead + r.text)
		out = out[:most]
		out[most-1] = ansi.Truncate(out[most-1], w-ansi.StringWidth(HelpCut), "") + HelpCut
	}
	for i := range out {
		out[i] = q.ctx.Styles.Selected.Render(component.Fit(out[i], w))
	}
	return out
}

// reviewHeadline sums up the answers on the questionnaire's last step; it does
// not claim questions were asked that were skipped.
func reviewHeadline(answered, relevant, waiting int) string {
	if answered == relevant {
		return fmt.Sprintf("Every relevant question is answered (%d of %d).", answered, relevant)
	}
	parts := []string{fmt.Sprintf("%d of %d questions answered", answered, relevant)}
	if waiting > 0 {
		parts = append(parts, fmt.Sprintf("%d suggested, to confirm", waiting))
	}
	if open := relevant - answered - waiting; open > 0 {
		parts = append(parts, fmt.Sprintf("%d open", open))
	}
	return strings.Join(parts, "; ") + " (g jumps to one)."
}

// reviewAnswer is one answer as the review of answers lists it.
func (q *Screen) reviewAnswer(f model.Fact) string {
	return q.answerMark(f) + " " + factName(f) + ": " + q.answerText(f)
}

// reviewWhole is every answer of the review whole, one a line, for the
// help screen, where the review cuts one (ok).
func (q *Screen) reviewWhole() (heading, text string, ok bool) {
	answers := make([]string, len(q.questions))
	w := q.leftWidth()
	for i, qq := range q.questions {
		line := q.reviewAnswer(qq.Fact)
		answers[i] = report.OneLine(line)
		ok = ok || ansi.StringWidth(line) > w
	}
	return "Your answers, whole", strings.Join(answers, "\n"), ok
}
