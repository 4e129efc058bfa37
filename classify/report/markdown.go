package report

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/pocssr/pocssr/classify"
)

// writeMarkdown writes a briefing per sheet (see brief).
func writeMarkdown(w io.Writer, rb *classify.Rulebook, sheets []Sheet) error {
	b := bufio.NewWriterSize(w, outputBuffer)
	for i, sh := range sheets {
		if i > 0 {
			b.WriteString("\n---\n\n")
		}
		newBrief(rb, sh).markdown(b)
	}
	return b.Flush()
}

// outputBuffer is the size of the buffer a long report is written through.
const outputBuffer = 64 << 10

// markdown renders the briefing's document block by block as it is built.
// Markdown carries no pictures: the part with the two readings is left out.
func (br *brief) markdown(b sink) {
	skip := false
	br.stream(func(bl *block) {
		switch {
		case bl.kind == blockOpen && bl.style == styleReadings:
			skip = true
		case bl.kind == blockClose && bl.style == styleReadings:
			skip = false
		case !skip:
			mdBlock(b, bl)
		}
	})
}

// Where a run stands changes how markdown marks it: a DRAFT mark after a
// heading or in a table cell follows a dot, and in running text it stands in
// brackets.
type mdWhere uint8

const (
	mdRunning mdWhere = iota
	mdHeading
	mdCell
)

func mdBlock(b sink, bl *block) {
	switch bl.kind {
	case blockHeading:
		fmt.Fprintf(b, "%s %s\n\n", strings.Repeat("#", bl.level), mdLine(bl.text, mdHeading))
	case blockMinor:
		fmt.Fprintf(b, "**%s**\n\n", mdLine(bl.text, mdRunning))
	case blockPara:
		b.WriteString(mdLine(bl.text, mdRunning) + "\n\n")
	case blockList:
		for _, it := range bl.items {
			b.WriteString("- " + mdLine(it.text, mdRunning) + "\n")
		}
		b.WriteString("\n")
	case blockDefs:
		for _, it := range bl.items {
			term, text := md(it.term), it.text
			// A severity that opens an entry joins its label: "Risk, HIGH:".
			if len(text) > 1 && text[0].kind == runSeverity {
				term += ", " + text[0].text
				text = text[2:]
			}
			fmt.Fprintf(b, "- **%s:** %s\n", term, mdLine(text, mdRunning))
		}
		b.WriteString("\n")
	case blockQuote:
		fmt.Fprintf(b, "> %s\n", mdLine(bl.text, mdRunning))
		if len(bl.context) > 0 {
			fmt.Fprintf(b, ">\n> <small>%s</small>\n", mdLine(bl.context, mdRunning))
		}
		b.WriteString("\n")
	case blockTable:
		if t := bl.table; t.compact != nil {
			mdWriteTable(b, t.compact)
			if len(t.legend) > 0 {
				b.WriteString(mdLine(t.legend, mdRunning) + "\n\n")
			}
		} else {
			mdWriteTable(b, t)
		}
	}
}

func mdWriteTable(b sink, t *table) {
	heads, rule := make([]string, len(t.cols)), "|"
	for i, c := range t.cols {
		heads[i] = md(c.head)
		if c.numeric {
			rule += "---:|"
		} else {
			rule += "---|"
		}
	}
	fmt.Fprintf(b, "| %s |\n%s\n", strings.Join(heads, " | "), rule)
	for row := range t.each() {
		cells := make([]string, len(row))
		for i, c := range row {
			cells[i] = mdLine(c, mdCell)
		}
		fmt.Fprintf(b, "| %s |\n", strings.Join(cells, " | "))
	}
	b.WriteString("\n")
}

// mdLine writes a line's runs as markdown: text is escaped (what would open
// a block is escaped where each piece of text begins), the program's own
// punctuation is written as it is.
func mdLine(l line, where mdWhere) string {
	var b strings.Builder
	for _, r := range l {
		switch r.kind {
		case runRaw:
			b.WriteString(r.text)
		case runText, runValue:
			b.WriteString(mdText(r.text))
		case runStrong:
			b.WriteString("**" + md(r.text) + "**")
		case runEm:
			b.WriteString("*" + md(r.text) + "*")
		case runSeverity:
			b.WriteString("**" + r.text + "**")
		case runDraftWord:
			b.WriteString("**" + r.text + "**")
		case runDraft:
			if where == mdRunning {
				b.WriteString(" (" + r.text + ")")
			} else {
				b.WriteString(" · **" + r.text + "**")
			}
		}
	}
	return b.String()
}

// mdText is md that keeps the spaces a piece of text begins with.
func mdText(s string) string {
	rest := strings.TrimLeft(s, " ")
	return s[:len(s)-len(rest)] + md(rest)
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
