package ui

import (
	"fmt"
	"regexp"
	"testing"
)

// belowSign and aboveSign are the one sign every scrolled view gives of
// the lines out of sight (ui/component ScrollSign).
var (
	belowSign = regexp.MustCompile(`↓ more: \d+ lines? below \(↓/j, pgdn\)`)
	aboveSign = regexp.MustCompile(`↑ \d+ above \(pgup\)`)
)

// Every section of the framework that is longer than the screen says so on
// its last row, and what is above once scrolled, as the portfolio does (a
// first use found Kinds, Readings and Risks at 80×24 with no sign of more,
// their footers' scroll keys given way to "…"); so does the activity's
// account. At the end nothing says more is below.
func TestScrolledViewsSignWhatIsOutOfSight(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := newTestModel(t, manySheet(t), size[0], size[1])
			press(t, m, "f")
			sections := []string{"1", "2", "3", "4"}
			if size[0] == 200 {
				sections = []string{"3", "4"} // the kinds and the readings fit
			}
			for _, sec := range sections {
				press(t, m, sec)
				s := screenText(m)
				if !belowSign.MatchString(s) || aboveSign.MatchString(s) {
					t.Fatalf("section %s at its top gives no sign of what is below:\n%s", sec, s)
				}
				press(t, m, "end")
				s = screenText(m)
				if !aboveSign.MatchString(s) || belowSign.MatchString(s) {
					t.Fatalf("section %s at its end gives no sign of what is above:\n%s", sec, s)
				}
			}
			press(t, m, "1")
			golden(t, m, size[0], size[1], "Kinds")
			press(t, m, "esc", "enter")
			if s := screenText(m); !belowSign.MatchString(s) {
				t.Fatalf("the account gives no sign of what is below:\n%s", s)
			}
		})
	}
}
