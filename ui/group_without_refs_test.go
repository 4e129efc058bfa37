package ui

import (
	"fmt"
	"testing"
)

// In the case library no activity has a paragraph reference, so t groups
// nothing: the help says so, as it says o passes over ref, where it listed
// "t  group the view by paragraph" and t only answered that there was none.
func TestGroupHelpSaysThereIsNoParagraphToGroupBy(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := demoModel(t, size[0], size[1])
			help := wholeHelp(t, m)
			// the item may wrap across a page of the help: its two halves
			if !containsFlat(help, "group the view: not by paragraph, as no activity") ||
				!containsFlat(help, "has a paragraph reference (import a mandate, i, to have them)") ||
				containsFlat(help, "group the view by paragraph") {
				t.Fatalf("the help offers to group by paragraph where no activity has one:\n%s", help)
			}
			// The page of the help that holds it.
			press(t, m, "esc", "?")
			for i := 0; i < 10 && !containsFlat(screenText(m), "group the view: not by paragraph"); i++ {
				press(t, m, "pgdown")
			}
			golden(t, m, size[0], size[1], "group the view: not by paragraph")
		})
	}
	// Where activities have references, t groups by paragraph, as the help says.
	m := imported2241(t, 200, 60)
	if help := wholeHelp(t, m); !containsFlat(help, "group the view by paragraph (the file keeps its order)") {
		t.Fatalf("the help of a worksheet with references does not say t groups by paragraph:\n%s", help)
	}
}
