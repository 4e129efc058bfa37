package ui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/report"
)

// At the last step of seventeen risks, what c shows is longer than the
// screen at 80×24: it scrolls with ↓/j, ↑/k, pgdn and pgup, its last row
// counts the lines above and below, and the footer and the help name the
// keys (a first use found "… 3 more" and no key that showed them). At
// 200×60 every risk is in sight and nothing offers c.
func TestWalkThroughAllOfItScrolls(t *testing.T) {
	rb := classify.Default()
	risks := rb.Classify(manyRisks(t)).Risks
	seen := func(m *Model, k classify.Risk) bool {
		return strings.Contains(screenText(m), report.OneLine(k.Rule.Title))
	}
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := newTestModel(t, manySheet(t), size[0], size[1])
			press(t, m, "p", "t", "end")
			requireScreen(t, m, "Step 18 of 18", "17 risks")
			if size[0] == 200 {
				for _, k := range risks {
					if !seen(m, k) {
						t.Fatalf("at 200×60 %q is out of sight:\n%s", k.Rule.Title, screenText(m))
					}
				}
				refuseScreen(t, m, "all of it", "below (")
				golden(t, m, size[0], size[1], "Step 18 of 18")
				return
			}
			press(t, m, "c")
			requireScreen(t, m, "↓ more: 3 lines below (↓/j, pgdn)", "↓/↑ pgdn/pgup scroll")
			last := risks[len(risks)-3] // the last is named in what changed above
			if seen(m, last) {
				t.Fatalf("the last risk is in sight before scrolling: the test shows nothing\n%s", screenText(m))
			}
			for _, keys := range [][2]string{{"j", "k"}, {"down", "up"}, {"pgdown", "pgup"}} {
				for range 3 {
					press(t, m, keys[0])
				}
				if !seen(m, last) {
					t.Fatalf("%s does not bring the last risk into sight:\n%s", keys[0], screenText(m))
				}
				requireScreen(t, m, "↑ 3 above (pgup)")
				for range 3 {
					press(t, m, keys[1])
				}
				requireScreen(t, m, "↓ more: 3 lines below")
			}
			requireScreen(t, m, "Step 18 of 18") // scrolling never stepped
			press(t, m, "j", "j", "j")
			golden(t, m, size[0], size[1], "↑ 3 above")
		})
	}
	m := newTestModel(t, manySheet(t), 80, 24)
	press(t, m, "p", "t", "end", "c", "?")
	requireScreen(t, m, "↓/↑ pgdn/pgup", "scroll what c shows")
}
