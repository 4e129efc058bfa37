package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/pocssr/pocssr/classify"
)

// WriteHandout writes the framework as a workshop handout: markdown, or a
// self-contained printable HTML page.
func WriteHandout(w io.Writer, rb *classify.Rulebook, f Format) error {
	h, err := newHandout(rb)
	if err != nil {
		return err
	}
	var b strings.Builder
	if f == HTML {
		h.html(&b)
	} else {
		h.markdown(&b)
	}
	_, err = io.WriteString(w, b.String())
	return err
}

// drawingWidth is the width of the handout's text drawings.
const drawingWidth = 74

func (h *handout) markdown(b *strings.Builder) {
	rb := h.rb
	fmt.Fprintf(b, "# %s\n\n", md(h.title))
	b.WriteString("A handout for workshops: the two readings of the protection of civilians (POC) and security sector reform (SSR), the kinds of activity, the friction risks with the cases that show them, and the chapter's recommendations. Numbers on the drawings are the cases listed at the end.\n\n")
	b.WriteString("## The two readings\n\n")
	b.WriteString("```text\n")
	for _, l := range h.text2015() {
		b.WriteString(l + "\n")
	}
	b.WriteString("\n")
	for _, l := range h.textNarrow() {
		b.WriteString(l + "\n")
	}
	b.WriteString("```\n\n")
	for _, a := range rb.Agendas {
		fmt.Fprintf(b, "- **%s**: %s\n", md(a.Title), md(a.Description))
	}
	b.WriteString("\n## Kinds of activity by tier\n\n")
	for _, t := range rb.Tiers {
		fmt.Fprintf(b, "### Tier %d: %s\n\n%s\n\n", t.Tier, md(t.Title), md(t.Description))
		for _, k := range rb.Kinds {
			if k.Tier == t.Tier {
				fmt.Fprintf(b, "- **%s**: %s\n", md(k.Label), md(k.Description))
			}
		}
		b.WriteString("\n")
	}
	b.WriteString("## Friction risks\n\n")
	for _, r := range h.risks {
		fmt.Fprintf(b, "### %s (%s)\n\n", md(r.rule.Title), r.rule.Severity)
		fmt.Fprintf(b, "- **When:** %s\n", md(r.when))
		for _, x := range r.raises {
			fmt.Fprintf(b, "- **Severity:** %s\n", md(x))
		}
		fmt.Fprintf(b, "- **What to do:** %s\n", md(r.rule.Mitigation))
		if len(r.cases) > 0 {
			var cs []string
			for _, n := range r.cases {
				cs = append(cs, fmt.Sprintf("%d. %s", n, md(h.cases[n-1].title)))
			}
			fmt.Fprintf(b, "- **Cases that raise it:** %s\n", strings.Join(cs, "; "))
		}
		fmt.Fprintf(b, "- **See:** “%s”\n", md(r.rule.Section))
		if len(r.recs) > 0 {
			fmt.Fprintf(b, "- **Recommendations:** %s\n", md(strings.Join(r.recs, "; ")))
		}
		b.WriteString("\n")
	}
	b.WriteString("## The five recommendations\n\n")
	for i, rec := range rb.Recommendations {
		fmt.Fprintf(b, "%d. **%s.** %s", i+1, md(rec.Title), md(rec.Summary))
		if a := h.answers(rec.ID); len(a) > 0 {
			fmt.Fprintf(b, " *Answers:* %s.", md(strings.Join(a, "; ")))
		}
		b.WriteString("\n")
	}
	b.WriteString("\n## The cases\n\n")
	for _, c := range h.cases {
		fmt.Fprintf(b, "%d. %s — %s; from “%s”\n", c.num, md(c.title), c.verdict, md(c.section))
	}
}

// textBox draws a box of the drawing width with a title in its top line and
// the lines inside.
func textBox(title string, inner []string, w int) []string {
	top := "┌─ " + title + " "
	top += strings.Repeat("─", max(0, w-1-len([]rune(top)))) + "┐"
	out := []string{top}
	for _, l := range inner {
		out = append(out, "│ "+padRunes(l, w-4)+" │")
	}
	return append(out, "└"+strings.Repeat("─", w-2)+"┘")
}

func padRunes(s string, w int) string {
	n := len([]rune(s))
	if n > w {
		return string([]rune(s)[:w])
	}
	return s + strings.Repeat(" ", w-n)
}

// wrapNumbers wraps case numbers into lines of at most w cells, after a prefix.
func wrapNumbers(prefix string, ns []int, w int) []string {
	words := strings.Fields(numbers(ns))
	var out []string
	line := prefix
	for _, x := range words {
		if len([]rune(line))+len(x)+1 > w && line != prefix {
			out = append(out, line)
			line = strings.Repeat(" ", len([]rune(prefix)))
		}
		line += " " + x
	}
	return append(out, line)
}

// text2015 is the 2015 reading drawn in text, with the cases' numbers.
func (h *handout) text2015() []string {
	w := drawingWidth
	var inner []string
	inner = append(inner, fmt.Sprintf("Tier 1 · %s", fenced(h.tierTitle(1))))
	inner = append(inner, wrapNumbers("  cases:", h.by2015[region2015Tier1], w-4)...)
	inner = append(inner, strings.Repeat("╌", w-4))
	inner = append(inner, fmt.Sprintf("Tier 2 · %s", fenced(h.tierTitle(2))))
	inner = append(inner, wrapNumbers("  cases:", h.by2015[region2015Tier2], w-4)...)
	inner = append(inner, strings.Repeat("╌", w-4))
	inner = append(inner, fmt.Sprintf("Tier 3 · %s", fenced(h.tierTitle(3))))
	inner = append(inner, wrapNumbers("  outside SSR:", h.by2015[region2015Tier3], w-4)...)
	inner = append(inner, textBox("SSR, inside Tier 3", wrapNumbers("cases:", h.by2015[region2015SSR], w-10), w-6)...)
	out := append([]string{"The 2015 policy: three tiers of POC, with SSR inside Tier 3"}, textBox("POC under the 2015 policy", inner, w)...)
	if ns := h.by2015[region2015None]; len(ns) > 0 {
		out = append(out, wrapNumbers("No tier (no kind known):", ns, w)...)
	}
	return out
}

// textNarrow is the narrow reading drawn in text: two overlapping agendas,
// and the space of activities that are neither.
func (h *handout) textNarrow() []string {
	w := drawingWidth
	pic := []string{
		"╭──── POC ───────────────────────────╮",
		"│                     ╭──────────────┼───────────────── SSR ───╮",
		"│  POC only           │   overlap    │           SSR only      │",
		"│                     │              │                         │",
		"╰─────────────────────┼──────────────╯                         │",
		"                      ╰────────────────────────────────────────╯",
	}
	inner := append([]string{}, pic...)
	inner = append(inner, "")
	inner = append(inner, wrapNumbers("POC only:", h.byAgeda[classify.POCOnly], w-4)...)
	inner = append(inner, wrapNumbers("Overlap: ", h.byAgeda[classify.Overlap], w-4)...)
	inner = append(inner, wrapNumbers("SSR only:", h.byAgeda[classify.SSROnly], w-4)...)
	inner = append(inner, wrapNumbers("Outside both (still filed under the 2015 policy's tiers):", h.byAgeda[classify.Outside], w-4)...)
	out := append([]string{"The narrow reading: POC and SSR, two agendas that overlap"}, textBox("All activities", inner, w)...)
	if ns := h.byAgeda[classify.Undetermined]; len(ns) > 0 {
		out = append(out, wrapNumbers("Agenda undetermined:", ns, w)...)
	}
	return out
}

// fenced makes rulebook text safe inside the drawing's code block: one line,
// no control characters, and no backquote that could close the block.
func fenced(s string) string { return strings.ReplaceAll(OneLine(s), "`", "'") }
