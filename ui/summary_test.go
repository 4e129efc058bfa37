package ui

import (
	"strconv"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/sample"
)

// The grid's counts stay apart however large they grow: on a worksheet of
// 12,000 activities (counts in the thousands) each agenda's line, beside the
// list and below it, ends in its four counts, read back as they were
// counted, and no line is wider than its panel.
func TestSummaryGridCountsKeepApart(t *testing.T) {
	rb := classify.Default()
	m := newTestModel(t, sample.Worksheet(rb, 12000, 7), 160, 50)
	tally := m.sh.sheet.Tally()
	thousands := false
	for _, a := range classify.Agendas {
		for _, tier := range []classify.Tier{1, 2, 3, 0} {
			thousands = thousands || tally.Grid[tier][a] >= 1000
		}
	}
	if !thousands {
		t.Fatal("no count reaches a thousand: the test needs a larger worksheet")
	}
	p := summaryPanel{m.sh}
	for name, grid := range map[string][]string{"side": p.grid(""), "flat": p.grid("Summary")} {
		width := ansi.StringWidth(grid[0])
		for i, a := range classify.Agendas {
			line := ansi.Strip(grid[i+1])
			if w := ansi.StringWidth(line); w != width || w > summarySideWidth-4 {
				t.Errorf("%s: %q is %d cells, the head %d", name, line, w, width)
			}
			f := strings.Fields(line)
			if len(f) < 5 {
				t.Errorf("%s: %q holds fewer than four counts", name, line)
				continue
			}
			cells := f[len(f)-4:]
			for j, tier := range []classify.Tier{1, 2, 3, 0} {
				want := "·"
				if n := tally.Grid[tier][a]; n > 0 {
					want = strconv.Itoa(n)
				}
				if cells[j] != want {
					t.Errorf("%s: %s, tier %d: cell %q, counted %s (line %q)", name, a, tier, cells[j], want, line)
				}
			}
		}
	}
}
