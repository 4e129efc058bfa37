package worksheet

import (
	"fmt"
	"slices"
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/report"
	"github.com/pocssr/pocssr/classify/sample"
	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/session"
)

func TestCompareRefs(t *testing.T) {
	sorted := []string{"1", "2", "2(a)", "2(b)", "3(h)", "3(i)", "3(j)", "7.I(b)", "10", "12(a)", "12(a)(i)", "12(a)(ii)", "12(a)(iv)", "12(a)(v)", "12(a)(ix)", "12(a)(x)", "12(b)", "12(z)", "12(aa)", "15(c)", ""}
	for i := range sorted {
		for j := range sorted {
			c := compareRefs(parseRef(sorted[i]), parseRef(sorted[j]))
			if (i < j) != (c < 0) || (i == j) != (c == 0) {
				t.Errorf("compare %q with %q = %d", sorted[i], sorted[j], c)
			}
		}
	}
	shuffled := slices.Clone(sorted)
	slices.Reverse(shuffled)
	slices.SortStableFunc(shuffled, func(a, b string) int { return compareRefs(parseRef(a), parseRef(b)) })
	if !slices.Equal(shuffled, sorted) {
		t.Errorf("sorted: %q", shuffled)
	}
}

// sortRows, which reads each row's keys before sorting, orders rows as the
// orders are defined, compared pair by pair and stably: by the order's rank,
// then by reference, ties in file order, within paragraphs when grouped (the
// mission's own paragraphs first, those asked of others after). The
// worksheet has references that repeat, nest, and are missing.
func TestSortRowsByPrecomputedKeysKeepsTheOrders(t *testing.T) {
	rb := classify.Default()
	ws := sample.Worksheet(rb, 600, 9)
	refs := []string{"", "1", "2", "10", "2(a)", "2(b)", "2(a)(ii)", "2(a)(iv)", "3 (c)", "iv", "OP 5", "12.b"}
	for i, a := range ws.Activities {
		a.Source.Ref = refs[(i*7+i/5)%len(refs)]
	}
	s := session.NewSheet(rb, ws, func(a *model.Activity) string { return searchText(rb, a) })
	var ranks refRanks
	for o := byFile; o < numOrders; o++ {
		for _, grouped := range []bool{false, true} {
			t.Run(fmt.Sprintf("%s/grouped=%v", o.name(), grouped), func(t *testing.T) {
				var got, exp []int
				for i := range s.Len() {
					if i%3 != 1 { // a filtered view: not every row
						got, exp = append(got, i), append(exp, i)
					}
				}
				sortRows(s, &ranks, got, o, grouped)
				sortByDefinition(s, exp, o, grouped)
				if !slices.Equal(got, exp) {
					t.Errorf("rows differ from the order's definition:\ngot  %v\nwant %v", got[:20], exp[:20])
				}
			})
		}
	}
}

// sortByDefinition sorts rows as the orders are defined, pair by pair and
// stably, parsing the references it compares.
func sortByDefinition(s *session.Sheet, rows []int, o sheetOrder, grouped bool) {
	ref := func(p int) []refPart { return parseRef(report.ParagraphRef(s.At(p).Source.Ref)) }
	slices.SortStableFunc(rows, func(a, b int) int {
		va, vb := s.Verdict(s.At(a)), s.Verdict(s.At(b))
		if grouped {
			if va.Others != vb.Others { // the mission's own first
				if va.Others {
					return 1
				}
				return -1
			}
			ra, rb := ref(a), ref(b)
			if c := compareRefs(ra[:min(1, len(ra))], rb[:min(1, len(rb))]); c != 0 {
				return c
			}
		}
		var c int
		switch o {
		case byRef:
			c = compareRefs(ref(a), ref(b))
		case byTier:
			c = tierRank(va.Tier) - tierRank(vb.Tier)
		case byAgenda:
			c = slices.Index(classify.Agendas, va.Agenda) - slices.Index(classify.Agendas, vb.Agenda)
		case bySeverity:
			c = severityRank(va.Highest) - severityRank(vb.Highest)
		case byOpen:
			c = vb.Open - va.Open
		}
		if c == 0 && o != byFile && o != byRef {
			c = compareRefs(ref(a), ref(b))
		}
		return c
	})
}

// The references ranked for one sort serve the next: a sort parses only the
// references it has not seen, and a reference that appears later (an edit,
// an import) takes its place among the others, one at a time or many at
// once, so that every order still sorts as defined.
func TestRankedRefsFollowNewReferences(t *testing.T) {
	rb := classify.Default()
	ws := sample.Worksheet(rb, 400, 3)
	refs := []string{"", "1", "2", "10", "2(a)", "2(b)", "2(a)(ii)", "iv"}
	for i, a := range ws.Activities {
		a.Source.Ref = refs[i%len(refs)]
	}
	s := session.NewSheet(rb, ws, func(a *model.Activity) string { return searchText(rb, a) })
	var ranks refRanks
	all := func() []int {
		rows := make([]int, s.Len())
		for i := range rows {
			rows[i] = i
		}
		return rows
	}
	check := func(step string) {
		t.Helper()
		for o := byFile; o < numOrders; o++ {
			for _, grouped := range []bool{false, true} {
				got, exp := all(), all()
				sortRows(s, &ranks, got, o, grouped)
				sortByDefinition(s, exp, o, grouped)
				if !slices.Equal(got, exp) {
					t.Fatalf("%s, %s grouped=%v: rows differ from the order's definition", step, o.name(), grouped)
				}
			}
		}
	}
	check("first sort")
	// "iv" numbers no paragraph: it sorts with the missing ones.
	if want := len(refs) - 1; ranks.parsed != want {
		t.Errorf("the first sort parsed %d references, want %d (one per distinct reference)", ranks.parsed, want)
	}
	before := ranks.parsed
	check("sorted again")
	if ranks.parsed != before {
		t.Errorf("sorting again parsed %d references, want none", ranks.parsed-before)
	}
	// Two new references, among the others: each is parsed once.
	s.At(5).Source.Ref, s.At(9).Source.Ref = "2(a)(iii)", "1(c)"
	check("two references edited")
	if got := ranks.parsed - before; got != 2 {
		t.Errorf("two new references: %d parsed", got)
	}
	// Many at once, as an import brings them.
	for i := range 200 {
		s.At(i).Source.Ref = fmt.Sprintf("%d(%c)", 3+i%17, 'a'+rune(i%5))
	}
	check("many references imported")
	// A worksheet with more references than a packed key holds sorts the
	// same, the keys compared in turn.
	packedKeyBits = 20
	defer func() { packedKeyBits = 64 }()
	check("keys too wide to pack")
}
