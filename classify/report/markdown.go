package report

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/pocssr/pocssr/classify"
)

// writeMarkdown writes a briefing per sheet (see brief).
func writeMarkdown(w io.Writer, rb *classify.Rulebook, sheets []Sheet) error {
	var b strings.Builder
	for i, sh := range sheets {
		if i > 0 {
			b.WriteString("\n---\n\n")
		}
		newBrief(rb, sh).markdown(&b)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// draftMark is the mark a draft carries in headings and rows.
func draftMark(draft bool) string {
	if draft {
		return " · **DRAFT**"
	}
	return ""
}

func (br *brief) markdown(b *strings.Builder) {
	rb := br.rb
	fmt.Fprintf(b, "# POC/SSR briefing: %s\n\n", md(br.title))
	var head []string
	if br.mandate != "" {
		head = append(head, "Mandate: "+md(br.mandate))
	}
	if br.mission != "" {
		head = append(head, "Mission: "+md(br.mission))
	}
	if br.preparedBy != "" {
		head = append(head, "Prepared by: "+md(br.preparedBy))
	}
	head = append(head, strings.Replace(md(br.countLine()), "DRAFT", "**DRAFT**", 1)+".")
	b.WriteString(strings.Join(head, " · ") + "\n\n")

	b.WriteString("## Executive summary\n\n")
	if overdue := br.overdue(); len(overdue) > 0 {
		b.WriteString("**Overdue**\n\n")
		for _, o := range overdue {
			sev, title, text := br.overdueText(o)
			tag := ""
			if sev != "" {
				tag = "**" + SeverityTag(sev) + "** "
			}
			fmt.Fprintf(b, "- %s%s: %s\n", tag, md(title), md(text))
		}
		b.WriteString("\n")
	}
	b.WriteString("**Critical and high risks still open**\n\n")
	serious := br.seriousRisks()
	if len(serious) == 0 {
		b.WriteString("None with what is known.\n\n")
	}
	for _, s := range serious {
		names := make([]string, len(s.items))
		for i, it := range s.items {
			names[i] = md(br.itemName(it))
		}
		fmt.Fprintf(b, "- **%s** %s: %s\n", SeverityTag(s.severity), md(s.rule.Title), strings.Join(names, "; "))
	}
	if len(serious) > 0 {
		b.WriteString("\n")
	}
	if line := br.settledLine(); line != "" {
		b.WriteString(md(line) + "\n\n")
	}
	br.markdownGrid(b)
	b.WriteString("**Portfolio findings**\n\n")
	for i := range br.findings {
		f := &br.findings[i]
		fmt.Fprintf(b, "- **%s** %s (%s): %s\n", SeverityTag(f.Severity), md(f.Rule.Title), md(f.Force), md(f.WouldClear))
	}
	if len(br.findings) > 0 {
		b.WriteString("\n")
	}
	if line := br.portfolioLine(); line != "" {
		b.WriteString(md(line) + "\n\n")
	}
	if br.drafts > 0 {
		fmt.Fprintf(b, "**Drafts:** %d of %d activities are **DRAFT**: their facts were suggested from the text and nobody has reviewed them yet.\n\n", br.drafts, len(br.items))
	}

	b.WriteString("## Risk register\n\n")
	if len(br.register) == 0 {
		b.WriteString("No friction risk fires with what is known.\n\n")
	} else {
		// The severity leads the risk's cell, and where the register stands
		// (status, owner, due) shares one cell, rather than columns of short
		// words under longer headers: those are the first a renderer at 80
		// columns narrows, down to "Se…".
		b.WriteString("| Ref | Activity | Risk | Register | What to do |\n|---|---|---|---|---|\n")
		for _, row := range br.register {
			it := &br.items[row.item]
			fmt.Fprintf(b, "| %s | %s%s | **%s** %s | %s | %s |\n", md(it.ref), md(it.acc.Title), draftMark(it.draft),
				SeverityTag(row.risk.Severity), md(row.risk.Rule.Title), md(registerCell(&row.risk.Mitigation)), md(row.risk.Rule.Mitigation))
		}
		b.WriteString("\n")
	}
	if len(br.findings) > 0 || len(br.open) > 0 {
		br.markdownPortfolio(b)
	}

	b.WriteString("## Activities\n\n")
	for i := range br.items {
		br.items[i].markdown(b, rb)
	}

	b.WriteString("## Recommendations\n\n")
	if len(br.recs) == 0 {
		b.WriteString("No triggered risk points to a recommendation.\n\n")
	}
	for _, rec := range br.recs {
		names := make([]string, len(rec.items))
		for i, it := range rec.items {
			names[i] = md(br.itemName(it))
		}
		fmt.Fprintf(b, "### %s\n\n%s\n\nAnswers: %s.\n\n", md(rec.rec.Title), md(rec.rec.Summary), strings.Join(names, "; "))
	}
}

var partName = map[Part]string{PartTier: "Tier", PartAgenda: "Agenda"}

// markdownPortfolio writes the findings across the activities, and those held
// open, naming activities by reference and title.
func (br *brief) markdownPortfolio(b *strings.Builder) {
	b.WriteString("## Portfolio\n\n")
	for i := range br.findings {
		f := &br.findings[i]
		fmt.Fprintf(b, "- **%s** %s (%s). Raised by %s. %s *Do:* %s *Would clear it:* %s\n", SeverityTag(f.Severity), md(f.Rule.Title),
			md(f.Force), md(strings.Join(br.findingActivities(f.Activities), "; ")), md(f.Why), md(f.Rule.Mitigation), md(f.WouldClear))
	}
	for i := range br.open {
		fmt.Fprintf(b, "- %s\n", md(br.openText(&br.open[i])))
	}
	b.WriteString("\n")
}

// markdownGrid writes the tier × agenda counts. The rows are named by the
// tier's number and the tiers spelled out below the table: with a tier's
// title in its first cell the table is wider than 80 columns, and a
// renderer at that width (glamour, glow's) cuts the agendas' headers to
// "PO…". So, the widest table it draws is 73 columns.
func (br *brief) markdownGrid(b *strings.Builder) {
	rb, s := br.rb, br.sum
	b.WriteString("| Tier |")
	for _, a := range classify.Agendas {
		fmt.Fprintf(b, " %s |", md(rb.AgendaShort(a)))
	}
	b.WriteString(" Total |\n|---|---:|---:|---:|---:|---:|---:|\n")
	var legend []string
	for t := classify.Tier(1); t <= 4; t++ {
		tier := t
		label := strconv.Itoa(int(t))
		if t == 4 {
			tier, label = 0, "none"
		} else if info := rb.Tier(t); info != nil {
			legend = append(legend, fmt.Sprintf("%d. %s", t, md(info.Title)))
		}
		if tier == 0 && s.ByTier[0] == 0 {
			continue
		}
		row := s.Grid[tier]
		fmt.Fprintf(b, "| %s |", label)
		for _, a := range classify.Agendas {
			fmt.Fprintf(b, " %d |", row[a])
		}
		fmt.Fprintf(b, " %d |\n", s.ByTier[tier])
	}
	fmt.Fprintf(b, "\nTiers of the 2015 policy: %s.\n\n", strings.Join(legend, " · "))
}

// markdown writes the activity's section: its task quoted, the lead-in as
// context in small type, then one list of verdict, reasons, risks, open
// questions and what would change.
func (it *briefItem) markdown(b *strings.Builder, rb *classify.Rulebook) {
	fmt.Fprintf(b, "### %s — %s%s\n\n", md(it.ref), md(it.acc.Title), draftMark(it.draft))
	task, context := it.taskText()
	if task != "" {
		fmt.Fprintf(b, "> %s\n", md(task))
		if context != "" {
			fmt.Fprintf(b, ">\n> <small>Context: %s</small>\n", md(context))
		}
		b.WriteString("\n")
	}
	fmt.Fprintf(b, "**Verdict:** %s\n\n", md(it.verdict()))
	for _, e := range it.entries(rb) {
		if e.Severity != "" {
			reg := ""
			if e.Register != "" {
				reg = " *Register:* " + md(e.Register)
			}
			fmt.Fprintf(b, "- **%s, %s:** %s. %s *Do:* %s%s\n", e.Label, SeverityTag(e.Severity), md(e.Title), md(e.Text), md(e.Do), reg)
			continue
		}
		fmt.Fprintf(b, "- **%s:** %s\n", md(e.Label), md(e.Text))
	}
	b.WriteString("\n")
}

// mdEscaper escapes what markdown reads as syntax inside a line: the table
// bar, HTML (a tag, and an entity: "&lt;" must stay five characters, not
// become "<"), code, emphasis, strikethrough ("~~not~~"), links, and the
// backslash that would otherwise escape the character after it.
var mdEscaper = strings.NewReplacer("\\", `\\`, "|", `\|`, "&", "&amp;", "<", "&lt;", ">", "&gt;", "\n", " ", "`", "\\`", "*", `\*`, "_", `\_`, "[", `\[`, "]", `\]`, "~", `\~`)

// md makes text from a file safe inside markdown (tables included): inline
// syntax is escaped, the text is kept on one line, and what would open a
// block where the text begins a line (a heading, quote, list item, code fence
// or indented code) is escaped too.
func md(s string) string {
	s = strings.TrimLeft(mdEscaper.Replace(Safe(s)), " \t")
	if n := mdBlockOpener(s); n > 0 {
		s = s[:n-1] + `\` + s[n-1:]
	}
	return s
}

// mdBlockOpener returns 1 + the offset of the character that makes s open a
// markdown block when it begins a line ("# ", "- ", "+ ", "1. ", "1) ",
// "~~~", "=" or "-" under a line), or 0.
func mdBlockOpener(s string) int {
	if s == "" {
		return 0
	}
	switch s[0] {
	case '#', '-', '+', '~', '=':
		return 1
	}
	i := 0
	for i < len(s) && i < 9 && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i > 0 && i < len(s) && (s[i] == '.' || s[i] == ')') {
		return i + 1
	}
	return 0
}
