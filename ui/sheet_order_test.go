package ui

import (
	"fmt"
	"slices"
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/sample"
)

// sortRows, which reads each row's keys before sorting, orders rows as the
// orders are defined, compared pair by pair and stably: by the order's rank,
// then by reference, ties in file order, within paragraphs when grouped. The
// worksheet has references that repeat, nest, and are missing.
func TestSortRowsByPrecomputedKeysKeepsTheOrders(t *testing.T) {
	rb := classify.Default()
	ws := sample.Worksheet(rb, 600, 9)
	refs := []string{"", "1", "2", "10", "2(a)", "2(b)", "2(a)(ii)", "2(a)(iv)", "3 (c)", "iv", "OP 5", "12.b"}
	for i, a := range ws.Activities {
		a.Source.Ref = refs[(i*7+i/5)%len(refs)]
	}
	s := newSheet(rb, ws)
	want := func(rows []int, o sheetOrder, grouped bool) {
		ref := func(p int) []refPart { return parseRef(paragraphRef(s.At(p).Source.Ref)) }
		slices.SortStableFunc(rows, func(a, b int) int {
			if grouped {
				ra, rb := ref(a), ref(b)
				if c := compareRefs(ra[:min(1, len(ra))], rb[:min(1, len(rb))]); c != 0 {
					return c
				}
			}
			va, vb := s.Verdict(s.At(a)), s.Verdict(s.At(b))
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
	for o := byFile; o < numOrders; o++ {
		for _, grouped := range []bool{false, true} {
			t.Run(fmt.Sprintf("%s/grouped=%v", o.name(), grouped), func(t *testing.T) {
				var got, exp []int
				for i := range s.Len() {
					if i%3 != 1 { // a filtered view: not every row
						got, exp = append(got, i), append(exp, i)
					}
				}
				sortRows(s, got, o, grouped)
				want(exp, o, grouped)
				if !slices.Equal(got, exp) {
					t.Errorf("rows differ from the order's definition:\ngot  %v\nwant %v", got[:20], exp[:20])
				}
			})
		}
	}
}
