package ui

import (
	"fmt"
	"strings"

	"github.com/pocssr/pocssr/classify"
)

// summaryPanel draws a worksheet's tally: the tier × agenda grid of activity
// counts and the risks by severity. It reads the running tally, so drawing it
// costs the same for ten activities or ten thousand.
type summaryPanel struct {
	sh *shared
}

// summarySideWidth is the width of the summary when it stands beside the list.
const summarySideWidth = 36

// summaryFlatHeight is the height of the summary when it lies below the list,
// without portfolio findings.
const summaryFlatHeight = 7

// grid renders the tier × agenda counts, one line per agenda.
func (p summaryPanel) grid(title string) []string {
	t := p.sh.sheet.Tally()
	st := p.sh.st
	lines := []string{st.Heading.Render(fmt.Sprintf("%-13s", title)) +
		st.Header.Render(fmt.Sprintf("%4s%4s%4s%4s", "T1", "T2", "T3", "–"))}
	for _, a := range classify.Agendas {
		label := st.Agenda(a, fit(p.sh.rb.AgendaShort(a), 13))
		var b strings.Builder
		b.WriteString(label)
		for _, tier := range []classify.Tier{1, 2, 3, 0} {
			n := t.Grid[tier][a]
			cell := fmt.Sprintf("%4d", n)
			if n == 0 {
				cell = st.Muted.Render(fmt.Sprintf("%4s", "·"))
			}
			b.WriteString(cell)
		}
		lines = append(lines, b.String())
	}
	return lines
}

// risks renders the risk counts, one line per severity.
func (p summaryPanel) risks() []string {
	t := p.sh.sheet.Tally()
	st := p.sh.st
	lines := make([]string, 0, 4)
	for _, sev := range classify.Severities {
		lines = append(lines, fmt.Sprintf("  %s %5d", st.Severity(sev, fmt.Sprintf("%-9s", sev)), t.BySeverity[sev]))
	}
	return lines
}

// Side renders the summary as a column of width w and height h.
func (p summaryPanel) Side(w, h int) string {
	st := p.sh.st
	t := p.sh.sheet.Tally()
	lines := []string{st.Heading.Render("Summary") + st.Muted.Render(" · "+plural(t.Activities, "activity", "activities")),
		st.Label.Render("Activities by tier × agenda")}
	lines = append(lines, p.grid("")...)
	lines = append(lines, "", st.Label.Render("Risks by severity"))
	lines = append(lines, p.risks()...)
	lines = append(lines, "", st.Label.Render("Activities by most serious risk"))
	var most []string
	for _, sev := range classify.Severities {
		if t.Highest[sev] > 0 {
			most = append(most, fmt.Sprintf("%s %d", sev, t.Highest[sev]))
		}
	}
	if len(most) == 0 {
		most = []string{"none with a risk"}
	}
	inner := w - st.Panel.GetHorizontalFrameSize()
	lines = append(lines, wrapIndent("  ", strings.Join(most, " · "), inner)...)
	lines = append(lines, p.portfolioSide(inner)...)
	box := st.Panel.Width(w - st.Panel.GetHorizontalBorderSize())
	return box.Render(block(strings.Join(lines, "\n"), inner, h-st.Panel.GetVerticalFrameSize()))
}

// Flat renders the summary as FlatHeight lines of width w, to lie below the
// list on a narrow terminal.
func (p summaryPanel) Flat(w int) string {
	st := p.sh.st
	t := p.sh.sheet.Tally()
	grid := p.grid("Summary")
	right := append([]string{st.Label.Render("Risks by severity")}, p.risks()...)
	right = append(right, st.Muted.Render(plural(t.Activities, "activity", "activities")))
	lines := []string{st.Rule.Render(strings.Repeat("─", w))}
	sep := st.Rule.Render(" │ ")
	for i := range grid {
		r := ""
		if i < len(right) {
			r = right[i]
		}
		lines = append(lines, fit(grid[i], 29)+sep+r)
	}
	lines = append(lines, p.portfolioFlat(w)...)
	return block(strings.Join(lines, "\n"), w, p.FlatHeight())
}
