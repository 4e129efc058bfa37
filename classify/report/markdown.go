package report

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
)

// writeMarkdown writes a briefing report per sheet: a summary table, a risk
// register, a section per activity and the recommendations the risks point to.
func writeMarkdown(w io.Writer, rb *classify.Rulebook, sheets []Sheet) error {
	var b strings.Builder
	for i, sh := range sheets {
		if i > 0 {
			b.WriteString("\n---\n\n")
		}
		briefing(&b, rb, sh)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func briefing(b *strings.Builder, rb *classify.Rulebook, sh Sheet) {
	ws := sh.worksheet()
	results := classifyAll(rb, ws)
	title := OneLine(ws.Mission)
	if title == "" {
		title = sh.File
	}
	if title == "" {
		title = "Worksheet"
	}
	fmt.Fprintf(b, "# POC/SSR briefing: %s\n\n", md(title))
	if ws.Mandate != "" {
		fmt.Fprintf(b, "Mandate: %s\n\n", md(OneLine(ws.Mandate)))
	}
	s := classify.Summarize(results)
	b.WriteString("## Summary\n\n")
	fmt.Fprintf(b, "%s.\n\n", SummaryLine(s))
	b.WriteString("| Tier (2015 policy) |")
	for _, a := range classify.Agendas {
		fmt.Fprintf(b, " %s |", md(rb.AgendaShort(a)))
	}
	b.WriteString(" Total |\n|---|---:|---:|---:|---:|---:|---:|\n")
	for t := classify.Tier(1); t <= 4; t++ {
		tier := t
		label := ""
		if t == 4 {
			tier, label = 0, "No tier yet"
		} else if info := rb.Tier(t); info != nil {
			label = fmt.Sprintf("%d. %s", t, info.Title)
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
	b.WriteString("\n")
	writePortfolioMarkdown(b, portfolioOf(rb, ws))

	b.WriteString("## Risk register\n\n")
	type entry struct {
		r *classify.Result
		k classify.Risk
	}
	var register []entry
	for _, sev := range classify.Severities {
		for i := range results {
			for _, k := range results[i].Risks {
				if k.Severity == sev {
					register = append(register, entry{&results[i], k})
				}
			}
		}
	}
	if len(register) == 0 {
		b.WriteString("No friction risk fires with what is known.\n\n")
	} else {
		b.WriteString("| Severity | Risk | Activity | Why |\n|---|---|---|---|\n")
		for _, e := range register {
			fmt.Fprintf(b, "| %s | %s | %s | %s |\n", e.k.Severity, md(e.k.Rule.Title), md(e.r.ID), md(e.k.Why))
		}
		b.WriteString("\n")
	}

	b.WriteString("## Activities\n\n")
	recs := map[string][]string{}
	for i := range results {
		activitySection(b, rb, ws.Activities[i], &results[i])
		for _, k := range results[i].Risks {
			for _, id := range k.Rule.Recommendations {
				if !slices.Contains(recs[id], k.Rule.ID) {
					recs[id] = append(recs[id], k.Rule.ID)
				}
			}
		}
	}

	b.WriteString("## Recommendations\n\n")
	any := false
	for _, rec := range rb.Recommendations {
		if len(recs[rec.ID]) == 0 {
			continue
		}
		any = true
		fmt.Fprintf(b, "### %s\n\n%s\n\nAnswers: %s.\n\n", md(rec.Title), md(rec.Summary), strings.Join(recs[rec.ID], ", "))
	}
	if !any {
		b.WriteString("No triggered risk points to a recommendation.\n\n")
	}
}

// activitySection renders an activity's account as a markdown section.
func activitySection(b *strings.Builder, rb *classify.Rulebook, a *model.Activity, r *classify.Result) {
	acc := NewAccount(rb, a, r)
	fmt.Fprintf(b, "### %s: %s\n\n", md(r.ID), md(acc.Title))
	for _, p := range acc.About {
		fmt.Fprintf(b, "%s\n\n", md(p))
	}
	if len(acc.Meta) > 1 {
		fmt.Fprintf(b, "%s\n\n", md(strings.Join(acc.Meta[1:], " · ")))
	}
	fmt.Fprintf(b, "**Verdict:** %s\n\n", md(VerdictLine(r)))
	for _, sec := range acc.Sections {
		fmt.Fprintf(b, "**%s**\n\n", md(sec.Heading))
		if len(sec.Lines) == 0 {
			fmt.Fprintf(b, "%s\n\n", md(sec.Empty))
			continue
		}
		for _, l := range sec.Lines {
			prefix := strings.TrimPrefix(l.Prefix, "- ")
			switch {
			case l.Rule != "":
				fmt.Fprintf(b, "- **%s — %s** (`%s`)\n", l.Severity, md(l.Text), l.Rule)
			case l.Depth > 0:
				fmt.Fprintf(b, "  - %s%s\n", md(prefix), md(l.Text))
			default:
				fmt.Fprintf(b, "- %s%s\n", md(prefix), md(l.Text))
			}
		}
		b.WriteString("\n")
	}
}

var mdEscaper = strings.NewReplacer("|", `\|`, "<", "&lt;", ">", "&gt;", "\n", " ", "`", "\\`", "*", `\*`, "_", `\_`, "[", `\[`, "]", `\]`)

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
