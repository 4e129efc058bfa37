package suggest

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// word is one word of a text, with where it sits.
type word struct {
	start, end int    // byte offsets into the text
	w          string // lower case, possessive "'s" dropped
	sent       int32  // sentence number: gaps never cross a sentence end
	clause     int32  // clause number: negations never cross a comma
	// skip, when above zero, is the word after an inserted clause that
	// begins here ("without prejudice to ..."): phrases read across it.
	skip int32
	// insEnd, when above zero, is the end of the inserted clause this word
	// stands in: a phrase that begins inside it ends inside it.
	insEnd int32
	// notActor: the word lies in an inserted clause that the rulebook
	// declares names someone other than who acts ("without prejudice to the
	// responsibility of the Government", "in support of the army").
	notActor bool
	// opens: the word follows an inserted clause that opens its sentence
	// ("Within its capabilities, protect ..."), and so opens the sentence for
	// anchored phrases.
	opens bool
	// comma: a comma stands between the word before and this one.
	comma bool
	// hyphen: a hyphen alone stands between the word before and this one
	// ("Secretary-General").
	hyphen bool
	// capital: the word begins with a capital letter ("the Operation").
	capital bool
}

// splitWords splits text into words. Sentences end at . ; : ! ? and blank
// lines; clauses also end at commas, dashes and brackets. List markers such as
// "(a)", "(iv)" or a leading "12." are not words.
func splitWords(text string, buf []word) []word {
	ws := buf[:0]
	var sent, clause int32
	inSentence := false // a word was seen in the current sentence
	comma := false      // a comma since the last word
	endSentence := func() {
		if inSentence {
			sent++
			clause++
			inSentence = false
		}
	}
	endClause := func() {
		if inSentence {
			clause++
		}
	}
	i := 0
	for i < len(text) {
		c := text[i]
		if c < utf8.RuneSelf {
			switch {
			case isASCIIAlnum(c):
				j := i + 1
				for j < len(text) && text[j] < utf8.RuneSelf && isASCIIAlnum(text[j]) {
					j++
				}
				if j < len(text) && text[j] >= utf8.RuneSelf {
					j = wordEnd(text, i)
				}
				if isMarker(text, i, j, inSentence) {
					i = skipMarker(text, j)
					continue
				}
				ws = append(ws, word{start: i, end: j, w: lower(text[i:j]), sent: sent, clause: clause, comma: comma, hyphen: hyphenBefore(text, i, ws), capital: isCapital(c)})
				inSentence, comma = true, false
				i = skipPossessive(text, j)
				continue
			case c == '.':
				if !abbreviationDot(text, i, ws, inSentence) {
					endSentence()
				}
			case c == ';' || c == ':' || c == '!' || c == '?':
				endSentence()
			case c == '\n':
				if blankLineAhead(text, i) {
					endSentence()
				}
			case c == ',' || c == '(' || c == ')' || c == '[' || c == ']' || c == '"':
				endClause()
				comma = comma || c == ','
				if !inSentence {
					comma = false // a comma opening a sentence sets nothing off
				}
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := wordEnd(text, i)
			ws = append(ws, word{start: i, end: j, w: lower(text[i:j]), sent: sent, clause: clause, comma: comma, hyphen: hyphenBefore(text, i, ws), capital: unicode.IsUpper(r)})
			inSentence, comma = true, false
			i = skipPossessive(text, j)
			continue
		case r == '—' || r == '–' || r == '“' || r == '”':
			endClause()
		case r == '\f':
			// A page break is no sentence end: a paragraph may run on.
		}
		i += size
	}
	return ws
}

// hyphenBefore reports whether a hyphen alone joins the word at i to the
// last word of ws.
func hyphenBefore(text string, i int, ws []word) bool {
	return i > 0 && text[i-1] == '-' && len(ws) > 0 && ws[len(ws)-1].end == i-1
}

func isASCIIAlnum(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// wordEnd finds the end of the word starting at i, letters and digits of any script.
func wordEnd(text string, i int) int {
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.Is(unicode.Mn, r) {
			break
		}
		i += size
	}
	return i
}

// lower returns w in lower case; ASCII words already in lower case are not copied.
func lower(w string) string {
	for k := 0; k < len(w); k++ {
		c := w[k]
		if c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			return strings.ToLower(w)
		}
	}
	return w
}

// skipPossessive skips an "'s" or a lone apostrophe after a word.
func skipPossessive(text string, j int) int {
	k := j
	switch {
	case strings.HasPrefix(text[k:], "'"):
		k++
	case strings.HasPrefix(text[k:], "’"):
		k += len("’")
	default:
		return j
	}
	if k < len(text) && (text[k] == 's' || text[k] == 'S') && (k+1 == len(text) || !isWordByte(text[k+1])) {
		return k + 1
	}
	if k == len(text) || !isWordByte(text[k]) {
		return k
	}
	return j
}

func isWordByte(c byte) bool { return isASCIIAlnum(c) || c >= utf8.RuneSelf }

// isMarker reports whether text[i:j] is a list marker: "(a)", "(iv)", "(12)",
// or at the start of a sentence "12." "a)" "iv)".
func isMarker(text string, i, j int, inSentence bool) bool {
	w := text[i:j]
	if len(w) > 5 {
		return false
	}
	open := i > 0 && text[i-1] == '('
	closeParen := j < len(text) && text[j] == ')'
	short := isDigits(w) || len(w) == 1 || isRoman(w)
	if open && closeParen && short {
		return true
	}
	if inSentence || !short {
		return false
	}
	if closeParen {
		return true
	}
	// "12." before a space: a paragraph number, not a decimal.
	return isDigits(w) && j+1 < len(text) && text[j] == '.' && (text[j+1] == ' ' || text[j+1] == '\t')
}

func skipMarker(text string, j int) int {
	if j < len(text) && (text[j] == ')' || text[j] == '.') {
		return j + 1
	}
	return j
}

func isDigits(w string) bool {
	for k := 0; k < len(w); k++ {
		if w[k] < '0' || w[k] > '9' {
			return false
		}
	}
	return w != ""
}

// isRoman reports whether w is a lower-case roman numeral such as "iv".
func isRoman(w string) bool {
	for k := 0; k < len(w); k++ {
		switch w[k] {
		case 'i', 'v', 'x', 'l':
		default:
			return false
		}
	}
	return w != ""
}

// abbreviationDot reports whether the dot at i belongs to a number or an
// abbreviation ("1.5", "e.g.", "U.N.", "No.") rather than ending a sentence.
func abbreviationDot(text string, i int, ws []word, inSentence bool) bool {
	if i+1 < len(text) && isWordByte(text[i+1]) {
		return true
	}
	if !inSentence || len(ws) == 0 {
		return false
	}
	last := ws[len(ws)-1]
	if last.end != i {
		return false
	}
	switch last.w {
	case "e", "g", "i", "etc", "no", "nos", "mr", "mrs", "ms", "dr", "st", "vs", "para", "paras", "art", "cf":
		return true
	}
	return len(last.w) == 1 && unicode.IsUpper(rune(text[last.start]))
}

// blankLineAhead reports whether the newline at i is followed by an empty line.
func blankLineAhead(text string, i int) bool {
	for k := i + 1; k < len(text); k++ {
		switch text[k] {
		case ' ', '\t', '\r', '\f':
		case '\n':
			return true
		default:
			return false
		}
	}
	return true
}
