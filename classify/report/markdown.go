package report

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"sync"

	"github.com/pocssr/pocssr/classify"
)

// writeMarkdown writes a briefing per sheet (see brief).
func writeMarkdown(w io.Writer, rb *classify.Rulebook, sheets []Sheet) error {
	b := bufio.NewWriterSize(w, outputBuffer)
	for i, sh := range sheets {
		if i > 0 {
			b.WriteString("\n---\n\n")
		}
		br, err := briefOf(rb, sh, false)
		if err != nil {
			return err
		}
		br.markdown(b)
	}
	return b.Flush()
}

// outputBuffer is the size of the buffer a long report is written through.
const outputBuffer = 64 << 10

// markdown renders the briefing's document block by block as it is built.
// Markdown carries no pictures: the part with the two readings is left out.
func (br *brief) markdown(b sink) {
	m := escMemo{}
	br.stream(func(bl *block) { mdBlock(b, bl, m) }, false)
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

func mdBlock(b sink, bl *block, m escMemo) {
	// Each part is written straight to b: a long briefing writes hundreds
	// of thousands of lines, and a string made for each was most of its
	// garbage.
	switch bl.kind {
	case blockHeading:
		for range bl.level {
			b.WriteByte('#')
		}
		b.WriteByte(' ')
		mdLine(b, bl.text, mdHeading, m)
		b.WriteString("\n\n")
	case blockMinor:
		b.WriteString("**")
		mdLine(b, bl.text, mdRunning, m)
		b.WriteString("**\n\n")
	case blockPara:
		mdLine(b, bl.text, mdRunning, m)
		b.WriteString("\n\n")
	case blockList:
		for _, it := range bl.items {
			b.WriteString("- ")
			mdLine(b, it.text, mdRunning, m)
			b.WriteByte('\n')
		}
		b.WriteString("\n")
	case blockDefs:
		for _, it := range bl.items {
			text := it.text
			b.WriteString("- **")
			b.WriteString(md(it.term))
			// A severity that opens an entry joins its label: "Risk, HIGH:".
			if len(text) > 1 && text[0].kind == runSeverity {
				b.WriteString(", ")
				b.WriteString(mdSeverity(text[0]))
				text = text[2:]
			}
			b.WriteString(":** ")
			mdLine(b, text, mdRunning, m)
			b.WriteByte('\n')
		}
		b.WriteString("\n")
	case blockQuote:
		b.WriteString("> ")
		mdLine(b, bl.text, mdRunning, m)
		b.WriteByte('\n')
		if len(bl.context) > 0 {
			b.WriteString(">\n> <small>")
			mdLine(b, bl.context, mdRunning, m)
			b.WriteString("</small>\n")
		}
		b.WriteString("\n")
	case blockTable:
		if t := bl.table; t.compact != nil {
			mdWriteTable(b, t.compact, m)
			if len(t.legend) > 0 {
				mdLine(b, t.legend, mdRunning, m)
				b.WriteString("\n\n")
			}
		} else {
			mdWriteTable(b, t, m)
		}
	}
}

func mdWriteTable(b sink, t *table, m escMemo) {
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
		b.WriteString("| ")
		for i, c := range row {
			if i > 0 {
				b.WriteString(" | ")
			}
			mdLine(b, c, mdCell, m)
		}
		b.WriteString(" |\n")
	}
	b.WriteString("\n")
}

// mdLine writes a line's runs as markdown: text is escaped (what would open
// a block is escaped where each piece of text begins), the program's own
// punctuation is written as it is.
func mdLine(b sink, l line, where mdWhere, m escMemo) {
	for _, r := range l {
		switch r.kind {
		case runRaw:
			b.WriteString(r.text)
		case runText, runValue:
			if r.fixed {
				m.write(b, r.text, mdText)
				continue
			}
			mdText(b, r.text)
		case runStrong:
			b.WriteString("**")
			writeMD(b, r.text)
			b.WriteString("**")
		case runEm:
			b.WriteByte('*')
			writeMD(b, r.text)
			b.WriteByte('*')
		case runSeverity, runDraftWord:
			b.WriteString("**")
			b.WriteString(mdSeverity(r))
			b.WriteString("**")
		case runDraft:
			if where == mdRunning {
				b.WriteString(" (")
				b.WriteString(r.text)
				b.WriteByte(')')
			} else {
				b.WriteString(" · **")
				b.WriteString(r.text)
				b.WriteString("**")
			}
		}
	}
}

// mdText writes text as a line's run of text: md, keeping the spaces it
// begins with.
func mdText(b sink, text string) {
	rest := strings.TrimLeft(text, " ")
	b.WriteString(text[:len(text)-len(rest)])
	writeMD(b, rest)
}

// mdEscaper escapes what markdown reads as syntax inside a line: the table
// bar, an HTML tag, code, emphasis, strikethrough ("~~not~~"), links, and
// the backslash that would otherwise escape the character after it. An
// entity ("&lt;" must stay five characters, not become "<") is escaped
// before it (mdAmpersands), and a plain "&" is left as it stands.
var mdEscaper = sync.OnceValue(func() *strings.Replacer {
	return strings.NewReplacer("\\", `\\`, "|", `\|`, "<", "&lt;", ">", "&gt;", "\n", " ", "`", "\\`", "*", `\*`, "_", `\_`, "[", `\[`, "]", `\]`, "~", `\~`)
})

// md makes text from a file safe inside markdown (tables included): inline
// syntax is escaped, the text is kept on one line, and what would open a
// block where the text begins a line (a heading, quote, list item, code fence
// or indented code) is escaped too.
func md(s string) string {
	s = strings.TrimLeft(mdEscaper().Replace(mdAmpersands(Safe(s))), " \t")
	if n := mdBlockOpener(s); n > 0 {
		s = s[:n-1] + `\` + s[n-1:]
	}
	return s
}

// writeMD writes md(s) to b without making it: what needs an escape is
// written escaped between the runs of text written as they stand, as every
// line of a long briefing is.
func writeMD(b sink, s string) {
	// md trims the spaces and tabs that begin the escaped text, where a line
	// break has become a space.
	i := 0
	for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n') {
		i++
	}
	// What begins the text is read as Safe leaves it: where its first bytes
	// after those (all mdBlockOpener reads) are plain ASCII, Safe keeps
	// them, and the rest is made safe as it is escaped.
	for j := 0; j < min(len(s), i+mdOpenerReads); j++ {
		if c := s[j]; c >= 0x7f || c < 0x20 && c != '\n' && c != '\t' {
			s = Safe(s)
			i = 0
			for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n') {
				i++
			}
			break
		}
	}
	s = s[i:]
	if strings.IndexByte(s, '&') >= 0 {
		// A character reference is told in the text as shown: Safe
		// first ("&\u200blt;" shows as "&lt;").
		s = mdAmpersands(Safe(s))
	}
	// The escaped text opens a block where s does, but at a tilde, which
	// is escaped anyway.
	if n := mdBlockOpener(s); n > 0 && s[0] != '~' {
		b.WriteString(s[:n-1])
		b.WriteByte('\\')
		s = s[n-1:]
	}
	writeSafeEscaped(b, s, &mdEscapes, mdSpecial())
}

// mdOpenerReads is how many bytes of a text mdBlockOpener reads at most.
const mdOpenerReads = 11

// mdSpecial marks the bytes writeMD looks at; made when first used.
var mdSpecial = sync.OnceValue(func() *[256]byte { t := specialBytes(&mdEscapes); return &t })

// mdEscapes is mdEscaper as a table of bytes.
var mdEscapes = [256]string{'\\': `\\`, '|': `\|`, '<': "&lt;", '>': "&gt;", '\n': " ", '`': "\\`",
	'*': `\*`, '_': `\_`, '[': `\[`, ']': `\]`, '~': `\~`}

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

// mdSeverity is a severity run's text in markdown: its "~" escaped, which
// markdown would read as strikethrough.
func mdSeverity(r run) string {
	if r.suggested {
		return `\` + r.text
	}
	return r.text
}
