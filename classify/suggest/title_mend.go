package suggest

import (
	"strings"
	"unicode"
)

// A resolution copied out of its printed pages may carry a word broken by a
// space ("co ntinue", "ar med", "Arrangemen ts"). The source text keeps the
// document's words as they are; a title mends them, as a reader would: two
// neighbours are one word when, joined, they make a word the same mandate
// uses elsewhere, and one of them is no word the mandate uses on its own.

// vocabulary counts the words a mandate's parts use, in lower case, and
// keeps their text in lower case to count a pair of them.
type vocabulary struct {
	words map[string]int
	text  string
}

// vocabularyOf gathers the words of m's parts.
func vocabularyOf(m *Mandate) vocabulary {
	v := vocabulary{words: map[string]int{}}
	var all strings.Builder
	for _, p := range m.Parts {
		for _, w := range strings.FieldsFunc(p.Text, notLetter) {
			v.words[strings.ToLower(w)]++
		}
		all.WriteString(p.Text)
		all.WriteByte(' ')
	}
	v.text = strings.ToLower(all.String())
	return v
}

// piece reports whether w can be a piece of a broken word: it is no word
// the mandate uses elsewhere than in the n places it stands beside its other
// piece, and none of the whole words.
func (v vocabulary) piece(w string, n int, whole map[string]bool) bool {
	return v.words[w] <= n && !whole[w]
}

func notLetter(r rune) bool { return !unicode.IsLetter(r) }

// mend joins in t each pair of neighbouring words broken by a space, as
// vocabulary v tells them; the words of whole are never pieces.
func (v vocabulary) mend(t string, whole map[string]bool) string {
	words := strings.Split(t, " ")
	changed := false
	for i := 0; i+1 < len(words); i++ {
		a, b := words[i], words[i+1]
		if !lettersOnly(a, false) || !lettersOnly(b, true) {
			continue
		}
		la, lb := strings.ToLower(a), strings.ToLower(strings.TrimRightFunc(b, notLetter))
		if v.words[la+lb] == 0 {
			continue
		}
		n := strings.Count(v.text, la+" "+lb)
		if !v.piece(la, n, whole) && !v.piece(lb, n, whole) {
			continue
		}
		words[i] = a + b
		words = append(words[:i+1], words[i+2:]...)
		changed = true
	}
	if !changed {
		return t
	}
	return strings.Join(words, " ")
}

// lettersOnly reports whether w is letters, or letters and then punctuation
// when trailing may end it ("ntinue," closes a clause).
func lettersOnly(w string, trailing bool) bool {
	if trailing {
		w = strings.TrimRightFunc(w, notLetter)
	}
	if w == "" {
		return false
	}
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}
