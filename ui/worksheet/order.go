package worksheet

import (
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/component"
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
// the file order. Grouped, the mission's own tasks come first and those
// asked of others after, each by paragraph. Each row's keys are read once
// (its verdict, its reference parsed) before the sort, which then compares
// only them: a sort of 40,000 rows compares some 600,000 pairs.
func sortRows(s *session.Sheet, rows []int, o sheetOrder, grouped bool) {
	if o == byFile && !grouped {
		return
	}
	keys := make([]rowKey, len(rows))
	for i, p := range rows {
		a := s.At(p)
		k := rowKey{pos: p, ref: parseRef(component.ParagraphRef(a.Source.Ref))}
		if grouped {
			k.group = k.ref[:min(1, len(k.ref))]
			k.others = s.Verdict(a).Others
		}
		if o != byFile && o != byRef {
			v := s.Verdict(a)
			switch o {
			case byTier:
				k.rank = tierRank(v.Tier)
			case byAgenda:
				k.rank = slices.Index(classify.Agendas, v.Agenda)
			case bySeverity:
				k.rank = severityRank(v.Highest)
			case byOpen:
				k.rank = -v.Open
			}
		}
		keys[i] = k
	}
	slices.SortFunc(keys, func(a, b rowKey) int {
		if grouped {
			if a.others != b.others {
				if a.others {
					return 1
				}
				return -1
			}
			if c := compareRefs(a.group, b.group); c != 0 {
				return c
			}
		}
		c := a.rank - b.rank
		if c == 0 && o != byFile {
			c = compareRefs(a.ref, b.ref)
		}
		if c == 0 {
			c = a.pos - b.pos
		}
		return c
	})
	for i := range keys {
		rows[i] = keys[i].pos
	}
}

// rowKey is what a row is sorted on, read before the sort.
type rowKey struct {
	group  []refPart // the paragraph, when grouped
	others bool      // asked of others than the mission, when grouped
	rank   int       // the order's rank of the row's verdict; 0 by file or ref
	ref    []refPart
	pos    int // the position in the file: ties keep the file order
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
	b.WriteString(oneLine(a.Title))
	b.WriteString(" " + a.ID)
	if ref := a.Source.Ref; ref != "" {
		b.WriteString(" " + ref + " " + model.Slug(ref))
	}
	if a.Source.Text != "" {
		b.WriteString(" " + oneLine(a.Source.Text))
	}
	for f := model.Fact(0); f < model.NumFacts; f++ {
		if a.Facts.Known(f) {
			b.WriteString(" " + f.Key() + " " + oneLine(rb.ValueText(&a.Facts, f)))
		}
	}
	if a.Status == model.StatusDraft {
		b.WriteString(" draft")
	}
	return strings.ToLower(b.String())
}
