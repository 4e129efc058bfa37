package ui

import (
	"fmt"
	"strings"
	"testing"
)

// title150 is a title of 150 characters, as a planner names an activity
// from a mandate's paragraph.
const title150 = "Joint training of the national army and police battalions in the eastern provinces on human rights, IHL, and the protection of civilians in operations"

// The account of an activity, on the worksheet (enter) and in the
// presentation (p, enter), shows its title whole, wrapped at its top: the
// bars above have room for part of it only (a first use found it cut with
// "…" at 80 columns and nothing that showed the rest).
func TestAccountShowsALongTitleWhole(t *testing.T) {
	if len(title150) != 150 {
		t.Fatalf("the title has %d characters", len(title150))
	}
	for _, size := range sizes {
		for _, way := range []struct {
			name string
			keys []string
			wait string
		}{{"activity", []string{"enter"}, "Verdict:"}, {"presentation", []string{"p", "enter"}, "Account"}} {
			t.Run(fmt.Sprintf("%s_%dx%d", way.name, size[0], size[1]), func(t *testing.T) {
				a := activity(t, title150, "implementer", "mission", "kinds", "rights-training", "forces", "army")
				m := newTestModel(t, sheetOf(a), size[0], size[1])
				press(t, m, way.keys...)
				lines := strings.Split(screenText(m), "\n")
				// Below the bars, not in them: the account's own lines.
				if !containsFlat(strings.Join(lines[1:5], "\n"), title150) {
					t.Fatalf("the account does not show the title whole at its top:\n%s", screenText(m))
				}
				golden(t, m, size[0], size[1], way.wait)
			})
		}
	}
}
