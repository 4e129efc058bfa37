package ui

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/teatest"
	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/sample"
	"github.com/pocssr/pocssr/model"
)

// The imported worksheet's list: its Ref column, sorted, grouped under the
// paragraphs' lead-ins, at the smallest size and on a wide terminal.
func TestWorksheetOrderScreens(t *testing.T) {
	screens := []struct {
		name string
		keys []string
		wait string
	}{
		{"refs", nil, ""},
		{"by_ref", []string{"o"}, "Sorted by ref"},
		{"by_risk", []string{"o", "o", "o", "o"}, "Sorted by risk"},
		{"grouped", []string{"t"}, "Grouped by paragraph"},
	}
	for _, size := range [][2]int{{80, 24}, {160, 40}} {
		for _, s := range screens {
			t.Run(fmt.Sprintf("%s_%dx%d", s.name, size[0], size[1]), func(t *testing.T) {
				m := NewModel(classify.Default(), importedSheet(t, resolution), false, nil, nil)
				tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(size[0], size[1]))
				waitText(t, tm, "Ref")
				if s.wait != "" {
					sendKeys(tm, s.keys...)
					waitText(t, tm, s.wait)
				}
				_, view := finalScreen(t, tm)
				teatest.RequireEqualOutput(t, []byte(view))
			})
		}
	}
}

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

// Sorting and grouping are the view's order: the file's order is kept, and
// nothing is left to save.
func TestSortIsAViewOrderOnly(t *testing.T) {
	ws := importedSheet(t, resolution)
	before := slices.Clone(ws.Activities)
	m := newTestModel(t, ws, 120, 40)
	for i := 0; i < int(numOrders); i++ {
		press(t, m, "o")
		press(t, m, "t")
		if !slices.Equal(ws.Activities, before) {
			t.Fatalf("sort %s reordered the file", m.worksheet.order.name())
		}
		if m.sh.sheet.Dirty() {
			t.Fatal("a sort left changes to save")
		}
		press(t, m, "t")
	}
	// By risk, the most serious first; by open questions, the most first.
	for m.worksheet.order != bySeverity {
		press(t, m, "o")
	}
	v := m.worksheet
	last := -1
	for row := 0; row < v.rows(); row++ {
		r := severityRank(m.sh.sheet.Verdict(m.sh.sheet.At(v.position(row))).Highest)
		if r < last {
			t.Fatalf("row %d: risk rank %d after %d", row, r, last)
		}
		last = r
	}
	press(t, m, "J")
	if !slices.Equal(ws.Activities, before) {
		t.Fatal("J moved an activity in a sorted view")
	}
	requireScreen(t, m, "sorted or grouped for viewing")
}

// Grouping puts each paragraph's tasks under one header with its lead-in.
func TestGroupByParagraph(t *testing.T) {
	m := newTestModel(t, importedSheet(t, resolution), 160, 60)
	press(t, m, "t")
	screen := screenText(m)
	if n := strings.Count(screen, "¶ 12 — 12. Decides"); n != 1 {
		t.Errorf("paragraph 12's header shows %d times:\n%s", n, screen)
	}
	v := m.worksheet
	seen := map[string]bool{}
	prev := ""
	for row := 0; row < v.rows(); row++ {
		g := v.groupOf(row)
		if g != prev && seen[g] {
			t.Errorf("paragraph %s is split into two groups", g)
		}
		seen[g], prev = true, g
	}
}

// The filter looks in the ref (as written and as in ids), the task's text
// and the facts, not only in the title.
func TestFilterFindsRefTextAndFacts(t *testing.T) {
	ws := importedSheet(t, resolution)
	var target *model.Activity
	for _, a := range ws.Activities {
		if a.Source.Ref == "12(c)" {
			target = a
		}
	}
	if target == nil {
		t.Fatal("no task 12(c)")
	}
	words := strings.Fields(target.Source.Text)
	for _, filter := range []string{"12(c)", "12-c", strings.Join(words[len(words)-3:], " ")} {
		m := newTestModel(t, ws, 120, 40)
		press(t, m, "/")
		typeText(t, m, filter)
		v := m.worksheet
		found := false
		for row := 0; row < v.rows(); row++ {
			found = found || m.sh.sheet.At(v.position(row)) == target
		}
		if !found {
			t.Errorf("filter %q does not find 12(c)", filter)
		}
	}
	a := activity(t, "Patrols", "kinds", "vetting")
	if s := searchText(classify.Default(), a); !strings.Contains(s, "vetting") {
		t.Errorf("facts not searched: %q", s)
	}
}

// On a wide terminal the titles use the width.
func TestWideWorksheetUsesTheWidthForTitles(t *testing.T) {
	m := newTestModel(t, importedSheet(t, resolution), 160, 40)
	v := m.worksheet
	if v.width != 160 {
		t.Fatalf("the worksheet is %d wide on a 160-column terminal", v.width)
	}
	for _, l := range strings.Split(screenText(m), "\n") {
		if strings.HasPrefix(strings.TrimSpace(l), "1 ") || strings.HasPrefix(l, ">") {
			if len([]rune(strings.TrimRight(l, " "))) < 110 {
				t.Errorf("row stays narrow: %q", l)
			}
			break
		}
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
	s := newSheet(rb, ws)
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
func sortByDefinition(s *sheet, rows []int, o sheetOrder, grouped bool) {
	ref := func(p int) []refPart { return parseRef(paragraphRef(s.At(p).Source.Ref)) }
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
