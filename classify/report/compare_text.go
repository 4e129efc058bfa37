package report

import (
	"fmt"
	"strings"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/compare"
)

// The comparison as text (80 columns) and as markdown: the two mandates, the
// count of changes, every pair with its verdicts old → new and what moved,
// the word diff of reworded tasks, the tier × agenda grids and the
// portfolio findings that appear or clear.

// diffContext is how many words a long stretch in both texts keeps on each
// side of a change; the words between are shown as "…".
const diffContext = 6

// excerpt shortens the stretches both texts share to the words around the
// changes, so that a paragraph with two words changed reads in a line or
// two.
func excerpt(d []compare.Span) []compare.Span {
	out := make([]compare.Span, 0, len(d))
	for i, s := range d {
		if s.Op != compare.WordsSame {
			out = append(out, s)
			continue
		}
		w := strings.Fields(s.Text)
		keepHead, keepTail := diffContext, diffContext
		if i == 0 {
			keepHead = 0
		}
		if i == len(d)-1 {
			keepTail = 0
		}
		if len(w) <= keepHead+keepTail+2 {
			out = append(out, s)
			continue
		}
		text := strings.Join(w[:keepHead], " ")
		text = strings.TrimSpace(text + " … " + strings.Join(w[len(w)-keepTail:], " "))
		out = append(out, compare.Span{Op: s.Op, Text: text})
	}
	return out
}

// diffText marks a diff as git's word diff does: [-removed-] {+added+}.
func diffText(d []compare.Span) string {
	ex := excerpt(d)
	parts := make([]string, len(ex))
	for i, s := range ex {
		t := OneLine(s.Text)
		switch s.Op {
		case compare.WordsAdded:
			t = "{+" + t + "+}"
		case compare.WordsRemoved:
			t = "[-" + t + "-]"
		}
		parts[i] = t
	}
	return strings.Join(parts, " ")
}

// countLine sums up the pairs in one line.
func countLine(c *compare.Comparison) string {
	n := c.Count()
	var parts []string
	for _, ch := range compare.Changes {
		parts = append(parts, fmt.Sprintf("%d %s", n.ByChange[ch], ch))
	}
	return fmt.Sprintf("%s; %d renumbered, %d moved and reworded; %s", strings.Join(parts, ", "), n.Renumbered, n.MovedReworded, plural(n.VerdictsChanged, "verdict changed", "verdicts changed"))
}

// sideLine names one mandate: document, mission, activities, file.
func sideLine(m *compare.Mandate) string {
	var parts []string
	for _, s := range []string{m.Worksheet.Mandate, m.Worksheet.Mission} {
		if s = OneLine(s); s != "" {
			parts = append(parts, s)
		}
	}
	parts = append(parts, plural(len(m.Worksheet.Activities), "activity", "activities"))
	line := strings.Join(parts, " · ")
	if m.File != "" {
		line += " (" + OneLine(m.File) + ")"
	}
	return line
}

// riskList is "[HIGH] title (id); …".
func riskList(rs []classify.Risk) string {
	parts := make([]string, len(rs))
	for i, r := range rs {
		parts[i] = fmt.Sprintf("[%s] %s (%s)", SeverityTag(r.Severity), r.Rule.Title, r.Rule.ID)
	}
	return strings.Join(parts, "; ")
}

// shiftLines says what moved in a pair's verdicts, one line each.
func shiftLines(p *compare.Pair) []string {
	s := &p.Shift
	var lines []string
	if len(s.RisksRaised) > 0 {
		lines = append(lines, "risks raised: "+riskList(s.RisksRaised))
	}
	if len(s.RisksCleared) > 0 {
		lines = append(lines, "risks cleared: "+riskList(s.RisksCleared))
	}
	for _, r := range s.RisksRegraded {
		lines = append(lines, fmt.Sprintf("risk regraded: %s (%s) %s → %s", r[1].Rule.Title, r[1].Rule.ID, SeverityTag(r[0].Severity), SeverityTag(r[1].Severity)))
	}
	if len(s.QuestionsOpened) > 0 {
		lines = append(lines, "questions opened: "+strings.Join(factKeys(s.QuestionsOpened), ", "))
	}
	if len(s.QuestionsClosed) > 0 {
		lines = append(lines, "questions closed: "+strings.Join(factKeys(s.QuestionsClosed), ", "))
	}
	return lines
}

// verdictLine is "T2 poc-only → T3 ssr-only", with what moved named.
func verdictLine(p *compare.Pair) string {
	line := verdictText(p.OldResult) + " → " + verdictText(p.NewResult)
	var moved []string
	if p.Shift.Tier {
		moved = append(moved, "tier")
	}
	if p.Shift.Agenda {
		moved = append(moved, "agenda")
	}
	if len(moved) > 0 {
		line += " (" + strings.Join(moved, " and ") + " moved" + becauseText(p.Shift.Because) + ")"
	}
	return line
}

// becauseText names the facts that moved a verdict: " because implementer:
// the mission itself → the mission supporting national authorities; …", ""
// when no fact the rules read differs.
func becauseText(fcs []compare.FactChange) string {
	if len(fcs) == 0 {
		return ""
	}
	parts := make([]string, len(fcs))
	for i, fc := range fcs {
		parts[i] = fmt.Sprintf("%s: %s → %s", fc.Fact.Key(), OneLine(fc.Old), OneLine(fc.New))
	}
	return " because " + strings.Join(parts, "; ")
}

func compareText(rb *classify.Rulebook, c *compare.Comparison) string {
	var b strings.Builder
	fmt.Fprintf(&b, "Comparison of two mandates\n  old: %s\n  new: %s\n", sideLine(&c.Old), sideLine(&c.New))
	wrap(&b, countLine(c), "", "", textWidth)
	b.WriteString("\nTasks (old ref → new ref)\n")
	for i := range c.Pairs {
		p := &c.Pairs[i]
		b.WriteString("\n")
		wrap(&b, fmt.Sprintf("%s  %s  %s", refPair(p), changeText(p), pairTitle(p)), "", "    ", textWidth)
		wrap(&b, "verdict: "+verdictLine(p), "  ", "    ", textWidth)
		for _, l := range shiftLines(p) {
			wrap(&b, l, "  ", "    ", textWidth)
		}
		if len(p.Diff) > 0 {
			wrap(&b, "words: "+diffText(p.Diff), "  ", "    ", textWidth)
		}
	}
	writeTermsText(&b, c)
	b.WriteString("\nTier × agenda: old → new\n")
	writeGridText(&b, rb, c)
	b.WriteString("\nPortfolio findings\n")
	writeFindingShiftText(&b, &c.Portfolio)
	return b.String()
}

// gridCell is "3", or "2→3 (+1)" when the count moved.
func gridCell(old, new int) string {
	if old == new {
		return fmt.Sprint(new)
	}
	return fmt.Sprintf("%d→%d (%+d)", old, new, new-old)
}

func gridRowLabel(t classify.Tier) string {
	if t == 0 {
		return NoTierYet
	}
	return fmt.Sprintf("Tier %d", t)
}

func writeGridText(b *strings.Builder, rb *classify.Rulebook, c *compare.Comparison) {
	o, n := c.Old.Summary, c.New.Summary
	// A column is as wide as its heading, and at least as "13→15 (+2)".
	width := make([]int, len(classify.Agendas))
	fmt.Fprintf(b, "  %-11s", "")
	for i, a := range classify.Agendas {
		width[i] = max(10, len([]rune(rb.AgendaShort(a))))
		fmt.Fprintf(b, " %-*s", width[i], rb.AgendaShort(a))
	}
	b.WriteString(" total\n")
	row := func(label string, cell func(a classify.Agenda) string, total string) {
		fmt.Fprintf(b, "  %-11s", label)
		for i, a := range classify.Agendas {
			fmt.Fprintf(b, " %-*s", width[i], cell(a))
		}
		fmt.Fprintf(b, " %s\n", total)
	}
	for _, t := range gridTiers {
		row(gridRowLabel(t), func(a classify.Agenda) string { return gridCell(o.Grid[t][a], n.Grid[t][a]) }, gridCell(o.ByTier[t], n.ByTier[t]))
	}
	row("total", func(a classify.Agenda) string { return gridCell(o.ByAgenda[a], n.ByAgenda[a]) }, gridCell(o.Activities, n.Activities))
}

func writeFindingShiftText(b *strings.Builder, s *compare.FindingShift) {
	for _, part := range []struct {
		label string
		fs    []classify.Finding
	}{{"appear", s.Appeared}, {"clear", s.Cleared}, {"remain", s.Remain}} {
		if len(part.fs) == 0 {
			fmt.Fprintf(b, "  %s: none\n", part.label)
			continue
		}
		for _, f := range part.fs {
			wrap(b, part.label+": "+FindingHeading(&f), "  ", "    ", textWidth)
		}
	}
}

// diffMarkdown marks a diff as markdown: ~~removed~~ **added**.
func diffMarkdown(d []compare.Span) string {
	var parts []string
	for _, s := range excerpt(d) {
		t := md(s.Text)
		switch s.Op {
		case compare.WordsAdded:
			t = "**" + t + "**"
		case compare.WordsRemoved:
			t = "~~" + t + "~~"
		}
		parts = append(parts, t)
	}
	return strings.Join(parts, " ")
}

func compareMarkdown(rb *classify.Rulebook, c *compare.Comparison) string {
	var b strings.Builder
	b.WriteString("# Comparison of two mandates\n\n")
	fmt.Fprintf(&b, "- Old: %s\n- New: %s\n- %s\n\n", md(sideLine(&c.Old)), md(sideLine(&c.New)), md(countLine(c)))
	b.WriteString("## Tasks\n\n| Old ref → new ref | Change | Task | Verdict old → new | What moved |\n|---|---|---|---|---|\n")
	for i := range c.Pairs {
		p := &c.Pairs[i]
		moved := shiftLines(p)
		for j := range moved {
			moved[j] = md(moved[j])
		}
		fmt.Fprintf(&b, "| %s | %s | %s | %s | %s |\n", md(refPair(p)), md(changeText(p)), md(pairTitle(p)), md(verdictLine(p)), strings.Join(moved, "<br>"))
	}
	b.WriteString("\n## Reworded tasks\n\nRemoved words are ~~struck through~~, added words **bold**.\n\n")
	some := false
	for i := range c.Pairs {
		if p := &c.Pairs[i]; len(p.Diff) > 0 {
			some = true
			fmt.Fprintf(&b, "- **%s** (%s): %s\n", md(refPair(p)), md(changeText(p)), diffMarkdown(p.Diff))
		}
	}
	if !some {
		b.WriteString("None.\n")
	}
	writeTermsMarkdown(&b, c)
	b.WriteString("\n## Tier × agenda: old → new\n\n| Tier (2015 policy) |")
	for _, a := range classify.Agendas {
		fmt.Fprintf(&b, " %s |", md(rb.AgendaShort(a)))
	}
	b.WriteString(" Total |\n|---|---:|---:|---:|---:|---:|---:|\n")
	o, n := c.Old.Summary, c.New.Summary
	for _, t := range gridTiers {
		fmt.Fprintf(&b, "| %s |", gridRowLabel(t))
		for _, a := range classify.Agendas {
			fmt.Fprintf(&b, " %s |", gridCell(o.Grid[t][a], n.Grid[t][a]))
		}
		fmt.Fprintf(&b, " %s |\n", gridCell(o.ByTier[t], n.ByTier[t]))
	}
	b.WriteString("\n## Portfolio findings\n\n")
	for _, part := range []struct {
		label string
		fs    []classify.Finding
	}{{"Appear", c.Portfolio.Appeared}, {"Clear", c.Portfolio.Cleared}, {"Remain", c.Portfolio.Remain}} {
		if len(part.fs) == 0 {
			fmt.Fprintf(&b, "- %s: none\n", part.label)
		}
		for _, f := range part.fs {
			fmt.Fprintf(&b, "- %s: %s\n", part.label, md(FindingHeading(&f)))
		}
	}
	return b.String()
}

// The parts of the comparison that a screen draws in its own layout, worded
// as the text report words them, so that the terminal and the report name a
// pair, a verdict and a shift alike.

// CompareRefs is "old ref → new ref", a dash for an absent side.
func CompareRefs(p *compare.Pair) string { return refPair(p) }

// CompareTitle is the title of a pair's new task, else of its old one.
func CompareTitle(p *compare.Pair) string { return pairTitle(p) }

// CompareChange names a pair's change, with "moved" when its reference did.
func CompareChange(p *compare.Pair) string { return changeText(p) }

// CompareVerdict is a pair's verdicts old → new, naming what moved.
func CompareVerdict(p *compare.Pair) string { return verdictLine(p) }

// CompareVerdictOf is one side's verdict: "tier 2, poc-only", "none" when
// the side is absent.
func CompareVerdictOf(r *classify.Result) string { return verdictText(r) }

// CompareShiftLines says what moved in a pair's verdicts besides the tier
// and the agenda: risks raised, cleared or regraded, questions opened or
// closed; one line each.
func CompareShiftLines(p *compare.Pair) []string { return shiftLines(p) }

// CompareCount sums up a comparison's pairs in one line.
func CompareCount(c *compare.Comparison) string { return countLine(c) }

// CompareSideLine names one mandate: document, mission, activities, file.
func CompareSideLine(m *compare.Mandate) string { return sideLine(m) }

// CompareGridTiers are the rows of a tier × agenda grid, 0 for no tier yet.
func CompareGridTiers() []classify.Tier { return append([]classify.Tier(nil), gridTiers...) }

// CompareGridRow names a row of the grid: "Tier 2", "No tier yet".
func CompareGridRow(t classify.Tier) string { return gridRowLabel(t) }
