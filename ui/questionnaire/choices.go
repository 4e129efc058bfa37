package questionnaire

import (
	"fmt"
	"slices"
	"strings"

	"github.com/charmbracelet/x/ansi"
	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/component"
	"github.com/pocssr/pocssr/ui/flow"
)

// The choices of the question asked, in the rows the screen leaves them:
// each whole where they fit, else a window around the cursor with signs
// that count the choices out of sight and name the chosen ones among them.

// choiceLines draws the choices of a question in room rows, each whole,
// wrapped: all of them where they fit, else as many as fit around the
// cursor, with a line above and below that counts the choices out of sight,
// and a line that names the chosen ones among them: enter confirms what is
// ticked, so nothing it confirms is out of sight unnamed.
func (q *Screen) choiceLines(qq *classify.Question, w, room int) []string {
	st := q.ctx.Styles
	fs := &q.activity.Facts
	cs := flow.Choices(qq)
	room = max(3, room)
	rows := make([][]string, len(cs))
	total := 0
	for i, c := range cs {
		rows[i] = q.choiceRows(fs, qq.Fact, c, i, w)
		total += len(rows[i])
	}
	if total <= room || len(cs) == 0 {
		return slices.Concat(rows...)
	}
	// They do not fit whole: every choice but the cursor's takes one line,
	// its name whole and its explanation cut with "… (?)"; the cursor's
	// reads whole, so each explanation is a key away, and the help (?)
	// gives them all whole (WholeText).
	q.answersCut = true
	for i, c := range cs {
		if i != q.cursor {
			rows[i] = q.choiceLine(fs, qq.Fact, c, i, w)
		}
	}
	if pinned := q.pinnedChoices(qq, rows, w, room); pinned != nil {
		return pinned
	}
	first, last := q.choiceWindow(rows, room)
	hidden := q.hiddenChosen(qq, first, last)
	for tried := 1; len(hidden) > 0 && room > 3 && tried <= 2; tried++ {
		// The line naming them takes one row; the window drawn again
		// in the rows left may hide another, which the line names too.
		first, last = q.choiceWindow(rows, max(3, room-len(q.chosenLines(qq, hidden, w))))
		hidden = q.hiddenChosen(qq, first, last)
	}
	var lines []string
	if first > 0 {
		lines = append(lines, st.Muted.Render(fmt.Sprintf("  ↑ %d more", first)))
	}
	for i := first; i <= last; i++ {
		lines = append(lines, rows[i]...)
	}
	signs := 0
	if last < len(cs)-1 {
		signs++
	}
	signs += len(q.chosenLines(qq, hidden, w))
	if over := len(lines) + signs - room; over > 0 && first == last {
		// The cursor's choice alone is taller than the rows: it is cut
		// where the rows end, with a sign on its last line.
		keep := max(1, len(rows[first])-over)
		lines = lines[:len(lines)-len(rows[first])]
		lines = append(lines, q.cutChoice(qq, first, w, keep)...)
	}
	if last < len(cs)-1 {
		lines = append(lines, st.Muted.Render(fmt.Sprintf("  ↓ %d more", len(cs)-1-last)))
	}
	return append(lines, q.shownChosen(qq, hidden, w)...)
}

// chosenLines name the chosen answers out of sight on one line, so that
// they never take a row of the choices' own: as many whole as it holds, in
// the order of their ranks, and a count of the others that the help (?)
// names whole with them (WholeText). At 80×24 three suggested kinds
// wrapped onto two lines and left four choices in sight.
func (q *Screen) chosenLines(qq *classify.Question, hidden []string, w int) []string {
	if len(hidden) == 0 {
		return nil
	}
	line, _ := chosenLine(q.chosenLead(qq), hidden, w)
	return []string{q.ctx.Styles.Accent.Render(line)}
}

// shownChosen are chosenLines as drawn: where the line counts answers it
// does not name, the help names them all.
func (q *Screen) shownChosen(qq *classify.Question, hidden []string, w int) []string {
	q.tickedCut = nil
	if _, cut := chosenLine(q.chosenLead(qq), hidden, w); cut {
		q.tickedCut = hidden
	}
	return q.chosenLines(qq, hidden, w)
}

// chosenLine is lead and the names in w cells, as component.NamedOrCounted
// draws them on one line, the help (?) naming those it counts.
func chosenLine(lead string, names []string, w int) (line string, cut bool) {
	lines, cut := component.NamedOrCounted(lead, names, w, 1, "?")
	return lines[0], cut
}

// choicesFit reports whether every choice of qq reads whole in room rows.
func (q *Screen) choicesFit(qq *classify.Question, w, room int) bool {
	total := 0
	for i, c := range flow.Choices(qq) {
		if total += len(q.choiceRows(&q.activity.Facts, qq.Fact, c, i, w)); total > room {
			return false
		}
	}
	return true
}

// pinnedChoices draws the choices when the cursor is on "don't know", the
// last, where a question not yet answered opens: the choices from the first
// down, as many as fit, then a sign that counts those left out, then the
// cursor's; so that a first visit reads the question's answers from the
// top, not from its foot. nil when the cursor is elsewhere, or when the
// first choice and the cursor's do not fit together.
func (q *Screen) pinnedChoices(qq *classify.Question, rows [][]string, w, room int) []string {
	cs := flow.Choices(qq)
	cur := q.cursor
	if cur != len(cs)-1 || cs[cur].Kind != flow.DontKnow {
		return nil
	}
	room -= len(rows[cur]) + 1 // the cursor's choice, and the sign above it
	last, used := -1, 0
	for last+1 < cur && used+len(rows[last+1]) <= room {
		last++
		used += len(rows[last])
	}
	hidden := q.hiddenChosen(qq, 0, last)
	for tried := 1; len(hidden) > 0 && tried <= 2; tried++ {
		for n := len(q.chosenLines(qq, hidden, w)); last >= 0 && used > room-n; {
			used -= len(rows[last])
			last--
		}
		hidden = q.hiddenChosen(qq, 0, last)
	}
	if last < 0 {
		return nil
	}
	st := q.ctx.Styles
	lines := slices.Concat(rows[:last+1]...)
	if n := cur - 1 - last; n > 0 {
		lines = append(lines, st.Muted.Render(fmt.Sprintf("  ↓ %d more", n)))
	}
	lines = append(lines, rows[cur]...)
	return append(lines, q.shownChosen(qq, hidden, w)...)
}

// chosenLead starts the line that names the chosen answers out of sight.
func (q *Screen) chosenLead(qq *classify.Question) string {
	if qq.Fact.Type() == model.SetOf {
		return "  also ticked: "
	}
	return "  chosen: "
}

// choiceWindow is the choices shown in room rows, from first to last: it
// grows a choice at a time, below then above, while it and its signs fit,
// so the cursor stays near the middle.
func (q *Screen) choiceWindow(rows [][]string, room int) (first, last int) {
	n := len(rows)
	cur := max(0, min(q.cursor, n-1))
	first, last, used := cur, cur, len(rows[cur])
	signs := func(first, last int) int {
		s := 0
		if first > 0 {
			s++
		}
		if last < n-1 {
			s++
		}
		return s
	}
	for grown := true; grown; {
		grown = false
		if last+1 < n && used+len(rows[last+1])+signs(first, last+1) <= room {
			last, used, grown = last+1, used+len(rows[last+1]), true
		}
		if first > 0 && used+len(rows[first-1])+signs(first-1, last) <= room {
			first, used, grown = first-1, used+len(rows[first-1]), true
		}
	}
	return first, last
}

// hiddenChosen names the chosen answers of qq outside the choices first to
// last, by key and label; ticked kinds by their rank too, as their boxes
// show it ("[2] 7 Presence and deterrence"), in the order of their ranks:
// the rank is what p changes, and the first sets the tier.
func (q *Screen) hiddenChosen(qq *classify.Question, first, last int) []string {
	fs := &q.activity.Facts
	type named struct {
		rank int
		name string
	}
	var all []named
	for i, c := range flow.Choices(qq) {
		if (i >= first && i <= last) || c.Kind == flow.DontKnow || !flow.Chosen(fs, qq.Fact, c) {
			continue
		}
		label := c.Label
		if q.suggestedChoice(qq.Fact, c) {
			label = "~ " + label // suggested only, as its row marks it
		}
		n := named{name: strings.TrimSpace(choiceKey(i) + " " + label)}
		if qq.Fact == model.Kinds && c.Kind == flow.Value {
			if n.rank = flow.Rank(fs, qq.Fact, c.Value); n.rank > 0 {
				n.name = fmt.Sprintf("[%d] %s", n.rank, n.name)
			}
		}
		all = append(all, n)
	}
	slices.SortStableFunc(all, func(a, b named) int { return a.rank - b.rank })
	names := make([]string, len(all))
	for i, n := range all {
		names[i] = n.name
	}
	return names
}

// cutChoice is the choice i in keep rows, its last row ending in "…".
func (q *Screen) cutChoice(qq *classify.Question, i, w, keep int) []string {
	lead, rest := q.choiceText(&q.activity.Facts, qq.Fact, flow.Choices(qq)[i], i)
	mark := "  "
	if i == q.cursor {
		mark = "> "
	}
	rows := component.WrapIndent(mark+lead, rest, w)
	if len(rows) > keep {
		rows = rows[:keep]
		if l := rows[keep-1]; ansi.StringWidth(l)+2+len(AnswerCut) <= w {
			rows[keep-1] = l + " …" + AnswerCut
		} else {
			rows[keep-1] = ansi.Truncate(l, w-1-len(AnswerCut), "") + "…" + AnswerCut
		}
	}
	if i == q.cursor {
		for j := range rows {
			rows[j] = q.ctx.Styles.Selected.Render(component.Fit(rows[j], w))
		}
	}
	return rows
}

// choiceRows is a choice with its label and explanation wrapped under the
// label, the cursor's highlighted.
func (q *Screen) choiceRows(fs *model.Facts, f model.Fact, c flow.Choice, i, w int) []string {
	lead, rest := q.choiceText(fs, f, c, i)
	mark := "  "
	if i == q.cursor {
		mark = "> "
	}
	rows := component.WrapIndent(mark+lead, rest, w)
	if i == q.cursor {
		for j := range rows {
			rows[j] = q.ctx.Styles.Selected.Render(component.Fit(rows[j], w))
		}
	}
	return rows
}

// choiceLine is a choice away from the cursor where the choices do not fit
// whole: its box, key and name whole (wrapped on a narrow terminal), and
// as much of its explanation as the name's last line leaves, cut with "…".
func (q *Screen) choiceLine(fs *model.Facts, f model.Fact, c flow.Choice, i, w int) []string {
	lead, name, explain := q.choiceParts(fs, f, c, i)
	rows := component.WrapIndent("  "+lead, name, w)
	if explain == "" {
		return rows
	}
	last := &rows[len(rows)-1]
	sign := len(AnswerCut)
	switch rest := " — " + explain; {
	case ansi.StringWidth(*last+rest) <= w:
		*last += rest
	case ansi.StringWidth(*last+" — …")+sign <= w:
		*last = component.Cut(*last+rest, w-sign) + AnswerCut
	case ansi.StringWidth(*last+" …")+sign <= w:
		*last += " …" + AnswerCut
	default:
		rows = append(rows, component.Cut(strings.Repeat(" ", ansi.StringWidth("  "+lead))+"— "+explain, w-sign)+AnswerCut)
	}
	return rows
}

// AnswerCut follows the "…" of an answer's explanation cut short: the help
// (?) gives every answer whole.
const AnswerCut = " (?)"

// choiceText is a choice's row: its box and key (lead), then its label and
// explanation.
func (q *Screen) choiceText(fs *model.Facts, f model.Fact, c flow.Choice, i int) (lead, rest string) {
	lead, rest, explain := q.choiceParts(fs, f, c, i)
	if explain != "" {
		rest += " — " + explain
	}
	return lead, rest
}

// choiceParts are a choice's box and key (lead), its name with its marks
// (primary, suggested), and its explanation.
func (q *Screen) choiceParts(fs *model.Facts, f model.Fact, c flow.Choice, i int) (lead, name, explain string) {
	box := "( )"
	if flow.Chosen(fs, f, c) {
		box = "(•)"
	}
	if f.Type() == model.SetOf && c.Kind == flow.Value {
		box = flow.ListBox(fs, f, c.Value)
	}
	number := "  "
	if k := choiceKey(i); k != "" && c.Kind != flow.DontKnow && c.Kind != flow.None {
		number = k + " "
	} else if c.Kind == flow.DontKnow {
		number = "0 "
	}
	name = c.Label
	if c.Kind == flow.Value && flow.Primary(fs, f, c.Value) {
		name += " (primary)"
	}
	if q.suggestedChoice(f, c) {
		name = "~ " + name // first, where a narrow screen never cuts it
	}
	return box + " " + number, name, c.Explain
}
