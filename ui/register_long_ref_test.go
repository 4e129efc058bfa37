package ui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/model"
)

// registerOfALongRef is the root model at w×h on the register of a new
// worksheet into which S/RES/1608 (2005) and S/RES/1756 (2007) were
// imported, the draft of 1756 ¶2(l)(•3) answered so that a risk fires on
// it: the mission trains the police, and no accountability measure is in place
// (capacity without accountability).
func registerOfALongRef(t *testing.T, w, h int) (*Model, *model.Activity) {
	t.Helper()
	m := importedInTurn(t, w, h, mandate1608, mandate1756)
	var a *model.Activity
	for i := range m.sh.sheet.Len() {
		if x := m.sh.sheet.At(i); x.Source.Ref == "2(l)(•3)" {
			a = x
		}
	}
	if a == nil {
		t.Fatal("no draft of 1756 ¶2(l)(•3)")
	}
	sn := m.sh.sheet.Snapshot(a)
	a.Facts.SetOne(model.Implementer, "mission")
	a.Facts.SetSet(model.Kinds, []string{"capacity-training"})
	a.Facts.SetSet(model.Forces, []string{"police"})
	a.Facts.SetSet(model.Accountability, []string{})
	m.sh.sheet.Touch(a)
	m.sh.sheet.Edited(sn)
	press(t, m, "r")
	return m, a
}

// At 200 columns the register gives the Ref and Activity columns the width
// there is: the Due column took 19 columns for "-" and the title of 1756
// ¶2(l)(•3) was cut; the Due column is now as wide as its dates need. At 80
// columns the Ref column ends the row's first line as wide as the longest
// ref where the line has room: it read "…56·2(l)(•3)".
func TestRegisterGivesALongRefAndTitleTheWidth(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m, a := registerOfALongRef(t, size[0], size[1])
			requireScreen(t, m, "Capacity built")
			var row string
			for _, l := range strings.Split(screenText(m), "\n") {
				if strings.Contains(l, "2(l)(•3)") {
					row = l
				}
			}
			// At 80 columns the row's first line has room for the ref
			// whole; its title goes on the second line, cut there as the
			// narrow list cuts it.
			if !strings.Contains(row, "1756·2(l)(•3) ") {
				t.Fatalf("the row of 1756 ¶2(l)(•3) cuts its ref:\n%s", screenText(m))
			}
			if size[0] == 200 && !strings.Contains(row, "[draft] "+a.Title+" ") {
				t.Fatalf("the row of 1756 ¶2(l)(•3) cuts its title:\n%s", screenText(m))
			}
			golden(t, m, size[0], size[1], "2(l)(•3)")
		})
	}
}

// Every row's activity reads whole at 200 columns, in its row or, where the
// Activity column cuts it, in the entry under the list once the cursor is
// on it.
func TestRegisterGivesEachCutTitleWholeAt200(t *testing.T) {
	m, _ := registerOfALongRef(t, 200, 60)
	const rows = 5
	requireScreen(t, m, fmt.Sprintf("row 1 of %d", rows))
	for i := range rows {
		title := "[draft] " + m.reg().Selected().Activity.Title
		if !containsFlat(screenText(m), title) {
			t.Fatalf("row %d: the screen lacks %q whole:\n%s", i+1, title, screenText(m))
		}
		press(t, m, "j")
	}
}
