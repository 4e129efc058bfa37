package compareview

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/compare"
	"github.com/pocssr/pocssr/classify/report"
	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/component"
)

// sideBySide is the least width at which a pair's two accounts stand beside
// each other; narrower, OLD's is above NEW's.
const sideBySide = 120

// row is one pair of the list, its cells settled when the screen opens.
type row struct {
	refs, change, shift, title string
	changed                    bool // a verdict moved (compare.Shift.Changed)
}

func newRow(rb *classify.Rulebook, p *compare.Pair) row {
	return row{refs: report.CompareRefs(p), change: report.CompareChange(p), shift: shiftShort(rb, p),
		title: report.CompareTitle(p), changed: p.Shift.Changed()}
}

// shiftShort is a pair's verdict shift in a table cell: "tier 2→3",
// "poc→overlap", "+1 risk −2", or "same verdict"; for a task on one side
// only, its verdict there.
func shiftShort(rb *classify.Rulebook, p *compare.Pair) string {
	switch {
	case p.OldResult == nil:
		return "new: " + report.CompareVerdictOf(p.NewResult)
	case p.NewResult == nil:
		return "was: " + report.CompareVerdictOf(p.OldResult)
	}
	o, n, sh := p.OldResult, p.NewResult, &p.Shift
	var parts []string
	if sh.Tier {
		parts = append(parts, "tier "+tierShort(o.Tier)+"→"+tierShort(n.Tier))
	}
	if sh.Agenda {
		parts = append(parts, rb.AgendaShort(o.Agenda)+"→"+rb.AgendaShort(n.Agenda))
	}
	if k := len(sh.RisksRaised); k > 0 {
		parts = append(parts, fmt.Sprintf("+%d risk", k))
	}
	if k := len(sh.RisksCleared); k > 0 {
		parts = append(parts, fmt.Sprintf("−%d risk", k))
	}
	if k := len(sh.RisksRegraded); k > 0 {
		parts = append(parts, fmt.Sprintf("%d regraded", k))
	}
	if len(parts) == 0 {
		return "same verdict"
	}
	return strings.Join(parts, ", ")
}

func tierShort(t classify.Tier) string {
	if t == 0 {
		return "–"
	}
	return fmt.Sprint(int(t))
}

// headerLines are the lines above the list: both mandates, the count, the
// filter.
func (s *Screen) headerLines() []string {
	st, w := s.ctx.Styles, s.width
	lines := component.WrapIndent(st.Label.Render("OLD ")+" ", report.CompareSideLine(&s.c.Old), w)
	lines = append(lines, component.WrapIndent(st.Label.Render("NEW ")+" ", report.CompareSideLine(&s.c.New), w)...)
	lines = append(lines, component.Wrap(report.CompareCount(s.c), w)...)
	lines = append(lines, st.Muted.Render(component.Cut(s.termsCount()+" (t shows them)", w)))
	what := "Every task: " + plural(len(s.shown), "pair", "pairs") + "; * marks a changed verdict (v: those only)"
	if s.changedOnly {
		what = fmt.Sprintf("Changed verdicts only: %d of %s (v: every task)", len(s.shown), plural(len(s.rows), "pair", "pairs"))
	}
	return append(lines, st.Accent.Render(component.Cut(what, w)), "")
}

// listHeight is how many rows of the list fit below the header and the
// column heads.
func (s *Screen) listHeight() int {
	if s.c == nil || s.width <= 0 {
		return 0
	}
	if s.terms {
		return max(1, s.height-len(s.termsHeaderLines())-1)
	}
	return max(1, s.height-len(s.headerLines())-1)
}

// columns are the widths of the list's cells (refs, change, shift); the
// title takes the rest.
func (s *Screen) columns() (refs, change, shift int) {
	refs, change = len("old → new"), len("change")
	for _, r := range s.rows {
		refs = max(refs, ansi.StringWidth(r.refs))
		change = max(change, ansi.StringWidth(r.change))
	}
	// A reference is never cut (up to a third of the width, past which it
	// is no reference a resolution has): the verdict shift gives way first,
	// down to 12 columns, so that the title keeps 20.
	refs, change = min(refs, max(16, s.width/3)), min(change, len("moved and reworded"))
	shift = 22
	if s.width >= 120 {
		shift = 34
	}
	shift = max(12, min(shift, s.width-8-refs-change-20))
	return refs, change, shift
}

// View draws the screen.
func (s *Screen) View() string {
	if s.c == nil {
		return component.Block("", s.width, s.height)
	}
	st := s.ctx.Styles
	if s.mode != listMode {
		head := ""
		switch {
		case s.mode == pairMode && s.Selected() != nil:
			head = st.Heading.Render(fmt.Sprintf("%d of %d  ", s.cursor+1, len(s.shown))) + st.Muted.Render("[ and ] go to the previous and next task; esc back to the list")
		case s.mode == termMode && s.SelectedTerm() != nil:
			head = st.Heading.Render(fmt.Sprintf("Term %d of %d  ", s.cursor+1, len(s.shown))) + st.Muted.Render("[ and ] go to the previous and next term; esc back to the terms")
		default:
			head = st.Muted.Render("T or esc: back to the list")
		}
		body := s.view.View()
		if sign := component.PagerSign(st, &s.view, s.width); sign != "" {
			body = component.Block(body, s.width, s.view.Height) + "\n" + sign
		}
		return component.Block(component.Cut(head, s.width)+"\n"+body, s.width, s.height)
	}
	if s.terms {
		return s.termsView()
	}
	lines := s.headerLines()
	rw, cw, sw := s.columns()
	head := fmt.Sprintf("  %s %s   %s  %s", component.Fit("old → new", rw), component.Fit("change", cw), component.Fit("verdict shift", sw), "task")
	lines = append(lines, st.Header.Render(component.Cut(head, s.width)))
	if len(s.shown) == 0 {
		lines = append(lines, st.Muted.Render("  No task's verdict changed: v shows every task."))
	}
	for i := s.top; i < len(s.shown) && i < s.top+s.listHeight(); i++ {
		r := s.rows[s.shown[i]]
		mark, cue := "  ", " "
		if r.changed {
			cue = "*" // the verdict moved: said by a mark, not by colour alone
		}
		if i == s.cursor {
			mark = "> "
		}
		shift := component.Fit(r.shift, sw)
		if r.changed {
			shift = st.Accent.Render(shift)
		}
		line := mark + component.Fit(r.refs, rw) + " " + component.Fit(r.change, cw) + " " + cue + " " + shift + "  " + r.title
		line = component.Fit(line, s.width)
		if i == s.cursor {
			line = st.Selected.Render(ansi.Strip(line))
		}
		lines = append(lines, line)
	}
	return component.Block(strings.Join(lines, "\n"), s.width, s.height)
}

// pairPage is one pair: what changed, the verdicts, the word diff and both
// accounts.
func (s *Screen) pairPage(p *compare.Pair) string {
	st, w := s.ctx.Styles, s.width
	var lines []string
	head := report.CompareRefs(p) + "  " + report.CompareChange(p)
	if p.Similarity > 0 {
		head += fmt.Sprintf("  (similarity %.2f)", p.Similarity)
	}
	lines = append(lines, st.Heading.Render(component.Cut(head, w)))
	lines = append(lines, component.Wrap(report.CompareTitle(p), w)...)
	lines = append(lines, "", st.Label.Render("Verdict"))
	lines = append(lines, component.WrapIndent("  ", report.CompareVerdict(p), w)...)
	for _, l := range report.CompareShiftLines(p) {
		lines = append(lines, component.WrapIndent("  ", l, w)...)
	}
	switch {
	case len(p.Diff) > 0:
		lines = append(lines, "", st.Label.Render("Words")+st.Muted.Render("  [-removed-] {+added+}"))
		lines = append(lines, s.diffLines(p.Diff, w-2, "  ")...)
	case p.OldActivity != nil && p.NewActivity != nil:
		lines = append(lines, "", st.Label.Render("Words")+st.Muted.Render("  the same in both"))
		lines = append(lines, component.WrapIndent("  ", compare.Body(compare.TaskText(p.NewActivity)), w)...)
	}
	lines = append(lines, "", st.Rule.Render(strings.Repeat("─", w)))
	if w >= sideBySide {
		// Section beside section, so that OLD's risks stand level with NEW's.
		cw := (w - 3) / 2
		left := s.accountBlocks("OLD", p.OldActivity, p.OldResult, cw)
		right := s.accountBlocks("NEW", p.NewActivity, p.NewResult, cw)
		for _, row := range level(left, right) {
			for i := 0; i < max(len(row[0]), len(row[1])); i++ {
				ll, rr := "", ""
				if i < len(row[0]) {
					ll = row[0][i]
				}
				if i < len(row[1]) {
					rr = row[1][i]
				}
				lines = append(lines, component.Fit(ll, cw)+st.Rule.Render(" │ ")+rr)
			}
		}
	} else {
		for _, b := range s.accountBlocks("OLD", p.OldActivity, p.OldResult, w) {
			lines = append(lines, b.lines...)
		}
		lines = append(lines, "")
		for _, b := range s.accountBlocks("NEW", p.NewActivity, p.NewResult, w) {
			lines = append(lines, b.lines...)
		}
	}
	return strings.Join(lines, "\n")
}

// diffLines wraps a word diff to width w, each removed stretch in [- -] and
// each added one in {+ +}, coloured besides.
func (s *Screen) diffLines(d []compare.Span, w int, indent string) []string {
	th := component.DefaultTheme()
	styles := map[compare.Op]lipgloss.Style{
		compare.WordsRemoved: lipgloss.NewStyle().Foreground(th.Error).Strikethrough(true),
		compare.WordsAdded:   lipgloss.NewStyle().Foreground(th.POC).Bold(true),
	}
	type word struct {
		text string
		op   compare.Op
	}
	var words []word
	for _, sp := range d {
		ws := strings.Fields(report.OneLine(sp.Text))
		for i, t := range ws {
			switch sp.Op {
			case compare.WordsRemoved:
				t = cue(i, len(ws), "[-", "-]", t)
			case compare.WordsAdded:
				t = cue(i, len(ws), "{+", "+}", t)
			}
			words = append(words, word{t, sp.Op})
		}
	}
	var lines []string
	var line strings.Builder
	width := 0
	for _, wd := range words {
		n := ansi.StringWidth(wd.text)
		if width > 0 && width+1+n > w {
			lines = append(lines, indent+line.String())
			line.Reset()
			width = 0
		}
		if width > 0 {
			line.WriteString(" ")
			width++
		}
		if st, ok := styles[wd.op]; ok {
			line.WriteString(st.Render(wd.text))
		} else {
			line.WriteString(wd.text)
		}
		width += n
	}
	if width > 0 {
		lines = append(lines, indent+line.String())
	}
	return lines
}

// cue puts open before the first word of a stretch and close after its last.
func cue(i, n int, open, close, t string) string {
	if i == 0 {
		t = open + t
	}
	if i == n-1 {
		t += close
	}
	return t
}

// block is a part of an account: its heading (part 0) or a section.
type block struct {
	part  report.Part
	lines []string
}

// level sets the blocks of two accounts side by side, a section beside the
// same section of the other account (OLD's risks level with NEW's), a
// section only one account has beside nothing.
func level(left, right []block) [][2][]string {
	has := func(bs []block, p report.Part) bool {
		for _, b := range bs {
			if b.part == p {
				return true
			}
		}
		return false
	}
	var rows [][2][]string
	for len(left) > 0 || len(right) > 0 {
		switch {
		case len(right) == 0 || len(left) > 0 && !has(right, left[0].part):
			rows, left = append(rows, [2][]string{left[0].lines, nil}), left[1:]
		case len(left) == 0 || !has(left, right[0].part) || left[0].part != right[0].part:
			rows, right = append(rows, [2][]string{nil, right[0].lines}), right[1:]
		default:
			rows = append(rows, [2][]string{left[0].lines, right[0].lines})
			left, right = left[1:], right[1:]
		}
	}
	return rows
}

// accountBlocks is one side's account of a task (report.NewAccount),
// wrapped to w: the heading, OLD or NEW with the activity's id, status and
// source, then a block per section; a side without the task says so.
func (s *Screen) accountBlocks(side string, a *model.Activity, r *classify.Result, w int) []block {
	st := s.ctx.Styles
	if a == nil || r == nil {
		return []block{{0, []string{st.Heading.Render(side), st.Muted.Render("  no such task in this mandate")}}}
	}
	acc := report.NewAccount(s.rb, a, r)
	head := []string{st.Heading.Render(component.Cut(side+" "+compare.Ref(a)+": "+acc.Title, w))}
	for _, m := range acc.Meta {
		head = append(head, component.WrapIndent("  ", m, w)...)
	}
	blocks := []block{{0, head}}
	for _, sec := range acc.Sections {
		lines := []string{st.Label.Render(component.Cut(sec.Heading, w))}
		if len(sec.Lines) == 0 && sec.Empty != "" {
			// Wrapped, as the activity's account wraps it: cut, the
			// sentence lost the questions the agenda waits for.
			for _, l := range component.WrapIndent("  ", sec.Empty, w) {
				lines = append(lines, st.Muted.Render(l))
			}
		}
		for _, l := range sec.Lines {
			for _, wl := range component.WrapIndent(strings.Repeat("  ", l.Depth+1)+l.Prefix, l.Text, w) {
				if l.Muted {
					wl = st.Muted.Render(wl)
				}
				lines = append(lines, wl)
			}
		}
		blocks = append(blocks, block{sec.Part, lines})
	}
	return blocks
}

// totalsPage is the tier × agenda grid of each mandate, the difference, and
// the portfolio findings that appear, clear or remain.
func (s *Screen) totalsPage() string {
	st := s.ctx.Styles
	o, n := s.c.Old.Summary, s.c.New.Summary
	var lines []string
	lines = append(lines, component.Wrap(report.CompareCount(s.c), s.width)...)
	grid := func(title string, cell func(t classify.Tier, a classify.Agenda) string, total func(t classify.Tier) string, col func(a classify.Agenda) string, all string) {
		lines = append(lines, "", st.Heading.Render(title))
		head := fmt.Sprintf("  %-11s", "")
		for _, a := range classify.Agendas {
			head += fmt.Sprintf(" %9s", s.rb.AgendaShort(a))
		}
		lines = append(lines, st.Header.Render(component.Cut(head+"     total", s.width)))
		for _, t := range report.CompareGridTiers() {
			l := fmt.Sprintf("  %-11s", report.CompareGridRow(t))
			for _, a := range classify.Agendas {
				l += fmt.Sprintf(" %9s", cell(t, a))
			}
			lines = append(lines, component.Cut(l+fmt.Sprintf(" %9s", total(t)), s.width))
		}
		l := fmt.Sprintf("  %-11s", "total")
		for _, a := range classify.Agendas {
			l += fmt.Sprintf(" %9s", col(a))
		}
		lines = append(lines, component.Cut(l+fmt.Sprintf(" %9s", all), s.width))
	}
	count := func(title string, sum *classify.Summary) {
		grid(title,
			func(t classify.Tier, a classify.Agenda) string { return fmt.Sprint(sum.Grid[t][a]) },
			func(t classify.Tier) string { return fmt.Sprint(sum.ByTier[t]) },
			func(a classify.Agenda) string { return fmt.Sprint(sum.ByAgenda[a]) }, fmt.Sprint(sum.Activities))
	}
	count(component.Cut("OLD: "+report.CompareSideLine(&s.c.Old), s.width), o)
	count(component.Cut("NEW: "+report.CompareSideLine(&s.c.New), s.width), n)
	grid("Difference (NEW − OLD)",
		func(t classify.Tier, a classify.Agenda) string { return diff(o.Grid[t][a], n.Grid[t][a]) },
		func(t classify.Tier) string { return diff(o.ByTier[t], n.ByTier[t]) },
		func(a classify.Agenda) string { return diff(o.ByAgenda[a], n.ByAgenda[a]) }, diff(o.Activities, n.Activities))
	lines = append(lines, "", st.Heading.Render("Portfolio findings"))
	for _, part := range []struct {
		label string
		fs    []classify.Finding
	}{{"appear", s.c.Portfolio.Appeared}, {"clear", s.c.Portfolio.Cleared}, {"remain", s.c.Portfolio.Remain}} {
		if len(part.fs) == 0 {
			lines = append(lines, "  "+part.label+": none")
		}
		for _, f := range part.fs {
			lines = append(lines, component.WrapIndent("  "+part.label+": ", report.FindingHeading(&f), s.width)...)
		}
	}
	return strings.Join(lines, "\n")
}

// diff is a cell of the difference: "+2", "−1", or "·" when equal.
func diff(old, new int) string {
	switch d := new - old; {
	case d > 0:
		return fmt.Sprintf("+%d", d)
	case d < 0:
		return fmt.Sprintf("−%d", -d)
	}
	return "·"
}
