package compareview

import (
	"cmp"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/compare"
	"github.com/pocssr/pocssr/classify/suggest"
	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/component"
)

// minustah is a resolution of the corpus: MINUSTAH's renewals of 2013 and
// 2014, neither of them sealed.
func minustah(year string) string {
	name := map[string]string{"2013": "S-RES-2119-2013.txt", "2014": "S-RES-2180-2014.txt"}[year]
	return filepath.Join("..", "..", "classify", "suggest", "testdata", "corpus", "resolutions", name)
}

// imported is a resolution imported as the root model imports it for a
// comparison, with the paragraphs left out as its terms.
func imported(t *testing.T, rb *classify.Rulebook, path string) (*model.Worksheet, []compare.Term) {
	t.Helper()
	text, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	ws, m, err := suggest.Import(suggest.NewReader(rb), path, string(text), suggest.ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var terms []compare.Term
	for _, p := range m.LeftOut() {
		terms = append(terms, compare.Term{Ref: p.Ref, Text: p.Text, Reason: string(p.Reason), Why: p.Reason.Why()})
	}
	return ws, terms
}

// openedRenewal is the screen on MINUSTAH 2119 → 2180 at w×h; with
// worksheet, OLD is 2119 as a worksheet holds it (no terms).
func openedRenewal(t *testing.T, w, h int, worksheet bool) (*Screen, *component.Context) {
	t.Helper()
	rb := classify.Default()
	old, oldTerms := imported(t, rb, minustah("2013"))
	new, newTerms := imported(t, rb, minustah("2014"))
	if worksheet {
		oldTerms = nil
	}
	c := compare.Compare(rb, "2119", old, "2180", new, compare.Options{OldTerms: oldTerms, NewTerms: newTerms})
	ctx := &component.Context{Styles: component.NewStyles(component.DefaultTheme()), Keys: component.NewGlobalKeys()}
	s := New(ctx, rb)
	s.SetSize(w, h)
	if _, ok := s.Open(c); !ok {
		t.Fatal("the screen did not open on a comparison")
	}
	return s, ctx
}

// termRefs is the references of the terms the list shows, in order.
func termRefs(s *Screen) []string {
	var out []string
	for _, i := range s.shown {
		out = append(out, s.termRows[i].refs)
	}
	return out
}

// t lists the comparison's own terms, in its order, each with its change
// and reason; t again is back on the task left.
func TestTermsListTheComparisonsTerms(t *testing.T) {
	s, _ := openedRenewal(t, 80, 24, false)
	if v := ansi.Strip(s.View()); !strings.Contains(v, "Mandate terms: 11 changed, 3 the same (t shows them)") {
		t.Errorf("the tasks' list does not count the terms:\n%s", v)
	}
	press(s, "j", "j")
	task := under(s)
	press(s, "t")
	if !s.terms || s.Selected() != nil || s.SelectedTerm().OldTerm != s.c.Terms[0].OldTerm || s.Title() != "Comparison: the mandate's terms" {
		t.Fatalf("t: terms %v, selected %v, term %v, title %q", s.terms, s.Selected(), s.SelectedTerm(), s.Title())
	}
	if s.Terms() != len(s.c.Terms) || s.Pairs() != len(s.c.Terms) || len(s.c.Terms) != 14 {
		t.Fatalf("%d terms listed, %d in the comparison, want 14", s.Pairs(), len(s.c.Terms))
	}
	for i, r := range s.termRows {
		// The comparison's order, never re-sorted or re-aligned here.
		if p := &s.c.Terms[i]; !strings.HasPrefix(r.refs, cmp.Or(p.Ref(true), "–")+" → ") || !strings.HasSuffix(r.refs, " → "+cmp.Or(p.Ref(false), "–")) {
			t.Errorf("row %d is %q, the comparison's term %q → %q", i, r.refs, p.Ref(true), p.Ref(false))
		}
	}
	for refs, want := range map[string][2]string{
		"1 → 1":   {"reworded", "extends a mandate"},
		"2 → 2":   {"reworded", "sets the number of troops or police"},
		"– → 4":   {"added", "only welcomes"},
		"4 → 5":   {"moved and reworded", "only welcomes"},
		"22 → 25": {"renumbered", "concerns the mission's"},
	} {
		i := slices.Index(termRefs(s), refs)
		if i < 0 {
			t.Errorf("no term %s among %v", refs, termRefs(s))
			continue
		}
		if r := s.termRows[s.shown[i]]; r.change != want[0] || !strings.HasPrefix(r.why, want[1]) {
			t.Errorf("%s: change %q, reason %q; want %q, %q…", refs, r.change, r.why, want[0], want[1])
		}
	}
	v := ansi.Strip(s.View())
	for _, want := range []string{"Mandate terms: 11 changed, 3 the same (t: the tasks)", "left out because", "> 1 → 1", "– → 4       added"} {
		if !strings.Contains(v, want) {
			t.Errorf("the terms' list lacks %q:\n%s", want, v)
		}
	}
	press(s, "v")
	if s.changedOnly || s.Pairs() != 14 {
		t.Errorf("v filtered the terms, which have no verdict: changed only %v, %d shown", s.changedOnly, s.Pairs())
	}
	press(s, "j", "t")
	if s.terms || under(s) != task {
		t.Errorf("t back: terms %v, on %q, want the task left, %q", s.terms, under(s), task)
	}
	press(s, "t")
	if got := termRefs(s)[s.cursor]; got != "2 → 2" {
		t.Errorf("t again: on term %q, want the one left, 2 → 2", got)
	}
}

// The filter to changed verdicts is the tasks' alone, and survives a visit
// to the terms.
func TestFilterStaysOnTheTasksThroughTheTerms(t *testing.T) {
	s, _ := opened(t, 80, 24)
	press(s, "v", "j")
	task, shown := under(s), s.Pairs()
	press(s, "t")
	if s.Pairs() != 0 || !strings.Contains(ansi.Strip(s.View()), "None compared: only a mandate's text has them") {
		t.Errorf("between two worksheets the terms list %d and say:\n%s", s.Pairs(), ansi.Strip(s.View()))
	}
	press(s, "enter")
	if s.mode != listMode {
		t.Errorf("enter on no term opened mode %v", s.mode)
	}
	press(s, "t")
	if !s.changedOnly || s.Pairs() != shown || under(s) != task {
		t.Errorf("back on the tasks: changed only %v, %d shown (want %d), on %q (want %q)", s.changedOnly, s.Pairs(), shown, under(s), task)
	}
}

// enter on a term shows its change, why each import left it out, its word
// diff and both texts; [ and ] go through the terms.
func TestTermPage(t *testing.T) {
	s, _ := openedRenewal(t, 80, 24, false)
	press(s, "t", "j", "enter")
	if s.mode != termMode || s.Title() != "Comparison: one term" {
		t.Fatalf("enter: mode %v, title %q", s.mode, s.Title())
	}
	page := ansi.Strip(s.termPage(s.SelectedTerm()))
	for _, want := range []string{"2 → 2  reworded  (similarity", "OLD: sets the number of troops or police",
		"NEW: sets the number of troops or police", "[-5,021", "{+2,370", "OLD 2", "NEW 2", "up to 5,021"} {
		if !strings.Contains(page, want) {
			t.Errorf("the term page lacks %q:\n%s", want, page)
		}
	}
	if v := ansi.Strip(s.View()); !strings.Contains(v, "Term 2 of 14") {
		t.Errorf("the term page does not say where it is:\n%s", v)
	}
	press(s, "]", "]") // past 3 → 3, the mission's own means, to the added term
	page = ansi.Strip(s.termPage(s.SelectedTerm()))
	for _, want := range []string{"– → 4  added", "OLD: not in this mandate", "no such term in this mandate", "Affirms its commitment"} {
		if !strings.Contains(page, want) {
			t.Errorf("] to the added term: the page lacks %q:\n%s", want, page)
		}
	}
	press(s, "esc")
	if s.mode != listMode || !s.terms {
		t.Errorf("esc: mode %v, terms %v, want the terms' list", s.mode, s.terms)
	}
	help := func() []string {
		var out []string
		for _, k := range s.ShortHelp() {
			out = append(out, k.Help().Key)
		}
		return out
	}
	if h := help(); slices.Contains(h, "v") || !slices.Contains(h, "t") {
		t.Errorf("the terms' key help is %v: t and no v", h)
	}
	press(s, "t")
	if h := help(); !slices.Contains(h, "v") || !slices.Contains(h, "t") {
		t.Errorf("the tasks' key help is %v: v and t", h)
	}
}

// OLD a worksheet: its terms are unknown, and the screen says so as the
// reports do; NEW's terms are still listed, not compared, and open.
func TestTermsWhenOneSideIsAWorksheet(t *testing.T) {
	s, _ := openedRenewal(t, 80, 24, true)
	if v := ansi.Strip(s.View()); !strings.Contains(v, "Mandate terms: 0 of NEW's 14 compared, OLD being a worksheet") {
		t.Errorf("the tasks' list:\n%s", v)
	}
	press(s, "t")
	v := ansi.Strip(s.View())
	for _, want := range []string{"OLD holds no terms (a worksheet holds its tasks alone): the 14 of NEW are listed", "The others follow, not compared", "> ? → 1       not compared"} {
		if !strings.Contains(v, want) {
			t.Errorf("the terms' list lacks %q:\n%s", want, v)
		}
	}
	if s.Pairs() != 14 || len(s.c.Terms) != 0 {
		t.Fatalf("%d terms listed, %d compared; want NEW's 14, none compared", s.Pairs(), len(s.c.Terms))
	}
	for i, r := range s.termRows {
		if r.change != "not compared" || !strings.HasPrefix(r.refs, "? → ") || s.termPairs[i].NewTerm != &s.c.New.Terms[i] {
			t.Errorf("row %d: %q %q, want NEW's term %s not compared", i, r.refs, r.change, s.c.New.Terms[i].Ref)
		}
	}
	press(s, "j", "enter")
	page := ansi.Strip(s.termPage(s.SelectedTerm()))
	for _, want := range []string{"? → 2  not compared", "OLD: unknown: a worksheet holds its tasks alone", "NEW: sets the number of troops or police", "up to 2,370"} {
		if !strings.Contains(page, want) {
			t.Errorf("the term page lacks %q:\n%s", want, page)
		}
	}
	if strings.Contains(page, "Words") {
		t.Errorf("a term not compared has a word diff:\n%s", page)
	}
}

// w compares the other way and keeps the terms' list and the term.
func TestSwapKeepsTheTerm(t *testing.T) {
	s, ctx := openedRenewal(t, 80, 24, false)
	press(s, "t", "j", "j", "j", "w")
	msg, _ := ctx.Next()
	r, ok := msg.(Run)
	if !ok || len(r.OldTerms) != len(s.c.New.Terms) || len(r.NewTerms) != len(s.c.Old.Terms) || &r.OldTerms[0] != &s.c.New.Terms[0] {
		t.Fatalf("w sent %#v without the terms swapped", msg)
	}
	s.Open(compare.Compare(classify.Default(), r.OldFile, r.Old, r.NewFile, r.New, compare.Options{OldTerms: r.OldTerms, NewTerms: r.NewTerms}))
	if !s.terms || termRefs(s)[s.cursor] != "4 → –" {
		t.Errorf("after the swap: terms %v, on %v, want 4 → –", s.terms, termRefs(s)[s.cursor])
	}
}

// A term's texts stand beside each other on a wide screen, one above the
// other on a narrow one, and no line passes the width.
func TestTermPageSideBySideOnlyWhenWide(t *testing.T) {
	for _, tc := range []struct {
		w    int
		side bool
	}{{80, false}, {119, false}, {120, true}, {200, true}} {
		s, _ := openedRenewal(t, tc.w, 60, false)
		press(s, "t", "j", "enter")
		page := ansi.Strip(s.termPage(s.SelectedTerm()))
		side := false
		for i, l := range strings.Split(page, "\n") {
			if strings.HasPrefix(l, "OLD 2") && strings.Contains(l, "│ NEW 2") {
				side = true
			}
			if ansi.StringWidth(l) > tc.w {
				t.Errorf("width %d: line %d is %d wide: %q", tc.w, i, ansi.StringWidth(l), l)
			}
		}
		if side != tc.side {
			t.Errorf("width %d: texts side by side %v, want %v\n%s", tc.w, side, tc.side, page)
		}
	}
}

// On a wide screen every reason is read whole; on a narrow one the text
// keeps a column of its own.
func TestTermReasonsWholeWhenWide(t *testing.T) {
	s, _ := openedRenewal(t, 200, 60, false)
	press(s, "t")
	v := ansi.Strip(s.View())
	for _, r := range s.termRows {
		if !strings.Contains(v, r.why+"  ") {
			t.Errorf("at 200 columns the reason %q is cut:\n%s", r.why, v)
		}
	}
	s, _ = openedRenewal(t, 80, 24, false)
	press(s, "t")
	if rw, cw, ww := s.termColumns(); 80-2-rw-1-cw-2-ww-2 < 16 {
		t.Errorf("at 80 columns the text has %d columns", 80-2-rw-1-cw-2-ww-2)
	}
}

// A worksheet that holds the troop ceiling as a task (imported with --all)
// pairs it with the term of the text: that pair is compared, and listed
// before the terms not compared.
func TestATaskPairedWithATerm(t *testing.T) {
	rb := classify.Default()
	text, err := os.ReadFile(minustah("2013"))
	if err != nil {
		t.Fatal(err)
	}
	old, _, err := suggest.Import(suggest.NewReader(rb), "2119", string(text), suggest.ImportOptions{All: true})
	if err != nil {
		t.Fatal(err)
	}
	new, newTerms := imported(t, rb, minustah("2014"))
	c := compare.Compare(rb, "2119.yaml", old, "2180", new, compare.Options{NewTerms: newTerms})
	ctx := &component.Context{Styles: component.NewStyles(component.DefaultTheme()), Keys: component.NewGlobalKeys()}
	s := New(ctx, rb)
	s.SetSize(80, 24)
	s.Open(c)
	press(s, "t")
	if len(c.Terms) == 0 || s.Pairs() != len(newTerms) {
		t.Fatalf("%d terms compared, %d listed; want some compared and all %d of NEW listed", len(c.Terms), s.Pairs(), len(newTerms))
	}
	at := slices.Index(termRefs(s), "2 → 2")
	if at < 0 || at >= len(c.Terms) {
		t.Fatalf("the ceiling is not among the compared terms: %v", termRefs(s))
	}
	for i, r := range s.termRows {
		if (i < len(c.Terms)) == (r.change == "not compared") {
			t.Errorf("row %d %q is %q: the compared come first", i, r.refs, r.change)
		}
	}
	for range at {
		press(s, "j")
	}
	press(s, "enter")
	page := ansi.Strip(s.termPage(s.SelectedTerm()))
	for _, want := range []string{"2 → 2  reworded", "OLD: not left out: a task of this mandate", "NEW: sets the number of troops", "[-5,021"} {
		if !strings.Contains(page, want) {
			t.Errorf("the ceiling's page lacks %q:\n%s", want, page)
		}
	}
}
