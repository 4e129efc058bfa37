package compare

import "strings"

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
	return out.list
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
		s.list = append(s.list[:n-1], Span{WordsRemoved, text}, s.list[n-1])
	default:
		s.list = append(s.list, Span{op, text})
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
