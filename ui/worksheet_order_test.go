package ui

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/teatest"
	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/worksheet"
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

// Sorting and grouping are the view's order: the file's order is kept, and
// nothing is left to save.
func TestSortIsAViewOrderOnly(t *testing.T) {
	ws := importedSheet(t, resolution)
	before := slices.Clone(ws.Activities)
	m := newTestModel(t, ws, 120, 40)
	for i := 0; i < 6; i++ { // every order, and back to the file's
		press(t, m, "o")
		press(t, m, "t")
		if !slices.Equal(ws.Activities, before) {
			t.Fatalf("sort %d reordered the file", i)
		}
		if m.sh.sheet.Dirty() {
			t.Fatal("a sort left changes to save")
		}
		press(t, m, "t")
	}
	// By risk, the most serious first; by open questions, the most first.
	for i := 0; !strings.Contains(m.worksheet.OrderCue(), "sorted by risk"); i++ {
		if i == 6 {
			t.Fatalf("o never sorted by risk: %q", m.worksheet.OrderCue())
		}
		press(t, m, "o")
	}
	last := -1
	for row, a := range m.listed() {
		r := slices.Index(classify.Severities, m.sh.sheet.Verdict(a).Highest)
		if r < 0 {
			r = len(classify.Severities)
		}
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
		found := slices.Contains(m.listed(), target)
		if !found {
			t.Errorf("filter %q does not find 12(c)", filter)
		}
	}
	a := activity(t, "Patrols", "kinds", "vetting")
	if s := worksheet.SearchText(classify.Default(), a); !strings.Contains(s, "vetting") {
		t.Errorf("facts not searched: %q", s)
	}
}

// On a wide terminal the titles use the width.
func TestWideWorksheetUsesTheWidthForTitles(t *testing.T) {
	m := newTestModel(t, importedSheet(t, resolution), 160, 40)
	for _, l := range strings.Split(screenText(m), "\n") {
		if strings.HasPrefix(strings.TrimSpace(l), "1 ") || strings.HasPrefix(l, ">") {
			if len([]rune(strings.TrimRight(l, " "))) < 110 {
				t.Errorf("row stays narrow: %q", l)
			}
			break
		}
	}
}
