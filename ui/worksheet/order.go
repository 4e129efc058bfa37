package worksheet

import (
	"math/bits"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/report"
	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/session"
)

// The worksheet's list can be sorted and grouped for reading. Both are an
// order of the view only: the file keeps the order the activities were
// written or imported in, which is the order of the mandate or the one the
// planner chose with K and J. So a sort never shows up as a change to save,
// and turning it off brings the list back as it is in the file.

// sheetOrder is the order the worksheet's list shows its activities in.
type sheetOrder int

// The orders, in the order the sort key cycles through them.
const (
	byFile     sheetOrder = iota // as in the file
	byRef                        // by paragraph reference, numerically
	byTier                       // tier 1, 2, 3, then undetermined
	byAgenda                     // POC only, overlap, SSR only, outside, undetermined
	bySeverity                   // most serious risk first
	byOpen                       // most open questions first
	numOrders
)

// name is how the list's header and the status line name an order.
func (o sheetOrder) name() string {
	return [...]string{"file order", "ref", "tier", "agenda", "risk", "open questions"}[o]
}

// column is the list column an order sorts on ("" for the file order).
func (o sheetOrder) column() string {
	return [...]string{"", "Ref", "Tier", "Agenda", "Risk", "Open"}[o]
}

// sortRows sorts positions of the sheet in place by the order; ties keep
// the file order (rows come in file order, as the filter lists them).
// Grouped, the mission's own tasks come first and those asked of others
// after, each by paragraph. Each row's keys are read once before the sort,
// packed into one number with the row's index: whether it is asked of others
// (grouped), its paragraph's rank (grouped), its verdict's rank in the order,
// its reference's rank among the worksheet's (refRanks, below). The sort
// then compares numbers only.
func sortRows(s *session.Sheet, refs *refRanks, rows []int, o sheetOrder, grouped bool) {
	if o == byFile && !grouped {
		return
	}
	keys, wide, unranked := packKeys(s, refs, rows, o, grouped)
	if len(unranked) > 0 {
		// References not seen before: ranked, and the keys read again.
		refs.learn(unranked)
		keys, wide, _ = packKeys(s, refs, rows, o, grouped)
	}
	sorted := slices.Clone(rows)
	if wide != nil {
		slices.SortFunc(wide, func(a, b [3]uint64) int { return slices.Compare(a[:], b[:]) })
		for i, k := range wide {
			rows[i] = sorted[k[2]]
		}
		return
	}
	slices.Sort(keys)
	mask := uint64(1)<<bits.Len(uint(len(rows))) - 1
	for i, k := range keys {
		rows[i] = sorted[k&mask]
	}
}

// packKeys reads every row's key (see sortRows), packed into one number when
// the ranks and the rows fit in 64 bits, else as three (wide). unranked are
// the references not ranked yet: the keys are then to be read again.
func packKeys(s *session.Sheet, refs *refRanks, rows []int, o sheetOrder, grouped bool) (keys []uint64, wide [][3]uint64, unranked []string) {
	paraBits, refBits, rowBits := bits.Len32(refs.paragraphs), bits.Len32(refs.refs), bits.Len(uint(len(rows)))
	if 1+paraBits+8+refBits+rowBits > packedKeyBits {
		// More references than a key holds: the same keys, compared in turn.
		paraBits, refBits, rowBits = 0, 0, 0
		wide = make([][3]uint64, len(rows))
	} else {
		keys = make([]uint64, len(rows))
	}
	for i, p := range rows {
		a := s.At(p)
		v := s.Verdict(a)
		r, text, ok := refs.rankFor(a)
		if !ok {
			unranked = append(unranked, text)
			continue
		}
		var hi, ref uint64
		if grouped {
			if v.Others {
				hi = 1
			}
		}
		if o != byFile {
			ref = uint64(r.ref)
		}
		if wide != nil {
			wide[i] = [3]uint64{hi<<32 | uint64(r.paragraph)*boolBit(grouped), uint64(orderRank(v, o))<<32 | ref, uint64(i)}
			continue
		}
		if grouped {
			hi = hi<<paraBits | uint64(r.paragraph)
		}
		keys[i] = ((hi<<8|uint64(orderRank(v, o)))<<refBits|ref)<<rowBits | uint64(i)
	}
	return keys, wide, unranked
}

// boolBit is 1 for true, 0 for false.
func boolBit(b bool) uint64 {
	if b {
		return 1
	}
	return 0
}

// packedKeyBits is how many bits a row's packed key has: a test narrows it
// to sort with the keys compared in turn, as a worksheet with more references
// than a key holds is sorted.
var packedKeyBits = 64

// orderRank is a verdict's rank in the order, 0 to 255: 0 by file or ref.
func orderRank(v *session.Verdict, o sheetOrder) int {
	switch o {
	case byTier:
		return tierRank(v.Tier)
	case byAgenda:
		return slices.Index(classify.Agendas, v.Agenda) + 1
	case bySeverity:
		return severityRank(v.Highest)
	case byOpen:
		return 255 - min(v.Open, 255)
	}
	return 0
}

// tierRank puts the undetermined tier after the three tiers.
func tierRank(t classify.Tier) int {
	if t < 1 || t > 3 {
		return 4
	}
	return int(t)
}

// severityRank puts the most serious first and no risk last.
func severityRank(s classify.Severity) int {
	if i := severityIndex(s); i >= 0 {
		return i
	}
	return len(classify.Severities)
}

// The paragraph references of a worksheet, ranked once and kept by the
// screen (Screen.refs): a sort of the list compares two numbers per row instead of two
// parsed references, and parses only a reference it has not seen before. On
// 40,000 activities parsing and comparing the references was most of a
// sort's time, paid again on every sort and on every edit while the list was
// sorted. A reference that leaves the worksheet keeps its rank: ranks only
// order the references, and those still in it keep their order.

// refRanks ranks every paragraph reference the worksheet's activities give
// (report.ParagraphRef of their source's reference), in compareRefs order.
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
	ref = report.ParagraphRef(a.Source.Ref)
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

// refPart is one level of a paragraph reference: "12(a)(ii)" is 12, a, ii.
type refPart struct {
	num  int    // a number, or the value of a roman numeral
	text string // the letters, lower case, when the level is no number
	kind int    // 0 number, 1 roman numeral, 2 letters
}

// parseRef splits a paragraph reference into its levels: numbers, letters
// and roman numerals, whatever stands between them ("(", ")", ".", "-").
func parseRef(ref string) []refPart {
	var parts []refPart
	ref = strings.ToLower(ref)
	for i := 0; i < len(ref); {
		r := rune(ref[i])
		j := i
		switch {
		case unicode.IsDigit(r):
			for j < len(ref) && unicode.IsDigit(rune(ref[j])) {
				j++
			}
			n, _ := strconv.Atoi(ref[i:min(j, i+9)])
			parts = append(parts, refPart{num: n})
		case unicode.IsLetter(r) && r < unicode.MaxASCII:
			for j < len(ref) && ref[j] < unicode.MaxASCII && unicode.IsLetter(rune(ref[j])) {
				j++
			}
			parts = append(parts, letterPart(ref[i:j]))
		default:
			j++
		}
		i = j
	}
	return parts
}

// letterPart reads letters as a roman numeral when they can only be one:
// made of i, v and x ("ii", "iv"; a single "i", "v" or "x" sorts the same as
// a letter or as a numeral), else as letters ("a", "aa").
func letterPart(s string) refPart {
	if n := roman(s); n > 0 {
		return refPart{num: n, text: s, kind: 1}
	}
	return refPart{text: s, kind: 2}
}

func roman(s string) int {
	val := map[byte]int{'i': 1, 'v': 5, 'x': 10}
	n := 0
	for i := 0; i < len(s); i++ {
		v, ok := val[s[i]]
		if !ok {
			return 0
		}
		if i+1 < len(s) && val[s[i+1]] > v {
			n -= v
		} else {
			n += v
		}
	}
	return n
}

// compareRefs orders references level by level: numbers by value, roman
// numerals by value, letters alphabetically; a reference before its own
// sub-paragraphs; no reference at all last.
func compareRefs(a, b []refPart) int {
	switch {
	case len(a) == 0 && len(b) == 0:
		return 0
	case len(a) == 0:
		return 1
	case len(b) == 0:
		return -1
	}
	for i := 0; i < len(a) && i < len(b); i++ {
		x, y := a[i], b[i]
		if x.kind == 1 && y.kind == 2 || x.kind == 2 && y.kind == 1 {
			// One read as a numeral, one as letters: at a level of letters
			// ("(h)", "(i)", "(j)") both are letters.
			x.kind, y.kind = 2, 2
		}
		if c := x.kind - y.kind; c != 0 {
			return c
		}
		if x.kind == 2 {
			if c := len(x.text) - len(y.text); c != 0 {
				return c // "z" before "aa"
			}
			if c := strings.Compare(x.text, y.text); c != 0 {
				return c
			}
			continue
		}
		if c := x.num - y.num; c != 0 {
			return c
		}
	}
	return len(a) - len(b)
}

// paragraphOf is the paragraph a reference belongs to: "12" of "12(a)(ii)".
func paragraphOf(ref string) string {
	ps := parseRef(ref)
	if len(ps) == 0 {
		return ""
	}
	if ps[0].kind == 0 {
		return strconv.Itoa(ps[0].num)
	}
	return ps[0].text
}

// leadIn is what the group of a paragraph is headed with: the paragraph's
// lead-in from an imported activity's context (its description holds the
// headings and lead-ins above the task, outermost first), else nothing.
func leadIn(a *model.Activity, paragraph string) string {
	for _, line := range strings.Split(a.Description, "\n") {
		line = strings.TrimSpace(line)
		if strings.HasPrefix(line, paragraph+".") || strings.HasPrefix(line, paragraph+" ") {
			return line
		}
	}
	return ""
}

// searchText is what the worksheet's filter looks in for an activity: its
// title, id, paragraph reference (as written, "15(c)", and as in ids,
// "15-c"), its task's text and its facts, lower-cased.
func searchText(rb *classify.Rulebook, a *model.Activity) string {
	var b strings.Builder
	b.WriteString(report.OneLine(a.Title))
	b.WriteString(" " + a.ID)
	if ref := a.Source.Ref; ref != "" {
		b.WriteString(" " + ref + " " + model.Slug(ref))
	}
	if a.Source.Text != "" {
		b.WriteString(" " + report.OneLine(a.Source.Text))
	}
	for f := model.Fact(0); f < model.NumFacts; f++ {
		if a.Facts.Known(f) {
			b.WriteString(" " + f.Key() + " " + report.OneLine(rb.ValueText(&a.Facts, f)))
		}
	}
	if a.Status == model.StatusDraft {
		b.WriteString(" draft")
	}
	return strings.ToLower(b.String())
}
