package ui

import (
	"slices"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/session"
)

// snapshot is an activity as it was before an edit, for undo.
type snapshot = session.Snapshot

// maxUndo is how many changes can be undone.
const maxUndo = session.MaxUndo

// sheet is the worksheet being edited (session.Sheet: verdicts, tally, undo,
// dirty state) with what only drawing needs beside it: the findings last
// drawn, and the worksheet's references ranked for sorting.
type sheet struct {
	*session.Sheet
	rb    *classify.Rulebook
	fired firedCache
	refs  refRanks // the references ranked, for sorting the list
}

func newSheet(rb *classify.Rulebook, ws *model.Worksheet) *sheet { return newSheetOn(rb, ws, "") }

// newSheetOn is newSheet with the register read on day today.
func newSheetOn(rb *classify.Rulebook, ws *model.Worksheet, today model.Date) *sheet {
	search := func(a *model.Activity) string { return searchText(rb, a) }
	return &sheet{Sheet: session.NewSheetOn(rb, ws, search, today), rb: rb}
}

func severityIndex(s classify.Severity) int {
	for i, x := range classify.Severities {
		if x == s {
			return i
		}
	}
	return -1
}

// The paragraph references of a worksheet, ranked once and kept: a sort of
// the list compares two numbers per row instead of two parsed references,
// and parses only a reference it has not seen before. On 40,000 activities
// parsing and comparing the references was most of a sort's time, paid again
// on every sort and on every edit while the list was sorted.

// refRanks ranks every paragraph reference the worksheet's activities give
// (paragraphRef of their source's reference), in compareRefs order.
type refRanks struct {
	// of is each reference's rank, and that of its paragraph (its first
	// level), among the references known: equal ranks compare equal.
	of map[string]refRank
	// known are the references ranked, in order, each with its levels.
	known []rankedRef
	// refs and paragraphs are how many ranks there are of each.
	refs, paragraphs uint32
	// parsed counts the references parsed: a test counts with it that a
	// sort parses only the references it has not seen.
	parsed int
}

// refRank is a reference's place among the worksheet's references, and its
// paragraph's among their paragraphs.
type refRank struct {
	ref, paragraph uint32
}

// rankedRef is a reference as written and its levels.
type rankedRef struct {
	text  string
	parts []refPart
}

// rankFor is the rank of the activity's reference, and of its paragraph;
// ok is false for a reference not ranked yet (see learn).
func (r *refRanks) rankFor(a *model.Activity) (rank refRank, ref string, ok bool) {
	ref = paragraphRef(a.Source.Ref)
	rank, ok = r.of[ref]
	return rank, ref, ok
}

// learn ranks references not ranked yet, parsing each once, and ranks every
// reference again (numbers only, nothing parsed).
func (r *refRanks) learn(refs []string) {
	if r.of == nil {
		r.of = map[string]refRank{}
	}
	var fresh []rankedRef
	for _, ref := range refs {
		if _, ok := r.of[ref]; ok {
			continue
		}
		r.of[ref] = refRank{} // ranked below, with the others
		r.parsed++
		fresh = append(fresh, rankedRef{text: ref, parts: parseRef(ref)})
	}
	if len(fresh) == 0 {
		return
	}
	byRef := func(a, b rankedRef) int { return compareRefs(a.parts, b.parts) }
	if len(fresh) > 64 {
		r.known = append(r.known, fresh...)
		slices.SortStableFunc(r.known, byRef)
	} else {
		for _, f := range fresh {
			i, _ := slices.BinarySearchFunc(r.known, f, byRef)
			r.known = slices.Insert(r.known, i, f)
		}
	}
	// In compareRefs order the paragraphs (first levels) come in order too:
	// references compare level by level, the first level first.
	var rank refRank
	for i, k := range r.known {
		if i > 0 {
			prev := r.known[i-1].parts
			if compareRefs(prev, k.parts) != 0 {
				rank.ref++
			}
			if compareRefs(prev[:min(1, len(prev))], k.parts[:min(1, len(k.parts))]) != 0 {
				rank.paragraph++
			}
		}
		r.of[k.text] = rank
	}
	r.refs, r.paragraphs = rank.ref+1, rank.paragraph+1
}
