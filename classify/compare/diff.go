package compare

import (
	"strings"
	"unicode"
)

// Op says whether a stretch of words is in both texts, only the new or only
// the old.
type Op string

// The operations of a word diff.
const (
	WordsSame    Op = "same"
	WordsAdded   Op = "added"
	WordsRemoved Op = "removed"
)

// Span is a stretch of words of a word diff, joined by single spaces.
type Span struct {
	Op   Op
	Text string
	// Old is, for words in both texts that the old one spelt otherwise (a
	// word the conversion cut in two), the old spelling; "" where Text is
	// both.
	Old string
}

// maxDiffCells bounds the table of the longest common subsequence: two
// paragraphs of 2,000 changed words each. Beyond it the middle that differs
// is shown removed and added whole, which is what it is in all but name.
const maxDiffCells = 4_000_000

// Diff compares two texts word by word (words are what spaces separate,
// punctuation kept), and returns the stretches in both, removed from the
// old and added in the new, in reading order; removed before added where
// one replaces the other.
func Diff(old, new string) []Span {
	a, b := strings.Fields(old), strings.Fields(new)
	pre := 0
	for pre < len(a) && pre < len(b) && a[pre] == b[pre] {
		pre++
	}
	suf := 0
	for suf < len(a)-pre && suf < len(b)-pre && a[len(a)-1-suf] == b[len(b)-1-suf] {
		suf++
	}
	var out spans
	out.add(WordsSame, a[:pre]...)
	midA, midB := a[pre:len(a)-suf], b[pre:len(b)-suf]
	if len(midA)*len(midB) > maxDiffCells {
		out.add(WordsRemoved, midA...)
		out.add(WordsAdded, midB...)
	} else {
		lcsDiff(&out, midA, midB)
	}
	out.add(WordsSame, a[len(a)-suf:]...)
	return out.spelling()
}

// spelling turns back into words in both texts a removal and the addition
// that replaces it when they hold the same letters and digits in the same
// order, as an unchanged task does (sameWords): a word the conversion of a
// PDF cut in two ("Arrangemen ts" → "Arrangements") or a hyphen lost is no
// change. The words that start the addition (or the removal) may be the
// whole of the other, the rest a real change. The new spelling is kept, the
// old one beside it.
func (s *spans) spelling() []Span {
	var out spans
	l := s.list
	for i := 0; i < len(l); i++ {
		if i+1 < len(l) && l[i].Op == WordsRemoved && l[i+1].Op == WordsAdded {
			if same, old, rest, restOp := respelt(l[i].Text, l[i+1].Text); same != "" {
				out.list = append(out.list, Span{Op: WordsSame, Text: same, Old: old})
				if rest != "" {
					out.list = append(out.list, Span{Op: restOp, Text: rest})
				}
				i++
				continue
			}
		}
		if n := len(out.list); n > 0 && (out.list[n-1].Old != "" || l[i].Op == WordsSame && out.list[n-1].Op == WordsSame) {
			out.list = append(out.list, l[i])
			continue
		}
		out.add(l[i].Op, l[i].Text)
	}
	return out.list
}

// respelt finds, in a removed stretch and the added one after it, words the
// two spell alike: the whole of one and the words that start the other. It
// returns them as the new text spells them (same) and the old (old), and
// what is left over with whether it is added or removed; same is "" when
// nothing is spelt alike.
func respelt(removed, added string) (same, old, rest string, restOp Op) {
	r, a := strings.Fields(removed), strings.Fields(added)
	want := letters(removed)
	for k := 1; k <= len(a); k++ {
		if got := letters(strings.Join(a[:k], " ")); got == want {
			return strings.Join(a[:k], " "), removed, strings.Join(a[k:], " "), WordsAdded
		} else if len(got) > len(want) {
			break
		}
	}
	want = letters(added)
	for k := 1; k <= len(r); k++ {
		if got := letters(strings.Join(r[:k], " ")); got == want {
			return added, strings.Join(r[:k], " "), strings.Join(r[k:], " "), WordsRemoved
		} else if len(got) > len(want) {
			break
		}
	}
	return "", "", "", ""
}

// lcsDiff writes the diff of a and b through their longest common
// subsequence of words.
func lcsDiff(out *spans, a, b []string) {
	n, m := len(a), len(b)
	// l[i][j]: length of the LCS of a[i:] and b[j:], in one slice.
	l := make([]int32, (n+1)*(m+1))
	at := func(i, j int) *int32 { return &l[i*(m+1)+j] }
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if a[i] == b[j] {
				*at(i, j) = *at(i+1, j+1) + 1
			} else {
				*at(i, j) = max(*at(i+1, j), *at(i, j+1))
			}
		}
	}
	i, j := 0, 0
	for i < n || j < m {
		switch {
		case i < n && j < m && a[i] == b[j]:
			out.add(WordsSame, a[i])
			i++
			j++
		case j == m || i < n && *at(i+1, j) >= *at(i, j+1):
			out.add(WordsRemoved, a[i])
			i++
		default:
			out.add(WordsAdded, b[j])
			j++
		}
	}
}

// spans gathers words into stretches, a removal before the addition that
// replaces it.
type spans struct{ list []Span }

func (s *spans) add(op Op, words ...string) {
	if len(words) == 0 {
		return
	}
	text := strings.Join(words, " ")
	n := len(s.list)
	switch {
	case n > 0 && s.list[n-1].Op == op:
		s.list[n-1].Text += " " + text
	case op == WordsRemoved && n > 1 && s.list[n-1].Op == WordsAdded && s.list[n-2].Op == WordsRemoved:
		s.list[n-2].Text += " " + text
	case op == WordsRemoved && n > 0 && s.list[n-1].Op == WordsAdded:
		s.list = append(s.list[:n-1], Span{Op: WordsRemoved, Text: text}, s.list[n-1])
	default:
		s.list = append(s.list, Span{Op: op, Text: text})
	}
}

// DiffWords counts the words a diff adds and removes.
func DiffWords(d []Span) (added, removed int) {
	for _, s := range d {
		switch s.Op {
		case WordsAdded:
			added += len(strings.Fields(s.Text))
		case WordsRemoved:
			removed += len(strings.Fields(s.Text))
		}
	}
	return added, removed
}

// letters is a stretch of words reduced to its letters and digits, lower
// case, as sameWords compares tasks (but no paragraph marker is dropped: in a
// diff a leading number is a word like any other).
func letters(text string) string {
	return strings.Join(strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}), "")
}
