package report

import (
	"bufio"
	"fmt"
	"io"
	"slices"
	"sync"
	"unicode/utf8"

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
table.register col.ref { width: 7%; } table.register col.act { width: 14%; }
table.register col.risk { width: 15%; } table.register col.sev { width: 8%; }
table.register col.status { width: 9%; } table.register col.owner { width: 10%; }
table.register col.due { width: 9%; } table.register col.note { width: 12%; }
table.register col.review { width: 9%; }
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
// The page is written as it is rendered; one sheet's brief is made once,
// for the page's title and its body.
func writeHTML(w io.Writer, rb *classify.Rulebook, sheets []Sheet) error {
	b := bufio.NewWriterSize(w, outputBuffer)
	title := "POC/SSR briefing"
	var first *brief
	if len(sheets) == 1 {
		var err error
		if first, err = newBrief(rb, sheets[0]); err != nil {
			return err
		}
		title += ": " + first.title
	}
	b.WriteString("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
	fmt.Fprintf(b, "<title>%s</title>\n<style>%s</style>\n</head>\n<body>\n", esc(title), briefingCSS)
	for i, sh := range sheets {
		br := first
		if br == nil {
			var err error
			if br, err = newBrief(rb, sh); err != nil {
				return err
			}
		}
		if i > 0 {
			b.WriteString("<hr class=\"part\">\n")
		}
		br.html(b)
	}
	b.WriteString("</body>\n</html>\n")
	return b.Flush()
}

// sevHTML is a severity as a coloured tag that says it in a word.
func sevHTML(s classify.Severity) string {
	for i, sev := range classify.Severities {
		if sev == s {
			sevHTMLOnce.Do(func() {
				for _, s := range classify.Severities {
					sevHTMLTags = append(sevHTMLTags, sevTag(s))
				}
			})
			return sevHTMLTags[i]
		}
	}
	return sevTag(s)
}

func sevTag(s classify.Severity) string {
	return fmt.Sprintf(`<span class="sev %s">%s</span>`, esc(string(s)), esc(SeverityTag(s)))
}

// The tags of classify.Severities, made when first asked for: a long
// briefing tags tens of thousands of risks.
var (
	sevHTMLOnce sync.Once
	sevHTMLTags []string
)

const draftHTML = `<span class="draft">DRAFT</span>`

// html renders the briefing's document.
func (br *brief) html(b sink) {
	m := escMemo{}
	br.stream(func(bl *block) { htmlBlock(b, bl, m) }, true)
}

// The summary's parts need no wrapper; the others start a page, or keep an
// activity or the readings together.
func htmlBlock(b sink, bl *block, m escMemo) {
	switch bl.kind {
	case blockOpen:
		fmt.Fprintf(b, "<section class=\"%s\">\n", bl.style)
	case blockClose:
		b.WriteString("</section>\n")
	case blockHeading:
		fmt.Fprintf(b, "<h%d>", bl.level)
		htmlLine(b, bl.text, m)
		fmt.Fprintf(b, "</h%d>\n", bl.level)
	case blockMinor:
		b.WriteString("<h3>")
		htmlLine(b, bl.text, m)
		b.WriteString("</h3>\n")
	case blockPara:
		b.WriteString("<p")
		b.WriteString(htmlClass(bl.style))
		b.WriteByte('>')
		htmlLine(b, bl.text, m)
		b.WriteString("</p>\n")
	case blockList:
		b.WriteString("<ul>\n")
		for _, it := range bl.items {
			b.WriteString("<li")
			b.WriteString(htmlClass(it.style))
			b.WriteByte('>')
			htmlLine(b, it.text, m)
			b.WriteString("</li>\n")
		}
		b.WriteString("</ul>\n")
	case blockDefs:
		b.WriteString("<dl>\n")
		for _, it := range bl.items {
			b.WriteString("<dt>")
			b.WriteString(esc(it.term))
			b.WriteString("</dt><dd>")
			htmlLine(b, it.text, m)
			b.WriteString("</dd>\n")
		}
		b.WriteString("</dl>\n")
	case blockQuote:
		b.WriteString("<blockquote>")
		htmlLine(b, bl.text, m)
		b.WriteString("</blockquote>\n")
		if len(bl.context) > 0 {
			b.WriteString("<p class=\"context\">")
			htmlLine(b, bl.context, m)
			b.WriteString("</p>\n")
		}
	case blockTable:
		htmlTable(b, bl.table, bl.style, m)
	case blockDrawings:
		htmlFigures(b, bl.figures)
	}
}

func htmlClass(style string) string {
	if style == "" {
		return ""
	}
	return ` class="` + style + `"`
}

func htmlTable(b sink, t *table, style string, m escMemo) {
	fmt.Fprintf(b, "<table%s>\n", htmlClass(style))
	// Columns the style names get their widths from it.
	if slices.ContainsFunc(t.cols, func(c column) bool { return c.class != "" }) {
		b.WriteString("<colgroup>")
		for _, c := range t.cols {
			fmt.Fprintf(b, "<col%s>", htmlClass(c.class))
		}
		b.WriteString("</colgroup>\n")
	}
	b.WriteString("<thead><tr>")
	for _, c := range t.cols {
		fmt.Fprintf(b, "<th>%s</th>", esc(c.head))
	}
	b.WriteString("</tr></thead>\n<tbody>\n")
	for row := range t.each() {
		b.WriteString("<tr>")
		for i, c := range row {
			if t.cols[i].numeric {
				b.WriteString(`<td class="n">`)
			} else {
				b.WriteString("<td>")
			}
			htmlLine(b, c, m)
			b.WriteString("</td>")
		}
		b.WriteString("</tr>\n")
	}
	b.WriteString("</tbody>\n</table>\n")
}

// htmlLine writes a line's runs, every text escaped: the rulebook's own
// (run.fixed) as m holds it.
func htmlLine(b sink, l line, m escMemo) {
	// Written straight to b, as every line of a long briefing is.
	for _, r := range l {
		switch r.kind {
		case runText, runRaw:
			if r.fixed {
				m.write(b, r.text, writeEsc)
				continue
			}
			writeEsc(b, r.text)
		case runStrong, runValue:
			b.WriteString("<strong>")
			writeEsc(b, r.text)
			b.WriteString("</strong>")
		case runEm:
			b.WriteString("<em>")
			writeEsc(b, r.text)
			b.WriteString("</em>")
		case runSeverity:
			if r.suggested {
				b.WriteByte('~')
			}
			b.WriteString(sevHTML(r.sev))
		case runDraftWord:
			b.WriteString(draftHTML)
		case runDraft:
			b.WriteByte(' ')
			b.WriteString(draftHTML)
		}
	}
}

// writeEsc writes esc(s) to b without making it: what needs an escape is
// written escaped between the runs of text written as they stand.
func writeEsc(b sink, s string) { writeSafeEscaped(b, s, &htmlEscapes, htmlSpecial()) }

// writeSafeEscaped writes Safe(s) to b with each byte escapes names
// replaced by its escape; special marks those bytes, the control characters
// Safe changes and every byte beyond ASCII. Text Safe leaves as it is, most
// text, is read once: escaped as it is checked. Where Safe would change it,
// what is written so far is what Safe keeps of it (the text before the
// first character it changes), and the rest is written from Safe's.
func writeSafeEscaped(b sink, s string, escapes *[256]string, special *[256]byte) {
	start, i := 0, 0
	for {
		// Eight bytes at a time while none is special: the bytes are
		// looked up without a branch each, and most text has none.
		for i+8 <= len(s) {
			w := s[i : i+8]
			if special[w[0]]|special[w[1]]|special[w[2]]|special[w[3]]|
				special[w[4]]|special[w[5]]|special[w[6]]|special[w[7]] != 0 {
				break
			}
			i += 8
		}
		for i < len(s) && special[s[i]] == 0 {
			i++
		}
		if i >= len(s) {
			break
		}
		c := s[i]
		if e := escapes[c]; e != "" {
			b.WriteString(s[start:i])
			b.WriteString(e)
			i++
			start = i
			continue
		}
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeRuneInString(s[i:])
			if out, keep := displayRune(r); out == r && keep {
				i += size
				continue
			}
		}
		writeEscaped(b, Safe(s)[start:], escapes)
		return
	}
	b.WriteString(s[start:])
}

// specialBytes marks the bytes writeSafeEscaped looks at, for escapes:
// 1 for such a byte, 0 for any other.
func specialBytes(escapes *[256]string) (t [256]byte) {
	for c := range 256 {
		if escapes[c] != "" || c < 0x20 && c != '\n' && c != '\t' || c >= 0x7f {
			t[c] = 1
		}
	}
	return t
}

// htmlSpecial marks the bytes writeEsc looks at; made when first used, not
// at every start of the program.
var htmlSpecial = sync.OnceValue(func() *[256]byte { t := specialBytes(&htmlEscapes); return &t })

// writeEscaped writes s to b with each byte the table names replaced by its
// escape, the runs between written as they stand.
func writeEscaped(b sink, s string, escapes *[256]string) {
	start := 0
	for i := 0; i < len(s); i++ {
		if e := escapes[s[i]]; e != "" {
			b.WriteString(s[start:i])
			b.WriteString(e)
			start = i + 1
		}
	}
	b.WriteString(s[start:])
}

// htmlEscapes is what html.EscapeString escapes, as a table of bytes.
var htmlEscapes = [256]string{'&': "&amp;", '\'': "&#39;", '<': "&lt;", '>': "&gt;", '"': "&#34;"}

// htmlFigures writes drawings side by side, each with its caption.
func htmlFigures(b sink, figures []figure) {
	b.WriteString("<div class=\"drawings\">\n")
	for _, f := range figures {
		b.WriteString("<figure>")
		f.draw.svg(b)
		fmt.Fprintf(b, "<figcaption>%s</figcaption></figure>\n", esc(f.caption))
	}
	b.WriteString("</div>\n")
}
