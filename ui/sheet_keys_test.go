package ui

import (
	"fmt"
	"slices"
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/sample"
)

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
	s := newSheet(rb, ws)
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
				sortRows(s, got, o, grouped)
				sortByDefinition(s, exp, o, grouped)
				if !slices.Equal(got, exp) {
					t.Fatalf("%s, %s grouped=%v: rows differ from the order's definition", step, o.name(), grouped)
				}
			}
		}
	}
	check("first sort")
	// "iv" numbers no paragraph: it sorts with the missing ones.
	if want := len(refs) - 1; s.refs.parsed != want {
		t.Errorf("the first sort parsed %d references, want %d (one per distinct reference)", s.refs.parsed, want)
	}
	before := s.refs.parsed
	check("sorted again")
	if s.refs.parsed != before {
		t.Errorf("sorting again parsed %d references, want none", s.refs.parsed-before)
	}
	// Two new references, among the others: each is parsed once.
	s.At(5).Source.Ref, s.At(9).Source.Ref = "2(a)(iii)", "1(c)"
	check("two references edited")
	if got := s.refs.parsed - before; got != 2 {
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
