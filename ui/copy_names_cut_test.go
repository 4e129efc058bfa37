package ui

import (
	"fmt"
	"strings"
	"testing"
)

// After c at 80 columns the original and its copy read as the same row,
// "Training and equipping uni…" twice: a cut title keeps the copy's
// "(copy)" in sight in the worksheet's list and in the presentation's, as
// the status line does, which ends with the key that shows the title whole
// ("u to undo (?)": at 80 columns it gave no sign of it); at 200 columns
// the status line, which has the room, says the copy's title whole.
func TestDuplicateKeepsTheCopyMarkInSight(t *testing.T) {
	const title = "Training and equipping units for combined operations, with oversight"
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := demoModel(t, size[0], size[1])
			press(t, m, "end", "c")
			if size[0] == 80 {
				// the title cut: the line says where it reads whole
				requireScreen(t, m, "(copy)”. u to undo (?)")
				requireScreen(t, m, "Training and equipping units fo… (copy) T3")
			} else {
				requireScreen(t, m, "Duplicated as “"+title+" (copy)”. u to undo.")
			}
			golden(t, m, size[0], size[1], "u to undo")
		})
	}
}

// The presentation's list of activities keeps the copy's mark where it
// cuts the title, on the selected row and the others.
func TestPresentationListKeepsTheCopyMarkInSight(t *testing.T) {
	m := demoModel(t, 80, 24)
	press(t, m, "end", "c", "p")
	s := screenText(m)
	if strings.Count(s, "(copy)") != 1 || !strings.Contains(s, "… (copy)") {
		t.Fatalf("the presentation's list does not show the copy's mark after a cut title:\n%s", s)
	}
}
