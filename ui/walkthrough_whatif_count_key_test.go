package ui

import (
	"fmt"
	"strings"
	"testing"
)

// "What if" on the accountability measures of an activity with four of
// them, no risk, and every value's line whole: at 80×24 the ticked values
// out of the window are counted, and the count names no key, for c shows
// what changed alone, not the values (it read "+3 more (c)"); ↓ brings
// them into the window. At 200×60 all are in sight and none is counted.
func TestWhatIfCountNamesCOnlyWhereItShowsTheValues(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			a := activity(t, "Work with the police",
				"implementer", "mission", "kinds", "capacity-training", "forces", "police",
				"accountability", "public-scrutiny,reporting-procedure,command-support,whistleblower-protection")
			m := newTestModel(t, sheetOf(a), size[0], size[1])
			press(t, m, "p", "t", "space", "space", "space", "space", "w")
			requireScreen(t, m, "What if: ", "(the worksheet is not changed)")
			if size[0] == 80 {
				requireScreen(t, m, "also ticked: public scrutiny · +3 more\n")
				refuseScreen(t, m, "more (c)")
				// c shows what changed, not the values: the count had
				// sent the room to a page without them.
				press(t, m, "c")
				if s := screenText(m); strings.Contains(s, "[x] command support") {
					t.Fatalf("c shows the values, so the count may name it:\n%s", s)
				}
				press(t, m, "c")
			} else {
				requireScreen(t, m, "[x] whistle-blower protection (real)")
				refuseScreen(t, m, "also ticked")
			}
			golden(t, m, size[0], size[1], "What if: ")
		})
	}
}
