package classify

import (
	"fmt"
	"unicode"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// A rulebook's text reaches every output (the terminal, markdown, CSV, JSON)
// as it is written, so it is refused at load if it holds a character that
// could drive a terminal or change how text is laid out: a control character
// other than tab and line breaks (ESC opens the sequences that clear the
// screen, set the title or write the clipboard; U+009B does the same alone),
// or an invisible format character (bidirectional overrides that reorder what
// follows, soft hyphens and zero-width characters that a terminal and a
// layout measure differently). They are refused whether they are written
// raw, anywhere in the file, or as escapes ("\e", "\u202e") in a quoted
// string.

// forbiddenRune reports whether r may not appear in a rulebook.
func forbiddenRune(r rune) bool {
	switch {
	case r == '\t' || r == '\n' || r == '\r':
		return false
	case r < 0x20 || r >= 0x7f && r < 0xa0:
		return true
	case r == '\u2028' || r == '\u2029':
		return true
	}
	return r >= 0xa0 && unicode.Is(unicode.Cf, r)
}

// runeName names a refused character for a message.
func runeName(r rune) string {
	switch {
	case r == 0x1b:
		return "U+001B (escape)"
	case r < 0x20 || r == 0x7f:
		return fmt.Sprintf("%U (a control character)", r)
	case r < 0xa0:
		return fmt.Sprintf("%U (a C1 control character)", r)
	case r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069:
		return fmt.Sprintf("%U (a bidirectional override)", r)
	case r == '\u2028' || r == '\u2029':
		return fmt.Sprintf("%U (a line separator)", r)
	}
	return fmt.Sprintf("%U (an invisible format character)", r)
}

// checkRawText refuses a file holding a forbidden character as it is, in
// values or comments (rules --export prints the file), with its line and
// column. A byte order mark may open the file.
func checkRawText(file string, data []byte) error {
	var ps problems
	ps.File = file
	line, col := 1, 1
	for i := 0; i < len(data) && !ps.Full(); {
		r, size := utf8.DecodeRune(data[i:])
		if forbiddenRune(r) && !(i == 0 && r == '\ufeff') {
			ps.Add(line, col, "the rulebook may not hold %s; write the text without it", runeName(r))
		}
		if r == '\n' {
			line, col = line+1, 0
		}
		col++
		i += size
	}
	return ps.Err()
}

// checkText refuses forbidden characters that quoted strings write as
// escapes, in keys and values, at the position of their string.
func (p *rulebookParser) checkText(n *yaml.Node) {
	if n == nil || p.errs.Full() {
		return
	}
	if n.Kind == yaml.ScalarNode {
		for _, r := range n.Value {
			if forbiddenRune(r) {
				p.errs.at(n, "the rulebook may not hold %s, here written as an escape; write the text without it", runeName(r))
				break
			}
		}
	}
	for _, c := range n.Content {
		p.checkText(c)
	}
}
