package report

import "strings"

// mdAmpersands escapes, in safe text (Safe), the "&" that begins a
// character reference ("&lt;", "&#38;", "&#x26;", "&copy;"), which markdown
// would decode: "&lt;b&gt;" as typed is written "&amp;lt;b&amp;gt;" and
// reads as typed. Every other "&" ("Reform & Restructuring Unit", "R&D") is
// written as it stands: markdown reads it as text, and the raw file read
// "Reform &amp; Restructuring Unit".
func mdAmpersands(s string) string {
	i := strings.IndexByte(s, '&')
	if i < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	for ; i >= 0; i = strings.IndexByte(s, '&') {
		b.WriteString(s[:i+1])
		if charRefLen(s[i:]) > 0 {
			b.WriteString("amp;")
		}
		s = s[i+1:]
	}
	b.WriteString(s)
	return b.String()
}

// charRefLen is the length of the character reference s begins with, as
// CommonMark reads one ("&" name ";", "&#" 1–7 digits ";", "&#x" 1–6 hex
// digits ";"), or 0: a name is checked for its form, not looked up, so
// that every reference a renderer might know is escaped.
func charRefLen(s string) int {
	if len(s) < 3 || s[0] != '&' {
		return 0
	}
	i, most, digit := 1, 32, isAlnum
	if s[1] == '#' {
		i, most, digit = 2, 7, isDigit
		if len(s) > 2 && (s[2] == 'x' || s[2] == 'X') {
			i, most, digit = 3, 6, isHex
		}
	} else if !isLetter(s[1]) {
		return 0
	}
	start := i
	for i < len(s) && i-start < most && digit(s[i]) {
		i++
	}
	if i == start || i >= len(s) || s[i] != ';' {
		return 0
	}
	return i + 1
}

func isLetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }
func isAlnum(c byte) bool  { return isLetter(c) || isDigit(c) }
func isHex(c byte) bool    { return isDigit(c) || c|0x20 >= 'a' && c|0x20 <= 'f' }
