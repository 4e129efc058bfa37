// Package compare sets two mandates side by side, task by task: it aligns the
// tasks of an old and a new worksheet by what they say (not by their
// references, which move between renewals), marks each pair unchanged,
// reworded, split, merged, added or dropped, diffs the words of a reworded
// task, and sets the verdicts of both readings of each task side by side. It
// also carries a reviewed worksheet's facts over to a fresh import of the
// renewal (Carry). The renderers are in classify/report.
package compare

import (
	"cmp"
	"slices"
	"strings"
	"unicode"

	"github.com/pocssr/pocssr/model"
)

// Change says how a task of one mandate stands to the other.
type Change string

// The changes a pair can show.
const (
	// Unchanged: the same words (paragraph number, case, spacing and
	// punctuation aside, and a word cut in two by a PDF's conversion).
	Unchanged Change = "unchanged"
	// Reworded: the same task in other words.
	Reworded Change = "reworded"
	// Split: a new task that holds part of an old task already paired
	// with another new one.
	Split Change = "split"
	// Merged: an old task whose words went into a new task already paired
	// with another old one.
	Merged Change = "merged"
	// Added: a new task with no old one like it.
	Added Change = "added"
	// Dropped: an old task with no new one like it.
	Dropped Change = "dropped"
)

// Options adjust the alignment.
type Options struct {
	// Threshold is the least similarity (0..1, cosine of the two tasks'
	// weighted words and word pairs) at which two tasks are the same task;
	// below it they count as added and dropped. 0 means DefaultThreshold.
	Threshold float64
	// PartThreshold is the least share of a task's weighted words found in
	// the other task for a split or merged part. 0 means DefaultPartThreshold.
	PartThreshold float64
	// OldTerms and NewTerms are the paragraphs of each mandate's text that
	// its import left out (none for a worksheet), aligned apart from the
	// tasks (Comparison.Terms).
	OldTerms, NewTerms []Term
}

// DefaultThreshold and DefaultPartThreshold are the thresholds used when
// Options leaves them 0, set on hand-labelled renewals (see the tests).
const (
	DefaultThreshold     = 0.35
	DefaultPartThreshold = 0.6
)

func (o Options) threshold() float64 {
	if o.Threshold > 0 {
		return o.Threshold
	}
	return DefaultThreshold
}

func (o Options) partThreshold() float64 {
	if o.PartThreshold > 0 {
		return o.PartThreshold
	}
	return DefaultPartThreshold
}

// Link ties a task of the old mandate to one of the new (either may be
// absent, -1, for a dropped or an added task).
type Link struct {
	Old, New   int // indexes into the worksheets' activities, -1 when absent
	Change     Change
	Similarity float64 // cosine similarity; 0 for an added or dropped task
}

// TaskText is the text of an activity that the alignment reads: its source
// text when it has one, else its title and description.
func TaskText(a *model.Activity) string {
	if a.Source.Text != "" {
		return a.Source.Text
	}
	return a.Title + "\n" + a.Description
}

// Body is a task's text without the paragraph numbers or letters that open
// it ("12.", "(a)", "(iii)"), which move between renewals and say nothing of
// the task.
func Body(text string) string {
	text = strings.TrimSpace(text)
	for {
		rest := skipMarker(text)
		if rest == text {
			return text
		}
		text = rest
	}
}

// Words splits a task's text into lower-cased words, its paragraph number
// left out (Body).
func Words(text string) []string {
	return strings.FieldsFunc(strings.ToLower(Body(text)), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// skipMarker drops one paragraph marker and the space after it.
func skipMarker(t string) string {
	i := 0
	switch {
	case strings.HasPrefix(t, "("):
		j := strings.IndexByte(t, ')')
		if j < 2 || !isMarker(t[1:j]) {
			return t
		}
		i = j + 1
	default:
		for i < len(t) && i < 4 && t[i] >= '0' && t[i] <= '9' {
			i++
		}
		if i == 0 || i >= len(t) || t[i] != '.' && t[i] != ')' {
			return t
		}
		i++
	}
	return strings.TrimLeft(t[i:], " \t")
}

// isMarker says whether what stands in brackets numbers a sub-paragraph:
// one or two letters ("a", "aa"), a roman numeral ("iii", "xiv") or a number
// of up to three digits, and not a word such as "(Abyei)".
func isMarker(s string) bool {
	if s == "" || len(s) > 6 {
		return false
	}
	digits, roman, letters := true, true, true
	for _, r := range s {
		digits = digits && r >= '0' && r <= '9'
		roman = roman && strings.ContainsRune("ivxlc", unicode.ToLower(r))
		letters = letters && unicode.IsLetter(r)
	}
	return digits && len(s) <= 3 || roman || letters && len(s) <= 2
}

// Align pairs the tasks of two worksheets by what they say. Each task is in
// at most one pair of kind unchanged or reworded (the best first: pairs are
// taken by falling similarity), a task left over that is mostly part of a
// paired task of the other side is split from it or merged into it, and the
// rest are added or dropped. The links come in the order of the new mandate,
// each merged task after the task it went into, each dropped one after the
// task that preceded it in the old one.
func Align(old, new []*model.Activity, opts Options) []Link {
	ix := newIndex(old, new)
	edges := ix.candidates()
	slices.SortFunc(edges, func(a, b edge) int {
		if c := cmp.Compare(b.sim, a.sim); c != 0 {
			return c
		}
		// Equal texts repeated: keep the pair nearest in place, then the
		// earliest; both keys read the same whichever side is old.
		da, db := absInt(a.old-a.new), absInt(b.old-b.new)
		if c := cmp.Compare(da, db); c != 0 {
			return c
		}
		return cmp.Compare(a.old+a.new, b.old+b.new)
	})
	oldTo := filled(len(old), -1)
	newTo := filled(len(new), -1)
	sim := map[[2]int]float64{}
	for _, e := range edges {
		if e.sim < opts.threshold() {
			break
		}
		if oldTo[e.old] < 0 && newTo[e.new] < 0 {
			oldTo[e.old], newTo[e.new] = e.new, e.old
			sim[[2]int{e.old, e.new}] = e.sim
		}
	}
	// Parts: a left-over task that is part of a paired task of the other
	// side, the most similar such one; then a left-over task that is part
	// of such a part (a paragraph cut in two whose halves each absorbed
	// another).
	splitOf := filled(len(new), -1)
	mergedInto := filled(len(old), -1)
	for _, pass := range [2]bool{false, true} {
		for _, e := range edges {
			if e.sim < partFloor {
				break
			}
			// The whole's counterpart: its pair, or in the second pass the
			// task it is a part of.
			oldWhole, newWhole := oldTo[e.old], newTo[e.new]
			if pass {
				oldWhole, newWhole = mergedInto[e.old], splitOf[e.new]
			}
			if newTo[e.new] < 0 && splitOf[e.new] < 0 && oldWhole >= 0 &&
				ix.isPart(&ix.new[e.new], &ix.old[e.old], &ix.new[oldWhole], opts) {
				splitOf[e.new] = e.old
				sim[[2]int{e.old, e.new}] = e.sim
			}
			if oldTo[e.old] < 0 && mergedInto[e.old] < 0 && newWhole >= 0 &&
				ix.isPart(&ix.old[e.old], &ix.new[e.new], &ix.old[newWhole], opts) {
				mergedInto[e.old] = e.new
				sim[[2]int{e.old, e.new}] = e.sim
			}
		}
	}
	return ix.order(oldTo, newTo, splitOf, mergedInto, sim)
}

// isPart says whether a left-over task is a part of whole, a task of the
// other mandate whose counterpart on the part's side is given. Either the
// part lies mostly inside the whole (PartThreshold of its weighted words),
// or it holds much (partCover) of what the whole says beyond its
// counterpart, with a fair share (partShare) of its own words in the whole:
// the half of a paragraph cut in two that did not pair, or a paragraph
// folded into another beside its own words. Never when the whole lies
// mostly inside the part: a task that repeats a paired one whole is a task
// of its own, added or dropped.
func (ix *index) isPart(part, whole, counterpart *task, opts Options) bool {
	if within(whole, part) >= opts.partThreshold() {
		return false
	}
	in := within(part, whole)
	if in >= opts.partThreshold() {
		return true
	}
	rest, cover := residualCover(part, whole, counterpart)
	return in >= partShare && rest >= partRest && cover >= partCover
}

// The measures of a part that lies only partly inside its whole, set on
// the labelled renewals: the three true parts of MINUSTAH 2070 → 2119 hold
// 0.46 to 0.76 of what their whole says beyond its counterpart, with 0.24
// to 0.56 of their own words in it; no other left-over task of the six
// renewals holds more than 0.12 of such a rest.
const (
	partCover = 0.4
	partShare = 0.2
	partRest  = 0.2
)

// order lays the links out in the new mandate's order.
func (ix *index) order(oldTo, newTo, splitOf, mergedInto []int, sim map[[2]int]float64) []Link {
	var links []Link
	// after[j] holds the old tasks without a pair of their own to show
	// after new task j; before holds those that precede every paired task.
	after := map[int][]Link{}
	prev := -1
	for i := range oldTo {
		if oldTo[i] >= 0 {
			prev = oldTo[i]
			continue
		}
		if j := mergedInto[i]; j >= 0 {
			// Beside the task it went into, where a reader looks for it.
			after[j] = append(after[j], Link{Old: i, New: j, Change: Merged, Similarity: sim[[2]int{i, j}]})
			continue
		}
		after[prev] = append(after[prev], Link{Old: i, New: -1, Change: Dropped})
	}
	links = append(links, after[-1]...)
	for j := range newTo {
		switch i := newTo[j]; {
		case i >= 0:
			change := Reworded
			if sameWords(ix.old[i].words, ix.new[j].words) {
				change = Unchanged
			}
			links = append(links, Link{Old: i, New: j, Change: change, Similarity: sim[[2]int{i, j}]})
		case splitOf[j] >= 0:
			links = append(links, Link{Old: splitOf[j], New: j, Change: Split, Similarity: sim[[2]int{splitOf[j], j}]})
		default:
			links = append(links, Link{Old: -1, New: j, Change: Added})
		}
		links = append(links, after[j]...)
	}
	return links
}

// sameWords reports whether two tasks say the same: the same letters and
// digits in the same order, whatever the spaces and punctuation between
// them, so that a word the conversion of a PDF cut in two ("infrastr
// ucture") or a hyphen lost ("SecretaryGeneral") is no rewording.
func sameWords(a, b []string) bool {
	return strings.Join(a, "") == strings.Join(b, "")
}

func filled(n, v int) []int {
	s := make([]int, n)
	for i := range s {
		s[i] = v
	}
	return s
}

func absInt(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
