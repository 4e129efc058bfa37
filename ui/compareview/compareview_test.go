package compareview

import (
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/compare"
	"github.com/pocssr/pocssr/classify/report"
	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/component"
)

// opened is the screen on the comparison of the two testdata worksheets of
// ui (an invented mission and its renewal), at w×h.
func opened(t *testing.T, w, h int) (*Screen, *component.Context) {
	t.Helper()
	rb := classify.Default()
	load := func(name string) *model.Worksheet {
		ws, err := model.Load(filepath.Join("..", "testdata", "compare", name), rb.Vocabulary())
		if err != nil {
			t.Fatal(err)
		}
		return ws
	}
	c := compare.Compare(rb, "old.yaml", load("old.yaml"), "new.yaml", load("new.yaml"), compare.Options{})
	ctx := &component.Context{Styles: component.NewStyles(component.DefaultTheme()), Keys: component.NewGlobalKeys()}
	s := New(ctx, rb)
	s.SetSize(w, h)
	if _, ok := s.Open(c); !ok {
		t.Fatal("the screen did not open on a comparison")
	}
	return s, ctx
}

func press(s *Screen, keys ...string) {
	for _, k := range keys {
		var km tea.KeyMsg
		switch k {
		case "enter":
			km = tea.KeyMsg{Type: tea.KeyEnter}
		case "esc":
			km = tea.KeyMsg{Type: tea.KeyEsc}
		default:
			km = tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(k)}
		}
		s.Update(km)
	}
}

// refs is the references of the pairs the list shows, in order.
func refs(s *Screen) []string {
	var out []string
	for _, i := range s.shown {
		out = append(out, s.rows[i].refs)
	}
	return out
}

func TestOpenNeedsAComparison(t *testing.T) {
	s := New(&component.Context{Styles: component.NewStyles(component.DefaultTheme())}, classify.Default())
	for _, arg := range []any{nil, (*compare.Comparison)(nil), "old.yaml"} {
		if _, ok := s.Open(arg); ok {
			t.Errorf("Open(%#v) opened the screen", arg)
		}
	}
}

func TestFilterKeepsChangedVerdictsAndTheCursor(t *testing.T) {
	s, _ := opened(t, 80, 24)
	all := strings.Join(refs(s), " | ")
	if s.Pairs() != len(s.c.Pairs) {
		t.Fatalf("every task: %d pairs shown, want %d", s.Pairs(), len(s.c.Pairs))
	}
	press(s, "j", "j") // 3(c) → 2(c), whose verdict changed
	if got := under(s); got != "3(c) → 2(c)" {
		t.Fatalf("cursor on %q, want 3(c) → 2(c)", got)
	}
	press(s, "v")
	want := 0
	for i := range s.c.Pairs {
		if s.c.Pairs[i].Shift.Changed() {
			want++
		}
	}
	if want == 0 || want == len(s.c.Pairs) {
		t.Fatalf("the testdata should have some changed verdicts and some not: %d of %d", want, len(s.c.Pairs))
	}
	if s.Pairs() != want {
		t.Errorf("changed only: %d pairs shown (%v), want %d", s.Pairs(), refs(s), want)
	}
	for _, i := range s.shown {
		if !s.c.Pairs[i].Shift.Changed() {
			t.Errorf("changed only shows %s, whose verdict did not change", s.rows[i].refs)
		}
	}
	if got := under(s); got != "3(c) → 2(c)" {
		t.Errorf("after the filter the cursor is on %q, want it to stay on 3(c) → 2(c)", got)
	}
	if v := ansi.Strip(s.View()); !strings.Contains(v, "Changed verdicts only") {
		t.Errorf("the filter is not said on the screen:\n%s", v)
	}
	press(s, "v")
	if got := strings.Join(refs(s), " | "); got != all {
		t.Errorf("v again shows %s, want every pair %s", got, all)
	}
	if got := under(s); got != "3(c) → 2(c)" {
		t.Errorf("back to every task, the cursor is on %q, want 3(c) → 2(c)", got)
	}
}

// under is the refs of the pair under the cursor.
func under(s *Screen) string {
	if p := s.Selected(); p != nil {
		return s.rows[s.shown[s.cursor]].refs
	}
	return ""
}

func TestFilterOnAnUnchangedPairMovesToTheNearestBefore(t *testing.T) {
	s, _ := opened(t, 80, 24)
	press(s, "j", "j", "j", "j") // – → 3, an added task: no verdict moved
	if s.Selected().Shift.Changed() {
		t.Fatal("the fifth pair was meant to have an unchanged verdict")
	}
	press(s, "v")
	if got := under(s); got != "3(c) → 2(c)" {
		t.Errorf("cursor on %q, want the changed pair before it, 3(c) → 2(c)", got)
	}
}

func TestNavigation(t *testing.T) {
	s, ctx := opened(t, 80, 24)
	press(s, "G")
	if s.cursor != s.Pairs()-1 {
		t.Errorf("G: cursor %d, want the last %d", s.cursor, s.Pairs()-1)
	}
	press(s, "j")
	if s.cursor != s.Pairs()-1 {
		t.Errorf("j past the end: cursor %d", s.cursor)
	}
	press(s, "g", "k")
	if s.cursor != 0 {
		t.Errorf("k at the top: cursor %d", s.cursor)
	}
	press(s, "j", "enter")
	if s.mode != pairMode || s.Title() != "Comparison: one task" {
		t.Fatalf("enter: mode %v, title %q", s.mode, s.Title())
	}
	v := ansi.Strip(s.View())
	for _, want := range []string{"3(b) → 2(b)", "[-in", "{+through", "OLD 3(b)"} {
		if !strings.Contains(v, want) {
			t.Errorf("the pair page lacks %q:\n%s", want, v)
		}
	}
	press(s, "]")
	if got := under(s); got != "3(c) → 2(c)" {
		t.Errorf("] goes to %q, want 3(c) → 2(c)", got)
	}
	press(s, "[", "[", "[")
	if s.cursor != 0 {
		t.Errorf("[ past the first: cursor %d", s.cursor)
	}
	press(s, "T")
	if s.mode != totalsMode || !strings.Contains(ansi.Strip(s.View()), "Difference (NEW − OLD)") {
		t.Errorf("T: mode %v\n%s", s.mode, ansi.Strip(s.View()))
	}
	press(s, "esc")
	if s.mode != listMode {
		t.Errorf("esc on the totals: mode %v, want the list", s.mode)
	}
	if _, ok := ctx.Next(); ok {
		t.Error("leaving a page for the list sent the root a message")
	}
	press(s, "esc")
	msg, ok := ctx.Next()
	if _, back := msg.(component.Back); !ok || !back {
		t.Errorf("esc on the list sent %#v, want Back", msg)
	}
}

func TestSwapAsksForTheComparisonTheOtherWay(t *testing.T) {
	s, ctx := opened(t, 80, 24)
	press(s, "w")
	msg, _ := ctx.Next()
	r, ok := msg.(Run)
	if !ok {
		t.Fatalf("w sent %#v, want Run", msg)
	}
	if r.OldFile != "new.yaml" || r.NewFile != "old.yaml" || r.Old != s.c.New.Worksheet || r.New != s.c.Old.Worksheet {
		t.Errorf("w asks to compare %s with %s, want new.yaml with old.yaml", r.OldFile, r.NewFile)
	}
}

func TestPairPageSideBySideOnlyWhenWide(t *testing.T) {
	for _, tc := range []struct {
		w    int
		side bool
	}{{80, false}, {119, false}, {120, true}, {200, true}} {
		s, _ := opened(t, tc.w, 60)
		press(s, "j", "enter")
		page := ansi.Strip(s.pairPage(s.Selected()))
		side := false
		for _, l := range strings.Split(page, "\n") {
			if strings.HasPrefix(l, "OLD 3(b)") && strings.Contains(l, "│ NEW 2(b)") {
				side = true
			}
		}
		if side != tc.side {
			t.Errorf("width %d: accounts side by side %v, want %v\n%s", tc.w, side, tc.side, page)
		}
		for i, l := range strings.Split(page, "\n") {
			if ansi.StringWidth(l) > tc.w {
				t.Errorf("width %d: line %d is %d wide: %q", tc.w, i, ansi.StringWidth(l), l)
			}
		}
	}
}

func TestDiffMarksEveryChangedStretch(t *testing.T) {
	s, _ := opened(t, 80, 24)
	d := []compare.Span{{Op: compare.WordsSame, Text: "Provide training"}, {Op: compare.WordsRemoved, Text: "in one-off sessions"},
		{Op: compare.WordsAdded, Text: "through a curriculum"}, {Op: compare.WordsSame, Text: "across the provinces;"}}
	got := ansi.Strip(strings.Join(s.diffLines(d, 30, ""), "\n"))
	want := "Provide training [-in one-off\nsessions-] {+through a\ncurriculum+} across the\nprovinces;"
	if got != want {
		t.Errorf("diff:\n%s\nwant:\n%s", got, want)
	}
}

func TestShiftShort(t *testing.T) {
	s, _ := opened(t, 80, 24)
	got := map[string]string{}
	for _, r := range s.rows {
		got[r.refs] = r.shift
	}
	for refs, want := range map[string]string{
		"3(a) → 2(a)": "same verdict",
		"3(b) → 2(b)": "POC only→overlap, −1 risk",
		"– → 3":       "new: tier 3, overlap",
		"5 → –":       "was: tier 3, outside",
	} {
		if got[refs] != want {
			t.Errorf("%s: shift %q, want %q", refs, got[refs], want)
		}
	}
}

func TestLevelSetsTheSameSectionsBesideEachOther(t *testing.T) {
	b := func(p report.Part) block { return block{p, []string{fmt.Sprint(p)}} }
	show := func(rows [][2][]string) string {
		var out []string
		for _, r := range rows {
			out = append(out, strings.Join(r[0], "")+"|"+strings.Join(r[1], ""))
		}
		return strings.Join(out, " ")
	}
	for _, tc := range []struct {
		left, right []block
		want        string
	}{
		{[]block{b(0), b(1), b(2)}, []block{b(0), b(1), b(2)}, "0|0 1|1 2|2"},
		{[]block{b(0), b(1), b(7), b(8)}, []block{b(0), b(1), b(8)}, "0|0 1|1 7| 8|8"},
		{[]block{b(0), b(8)}, []block{b(0), b(7), b(8)}, "0|0 |7 8|8"},
		{[]block{b(0)}, nil, "0|"},
		{nil, []block{b(0), b(1)}, "|0 |1"},
		{[]block{b(1), b(2)}, []block{b(2), b(1)}, "|2 1|1 2|"},
	} {
		if got := show(level(tc.left, tc.right)); got != tc.want {
			t.Errorf("level(%v, %v) = %s, want %s", tc.left, tc.right, got, tc.want)
		}
	}
}

func TestSwappedKeepsTheTaskAndTheFilter(t *testing.T) {
	s, _ := opened(t, 80, 24)
	press(s, "v", "j") // changed only, on 3(c) → 2(c)
	if got := under(s); got != "3(c) → 2(c)" {
		t.Fatalf("cursor on %q", got)
	}
	c := s.c
	rb := classify.Default()
	s.Open(compare.Compare(rb, c.New.File, c.New.Worksheet, c.Old.File, c.Old.Worksheet, compare.Options{}))
	if !s.changedOnly {
		t.Error("the filter was dropped by the swap")
	}
	if got := under(s); got != "2(c) → 3(c)" {
		t.Errorf("after the swap the cursor is on %q, want 2(c) → 3(c)", got)
	}
	// Another comparison starts afresh.
	s.Open(compare.Compare(rb, c.Old.File, c.Old.Worksheet, c.New.File, c.New.Worksheet, compare.Options{}))
	s.Open(compare.Compare(rb, "a", c.Old.Worksheet.Detach(), "b", c.New.Worksheet.Detach(), compare.Options{}))
	if s.changedOnly || s.cursor != 0 || s.Pairs() != len(s.c.Pairs) {
		t.Errorf("a new comparison opens filtered %v at %d with %d pairs", s.changedOnly, s.cursor, s.Pairs())
	}
}

// Random keys at several sizes: the screen never panics and never draws
// outside its area.
func TestRandomKeysStayInTheArea(t *testing.T) {
	keys := []string{"j", "k", "g", "G", "b", "f", " ", "enter", "esc", "v", "t", "T", "w", "[", "]", "q", "x"}
	for seed := uint64(1); seed <= 4; seed++ {
		rng := rand.New(rand.NewPCG(seed, 7))
		s, ctx := opened(t, 80, 24)
		if seed > 2 { // a renewal with terms, OLD a text or a worksheet
			s, ctx = openedRenewal(t, 80, 24, seed == 4)
		}
		var trail []string
		for step := 0; step < 600; step++ {
			if step%100 == 0 {
				s.SetSize(80+rng.IntN(140), 24+rng.IntN(40))
			}
			k := keys[rng.IntN(len(keys))]
			trail = append(trail, k)
			press(s, k)
			for _, ok := ctx.Next(); ok; _, ok = ctx.Next() {
			}
			lines := strings.Split(s.View(), "\n")
			if len(lines) != s.height {
				t.Fatalf("after %v: %d lines, want %d", trail, len(lines), s.height)
			}
			for i, l := range lines {
				if w := ansi.StringWidth(l); w > s.width {
					t.Fatalf("after %v: line %d is %d wide, the area %d", trail, i, w, s.width)
				}
			}
		}
	}
}

// A reference is never cut, in the tasks' list and the terms' alike, at 80
// columns or 200: its column takes the width of the longest.
func TestReferencesAreNeverCut(t *testing.T) {
	const long = "12(b)(iii) → 12(b)(iii)"
	for _, w := range []int{80, 200} {
		s, _ := openedRenewal(t, w, 24, false)
		s.rows[s.shown[0]].refs = long
		if v := ansi.Strip(s.View()); !strings.Contains(v, long+" ") {
			t.Errorf("at %d columns the list cuts the reference %q:\n%s", w, long, v)
		}
		press(s, "t")
		s.termRows[s.shown[0]].refs = long
		if v := ansi.Strip(s.View()); !strings.Contains(v, long+" ") {
			t.Errorf("at %d columns the terms cut the reference %q:\n%s", w, long, v)
		}
	}
}
