package ui

import (
	"fmt"
	"path/filepath"
	"testing"

	"github.com/charmbracelet/x/exp/teatest"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/compare"
	"github.com/pocssr/pocssr/classify/suggest"
	"github.com/pocssr/pocssr/ui/compareview"
)

// MINUSTAH's renewals of 2013 and 2014 in the corpus (neither sealed).
var (
	minustah2119 = filepath.Join("..", "classify", "suggest", "testdata", "corpus", "resolutions", "S-RES-2119-2013.txt")
	minustah2180 = filepath.Join("..", "classify", "suggest", "testdata", "corpus", "resolutions", "S-RES-2180-2014.txt")
)

// C with a resolution's text compares its terms too: the worksheet (OLD)
// has none, and the terms' list says so.
func TestCompareWithAResolutionHasItsTerms(t *testing.T) {
	m := newTestModel(t, importedSheet(t, minustah2119), 80, 24)
	press(t, m, "C")
	typeText(t, m, minustah2180)
	press(t, m, "enter")
	if m.front != compareScreen {
		t.Fatalf("front %v, status %q", m.front, m.status)
	}
	c := m.comparison()
	requireScreen(t, m, "Mandate terms: 0 of NEW's 14 compared, OLD being a worksheet")
	press(t, m, "t")
	requireScreen(t, m, "OLD holds no terms (a worksheet holds its tasks alone)", "? → 2       not compared")
	press(t, m, "t", "w")
	if m.front != compareScreen || m.comparison() != c {
		t.Fatalf("w: front %v", m.front)
	}
	requireScreen(t, m, "Mandate terms: 0 of OLD's 14 compared, NEW being a worksheet")
}

// The terms' list and a term's page, drawn at the smallest terminal and a
// wide one: MINUSTAH 2119 → 2180 with the terms of both texts (as w sends
// the root a comparison to run), and with 2119 a worksheet compared through
// C with the text of 2180.
func TestCompareTermsScreens(t *testing.T) {
	screens := []struct {
		name      string
		worksheet bool
		keys      []string
		wait      string
	}{
		{"list", false, nil, "Mandate terms: 11 changed"},
		{"terms", false, []string{"t"}, "left out because"},
		{"term", false, []string{"t", "j", "enter"}, "Term 2 of 14"},
		{"worksheet", true, []string{"t"}, "not compared"},
		{"worksheet term", true, []string{"t", "j", "enter"}, "Term 2 of 14"},
	}
	rb := classify.Default()
	for _, size := range [][2]int{{80, 24}, {200, 60}} {
		for _, s := range screens {
			t.Run(fmt.Sprintf("%s_%dx%d", s.name, size[0], size[1]), func(t *testing.T) {
				old := importedSheet(t, minustah2119)
				m := NewModel(rb, old, false, nil, nil)
				tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(size[0], size[1]))
				waitText(t, tm, "MINUSTAH")
				if s.worksheet {
					sendKeys(tm, "C")
					waitText(t, tm, "Compare with another mandate")
					for _, r := range minustah2180 {
						sendKeys(tm, string(r))
					}
					sendKeys(tm, "enter")
				} else {
					tm.Send(compareview.Run{OldFile: "S-RES-2119-2013.txt", Old: old.Detach(), OldTerms: termsOf(t, minustah2119),
						NewFile: "S-RES-2180-2014.txt", New: importedSheet(t, minustah2180), NewTerms: termsOf(t, minustah2180)})
				}
				if len(s.keys) == 0 {
					waitText(t, tm, "w swaps them", s.wait)
				} else {
					waitText(t, tm, "w swaps them")
					sendKeys(tm, s.keys...)
					waitText(t, tm, s.wait)
				}
				_, view := finalScreen(t, tm)
				teatest.RequireEqualOutput(t, []byte(view))
			})
		}
	}
}

// termsOf is the terms of a resolution as C reads them (loadMandate).
func termsOf(t testing.TB, path string) []compare.Term {
	t.Helper()
	rb := classify.Default()
	_, terms, err := loadMandate(rb.Vocabulary(), suggest.NewReader(rb), path)
	if err != nil {
		t.Fatal(err)
	}
	return terms
}
