package worksheet

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/sample"
	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/component"
	"github.com/pocssr/pocssr/ui/session"
)

// The root's ids and messages, as the screen is given them.
const (
	detailID component.ID = iota + 40
	frameworkID
	portfolioID
	registerID
	reviewID
	questID
	presentID
)

// edit stands for what the root opens the questionnaire with.
type edit struct{ isNew bool }

// opened is the screen over ws, settled at w×h as the root leaves it.
func opened(t *testing.T, ws *model.Worksheet, w, h int) (*Screen, *component.Context) {
	t.Helper()
	rb := classify.Default()
	ctx := &component.Context{Sheet: session.NewSheet(rb, ws, func(a *model.Activity) string { return searchText(rb, a) }),
		Styles: component.NewStyles(component.DefaultTheme()), Keys: component.NewGlobalKeys()}
	s := New(ctx, Links{
		Detail: detailID, Framework: frameworkID, Portfolio: portfolioID, Register: registerID, Review: reviewID, Present: presentID,
		Edit: func(a *model.Activity, isNew bool) component.Open {
			return component.Open{To: questID, Arg: edit{isNew}}
		},
		CopyLine: func(a *model.Activity) string { return "line of " + a.ID },
	})
	s.SetSize(w, h)
	s.Settle()
	return s, ctx
}

// press sends keys as the root does, settling the screen after each, and
// returns what the screen sent the root.
func press(s *Screen, ctx *component.Context, keys ...tea.KeyMsg) []any {
	var out []any
	for _, k := range keys {
		s.Update(k)
		s.Settle()
		for m, ok := ctx.Next(); ok; m, ok = ctx.Next() {
			out = append(out, m)
		}
	}
	return out
}

func runes(s string) tea.KeyMsg { return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(s)} }

// The worksheet reaches the root only by messages: each key that leaves
// it sends the screen's id from Links, a request, or the line to copy.
func TestWorksheetKeysSendMessages(t *testing.T) {
	rb := classify.Default()
	ws := sample.Worksheet(rb, 5, 3)
	s, ctx := opened(t, ws, 120, 40)
	first := ws.Activities[0]
	for _, c := range []struct {
		key  tea.KeyMsg
		want any
	}{
		{tea.KeyMsg{Type: tea.KeyEnter}, component.Open{To: detailID, Arg: first}},
		{runes("e"), component.Open{To: questID, Arg: edit{false}}},
		{runes("f"), component.Open{To: frameworkID}},
		{runes("P"), component.Open{To: portfolioID}},
		{runes("r"), component.Open{To: registerID, Arg: first}},
		{runes("p"), component.Open{To: presentID, Arg: first}},
		{runes("y"), component.Copy{Text: "line of " + first.ID}},
		{runes("b"), component.RequestBriefing},
		{runes("q"), component.RequestQuit},
	} {
		if got := press(s, ctx, c.key); len(got) != 1 || !reflect.DeepEqual(got[0], c.want) {
			t.Errorf("%s sent %v, want %v", c.key, got, c.want)
		}
	}
	// n adds an activity at the end, whatever the cursor is on, selects it
	// and edits it as new.
	if got := press(s, ctx, runes("n")); len(got) != 1 || got[0] != (component.Open{To: questID, Arg: edit{true}}) {
		t.Errorf("n sent %v", got)
	}
	if s.Selected() != ws.Activities[5] || ctx.Sheet.Len() != 6 {
		t.Errorf("n added %d activities and selected %v", ctx.Sheet.Len()-5, s.Selected())
	}
}

// Grouped, each paragraph's rows stand together, the mission's own
// paragraphs before those asked of others; Shown lists them in that order,
// and nil again once the list is back in the file's order.
func TestGroupsKeepEachParagraphTogether(t *testing.T) {
	rb := classify.Default()
	ws := sample.Worksheet(rb, 300, 5)
	refs := []string{"", "1", "2", "10", "2(a)", "2(b)", "2(a)(ii)", "12(c)", "3 (c)", "OP 5", "12.b"}
	for i, a := range ws.Activities {
		a.Source.Ref = refs[(i*7+i/5)%len(refs)]
	}
	s, ctx := opened(t, ws, 120, 40)
	if s.Shown() != nil {
		t.Fatal("the list in the file's order shows a copy")
	}
	press(s, ctx, runes("t"))
	shown := s.Shown()
	if len(shown) != len(ws.Activities) {
		t.Fatalf("grouped, the list shows %d of %d", len(shown), len(ws.Activities))
	}
	seen := map[string]bool{}
	prev := ""
	for row := range shown {
		g := s.groupOf(row)
		if g != prev && seen[g] {
			t.Errorf("paragraph %q is split into two groups", g)
		}
		seen[g], prev = true, g
	}
	if len(seen) < 4 {
		t.Errorf("only %d groups", len(seen))
	}
	press(s, ctx, runes("t"))
	if s.Shown() != nil || s.OrderCue() != "" {
		t.Errorf("ungrouped, the list still shows an order of its own: %q", s.OrderCue())
	}
}

// A list longer than the screen says beside the column name how many rows
// are below and above; a list that fits says nothing.
func TestWorksheetSaysHowManyRowsAreOffScreen(t *testing.T) {
	rb := classify.Default()
	s, ctx := opened(t, sample.Worksheet(rb, 40, 3), 80, 24)
	n, h := s.rows(), s.listHeight()
	if n <= h {
		t.Fatalf("%d rows in %d lines: the test shows nothing", n, h)
	}
	shows := func(want string, refused ...string) {
		t.Helper()
		view := ansi.Strip(s.View())
		if !strings.Contains(view, want) {
			t.Errorf("the list does not say %q:\n%s", want, view)
		}
		for _, r := range refused {
			if strings.Contains(view, r) {
				t.Errorf("the list says %q:\n%s", r, view)
			}
		}
	}
	// At 80 columns the titles are cut, and the note of the key that shows
	// one whole leaves the count room in arrows only.
	shows(fmt.Sprintf("Activity ↓%d …: enter", n-h), "↑")
	press(s, ctx, runes("G"))
	shows(fmt.Sprintf("Activity ↑%d …: enter", n-h), "↓")
	up := tea.KeyMsg{Type: tea.KeyUp}
	for range h { // from the last row to the one above the screen

		press(s, ctx, up)
	}
	shows(fmt.Sprintf("Activity ↑%d ↓1 …: enter", n-h-1))
	whole, _ := opened(t, sample.Worksheet(rb, 40, 3), 200, 60)
	if view := ansi.Strip(whole.View()); strings.Contains(view, "more below") || strings.Contains(view, "above") {
		t.Errorf("a list that fits says rows are off screen:\n%s", view)
	}
}

// An empty worksheet names every key that fills it, whole, at 80 columns.
func TestEmptyWorksheetNamesItsKeysWhole(t *testing.T) {
	s, _ := opened(t, model.New(""), 80, 24)
	want := "No activities yet. Press n to add one, i to import a mandate, or f to browse the framework."
	if flat := strings.Join(strings.Fields(ansi.Strip(s.View())), " "); !strings.Contains(flat, want) {
		t.Fatalf("the empty worksheet does not say %q whole:\n%s", want, s.View())
	}
}
