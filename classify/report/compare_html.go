package report

import (
	"fmt"
	"strings"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/compare"
)

// The comparison as one HTML page that stands alone (the briefing's style,
// no script): both readings of the old and the new mandate side by side,
// drawn as the briefing draws them with references for labels; a drawing
// of the tasks that moved agenda, an arrow from the old agenda to the new
// for each; the pairs with their word diffs; the grids and the findings.

const compareCSS = `
table.pairs td { font-size: 8.5pt; }
del { background: #ffebe9; color: #82071e; }
ins { background: #dafbe1; color: #116329; text-decoration: none; font-weight: bold; }
.changed { font-weight: bold; }
.drawings figure figcaption { text-align: center; }
`

func compareHTML(rb *classify.Rulebook, c *compare.Comparison) string {
	var b strings.Builder
	b.WriteString("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
	fmt.Fprintf(&b, "<title>%s</title>\n<style>%s%s</style>\n</head>\n<body>\n", esc("Comparison: "+mandateName(&c.Old)+" → "+mandateName(&c.New)), briefingCSS, compareCSS)
	b.WriteString("<h1>Comparison of two mandates</h1>\n")
	fmt.Fprintf(&b, "<p class=\"lead\">Old: <strong>%s</strong><br>New: <strong>%s</strong><br>%s.</p>\n",
		esc(sideLine(&c.Old)), esc(sideLine(&c.New)), esc(countLine(c)))

	b.WriteString("<h2>Both readings, old and new</h2>\n")
	old, new := readingsOf(rb, &c.Old), readingsOf(rb, &c.New)
	for _, reading := range []struct {
		caption string
		draw    func(*readings, *strings.Builder)
	}{
		{"the narrow reading", func(d *readings, b *strings.Builder) { d.drawNarrow().svg(b) }},
		{"the 2015 policy", func(d *readings, b *strings.Builder) { d.draw2015().svg(b) }},
	} {
		b.WriteString("<div class=\"drawings readings\">\n")
		for _, side := range []struct {
			label string
			d     *readings
			m     *compare.Mandate
		}{{"Old", old, &c.Old}, {"New", new, &c.New}} {
			b.WriteString("<figure>")
			reading.draw(side.d, &b)
			fmt.Fprintf(&b, "<figcaption>%s: %s, %s</figcaption></figure>\n", side.label, esc(mandateName(side.m)), reading.caption)
		}
		b.WriteString("</div>\n")
	}

	b.WriteString("<h2>Tasks that moved agenda</h2>\n")
	svgAgendaShift(&b, rb, c)

	b.WriteString("<h2 class=\"part\">Tasks</h2>\n<p class=\"muted\">Removed words are <del>struck through</del>, added words <ins>marked</ins>.</p>\n")
	b.WriteString("<table class=\"pairs\">\n<tr><th>Old ref → new ref</th><th>Change</th><th>Task</th><th>Verdict old → new</th><th>What moved</th></tr>\n")
	for i := range c.Pairs {
		p := &c.Pairs[i]
		cls := ""
		if p.Shift.Changed() {
			cls = ` class="changed"`
		}
		task := esc(pairTitle(p))
		if len(p.Diff) > 0 {
			task += "<br>" + diffHTML(p.Diff)
		}
		moved := shiftLines(p)
		for j := range moved {
			moved[j] = esc(moved[j])
		}
		fmt.Fprintf(&b, "<tr><td>%s</td><td>%s</td><td>%s</td><td%s>%s</td><td>%s</td></tr>\n",
			esc(refPair(p)), esc(changeText(p)), task, cls, esc(verdictLine(p)), strings.Join(moved, "<br>"))
	}
	b.WriteString("</table>\n")
	writeTermsHTML(&b, c)

	b.WriteString("<h2>Tier × agenda: old → new</h2>\n<table>\n<tr><th>Tier (2015 policy)</th>")
	for _, a := range classify.Agendas {
		fmt.Fprintf(&b, "<th>%s</th>", esc(rb.AgendaShort(a)))
	}
	b.WriteString("<th>Total</th></tr>\n")
	o, n := c.Old.Summary, c.New.Summary
	for _, t := range gridTiers {
		fmt.Fprintf(&b, "<tr><td>%s</td>", esc(gridRowLabel(t)))
		for _, a := range classify.Agendas {
			fmt.Fprintf(&b, "<td class=\"n\">%s</td>", esc(gridCell(o.Grid[t][a], n.Grid[t][a])))
		}
		fmt.Fprintf(&b, "<td class=\"n\">%s</td></tr>\n", esc(gridCell(o.ByTier[t], n.ByTier[t])))
	}
	b.WriteString("</table>\n<h2>Portfolio findings</h2>\n<ul>\n")
	for _, part := range []struct {
		label string
		fs    []classify.Finding
	}{{"Appear", c.Portfolio.Appeared}, {"Clear", c.Portfolio.Cleared}, {"Remain", c.Portfolio.Remain}} {
		if len(part.fs) == 0 {
			fmt.Fprintf(&b, "<li>%s: none</li>\n", part.label)
		}
		for _, f := range part.fs {
			fmt.Fprintf(&b, "<li>%s: %s <strong>%s</strong> (%s, %s)</li>\n", part.label, sevHTML(f.Severity), esc(f.Rule.Title), esc(f.Rule.ID), esc(f.ForceLabel))
		}
	}
	b.WriteString("</ul>\n</body>\n</html>\n")
	return b.String()
}

// mandateName is the mandate's document, else its file.
func mandateName(m *compare.Mandate) string {
	if m.Worksheet.Mandate != "" {
		return OneLine(m.Worksheet.Mandate)
	}
	return OneLine(m.File)
}

// readingsOf places every task of a mandate on both drawings by its reference.
func readingsOf(rb *classify.Rulebook, m *compare.Mandate) *readings {
	d := newReadings(rb)
	for i, a := range m.Worksheet.Activities {
		d.place(&m.Results[i], compare.Ref(a))
	}
	return d
}

func diffHTML(d []compare.Span) string {
	var parts []string
	for _, s := range excerpt(d) {
		switch s.Op {
		case compare.WordsAdded:
			parts = append(parts, "<ins>"+esc(s.Text)+"</ins>")
		case compare.WordsRemoved:
			parts = append(parts, "<del>"+esc(s.Text)+"</del>")
		default:
			parts = append(parts, esc(s.Text))
		}
	}
	return strings.Join(parts, " ")
}

// svgAgendaShift draws the agendas twice, old on the left and new on the
// right, each with its count, and an arrow from the old agenda to the new
// for every pair of them that tasks moved between, labelled with the
// tasks' references.
func svgAgendaShift(b *strings.Builder, rb *classify.Rulebook, c *compare.Comparison) {
	type move struct{ from, to classify.Agenda }
	moves := map[move][]string{}
	var order []move
	for i := range c.Pairs {
		p := &c.Pairs[i]
		if !p.Shift.Agenda {
			continue
		}
		m := move{p.OldResult.Agenda, p.NewResult.Agenda}
		if _, ok := moves[m]; !ok {
			order = append(order, m)
		}
		moves[m] = append(moves[m], refPair(p))
	}
	if len(order) == 0 {
		b.WriteString("<p>No task moved agenda.</p>\n")
		return
	}
	row := map[classify.Agenda]float64{}
	for k, a := range classify.Agendas {
		row[a] = 30 + float64(k)*56
	}
	height := 30 + float64(len(classify.Agendas))*56
	fmt.Fprintf(b, `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 640 %.0f" role="img" aria-label="Tasks that moved agenda, old to new">`, height)
	b.WriteString(`<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#0550ae"/></marker></defs>`)
	fmt.Fprintf(b, `<text x="90" y="18" font-size="11" font-weight="bold" text-anchor="middle">Old: %s</text>`, esc(mandateName(&c.Old)))
	fmt.Fprintf(b, `<text x="550" y="18" font-size="11" font-weight="bold" text-anchor="middle">New: %s</text>`, esc(mandateName(&c.New)))
	for _, a := range classify.Agendas {
		y := row[a]
		for _, side := range []struct {
			x float64
			n int
		}{{10, c.Old.Summary.ByAgenda[a]}, {470, c.New.Summary.ByAgenda[a]}} {
			fmt.Fprintf(b, `<rect x="%.0f" y="%.0f" width="160" height="40" rx="4" fill="#f6f8fa" stroke="#57606a"/>`, side.x, y)
			fmt.Fprintf(b, `<text x="%.0f" y="%.0f" font-size="11" text-anchor="middle">%s: %d</text>`, side.x+80, y+24, esc(rb.AgendaShort(a)), side.n)
		}
	}
	for k, m := range order {
		y1, y2 := row[m.from]+20, row[m.to]+20
		fmt.Fprintf(b, `<line x1="172" y1="%.0f" x2="466" y2="%.0f" stroke="#0550ae" stroke-width="1.5" marker-end="url(#arrow)"/>`, y1, y2)
		// Labels sit at staggered points along their arrow, so that two
		// arrows crossing in the middle do not write over each other.
		t := 0.3 + 0.4*float64(k%3)/2
		x, y := 172+(466-172)*t, y1+(y2-y1)*t-4
		fmt.Fprintf(b, `<text x="%.0f" y="%.0f" font-size="9" text-anchor="middle" fill="#0550ae">%s</text>`, x, y, esc(arrowLabel(moves[m])))
	}
	b.WriteString("</svg>\n")
}

// arrowMaxRefs is how many tasks an arrow names; the others are counted, as
// the table below the drawing lists them all.
const arrowMaxRefs = 3

// arrowLabel names the tasks an arrow stands for: "3(b) → 2(b), 6 → 6(b)",
// or the first few and "+5 more".
func arrowLabel(refs []string) string {
	if len(refs) <= arrowMaxRefs {
		return strings.Join(refs, ", ")
	}
	return fmt.Sprintf("%s +%d more", strings.Join(refs[:arrowMaxRefs], ", "), len(refs)-arrowMaxRefs)
}
