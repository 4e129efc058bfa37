package ui

import (
	"fmt"
	"testing"
)

// Where a title in view is cut ("…", by its column at 80 columns, or by the
// import at any width), the worksheet's column header names the key that
// shows it whole, and the help explains the sign: the list cut every long
// title and nothing on screen said enter gave it whole.
func TestWorksheetNamesTheKeyOfACutTitle(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := demoWith1927(t, size[0], size[1])
			press(t, m, "esc", "G")
			note := "Activity · …: enter shows the activity whole"
			if size[0] == 80 {
				note = "Activity ↑16 …: enter whole"
			}
			requireScreen(t, m, note, "[draft] ")
			golden(t, m, size[0], size[1], note)
			press(t, m, "?")
			const meaning = "the title is cut (by its column or the import): enter shows it whole."
			for range 60 {
				if containsFlat(screenText(m), meaning) {
					break
				}
				press(t, m, "j")
			}
			if !containsFlat(screenText(m), "… at the end of a title") || !containsFlat(screenText(m), meaning) {
				t.Fatalf("the help does not say what a cut title's … is:\n%s", screenText(m))
			}
		})
	}
}

// Where no title in view is cut, the header says nothing of one.
func TestWorksheetSaysNothingOfCutTitlesWhereNoneIs(t *testing.T) {
	m := demoModel(t, 200, 60)
	requireScreen(t, m, "# Activity ")
	refuseScreen(t, m, "…: enter", "…")
}
