package ui

import (
	"fmt"
	"strings"
	"testing"
)

// In the planner's register of S/RES/2012 (2011) and S/RES/2156 (2014) the
// cursor's activity's title reads whole: at 200 columns "Police reform:
// continue to support the Haitian …" had no line that gave it whole; the
// entry under the list gave it once the Activity column cut it, and the
// column, no longer narrowed by a Due column wider than its dates, now
// holds it whole on its row. At 80 columns the rows are wrapped whole.
func TestRegisterGivesTheCursorsCutTitleWhole(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := plannersSheet(t, size[0], size[1])
			press(t, m, "r", "j", "j")
			var title string
			for _, a := range m.sh.sheet.Worksheet().Activities {
				if strings.HasPrefix(a.Title, "Police reform: continue to support the Haitian") {
					title = a.Title
				}
			}
			if title == "" {
				t.Fatal("no activity \"Police reform: continue to support the Haitian …\": the test shows nothing")
			}
			requireScreen(t, m, "row 3 of 3")
			if !containsFlat(screenText(m), "[draft] "+title) {
				t.Fatalf("the screen lacks the cursor's activity's title whole %q:\n%s", title, screenText(m))
			}
			if size[0] == 200 {
				requireScreen(t, m, ">  15 2012·21  [draft] "+title+" ")
			}
			golden(t, m, size[0], size[1], "row 3 of 3")
		})
	}
}

// At 80 columns a long owner (and a note) on the cursor's row keeps the
// rows as they are laid out wherever the cursor moves: each row takes the
// same lines on every step. (On the owner's row every row was cut to one
// line under its first; moving off it wrapped them whole onto two to four.)
func TestRegisterRowsKeepTheirHeightsAsTheCursorMoves(t *testing.T) {
	const owner = "Civil Affairs Section team leader, Port-au-Prince regional office and Les Cayes field office, with the Justice Section and UNPOL"
	const note = "Weekly meeting with the Haitian National Police leadership and the Justice Section; the UNPOL commissioner reports on vetting to the SRSG every month."
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := plannersSheet(t, size[0], size[1])
			press(t, m, "r", "w")
			typeText(t, m, owner)
			press(t, m, "enter", "n")
			typeText(t, m, note)
			press(t, m, "enter")
			// Where each row begins among the list's lines, the cursor's
			// mark taken off.
			layout := func() string {
				lines := strings.Split(screenText(m), "\n")
				var starts []string
				for i, l := range lines[3:] {
					if strings.HasPrefix(strings.TrimSpace(l), "row ") {
						break
					}
					if l = strings.TrimPrefix(l, ">"); len(l) > 4 && strings.TrimSpace(l[:5]) != "" {
						starts = append(starts, fmt.Sprint(i))
					}
				}
				return strings.Join(starts, ",")
			}
			first := layout()
			for _, k := range []string{"j", "j", "k", "k"} {
				press(t, m, k)
				if got := layout(); got != first {
					t.Fatalf("after %s the rows begin on lines %s, on the owner's row on %s:\n%s", k, got, first, screenText(m))
				}
			}
			press(t, m, "j")
			requireScreen(t, m, "row 2 of 3")
			golden(t, m, size[0], size[1], "row 2 of 3")
		})
	}
}
