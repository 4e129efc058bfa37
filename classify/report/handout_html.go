package report

import (
	"fmt"
	"html"
	"strings"
)

// The handout as one HTML page that stands alone: its style inline, no
// script, nothing fetched from anywhere, laid out for A4 paper. Every text
// from the rulebook or the case library is escaped.

const handoutCSS = `
@page { size: A4; margin: 16mm 15mm; }
body { font-family: "Noto Sans", "DejaVu Sans", Arial, sans-serif; font-size: 10.5pt; line-height: 1.4;
  color: #1f2328; max-width: 180mm; margin: 0 auto; padding: 8mm 0; }
h1 { font-size: 19pt; margin: 0 0 2mm; }
h2 { font-size: 14pt; border-bottom: 1px solid #afb8c1; padding-bottom: 1mm; margin-top: 7mm; }
h3 { font-size: 11.5pt; margin: 4mm 0 1mm; }
p.lead { color: #444c56; }
.drawings { display: flex; gap: 6mm; justify-content: space-between; }
.drawings figure { margin: 0; flex: 1; }
figcaption { font-size: 9pt; color: #444c56; margin-top: 1mm; }
svg { width: 100%; height: auto; }
svg text { font-family: inherit; }
.risk { break-inside: avoid; border-left: 3px solid #afb8c1; padding-left: 3mm; margin: 3mm 0; }
.risk.critical { border-left-color: #a40e26; } .risk.high { border-left-color: #bc4c00; }
.risk.medium { border-left-color: #7d4e00; } .risk.low { border-left-color: #57606a; }
.sev { font-weight: bold; text-transform: uppercase; font-size: 8.5pt; letter-spacing: .05em; }
dl { margin: 0; } dt { font-weight: bold; float: left; clear: left; width: 30mm; }
dd { margin: 0 0 1mm 31mm; }
ul.kinds { margin: 1mm 0 3mm; padding-left: 5mm; }
ol.cases li, ol.recs li { margin-bottom: 1mm; }
.muted { color: #57606a; }
@media print { body { padding: 0; max-width: none; } h2 { break-after: avoid; } h3 { break-after: avoid; }
  .drawings { break-inside: avoid; } }
`

func esc(s string) string { return html.EscapeString(Safe(s)) }

func (h *handout) html(b *strings.Builder) {
	rb := h.rb
	b.WriteString("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
	fmt.Fprintf(b, "<title>%s</title>\n<style>%s</style>\n</head>\n<body>\n", esc(h.title), handoutCSS)
	fmt.Fprintf(b, "<h1>%s</h1>\n", esc(h.title))
	b.WriteString("<p class=\"lead\">A handout for workshops: the two readings of the protection of civilians (POC) and security sector reform (SSR), the kinds of activity, the friction risks with the cases that show them, and the chapter's recommendations. Numbers on the drawings are the cases listed at the end.</p>\n")

	b.WriteString("<h2>The two readings</h2>\n")
	htmlFigures(b, h.drawing.figures())
	b.WriteString("<ul>\n")
	for _, a := range rb.Agendas {
		fmt.Fprintf(b, "<li><strong>%s</strong>: %s</li>\n", esc(a.Title), esc(a.Description))
	}
	b.WriteString("</ul>\n")

	b.WriteString("<h2>Kinds of activity by tier</h2>\n")
	for _, t := range rb.Tiers {
		fmt.Fprintf(b, "<h3>Tier %d: %s</h3>\n<p>%s</p>\n<ul class=\"kinds\">\n", t.Tier, esc(t.Title), esc(t.Description))
		for _, k := range rb.Kinds {
			if k.Tier == t.Tier {
				fmt.Fprintf(b, "<li><strong>%s</strong>: %s</li>\n", esc(k.Label), esc(k.Description))
			}
		}
		b.WriteString("</ul>\n")
	}

	b.WriteString("<h2>Friction risks</h2>\n")
	for _, r := range h.risks {
		sev := string(r.rule.Severity)
		fmt.Fprintf(b, "<section class=\"risk %s\">\n<h3>%s <span class=\"sev\">%s</span></h3>\n<dl>\n", esc(sev), esc(r.rule.Title), esc(sev))
		fmt.Fprintf(b, "<dt>When</dt><dd>%s", esc(r.when))
		for _, x := range r.raises {
			fmt.Fprintf(b, " %s", esc(x))
		}
		b.WriteString("</dd>\n")
		fmt.Fprintf(b, "<dt>What to do</dt><dd>%s</dd>\n", esc(r.rule.Mitigation))
		if len(r.cases) > 0 {
			var cs []string
			for _, n := range r.cases {
				cs = append(cs, fmt.Sprintf("%d. %s", n, esc(h.cases[n-1].title)))
			}
			fmt.Fprintf(b, "<dt>Cases</dt><dd>%s</dd>\n", strings.Join(cs, "; "))
		}
		fmt.Fprintf(b, "<dt>See</dt><dd>“%s”</dd>\n", esc(r.rule.Section))
		if len(r.recs) > 0 {
			fmt.Fprintf(b, "<dt>Answered by</dt><dd>%s</dd>\n", esc(strings.Join(r.recs, "; ")))
		}
		b.WriteString("</dl>\n</section>\n")
	}

	b.WriteString("<h2>The five recommendations</h2>\n<ol class=\"recs\">\n")
	for _, rec := range rb.Recommendations {
		fmt.Fprintf(b, "<li><strong>%s.</strong> %s", esc(rec.Title), esc(rec.Summary))
		if a := h.answers(rec.ID); len(a) > 0 {
			fmt.Fprintf(b, " <span class=\"muted\">Answers: %s.</span>", esc(strings.Join(a, "; ")))
		}
		b.WriteString("</li>\n")
	}
	b.WriteString("</ol>\n<h2>The cases</h2>\n<ol class=\"cases\">\n")
	for _, c := range h.cases {
		fmt.Fprintf(b, "<li>%s <span class=\"muted\">— %s; from “%s”</span></li>\n", esc(c.title), esc(c.verdict), esc(c.section))
	}
	b.WriteString("</ol>\n</body>\n</html>\n")
}
