package ui

import (
	"fmt"
	"testing"
)

// mandate1812 is UNMIS's S/RES/1812 (2008), of the tuned part of the corpus.
const mandate1812 = "../classify/suggest/testdata/corpus/resolutions/S-RES-1812-2008.txt"

// The register's list takes the room the lines under it leave for the row
// under the cursor. A planner imported S/RES/1812 (2008) and S/RES/1925
// (2010) into one worksheet and gave the third risk a note of many lines
// (not-needed asks why): on the second row, whose lines below are two, the
// list at 80×24 said "rows 1–5 shown" over six blank lines, the note of
// the third row holding room it did not take, and stayed so after moving
// away and back.
func TestRegisterListTakesTheRoomTheNoteLeaves(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := importedInTurn(t, size[0], size[1], mandate1812, resolution)
			m.sh.sheet.SetToday(registerDay)
			press(t, m, "r", "down", "down", "s", "s", "s", "s")
			requireScreen(t, m, "needs a note")
			typeText(t, m, "The donors fund the same police training under a programme of their own, and "+
				"its monitors report to the mission each quarter, so that the mission itself takes no measure "+
				"on this risk beyond reading those reports and raising what they find with the Government "+
				"at the next meeting of the joint committee on reform.")
			press(t, m, "enter", "up")
			if v := registerInView(t, m); v.cursor != 2 || v.n != 8 || v.first != 1 || v.last != 8 {
				t.Fatalf("on row 2 of the eight the list shows rows %d–%d of %d (cursor on %d):\n%s", v.first, v.last, v.n, v.cursor, screenText(m))
			}
			press(t, m, "down", "down", "up", "up")
			if v := registerInView(t, m); v.cursor != 2 || v.first != 1 || v.last != 8 {
				t.Fatalf("away and back to row 2 the list shows rows %d–%d:\n%s", v.first, v.last, screenText(m))
			}
			requireScreen(t, m, "row 2 of 8")
			golden(t, m, size[0], size[1], "row 2 of 8")
		})
	}
}
