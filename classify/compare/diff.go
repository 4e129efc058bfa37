package compare

import (
	"slices"
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
// subsequence of words, cleaned of the short stretches that only a common
// word holds together (cleanShortRuns).
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
	var runs []run
	push := func(op Op, w string) {
		if k := len(runs) - 1; k >= 0 && runs[k].op == op {
			runs[k].words = append(runs[k].words, w)
			return
		}
		runs = append(runs, run{op, []string{w}})
	}
	i, j := 0, 0
	for i < n || j < m {
		switch {
		case i < n && j < m && a[i] == b[j]:
			push(WordsSame, a[i])
			i++
			j++
		case j == m || i < n && *at(i+1, j) >= *at(i, j+1):
			push(WordsRemoved, a[i])
			i++
		default:
			push(WordsAdded, b[j])
			j++
		}
	}
	for _, r := range cleanShortRuns(runs) {
		out.add(r.op, r.words...)
	}
}

// shortRun is the longest stretch in both texts that cleanShortRuns may
// take for a change: "the", "to the", not "the Government of Haiti", which
// two versions of a paragraph share for what it says.
const shortRun = 2

// run is a stretch of words of one operation, before it is joined.
type run struct {
	op    Op
	words []string
}

// cleanShortRuns reads a diff as a planner does. A longest common
// subsequence matches every word it can, so a clause inserted into a
// sentence, or a sentence rewritten, comes out cut into pieces by the
// "the", "of" and "to" it happens to share with the old text: "{+with+} the
// {+help of the partners,+}". A word in both texts no longer than the
// change on either side of it is no common ground: it is taken as removed
// and added again (the rule of the semantic clean-up of Myers' diff, on
// words); so are two words that split one insertion, or one removal
// (shortRun), and the words that then open or close both a removal and its
// addition are set back in both texts, so that an inserted clause reads as
// one added stretch.
func cleanShortRuns(runs []run) []run {
	for {
		changed := false
		for k := 1; k+1 < len(runs); k++ {
			if runs[k].op != WordsSame {
				continue
			}
			before, bop := editAround(runs, k, -1)
			after, aop := editAround(runs, k, 1)
			n := len(runs[k].words)
			if n > before || n > after || n > 1 && (n > shortRun || bop == "" || bop != aop) {
				continue
			}
			w := runs[k].words
			runs = slices.Replace(runs, k, k+1, run{WordsRemoved, w}, run{WordsAdded, slices.Clone(w)})
			changed = true
		}
		if !changed {
			break
		}
		runs = mergeRuns(runs)
	}
	return factorRuns(runs)
}

// editAround is the larger of the words removed and added next to the
// stretch at k, on one side (dir -1 before, 1 after), and the one change
// they make when they only add or only remove ("" when they do both).
func editAround(runs []run, k, dir int) (int, Op) {
	removed, added := 0, 0
	for i := k + dir; i >= 0 && i < len(runs) && runs[i].op != WordsSame; i += dir {
		if runs[i].op == WordsRemoved {
			removed += len(runs[i].words)
		} else {
			added += len(runs[i].words)
		}
	}
	switch {
	case removed == 0:
		return added, WordsAdded
	case added == 0:
		return removed, WordsRemoved
	}
	return max(removed, added), ""
}

// mergeRuns gathers each stretch of changes between two stretches in both
// texts into one removal and one addition.
func mergeRuns(runs []run) []run {
	var out []run
	var removed, added []string
	flush := func() {
		if len(removed) > 0 {
			out = append(out, run{WordsRemoved, removed})
		}
		if len(added) > 0 {
			out = append(out, run{WordsAdded, added})
		}
		removed, added = nil, nil
	}
	for _, r := range runs {
		switch r.op {
		case WordsRemoved:
			removed = append(removed, r.words...)
		case WordsAdded:
			added = append(added, r.words...)
		default:
			flush()
			if n := len(out); n > 0 && out[n-1].op == WordsSame {
				out[n-1].words = append(out[n-1].words, r.words...)
			} else {
				out = append(out, run{WordsSame, slices.Clone(r.words)})
			}
		}
	}
	flush()
	return out
}

// factorRuns sets back in both texts the words a removal and the addition
// after it both start or end with.
func factorRuns(runs []run) []run {
	var out []run
	for k := 0; k < len(runs); k++ {
		if k+1 >= len(runs) || runs[k].op != WordsRemoved || runs[k+1].op != WordsAdded {
			out = append(out, runs[k])
			continue
		}
		r, a := runs[k].words, runs[k+1].words
		pre := 0
		for pre < len(r) && pre < len(a) && r[pre] == a[pre] {
			pre++
		}
		suf := 0
		for suf < len(r)-pre && suf < len(a)-pre && r[len(r)-1-suf] == a[len(a)-1-suf] {
			suf++
		}
		for _, x := range []run{{WordsSame, r[:pre]}, {WordsRemoved, r[pre : len(r)-suf]}, {WordsAdded, a[pre : len(a)-suf]}, {WordsSame, r[len(r)-suf:]}} {
			if len(x.words) > 0 {
				out = append(out, x)
			}
		}
		k++
	}
	return out
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
