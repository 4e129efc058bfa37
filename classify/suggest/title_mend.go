package suggest

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A resolution copied out of its printed pages may carry a word broken by a
// space, one of its pieces a few letters long ("co ntinue", "ar med",
// "Arrangemen ts"). The source text keeps the document's words as they are;
// a title mends them, as a reader would: two neighbours are one word when
// one is such a short piece, neither a whole word of the rulebook's
// (whole_words: "the", "law") nor an acronym ("UN"), and, joined, they make a
// word the same mandate uses elsewhere.

// shortPiece is the longest piece of a broken word looked for.
const shortPiece = 3

// mendWords bounds the words of a task mended: a title is made from its
// opening, the decision's words and some twelve of the task's.
const mendWords = 24

// vocabulary counts, when asked, how many times the mandate's parts use a
// word or a pair of words, in lower case and whole.
type vocabulary struct {
	m     *Mandate
	lower string         // the parts' text in lower case, made when first needed
	seen  map[string]int // the counts asked for
}

// vocabularyOf is the vocabulary of m's parts, read when first asked.
func vocabularyOf(m *Mandate) *vocabulary { return &vocabulary{m: m} }

// count is how many times the mandate uses w, in lower case, as a whole
// word.
func (v *vocabulary) count(w string) int {
	if n, ok := v.seen[w]; ok {
		return n
	}
	if v.seen == nil {
		var all strings.Builder
		for _, p := range v.m.Parts {
			all.WriteString(p.Text)
			all.WriteByte(' ')
		}
		v.lower, v.seen = strings.ToLower(all.String()), map[string]int{}
	}
	n := 0
	for at := 0; ; {
		i := strings.Index(v.lower[at:], w)
		if i < 0 {
			break
		}
		start, end := at+i, at+i+len(w)
		before, _ := utf8.DecodeLastRuneInString(v.lower[:start])
		after, _ := utf8.DecodeRuneInString(v.lower[end:])
		if (start == 0 || !isLetter(before)) && (end == len(v.lower) || !isLetter(after)) {
			n++
		}
		at = end
	}
	v.seen[w] = n
	return n
}

func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return r|0x20 >= 'a' && r|0x20 <= 'z'
	}
	return unicode.IsLetter(r)
}

// mend joins, in the opening of t, each pair of neighbouring words broken
// by a space, as vocabulary v tells them; the words of whole are never
// pieces. Words are looked at without a copy until a short piece is found.
func (v *vocabulary) mend(t string, whole map[string]bool) string {
	var (
		prev  string
		count int
		out   []string // t's text up to each mended break, once there is one
		cut   int      // where the text not yet in out begins
	)
	for at, w := range spacedWords(t) {
		if count++; count > mendWords {
			break
		}
		a, b := prev, strings.TrimRightFunc(w, notLetter)
		prev = w
		if !mayBePiece(a, whole) && !mayBePiece(b, whole) || !lettersOnly(a, false) || !lettersOnly(b, false) {
			continue
		}
		la, lb := strings.ToLower(a), strings.ToLower(b)
		if v.count(la+lb) == 0 {
			continue
		}
		// a and w are one word: a ends at the space before w.
		if out == nil {
			out = []string{}
		}
		out = append(out, t[cut:at-1])
		cut = at
		prev = a + w
	}
	if out == nil {
		return t
	}
	return strings.Join(append(out, t[cut:]), "")
}

// mayBePiece reports whether w is short enough to be a piece of a broken
// word, and neither a whole word nor an acronym ("UN", "DDR").
func mayBePiece(w string, whole map[string]bool) bool {
	if len(w) > shortPiece || w == "" {
		return false
	}
	var lower [shortPiece]byte
	capitals := 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			capitals++
			c |= 0x20
		}
		lower[i] = c
	}
	if capitals == len(w) && len(w) > 1 {
		return false // an acronym
	}
	return !whole[string(lower[:len(w)])]
}

func notLetter(r rune) bool { return !unicode.IsLetter(r) }

// lettersOnly reports whether w is letters, or letters and then punctuation
// when trailing may end it ("ntinue," closes a clause).
func lettersOnly(w string, trailing bool) bool {
	if trailing {
		w = strings.TrimRightFunc(w, notLetter)
	}
	if w == "" {
		return false
	}
	for i := 0; i < len(w); {
		r, size := utf8.DecodeRuneInString(w[i:])
		if !unicode.IsLetter(r) {
			return false
		}
		i += size
	}
	return true
}
