package questionnaire

import (
	"fmt"
	"slices"
	"strings"

	"github.com/charmbracelet/bubbles/textarea"
	"github.com/charmbracelet/x/ansi"
	"github.com/pocssr/pocssr/classify/report"
	"github.com/pocssr/pocssr/ui/component"
	"github.com/pocssr/pocssr/ui/words"
)

// The description step as it is drawn: the title, the description's box
// and what the words suggest. The box shows a few rows of a description
// that may be longer. The text area scrolls its rows to keep the cursor in
// sight, and says nothing of the rows it leaves out; the box says it, as
// every scrolled view does, beside its label ("↑ 2 above (↑)"). Without the
// keys the box shows the description's start, where the planner reads it
// from.

// titleIndent puts the title whole under its field's text ("> Title: ").
const titleIndent = "         "

// describeView draws the title, the description and what the reader suggests
// from them, in h lines.
func (q *Screen) describeView(w, h int) []string {
	st := q.ctx.Styles
	mark := func(i int) string {
		if q.focus == i {
			return "> "
		}
		return "  "
	}
	lines := []string{st.Label.Render(mark(0)+"Title: ") + q.titleView()}
	box, above, below := q.descBox()
	gap := 0
	if h >= 16 {
		gap = 1
	}
	// A title longer than its field reads whole under it, wrapped as the
	// description is: the field shows a part at a time, its middle never
	// with its ends, and a title is proofread whole. Where it would leave
	// the suggestions no row, its end gives way, marked: the count of
	// what the words suggest stays in sight. Where the field has not the
	// keys, the title is shown once: wrapped whole in the field's place,
	// not a part of it above the whole.
	if t := q.title.Value(); ansi.StringWidth(t) > q.titleCells() {
		lead, style := titleIndent, st.Muted
		if !q.title.Focused() {
			lines, lead, style = nil, mark(0)+"Title: ", q.title.TextStyle
		}
		whole := component.WrapIndent(lead, t, w)
		if spare := h - len(lines) - 2*gap - 1 - len(box) - 1; len(whole) > spare {
			whole = whole[:max(1, spare)]
			last := &whole[len(whole)-1]
			*last = ansi.Truncate(*last, w-1, "") + "…"
		}
		for i, l := range whole {
			if i == 0 && lines == nil {
				lines = append(lines, st.Label.Render(lead)+style.Render(strings.TrimPrefix(l, lead)))
				continue
			}
			lines = append(lines, style.Render(l))
		}
	}
	if gap > 0 {
		lines = append(lines, "")
	}
	label := mark(1) + "Description"
	keys := [2]string{"↑", "↓"}
	if !q.desc.Focused() {
		keys[1] = "tab"
	}
	if sign := component.ScrollSignKeys(st, above, below, w-ansi.StringWidth(label)-2, keys); sign != "" {
		label = st.Label.Render(label) + "  " + sign
	} else {
		label = st.Label.Render(label)
	}
	lines = append(lines, label)
	lines = append(lines, box...)
	if gap > 0 {
		lines = append(lines, "")
	}
	return append(lines, q.suggestionLines(w, h-len(lines))...)
}

// suggestionLines shows, under the description, each value the words
// suggest with the phrases behind it, marked: "~" suggested (pre-selected
// when the questions start), "✓" already the answer, or the answer that
// stays. Declined readings follow, dimmed, with why.
func (q *Screen) suggestionLines(w, room int) []string {
	st := q.ctx.Styles
	rb := q.rb
	values := words.Values(q.reading)
	if len(values) == 0 {
		return []string{st.Muted.Render(component.Cut("Describe the activity in your own words, then tab to the questions.", w))}
	}
	with, filled := q.withSuggestions()
	fs := &q.activity.Facts
	head := "Suggested from " + words.Source(q.activity, q.ctx.Sheet.Ref(q.activity)) + " (~ pre-selected):"
	// Each value and each declined reading is a group of wrapped lines: where
	// they do not all fit, whole groups give way and are counted, so that no
	// reading is cut in the middle of its words. kinds says what each group
	// is, for the count of those that give way.
	var groups [][]string
	var kinds []hiddenKind
	for _, sv := range values {
		switch {
		case slices.Contains(filled, sv.Fact):
			groups, kinds = append(groups, component.WrapIndent(st.Accent.Render("~ "), sv.Text(rb), w)), append(kinds, hiddenSuggested)
		case sv.Holds(fs):
			groups, kinds = append(groups, component.WrapIndent("✓ ", sv.Text(rb)+" (your answer)", w)), append(kinds, hiddenReading)
		case fs.Known(sv.Fact):
			groups, kinds = append(groups, component.WrapIndent("  ", sv.Text(rb)+" — your answer stays: "+rb.ValueText(fs, sv.Fact), w)), append(kinds, hiddenReading)
		default:
			groups, kinds = append(groups, component.WrapIndent("  ", sv.Text(rb)+" — not asked with your answers", w)), append(kinds, hiddenReading)
		}
	}
	for _, d := range report.DeclinedOnce(q.reading) { // each value once, as every account says it
		var g []string
		lead, text := words.SetAside(rb, d, &with, true)
		for _, l := range component.WrapIndent("  ", lead+text, w) {
			g = append(g, st.Muted.Render(l))
		}
		kind := hiddenSetAside
		if q.rb.Relevant(&with, d.Fact) { // its question shows it (setAside)
			kind = hiddenSetAsideAsked
		}
		groups, kinds = append(groups, g), append(kinds, kind)
	}
	lines := []string{st.Label.Render(component.Cut(head, w))}
	total := 1
	for _, g := range groups {
		total += len(g)
	}
	// The count of the rows out of sight wraps whole, a row more given
	// way where it needs one: in the description step no key shows the
	// rest ('?' types a '?'), and a count cut at 80 columns ("… 1 more
	// reading your answer…") named neither what nor where.
	muted := func(ls []string) []string {
		for i, l := range ls {
			ls[i] = st.Muted.Render(l)
		}
		return ls
	}
	rest := func(i int) []string {
		if i >= len(kinds) {
			return nil
		}
		return muted(component.WrapIndent("  … and ", hiddenCount(kinds[i:], "more "), w))
	}
	whole := func() []string {
		// No row of them fits: "… and 9 more" would count more than
		// nothing. The rows are the whole count, so that what is out of
		// sight is never out of mind; cut only where it has one row.
		if all := component.WrapIndent("Suggested: ", hiddenCount(kinds, ""), w); len(all) <= room {
			return muted(all)
		}
		return []string{st.Muted.Render(component.Cut("Suggested: "+hiddenCount(kinds, ""), w))}
	}
	if room > 0 && total > room && room < 2 {
		return whole()
	}
	for i, g := range groups {
		if room > 0 && total > room && len(lines)+len(g)+len(rest(i+1)) > room {
			if i == 0 || len(lines)+len(rest(i)) > room {
				return whole()
			}
			return append(lines, rest(i)...)
		}
		lines = append(lines, g...)
	}
	return lines
}

// hiddenKind is what a row of the suggestions is, as the count of the rows
// out of sight names it.
type hiddenKind int

const (
	hiddenSuggested     hiddenKind = iota // "~": pre-selected, shown on its question
	hiddenReading                         // read, but the planner's answer stands or the question is not asked
	hiddenSetAside                        // a reading not suggested, with why
	hiddenSetAsideAsked                   // the same, of a question asked, which shows it
)

// hiddenCount counts the rows out of sight by what they are: the suggested
// answers, which the heading counts and each question shows, apart from the
// readings set aside, which show on their question where it is asked
// ("11 more answers, 1 set aside (each shows on its question)") and
// nowhere else where it is not ("1 set aside (not asked)").
func hiddenCount(kinds []hiddenKind, more string) string {
	var n [4]int
	for _, k := range kinds {
		n[k]++
	}
	// The set-aside readings of questions asked show there as the
	// suggested answers do: one "(each shows on its question)" says it of
	// both.
	onQuestion := func(n int) string {
		if n == 1 {
			return " (on its question)"
		}
		return " (each shows on its question)"
	}
	var parts []string
	if n[hiddenSuggested] > 0 {
		parts = append(parts, component.Plural(n[hiddenSuggested], more+"answer", more+"answers"))
	}
	if n[hiddenSetAsideAsked] > 0 {
		parts = append(parts, fmt.Sprintf("%d set aside", n[hiddenSetAsideAsked]))
	}
	if len(parts) > 0 {
		parts[len(parts)-1] += onQuestion(n[hiddenSuggested] + n[hiddenSetAsideAsked])
	}
	if n[hiddenReading] > 0 {
		parts = append(parts, component.Plural(n[hiddenReading], more+"reading", more+"readings")+" your answers settle")
	}
	if n[hiddenSetAside] > 0 {
		parts = append(parts, fmt.Sprintf("%d set aside (not asked)", n[hiddenSetAside]))
	}
	return strings.Join(parts, ", ")
}

// descWidth is the width the description's box is given, its prompt included.
func (q *Screen) descWidth() int { return max(10, q.leftWidth()-2) }

// descWhole is the description drawn whole, from its start, as its box
// wraps it: kept for the text and width it was drawn for, with the text
// area that measures and draws it.
type descWhole struct {
	area   textarea.Model
	made   bool
	text   string
	width  int
	counts map[string]int // how many rows each line of the text wraps to
	count  int            // how many rows the text wraps to
	rows   []string       // the rows, drawn only where they are more than the box's
}

// descCount is how many rows the description wraps to in its box, drawing
// nothing: the line typed in is measured by the box itself (its cursor's
// line), the others were measured before, so that a key typed costs no
// more than it did.
func (q *Screen) descCount() int {
	d := &q.descAll
	text, w := q.desc.Value(), q.descWidth()
	if d.made && d.text == text && d.width == w {
		return d.count
	}
	if !d.made {
		d.area = textarea.New()
		d.area.ShowLineNumbers, d.area.CharLimit, d.area.MaxHeight = false, 0, 0
		d.area.Prompt = q.desc.Prompt
		d.area.Blur()
		d.made = true
	}
	if d.width != w {
		d.area.SetWidth(w)
		d.counts = nil
	}
	lines := strings.Split(text, "\n")
	counts := make(map[string]int, len(lines))
	count := 0
	for i, l := range lines {
		n, ok := d.counts[l]
		if !ok && i == q.desc.Line() && q.desc.Width() == d.area.Width() {
			n = q.desc.LineInfo().Height
			ok = n > 0
		}
		if !ok {
			d.area.SetValue(l)
			n = max(1, d.area.LineInfo().Height)
		}
		counts[l] = n
		count += n
	}
	d.text, d.width, d.counts, d.count, d.rows = text, w, counts, count, nil
	return count
}

// descRows draws the description whole from its start, as its box wraps
// it: the rows of its text.
func (q *Screen) descRows() []string {
	d := &q.descAll
	if n := q.descCount(); d.rows == nil {
		d.area.SetValue(d.text)
		d.area.SetHeight(n)
		d.rows = strings.Split(d.area.View(), "\n")[:n]
	}
	return d.rows
}

// descBox is the description's box in its rows, with how many rows of the
// description are out of sight above and below it.
func (q *Screen) descBox() (box []string, above, below int) {
	shown := strings.Split(q.desc.View(), "\n")
	if q.desc.Value() == "" {
		return shown, 0, 0
	}
	h := len(shown)
	if q.descCount() <= h {
		return shown, 0, 0
	}
	rows := q.descRows()
	if !q.desc.Focused() {
		return rows[:h], 0, len(rows) - h
	}
	// The box's rows are found among the description's: the text area
	// keeps where it scrolled to for itself.
	plain := func(l string) string { return strings.TrimRight(ansi.Strip(l), " ") }
	all := make([]string, 0, len(rows)+h)
	for _, l := range rows {
		all = append(all, plain(l))
	}
	for range h { // the rows the box draws under the text
		all = append(all, plain(q.desc.Prompt))
	}
	want := make([]string, h)
	for i, l := range shown {
		want[i] = plain(l)
	}
	for k := 0; k+h <= len(all); k++ {
		if slices.Equal(all[k:k+h], want) {
			return shown, k, max(0, len(rows)-k-h)
		}
	}
	return shown, 0, 0
}
