package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/pocssr/pocssr/classify"
)

// The briefing as one HTML page that stands alone and prints on A4: its style
// inline, no script, nothing fetched. The executive summary fills the first
// page, the two readings after it; the register, the activities and the
// recommendations each start a new page. Every text read from a file or the rulebook is
// escaped; a severity is always written as a word beside its colour.

const briefingCSS = `
@page { size: A4; margin: 14mm 14mm 16mm; }
body { font-family: "Noto Sans", "DejaVu Sans", Arial, sans-serif; font-size: 9.5pt; line-height: 1.35;
  color: #1f2328; max-width: 182mm; margin: 0 auto; padding: 6mm 0; }
h1 { font-size: 17pt; margin: 0 0 1mm; }
h2 { font-size: 13pt; border-bottom: 1px solid #afb8c1; padding-bottom: 1mm; margin: 5mm 0 2mm; }
h3 { font-size: 10.5pt; margin: 4mm 0 1mm; }
h4 { font-size: 9.5pt; margin: 3mm 0 1mm; }
p { margin: 1mm 0 2mm; }
.lead { color: #444c56; }
.part { break-before: page; }
.readings { break-inside: avoid; }
table { border-collapse: collapse; width: 100%; margin: 1mm 0 3mm; }
body, td, th, dd, li, p, h1, h2, h3, h4, figcaption, blockquote { overflow-wrap: anywhere; }
table.register { table-layout: fixed; }
table.register col.ref { width: 7%; } table.register col.act { width: 16%; }
table.register col.risk { width: 17%; } table.register col.sev { width: 8%; }
table.register col.status { width: 9%; } table.register col.owner { width: 11%; }
table.register col.due { width: 9%; }
th, td { border: 1px solid #d0d7de; padding: 0.8mm 1.5mm; text-align: left; vertical-align: top; }
th { background: #f6f8fa; }
td.n { text-align: right; }
table.register td { font-size: 8.5pt; }
tr { break-inside: avoid; }
.sev { font-weight: bold; font-size: 8pt; letter-spacing: .04em; padding: 0 1mm; border-radius: 2px; color: #fff; white-space: nowrap; }
.sev.critical { background: #a40e26; } .sev.high { background: #bc4c00; }
.sev.medium { background: #7d4e00; } .sev.low { background: #57606a; }
.draft { font-weight: bold; font-size: 8pt; color: #7d4e00; border: 1px solid #7d4e00; padding: 0 1mm; border-radius: 2px; white-space: nowrap; }
ul { margin: 1mm 0 2mm; padding-left: 5mm; } li { margin-bottom: 0.6mm; }
.drawings { display: flex; gap: 6mm; }
.drawings figure { margin: 0; flex: 1; }
figcaption { font-size: 8.5pt; color: #444c56; margin-top: 1mm; }
svg { width: 100%; height: auto; }
svg text { font-family: inherit; }
section.activity { break-inside: avoid; border-top: 1px solid #d0d7de; padding-top: 1mm; }
blockquote { margin: 1mm 0; padding-left: 3mm; border-left: 3px solid #afb8c1; }
.context { font-size: 8pt; color: #57606a; margin: 0.5mm 0 1.5mm 3mm; }
dl { margin: 0; display: grid; grid-template-columns: 24mm minmax(0, 1fr); column-gap: 1mm; }
dt { font-weight: bold; grid-column: 1; } dd { grid-column: 2; margin: 0 0 0.8mm; min-width: 0; }
.muted { color: #57606a; }
@media print { body { padding: 0; max-width: none; } h2, h3 { break-after: avoid; } }
`

// writeHTML writes the briefing of every sheet as one page.
func writeHTML(w io.Writer, rb *classify.Rulebook, sheets []Sheet) error {
	var b strings.Builder
	title := "POC/SSR briefing"
	if len(sheets) == 1 {
		title += ": " + newBrief(rb, sheets[0]).title
	}
	b.WriteString("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
	fmt.Fprintf(&b, "<title>%s</title>\n<style>%s</style>\n</head>\n<body>\n", esc(title), briefingCSS)
	for i, sh := range sheets {
		br := newBrief(rb, sh)
		if i > 0 {
			b.WriteString("<hr class=\"part\">\n")
		}
		br.html(&b)
	}
	b.WriteString("</body>\n</html>\n")
	_, err := io.WriteString(w, b.String())
	return err
}

// sevHTML is a severity as a coloured tag that says it in a word.
func sevHTML(s classify.Severity) string {
	return fmt.Sprintf(`<span class="sev %s">%s</span>`, esc(string(s)), esc(SeverityTag(s)))
}

func draftHTML(draft bool) string {
	if draft {
		return ` <span class="draft">DRAFT</span>`
	}
	return ""
}

// nameHTML is an activity's "ref — title" with its DRAFT mark.
func (b *brief) nameHTML(i int) string {
	it := &b.items[i]
	return esc(it.name()) + draftHTML(it.draft)
}

func (br *brief) html(b *strings.Builder) {
	fmt.Fprintf(b, "<h1>POC/SSR briefing: %s</h1>\n<p class=\"lead\">", esc(br.title))
	var head []string
	if br.mandate != "" {
		head = append(head, "Mandate: <strong>"+esc(br.mandate)+"</strong>")
	}
	if br.mission != "" {
		head = append(head, "Mission: <strong>"+esc(br.mission)+"</strong>")
	}
	if br.preparedBy != "" {
		head = append(head, "Prepared by: "+esc(br.preparedBy))
	}
	head = append(head, strings.Replace(esc(br.countLine()), "DRAFT", `<span class="draft">DRAFT</span>`, 1)+".")
	b.WriteString(strings.Join(head, " · ") + "</p>\n")

	b.WriteString("<h2>Executive summary</h2>\n")
	if overdue := br.overdue(); len(overdue) > 0 {
		b.WriteString("<h3>Overdue</h3>\n<ul>\n")
		for _, o := range overdue {
			sev, title, text := br.overdueText(o)
			tag := ""
			if sev != "" {
				tag = sevHTML(sev) + " "
			}
			fmt.Fprintf(b, "<li>%s<strong>%s</strong>: %s</li>\n", tag, esc(title), esc(text))
		}
		b.WriteString("</ul>\n")
	}
	b.WriteString("<h3>Critical and high risks still open</h3>\n")
	serious := br.seriousRisks()
	if len(serious) == 0 {
		b.WriteString("<p>None with what is known.</p>\n")
	} else {
		b.WriteString("<ul>\n")
		for _, s := range serious {
			names := make([]string, len(s.items))
			for i, it := range s.items {
				names[i] = br.nameHTML(it)
			}
			fmt.Fprintf(b, "<li>%s <strong>%s</strong>: %s</li>\n", sevHTML(s.severity), esc(s.rule.Title), strings.Join(names, "; "))
		}
		b.WriteString("</ul>\n")
	}
	if line := br.settledLine(); line != "" {
		fmt.Fprintf(b, "<p class=\"muted\">%s</p>\n", esc(line))
	}
	br.htmlGrid(b)
	b.WriteString("<h3>Portfolio findings</h3>\n")
	if len(br.findings) > 0 {
		b.WriteString("<ul>\n")
		for i := range br.findings {
			f := &br.findings[i]
			fmt.Fprintf(b, "<li>%s <strong>%s</strong> (%s): %s</li>\n", sevHTML(f.Severity), esc(f.Rule.Title), esc(f.Force), esc(f.WouldClear))
		}
		b.WriteString("</ul>\n")
	}
	if line := br.portfolioLine(); line != "" {
		fmt.Fprintf(b, "<p>%s</p>\n", esc(line))
	}
	if br.drafts > 0 {
		fmt.Fprintf(b, "<p><span class=\"draft\">DRAFT</span> %d of %d activities are drafts: their facts were suggested from the text and nobody has reviewed them yet.</p>\n", br.drafts, len(br.items))
	}

	// The drawings follow the summary on its page when they fit, else on the next.
	b.WriteString("<section class=\"readings\">\n<h2>The two readings</h2>\n<div class=\"drawings\">\n")
	d := newReadings(br.rb)
	for i := range br.items {
		label := br.items[i].ref
		if br.items[i].draft {
			label += "*"
		}
		d.place(&br.items[i].r, label)
	}
	b.WriteString("<figure>")
	d.svg2015(b)
	b.WriteString("<figcaption>The 2015 policy: three tiers of POC, with all support to SSR inside Tier 3.</figcaption></figure>\n<figure>")
	d.svgNarrow(b)
	b.WriteString("<figcaption>The narrow reading: POC and SSR as two agendas that overlap only in part.</figcaption></figure>\n</div>\n")
	b.WriteString("<p class=\"muted\">Each mark is an activity's paragraph reference (or #position); a star marks a DRAFT.</p>\n</section>\n")

	b.WriteString("<section class=\"part\">\n<h2>Risk register</h2>\n")
	if len(br.register) == 0 {
		b.WriteString("<p>No friction risk fires with what is known.</p>\n")
	} else {
		b.WriteString("<table class=\"register\">\n<colgroup><col class=\"ref\"><col class=\"act\"><col class=\"risk\"><col class=\"sev\"><col class=\"status\"><col class=\"owner\"><col class=\"due\"><col></colgroup>\n<thead><tr><th>Ref</th><th>Activity</th><th>Risk</th><th>Severity</th><th>Status</th><th>Owner</th><th>Due</th><th>What to do</th></tr></thead>\n<tbody>\n")
		for _, row := range br.register {
			it := &br.items[row.item]
			status, owner, due := registerColumns(&row.risk.Mitigation)
			fmt.Fprintf(b, "<tr><td>%s</td><td>%s%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>\n", esc(it.ref), esc(it.acc.Title), draftHTML(it.draft),
				esc(row.risk.Rule.Title), sevHTML(row.risk.Severity), esc(status), esc(owner), esc(due), esc(row.risk.Rule.Mitigation))
		}
		b.WriteString("</tbody>\n</table>\n")
	}
	if len(br.findings) > 0 || len(br.open) > 0 {
		b.WriteString("<h3>Portfolio</h3>\n<ul>\n")
		for i := range br.findings {
			f := &br.findings[i]
			fmt.Fprintf(b, "<li>%s <strong>%s</strong> (%s). Raised by %s. %s <em>Do:</em> %s <em>Would clear it:</em> %s</li>\n", sevHTML(f.Severity),
				esc(f.Rule.Title), esc(f.Force), esc(strings.Join(br.findingActivities(f.Activities), "; ")), esc(f.Why), esc(f.Rule.Mitigation), esc(f.WouldClear))
		}
		for i := range br.open {
			fmt.Fprintf(b, "<li class=\"muted\">%s</li>\n", esc(br.openText(&br.open[i])))
		}
		b.WriteString("</ul>\n")
	}
	b.WriteString("</section>\n")

	b.WriteString("<section class=\"part\">\n<h2>Activities</h2>\n")
	for i := range br.items {
		br.items[i].html(b, br.rb)
	}
	b.WriteString("</section>\n")

	b.WriteString("<section class=\"part\">\n<h2>Recommendations</h2>\n")
	if len(br.recs) == 0 {
		b.WriteString("<p>No triggered risk points to a recommendation.</p>\n")
	}
	for _, rec := range br.recs {
		names := make([]string, len(rec.items))
		for i, it := range rec.items {
			names[i] = br.nameHTML(it)
		}
		fmt.Fprintf(b, "<h3>%s</h3>\n<p>%s</p>\n<p class=\"muted\">Answers: %s.</p>\n", esc(rec.rec.Title), esc(rec.rec.Summary), strings.Join(names, "; "))
	}
	b.WriteString("</section>\n")
}

// htmlGrid writes the tier × agenda counts.
func (br *brief) htmlGrid(b *strings.Builder) {
	rb, s := br.rb, br.sum
	b.WriteString("<table>\n<thead><tr><th>Tier (2015 policy)</th>")
	for _, a := range classify.Agendas {
		fmt.Fprintf(b, "<th>%s</th>", esc(rb.AgendaShort(a)))
	}
	b.WriteString("<th>Total</th></tr></thead>\n<tbody>\n")
	for t := classify.Tier(1); t <= 4; t++ {
		tier, label := t, ""
		if t == 4 {
			tier, label = 0, "No tier yet"
		} else if info := rb.Tier(t); info != nil {
			label = fmt.Sprintf("%d. %s", t, info.Title)
		}
		if tier == 0 && s.ByTier[0] == 0 {
			continue
		}
		fmt.Fprintf(b, "<tr><td>%s</td>", esc(label))
		for _, a := range classify.Agendas {
			fmt.Fprintf(b, "<td class=\"n\">%d</td>", s.Grid[tier][a])
		}
		fmt.Fprintf(b, "<td class=\"n\">%d</td></tr>\n", s.ByTier[tier])
	}
	b.WriteString("</tbody>\n</table>\n")
}

// html writes the activity's section.
func (it *briefItem) html(b *strings.Builder, rb *classify.Rulebook) {
	fmt.Fprintf(b, "<section class=\"activity\">\n<h3>%s%s</h3>\n", esc(it.name()), draftHTML(it.draft))
	task, context := it.taskText()
	if task != "" {
		fmt.Fprintf(b, "<blockquote>%s</blockquote>\n", esc(task))
	}
	if context != "" {
		fmt.Fprintf(b, "<p class=\"context\">Context: %s</p>\n", esc(context))
	}
	fmt.Fprintf(b, "<p><strong>Verdict:</strong> %s</p>\n<dl>\n", esc(it.verdict()))
	for _, e := range it.entries(rb) {
		if e.Severity != "" {
			reg := ""
			if e.Register != "" {
				reg = " <em>Register:</em> " + esc(e.Register)
			}
			fmt.Fprintf(b, "<dt>%s</dt><dd>%s <strong>%s.</strong> %s <em>Do:</em> %s%s</dd>\n", esc(e.Label), sevHTML(e.Severity), esc(e.Title), esc(e.Text), esc(e.Do), reg)
			continue
		}
		fmt.Fprintf(b, "<dt>%s</dt><dd>%s</dd>\n", esc(e.Label), esc(e.Text))
	}
	b.WriteString("</dl>\n</section>\n")
}
