package report

import (
	"bufio"
	"io"
	"strings"

	"github.com/pocssr/pocssr/classify"
)

// WriteBriefingTerminal writes the briefing of each sheet as plain text for a
// terminal of width columns: the same document the markdown, HTML and DOCX
// briefings render, with level-1 and level-2 headings ruled, paragraphs,
// lists and tables wrapped to the width, and the readings named by their
// captions. No line is wider than width (at least 40), and no text is cut:
// a table's cells wrap inside their columns, and only a word wider than its
// column is broken. File text is shown through Safe, so it stays inert.
func WriteBriefingTerminal(w io.Writer, rb *classify.Rulebook, sheets []Sheet, width int) error {
	width = max(width, minTermWidth)
	if len(sheets) > 1 {
		if err := checkSheets(sheets); err != nil {
			return err
		}
	}
	b := bufio.NewWriterSize(w, outputBuffer)
	for i, sh := range sheets {
		if i > 0 {
			b.WriteString(strings.Repeat("─", width) + "\n\n")
		}
		br, err := briefOf(rb, sh, false)
		if err != nil {
			return err
		}
		// As in markdown, the part with the two readings is left out: a
		// terminal draws no pictures, and its words speak of their marks.
		br.stream(func(bl *block) { termBlock(b, bl, width) }, false)
	}
	return b.Flush()
}

// minTermWidth is the narrowest a briefing is laid out: a table of seven
// columns still gets a few cells per column.
const minTermWidth = 40

// termRule is the rule under a heading: double under the title, single
// under a part, none under the others.
func termRule(level int) (string, bool) {
	switch level {
	case 1:
		return "═", true
	case 2:
		return "─", true
	}
	return "", false
}

func termBlock(b sink, bl *block, width int) {
	switch bl.kind {
	case blockHeading:
		lines := wrapAt(termLine(bl.text, mdHeading), width)
		termLines(b, lines, "", "")
		if rule, ok := termRule(bl.level); ok {
			n := 0
			for _, l := range lines {
				n = max(n, cells(l))
			}
			b.WriteString(strings.Repeat(rule, n) + "\n")
		}
		b.WriteString("\n")
	case blockMinor:
		wrap(b, termLine(bl.text, mdRunning), "", "", width)
		b.WriteString("\n")
	case blockPara:
		wrap(b, termLine(bl.text, mdRunning), "", "", width)
		b.WriteString("\n")
	case blockList:
		for _, it := range bl.items {
			wrap(b, termLine(it.text, mdRunning), "• ", "  ", width)
		}
		b.WriteString("\n")
	case blockDefs:
		for _, it := range bl.items {
			term, text := it.term, it.text
			// A severity that opens an entry joins its label, as in markdown.
			if len(text) > 1 && text[0].kind == runSeverity {
				term += ", " + text[0].text
				text = text[2:]
			}
			wrap(b, term+": "+termLine(text, mdRunning), "• ", "  ", width)
		}
		b.WriteString("\n")
	case blockQuote:
		wrap(b, termLine(bl.text, mdRunning), "│ ", "│ ", width)
		if len(bl.context) > 0 {
			wrap(b, termLine(bl.context, mdRunning), "  ", "  ", width)
		}
		b.WriteString("\n")
	case blockTable:
		termTableBlock(b, bl.table, width)
	}
}

// termLines writes lines, the first after first and the rest after rest.
func termLines(b sink, lines []string, first, rest string) {
	for i, l := range lines {
		if i == 0 {
			b.WriteString(first)
		} else {
			b.WriteString(rest)
		}
		b.WriteString(strings.TrimRight(l, " ") + "\n")
	}
}

// termLine is a line's text, the DRAFT mark written as markdown writes it
// (in brackets in running text, after a dot in a heading or a cell), all on
// one line and inert.
func termLine(l line, where mdWhere) string {
	var b strings.Builder
	for _, r := range l {
		switch r.kind {
		case runDraft:
			if where == mdRunning {
				b.WriteString(" (" + r.text + ")")
			} else {
				b.WriteString(" · " + r.text)
			}
		default:
			b.WriteString(r.text)
		}
	}
	return OneLine(b.String())
}
