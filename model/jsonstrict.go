package model

import (
	"fmt"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// maxJSONDepth is how deeply lists and objects may nest in a JSON file; a
// worksheet needs four levels.
const maxJSONDepth = 1000

// jsonReader reads RFC 8259 JSON text into a yaml.Node tree that records each
// value's line and column, so that a JSON file is checked by the same rules,
// with the same messages, as a YAML one. Anything that is not JSON (a trailing
// comma, a comment, single quotes, text after the value) is refused with its
// position and a hint.
type jsonReader struct {
	src   string
	pos   int
	depth int
	// A cursor over src turns offsets into line and column: nodes are made in
	// increasing order, so counting is linear even on a single long line.
	curOff, curLine, curCol int
}

// jsonSyntaxError is a place in the text where it stops being JSON.
type jsonSyntaxError struct {
	off int
	msg string
}

// parseJSONText reads data as a JSON worksheet: syntaxOK reports whether it is
// JSON text at all; if it is, err holds the worksheet's problems, read by the
// same rules as YAML. See parseChecked for each.
func parseJSONText(file string, data []byte, vocab *Vocabulary, each func(*Activity)) (w *Worksheet, err error, syntaxOK bool) {
	doc, err := readJSON(file, data)
	if err != nil {
		return nil, err, false
	}
	r := newReader(file, vocab, len(data), each)
	w, err = r.finish(r.worksheet(doc), nil)
	return w, err, true
}

// readJSON reads data as one JSON value. A syntax error comes back as an
// *InputError with the position and a hint.
func readJSON(file string, data []byte) (doc *yaml.Node, err error) {
	r := &jsonReader{src: string(data), curLine: 1, curCol: 1}
	if strings.HasPrefix(r.src, "\ufeff") {
		r.pos = len("\ufeff")
	}
	defer func() {
		if p := recover(); p != nil {
			se, ok := p.(jsonSyntaxError)
			if !ok {
				panic(p)
			}
			line, col := r.position(se.off)
			doc, err = nil, &InputError{Problems: []Problem{{File: file, Line: line, Col: col, Msg: "not valid JSON: " + se.msg}}}
		}
	}()
	r.space()
	if r.pos == len(r.src) {
		r.fail(r.pos, "the file holds no JSON value; a worksheet is an object: {\"activities\": [...]}")
	}
	root := r.value()
	last := r.pos - 1
	r.space()
	if r.pos < len(r.src) {
		line, col := r.position(last)
		r.fail(r.pos, "%s after the end of the worksheet, which ends at %d:%d; a JSON file holds one value",
			r.found(), line, col)
	}
	return &yaml.Node{Kind: yaml.DocumentNode, Line: 1, Column: 1, Content: []*yaml.Node{root}}, nil
}

func (r *jsonReader) fail(off int, format string, args ...any) {
	panic(jsonSyntaxError{off: off, msg: fmt.Sprintf(format, args...)})
}

// position turns an offset into a 1-based line and a column counted in
// characters, as the YAML reader counts them.
func (r *jsonReader) position(off int) (line, col int) {
	if off < r.curOff {
		r.curOff, r.curLine, r.curCol = 0, 1, 1
	}
	for r.curOff < off && r.curOff < len(r.src) {
		c := r.src[r.curOff]
		switch {
		case c == '\n':
			r.curLine, r.curCol = r.curLine+1, 1
			r.curOff++
		case c < utf8.RuneSelf:
			r.curCol++
			r.curOff++
		default:
			_, n := utf8.DecodeRuneInString(r.src[r.curOff:])
			r.curCol++
			r.curOff += n
		}
	}
	return r.curLine, r.curCol
}

func (r *jsonReader) node(kind yaml.Kind, tag, value string, off int) *yaml.Node {
	n := &yaml.Node{Kind: kind, Tag: tag, Value: value}
	n.Line, n.Column = r.position(off)
	switch kind {
	case yaml.ScalarNode:
		if tag == "!!str" {
			n.Style = yaml.DoubleQuotedStyle
		}
	default:
		n.Style = yaml.FlowStyle
	}
	return n
}

func (r *jsonReader) space() {
	for r.pos < len(r.src) {
		switch r.src[r.pos] {
		case ' ', '\t', '\n', '\r':
			r.pos++
		default:
			return
		}
	}
}

// found names what sits at the current position, for a message.
func (r *jsonReader) found() string {
	if r.pos >= len(r.src) {
		return "the end of the file"
	}
	c, _ := utf8.DecodeRuneInString(r.src[r.pos:])
	return fmt.Sprintf("%q", c)
}

// hint explains the usual ways text fails to be JSON where a value or a key
// is expected, or returns "".
func (r *jsonReader) hint() string {
	rest := r.src[r.pos:]
	switch {
	case strings.HasPrefix(rest, "#"):
		return "JSON has no comments (# ...)"
	case strings.HasPrefix(rest, "//"), strings.HasPrefix(rest, "/*"):
		return "JSON has no comments (// or /* */)"
	case strings.HasPrefix(rest, "'"):
		return "JSON text takes double quotes (\"...\"), not single quotes"
	}
	word := rest[:len(rest)-len(strings.TrimLeft(rest, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_0123456789"))]
	switch {
	case word == "":
		return ""
	case strings.EqualFold(word, "true") || strings.EqualFold(word, "false") || strings.EqualFold(word, "null"):
		return fmt.Sprintf("%s: JSON writes true, false and null in lower case", word)
	case word == "None" || word == "nil" || word == "undefined" || word == "NaN" || word == "Infinity":
		return fmt.Sprintf("%s is not a JSON value (write null, or a number)", word)
	}
	return fmt.Sprintf("%s: JSON text takes double quotes (\"%s\")", word, word)
}

// trailingComma refuses a comma right before the closing bracket at the
// current position.
func (r *jsonReader) trailingComma(comma int, closing byte) {
	if r.pos < len(r.src) && r.src[r.pos] == closing {
		r.fail(comma, "trailing comma before %q: JSON allows no comma after the last item", closing)
	}
}

func (r *jsonReader) value() *yaml.Node {
	r.space()
	if r.pos >= len(r.src) {
		r.fail(r.pos, "the file ends where a value was expected")
	}
	off := r.pos
	switch c := r.src[r.pos]; {
	case c == '{':
		return r.object()
	case c == '[':
		return r.array()
	case c == '"':
		return r.node(yaml.ScalarNode, "!!str", r.str(), off)
	case c == '-' || '0' <= c && c <= '9':
		return r.number()
	}
	for _, lit := range [...]struct{ word, tag string }{{"true", "!!bool"}, {"false", "!!bool"}, {"null", "!!null"}} {
		if strings.HasPrefix(r.src[r.pos:], lit.word) {
			r.pos += len(lit.word)
			return r.node(yaml.ScalarNode, lit.tag, lit.word, off)
		}
	}
	if h := r.hint(); h != "" {
		r.fail(off, "%s", h)
	}
	r.fail(off, "expected a value (text in double quotes, a number, true, false, null, a [list] or an {object}), found %s", r.found())
	return nil
}

func (r *jsonReader) enter(off int) {
	r.depth++
	if r.depth > maxJSONDepth {
		r.fail(off, "lists and objects nest deeper than %d levels", maxJSONDepth)
	}
}

func (r *jsonReader) object() *yaml.Node {
	open := r.pos
	r.enter(open)
	n := r.node(yaml.MappingNode, "!!map", "", open)
	r.pos++
	r.space()
	if r.pos < len(r.src) && r.src[r.pos] == '}' {
		r.pos++
		r.depth--
		return n
	}
	for {
		r.space()
		if r.pos >= len(r.src) {
			r.unclosed(open, '}')
		}
		if r.src[r.pos] != '"' {
			if h := r.hint(); h != "" {
				r.fail(r.pos, "expected a key in double quotes; %s", h)
			}
			r.fail(r.pos, "expected a key in double quotes, found %s", r.found())
		}
		keyOff := r.pos
		key := r.node(yaml.ScalarNode, "!!str", r.str(), keyOff)
		r.space()
		if r.pos >= len(r.src) || r.src[r.pos] != ':' {
			if r.pos >= len(r.src) {
				r.unclosed(open, '}')
			}
			r.fail(r.pos, "expected ':' after the key %q, found %s", key.Value, r.found())
		}
		r.pos++
		n.Content = append(n.Content, key, r.value())
		r.space()
		if r.pos >= len(r.src) {
			r.unclosed(open, '}')
		}
		switch r.src[r.pos] {
		case ',':
			comma := r.pos
			r.pos++
			r.space()
			r.trailingComma(comma, '}')
		case '}':
			r.pos++
			r.depth--
			return n
		case '"':
			r.fail(r.pos, "expected ',' or '}' after the value of %q: a comma is missing between two members", key.Value)
		default:
			r.closes(open, '}')
		}
	}
}

func (r *jsonReader) array() *yaml.Node {
	open := r.pos
	r.enter(open)
	n := r.node(yaml.SequenceNode, "!!seq", "", open)
	r.pos++
	r.space()
	if r.pos < len(r.src) && r.src[r.pos] == ']' {
		r.pos++
		r.depth--
		return n
	}
	for {
		n.Content = append(n.Content, r.value())
		r.space()
		if r.pos >= len(r.src) {
			r.unclosed(open, ']')
		}
		switch r.src[r.pos] {
		case ',':
			comma := r.pos
			r.pos++
			r.space()
			r.trailingComma(comma, ']')
		case ']':
			r.pos++
			r.depth--
			return n
		case '"', '{', '[':
			r.fail(r.pos, "expected ',' or ']': a comma is missing between two items of the list")
		default:
			r.closes(open, ']')
		}
	}
}

// unclosed reports the end of the file inside a list or an object.
func (r *jsonReader) unclosed(open int, closing byte) {
	line, col := r.position(open)
	r.fail(r.pos, "the file ends inside the %s that opens at %d:%d (a %q is missing)", container(closing), line, col, closing)
}

// closes reports something other than ',' or the closing bracket after an item.
func (r *jsonReader) closes(open int, closing byte) {
	line, col := r.position(open)
	found := r.found()
	if h := r.hint(); h != "" {
		found += "; " + h
	}
	r.fail(r.pos, "expected ',' or %q in the %s that opens at %d:%d, found %s", closing, container(closing), line, col, found)
}

func container(closing byte) string {
	if closing == '}' {
		return "object"
	}
	return "list"
}

// str reads a string, decoding its escapes.
func (r *jsonReader) str() string {
	open := r.pos
	r.pos++
	start := r.pos
	var buf []byte // nil while the text holds no escape
	for r.pos < len(r.src) {
		c := r.src[r.pos]
		switch {
		case c == '"':
			r.pos++
			if buf == nil {
				return r.src[start : r.pos-1]
			}
			return string(buf)
		case c == '\\':
			if buf == nil {
				buf = append([]byte{}, r.src[start:r.pos]...)
			}
			buf = r.escape(buf)
			continue
		case c == '\n' || c == '\r':
			line, col := r.position(open)
			r.fail(r.pos, "a line break inside the text that begins at %d:%d: write it as \\n, or close the text with '\"'", line, col)
		case c < 0x20:
			r.fail(r.pos, "a control character (U+%04X) inside text: write it as \\u%04x (or \\t for a tab)", c, c)
		}
		if buf != nil {
			buf = append(buf, c)
		}
		r.pos++
	}
	line, col := r.position(open)
	r.fail(len(r.src), "the text that begins at %d:%d has no closing '\"'", line, col)
	return ""
}

// escape decodes the escape at the current position onto buf.
func (r *jsonReader) escape(buf []byte) []byte {
	at := r.pos
	if r.pos+1 >= len(r.src) {
		r.fail(at, "the file ends inside an escape")
	}
	e := r.src[r.pos+1]
	r.pos += 2
	switch e {
	case '"', '\\', '/':
		return append(buf, e)
	case 'b':
		return append(buf, '\b')
	case 'f':
		return append(buf, '\f')
	case 'n':
		return append(buf, '\n')
	case 'r':
		return append(buf, '\r')
	case 't':
		return append(buf, '\t')
	case 'u':
		c := r.hex4(at)
		if !utf16.IsSurrogate(c) {
			return utf8.AppendRune(buf, c)
		}
		if c < 0xdc00 && strings.HasPrefix(r.src[r.pos:], `\u`) {
			r.pos += 2
			low := r.hex4(r.pos - 2)
			if d := utf16.DecodeRune(c, low); d != utf8.RuneError {
				return utf8.AppendRune(buf, d)
			}
		}
		r.fail(at, "\\u%04x is half of a UTF-16 surrogate pair and its other half is missing", c)
	}
	r.fail(at, "unknown escape \\%c; JSON knows \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uHHHH", rune(e))
	return nil
}

func (r *jsonReader) hex4(at int) rune {
	if r.pos+4 > len(r.src) {
		r.fail(at, "\\u must be followed by four hexadecimal digits")
	}
	var v rune
	for _, c := range []byte(r.src[r.pos : r.pos+4]) {
		switch {
		case '0' <= c && c <= '9':
			v = v<<4 | rune(c-'0')
		case 'a' <= c && c <= 'f':
			v = v<<4 | rune(c-'a'+10)
		case 'A' <= c && c <= 'F':
			v = v<<4 | rune(c-'A'+10)
		default:
			r.fail(at, "\\u must be followed by four hexadecimal digits")
		}
	}
	r.pos += 4
	return v
}

// number reads a number as RFC 8259 writes it: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?
func (r *jsonReader) number() *yaml.Node {
	off := r.pos
	digits := func() int {
		n := 0
		for r.pos < len(r.src) && '0' <= r.src[r.pos] && r.src[r.pos] <= '9' {
			r.pos++
			n++
		}
		return n
	}
	tag := "!!int"
	if r.src[r.pos] == '-' {
		r.pos++
	}
	first := r.pos
	if digits() == 0 {
		r.fail(off, "a number needs a digit after '-'")
	}
	if r.src[first] == '0' && r.pos-first > 1 {
		r.fail(off, "a JSON number does not start with 0 (write %s, or put it in double quotes)", strings.TrimLeft(r.src[first:r.pos], "0"))
	}
	if r.pos < len(r.src) && r.src[r.pos] == '.' {
		tag = "!!float"
		r.pos++
		if digits() == 0 {
			r.fail(off, "a number needs a digit after its decimal point")
		}
	}
	if r.pos < len(r.src) && (r.src[r.pos] == 'e' || r.src[r.pos] == 'E') {
		tag = "!!float"
		r.pos++
		if r.pos < len(r.src) && (r.src[r.pos] == '+' || r.src[r.pos] == '-') {
			r.pos++
		}
		if digits() == 0 {
			r.fail(off, "a number needs a digit in its exponent")
		}
	}
	return r.node(yaml.ScalarNode, tag, r.src[off:r.pos], off)
}
