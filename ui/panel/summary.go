// Package panel draws the panels the worksheet and the questionnaire show
// beside or below their lists: the worksheet's summary (the tally of tiers,
// agendas, risks, the register and the portfolio findings, Summary) and the
// live verdict on the activity being answered (Live). They read the
// worksheet through a component.Context and draw only.
package panel

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/report"
	"github.com/pocssr/pocssr/ui/component"
)

// Summary draws a worksheet's tally: the tier × agenda grid of activity
// counts and the risks by severity. It reads the running tally, so drawing it
// costs the same for ten activities or ten thousand. It keeps the portfolio
// findings last drawn (Fired), rendered again only when the set that fires
// changes.
type Summary struct {
	ctx   *component.Context
	fired firedCache
}

// NewSummary makes the summary of the context's worksheet.
func NewSummary(ctx *component.Context) *Summary { return &Summary{ctx: ctx} }

// SideWidth is the width of the summary when it stands beside the list.
const SideWidth = 36

// summaryFlatHeight is the height of the summary when it lies below the list,
// without portfolio findings.
const summaryFlatHeight = 7

// gridWidth is the width of the tier × agenda grid while its counts have at
// most three digits: a label of 13 cells and four cells of 4.
const gridWidth = 29

// grid renders the tier × agenda counts, one line per agenda. A cell is as
// wide as the largest count and a space before it, at least 4, so that counts
// of thousands never run together; the labels give up what the cells take,
// down to 5 cells, before the grid grows wider than gridWidth.
func (p *Summary) grid(title string) []string {
	t := p.ctx.Sheet.Tally()
	st := p.ctx.Styles
	tiers := []classify.Tier{1, 2, 3, 0}
	most, mark := 0, 0
	for _, a := range classify.Agendas {
		for _, tier := range tiers {
			most = max(most, t.Grid[tier][a])
			if t.GridOnSuggested[tier][a] > 0 {
				mark = 1
			}
		}
	}
	cw := max(4, len(strconv.Itoa(most))+1+mark)
	lw := max(5, gridWidth-4*cw)
	lines := []string{st.Heading.Render(component.Fit(title, lw)) +
		st.Header.Render(fmt.Sprintf("%*s%*s%*s%*s", cw, "T1", cw, "T2", cw, "T3", cw, "–"))}
	for _, a := range classify.Agendas {
		label := st.Agenda(a, component.Fit(p.ctx.Sheet.Rulebook().AgendaShort(a), lw))
		var b strings.Builder
		b.WriteString(label)
		for _, tier := range tiers {
			n := t.Grid[tier][a]
			cell := fmt.Sprintf("%*d", cw, n)
			if t.GridOnSuggested[tier][a] > 0 {
				// Some of the count are drafts placed so on answers
				// only suggested (GridLegend).
				cell = fmt.Sprintf("%*s", cw, "~"+strconv.Itoa(n))
			}
			if n == 0 {
				cell = st.Muted.Render(fmt.Sprintf("%*s", cw, "·"))
			}
			b.WriteString(cell)
		}
		lines = append(lines, b.String())
	}
	return lines
}

// GridLegend says what the "~" before a count of the tier × agenda grid
// means, in the briefing's words: the side column says it under the grid,
// the flat summary, which has no line to spare, in the worksheet's help.
const GridLegend = report.GridLegend

// GridMeaning is what GridLegend says of a count marked "~".
const GridMeaning = report.GridMeaning

// gridMarked reports whether a count of the grid is marked "~".
func (p *Summary) gridMarked() bool {
	for _, agendas := range p.ctx.Sheet.Tally().GridOnSuggested {
		for _, n := range agendas {
			if n > 0 {
				return true
			}
		}
	}
	return false
}

// risks renders the risk counts, one line per severity, under their label
// in w cells. Of each count, those that fire only on suggested answers are
// counted "~" beside it ("3 (1 ~)"), and the label says what "~" is.
func (p *Summary) risks(w int) []string {
	t := p.ctx.Sheet.Tally()
	st := p.ctx.Styles
	label, marked := "Risks by severity", false
	lines := make([]string, 1, 5)
	for _, sev := range classify.Severities {
		l := fmt.Sprintf("  %s %5d", st.Severity(sev, fmt.Sprintf("%-9s", sev)), t.BySeverity[sev])
		if n := t.OnSuggested[sev]; n > 0 {
			l += fmt.Sprintf(" (%d ~)", n)
			marked = true
		}
		lines = append(lines, l)
	}
	if marked {
		// The screens' sign for an answer only suggested, said whole
		// where it fits.
		for _, more := range []string{" (~ on suggested answers)", " (~ suggested)", " (~)"} {
			if ansi.StringWidth(label+more) <= w {
				label += more
				break
			}
		}
	}
	lines[0] = st.Label.Render(label)
	return lines
}

// registerSide renders the risk register's counts (FRAMEWORK §9) when the
// worksheet keeps one: the firing risks still open, what is overdue (in the
// colour of a critical risk), the risks mitigated and those accepted, as
// check and the JSON summary count them. A worksheet without a register shows nothing, not a row of
// zeros that would say a register is kept.
func (p *Summary) registerSide(inner int) []string {
	reg := p.ctx.Sheet.Tally().Register
	if reg.Keeping == 0 {
		return nil
	}
	st := p.ctx.Styles
	overdue := fmt.Sprintf("overdue %d", reg.Overdue)
	lines := []string{"", st.Label.Render("Risk register")}
	// Wrapped as text, then coloured: wrapping makes a styled string's
	// escapes into visible marks.
	for _, l := range component.WrapIndent("  ", fmt.Sprintf("open %d · %s", reg.Open, overdue), inner) {
		if reg.Overdue > 0 {
			l = strings.Replace(l, overdue, st.Severity(classify.Critical, overdue), 1)
		}
		lines = append(lines, l)
	}
	return append(lines, component.WrapIndent("  ", fmt.Sprintf("mitigated %d · accepted %d", reg.Mitigated, reg.Accepted), inner)...)
}

// registerFlat is the summary's line on the risk register below the list,
// in w cells, where something in it is overdue: the counts the column
// beside the list gives, in its words, and the key of the register. At 80
// columns an overdue entry on a row out of sight showed nowhere else. With
// nothing overdue there is no line, and the list keeps its room.
func (p *Summary) registerFlat(w int) []string {
	reg := p.ctx.Sheet.Tally().Register
	if reg.Keeping == 0 || reg.Overdue == 0 {
		return nil
	}
	st := p.ctx.Styles
	overdue := fmt.Sprintf("overdue %d", reg.Overdue)
	counts := fmt.Sprintf("open %d · %s · mitigated %d · accepted %d", reg.Open, overdue, reg.Mitigated, reg.Accepted)
	for _, l := range []string{"Risk register: " + counts + " · r: the register", "Risk register: " + counts + " · r",
		"Register: " + counts + " · r", fmt.Sprintf("Register: open %d · %s · r", reg.Open, overdue), "Register: " + overdue + " · r"} {
		if ansi.StringWidth(l) <= w {
			return []string{strings.Replace(st.Label.Render(l), overdue, st.Severity(classify.Critical, overdue), 1)}
		}
	}
	return []string{st.Severity(classify.Critical, component.Cut("Register: "+overdue+" · r", w))}
}

// Side renders the summary as a column of width w and height h.
func (p *Summary) Side(w, h int) string {
	st := p.ctx.Styles
	t := p.ctx.Sheet.Tally()
	lines := []string{st.Heading.Render("Summary") + st.Muted.Render(" · "+component.Plural(t.Activities, "activity", "activities")),
		st.Label.Render("Activities by tier × agenda")}
	lines = append(lines, p.grid("")...)
	inner := w - st.Panel.GetHorizontalFrameSize()
	if p.gridMarked() {
		for _, l := range component.Wrap(GridLegend+".", inner) {
			lines = append(lines, st.Muted.Render(l))
		}
	}
	lines = append(lines, "")
	lines = append(lines, p.risks(inner)...)
	lines = append(lines, "", st.Label.Render("Activities by most serious risk"))
	var most []string
	for _, sev := range classify.Severities {
		if t.Highest[sev] > 0 {
			// Of them, those whose most serious risk is only
			// suggested, counted as the severities are.
			m := fmt.Sprintf("%s %d", sev, t.Highest[sev])
			if n := t.HighestOnSuggested[sev]; n > 0 {
				m += fmt.Sprintf(" (%d ~)", n)
			}
			most = append(most, m)
		}
	}
	if len(most) == 0 {
		most = []string{"none with a risk"}
	}
	lines = append(lines, component.WrapIndent("  ", strings.Join(most, " · "), inner)...)
	lines = append(lines, p.registerSide(inner)...)
	lines = append(lines, p.portfolioSide(inner)...)
	box := st.Panel.Width(w - st.Panel.GetHorizontalBorderSize())
	return box.Render(component.Block(strings.Join(lines, "\n"), inner, h-st.Panel.GetVerticalFrameSize()))
}

// countsFlat is the line of counts below the risks of the flat summary, in
// w cells: the activities, and the portfolio findings with the key that
// lists them, which the side column shows under a heading of its own; as
// there, when none fires, how many are held open by unknown facts.
func (p *Summary) countsFlat(w int) string {
	st := p.ctx.Styles
	acts := component.Plural(p.ctx.Sheet.Tally().Activities, "activity", "activities")
	n := len(p.Fired())
	fm, hm := suggestedMarks(p.ctx.Sheet.PortfolioOnSuggested())
	// The key comes first, as a key ("P: "): at the line's end a bare "P"
	// read as a word cut without a sign.
	forms := []string{fmt.Sprintf(" · P: portfolio findings (%d%s)", n, fm), fmt.Sprintf(" · P: findings (%d%s)", n, fm), " · P: " + component.Plural(n, "finding", "findings") + fm}
	if held := p.ctx.Sheet.Portfolio().HeldOpen().Len(); n == 0 && (held > 0 || hm != "") {
		forms = []string{fmt.Sprintf(" · P: portfolio findings (0%s, %d held open%s)", fm, held, hm),
			fmt.Sprintf(" · P: findings (0%s, %d held open%s)", fm, held, hm), fmt.Sprintf(" · P: findings 0%s, %d held%s", fm, held, hm),
			fmt.Sprintf(" · P: 0 findings%s, %d held%s", fm, held, hm)}
	}
	if full, short := report.AcrossCount(p.ctx.Sheet.Sources()); full != "" {
		// Of several mandates, the count says it counts each force across
		// them, as P and the briefing do: in full where it fits, else in
		// short, the count giving way first.
		if held := p.ctx.Sheet.Portfolio().HeldOpen().Len(); n == 0 && held > 0 {
			forms = append(forms, fmt.Sprintf(" · P: 0, %d held,", held))
		}
		var across []string
		for _, a := range []string{full, short} {
			for _, f := range forms {
				across = append(across, f+" "+a)
			}
		}
		forms = across
	}
	for _, more := range forms {
		if ansi.StringWidth(acts+more) <= w {
			return st.Muted.Render(acts) + st.Label.Render(more)
		}
	}
	return st.Muted.Render(component.Cut(acts, w))
}

// Flat renders the summary as FlatHeight lines of width w, to lie below the
// list on a narrow terminal.
func (p *Summary) Flat(w int) string {
	st := p.ctx.Styles
	grid := p.grid("Summary")
	lines := []string{st.Rule.Render(strings.Repeat("─", w))}
	sep := st.Rule.Render(" │ ")
	gw := max(gridWidth, ansi.StringWidth(grid[0]))
	right := p.risks(w - gw - ansi.StringWidth(sep))
	right = append(right, p.countsFlat(w-gw-ansi.StringWidth(sep)))
	for i := range grid {
		r := ""
		if i < len(right) {
			r = right[i]
		}
		lines = append(lines, component.Fit(grid[i], gw)+sep+r)
	}
	lines = append(lines, p.registerFlat(w)...)
	lines = append(lines, p.portfolioFlat(w)...)
	return component.Block(strings.Join(lines, "\n"), w, p.FlatHeight())
}
