package model

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// QuoteName is a file name as a message shows it. A name that holds
// nothing unsafe is shown as it is; one that holds a control character
// (an escape could retitle the terminal or write the clipboard), a
// bidirectional control (which reorders what follows), a line or paragraph
// separator, a byte that is not UTF-8, or a quote or backslash that would
// make the quoting ambiguous is put in double quotes with those characters
// written as C escapes, as git quotes a path: "x\033]2;PWNED\a.yaml".
func QuoteName(name string) string {
	if !needsQuote(name) {
		return name
	}
	var b strings.Builder
	b.WriteByte('"')
	for i := 0; i < len(name); {
		r, size := utf8.DecodeRuneInString(name[i:])
		switch {
		case r == utf8.RuneError && size <= 1:
			fmt.Fprintf(&b, `\%03o`, name[i])
		case r == '"' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r < 0x80 && escapes[byte(r)] != 0:
			b.WriteByte('\\')
			b.WriteByte(escapes[byte(r)])
		case unsafeRune(r):
			for k := 0; k < size; k++ {
				fmt.Fprintf(&b, `\%03o`, name[i+k])
			}
		default:
			b.WriteString(name[i : i+size])
		}
		i += size
	}
	b.WriteByte('"')
	return b.String()
}

// escapes are the C escapes of the control characters that have one.
var escapes = [128]byte{'\a': 'a', '\b': 'b', '\t': 't', '\n': 'n', '\v': 'v', '\f': 'f', '\r': 'r'}

func needsQuote(name string) bool {
	for i := 0; i < len(name); {
		r, size := utf8.DecodeRuneInString(name[i:])
		if r == utf8.RuneError && size <= 1 || r == '"' || r == '\\' || unsafeRune(r) {
			return true
		}
		i += size
	}
	return false
}

// unsafeRune reports whether a character may not reach a terminal as it is:
// C0 and C1 controls, DEL, the bidirectional embeddings, overrides,
// isolates and marks, and the line and paragraph separators.
func unsafeRune(r rune) bool {
	switch {
	case r < 0x20, r >= 0x7f && r < 0xa0:
		return true
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069, r == 0x200e, r == 0x200f, r == 0x061c,
		r == 0x2028, r == 0x2029:
		return true
	}
	return false
}

// EscapeControls writes the unsafe characters of a message (see QuoteName)
// as C escapes, keeping newlines and tabs: the last guard before standard
// error, for a name that reached a message unquoted.
func EscapeControls(s string) string {
	clean := true
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r != '\n' && r != '\t' && (r == utf8.RuneError && size <= 1 || unsafeRune(r)) {
			clean = false
			break
		}
		i += size
	}
	if clean {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '\n' || r == '\t':
			b.WriteRune(r)
		case r == utf8.RuneError && size <= 1:
			fmt.Fprintf(&b, `\%03o`, s[i])
		case r < 0x80 && escapes[byte(r)] != 0:
			b.WriteByte('\\')
			b.WriteByte(escapes[byte(r)])
		case unsafeRune(r):
			for k := 0; k < size; k++ {
				fmt.Fprintf(&b, `\%03o`, s[i+k])
			}
		default:
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}
