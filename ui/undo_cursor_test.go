package ui

import (
	"fmt"
	"testing"

	"github.com/pocssr/pocssr/model"
)

// selectedIs fails unless the worksheet's cursor is on a.
func selectedIs(t *testing.T, m *Model, a *model.Activity, after string) {
	t.Helper()
	if got := m.worksheet.Selected(); got != a {
		title := "nothing"
		if got != nil {
			title = "“" + got.Title + "”"
		}
		t.Fatalf("after %s the cursor is on %s, not on “%s”:\n%s", after, title, a.Title, screenText(m))
	}
}

// An undo and a redo put the worksheet's cursor where they changed it, as
// every other edit does: after c, G, u and ctrl+r the duplicate came back
// at row 2 while the cursor stayed on the last row, out of sight of it.
// The activity brought back, moved or changed is selected; where one is
// taken out, the cursor is on the activity now in its place, as after d.
func TestUndoAndRedoPutTheCursorWhereTheyChangedTheWorksheet(t *testing.T) {
	t.Run("duplicate", func(t *testing.T) {
		m := demoModel(t, 80, 24)
		acts := m.sh.sheet.Worksheet().Activities
		first, second := acts[0], acts[1]
		press(t, m, "c")
		c := m.worksheet.Selected()
		press(t, m, "G", "u")
		selectedIs(t, m, second, "the undo of a duplicate")
		press(t, m, "G", "ctrl+r")
		selectedIs(t, m, c, "the redo of a duplicate")
		if m.sh.sheet.Index(c) != 1 || m.sh.sheet.Index(first) != 0 {
			t.Fatal("the redo did not put the copy back below its original")
		}
	})
	t.Run("add", func(t *testing.T) {
		m := demoModel(t, 80, 24)
		press(t, m, "n")
		typeText(t, m, "Patrols near the camps")
		press(t, m, "esc")
		for m.front != worksheetScreen && press(t, m, "esc") {
		}
		acts := m.sh.sheet.Worksheet().Activities
		added, last := acts[len(acts)-1], acts[len(acts)-2]
		if added.Title != "Patrols near the camps" {
			t.Fatalf("the new activity is not the last: %q\n%s", added.Title, screenText(m))
		}
		press(t, m, "g", "u")
		selectedIs(t, m, last, "the undo of an add")
		press(t, m, "g", "ctrl+r")
		selectedIs(t, m, added, "the redo of an add")
	})
	t.Run("delete", func(t *testing.T) {
		m := demoModel(t, 80, 24)
		acts := m.sh.sheet.Worksheet().Activities
		fifth, sixth := acts[4], acts[5]
		press(t, m, "j", "j", "j", "j", "d", "G", "u")
		selectedIs(t, m, fifth, "the undo of a delete")
		press(t, m, "g", "ctrl+r")
		selectedIs(t, m, sixth, "the redo of a delete")
	})
	t.Run("move", func(t *testing.T) {
		m := demoModel(t, 80, 24)
		third := m.sh.sheet.Worksheet().Activities[2]
		press(t, m, "j", "j", "J", "J", "g", "u")
		selectedIs(t, m, third, "the undo of a move")
		if m.sh.sheet.Index(third) != 3 {
			t.Fatalf("the undo left the moved activity at %d, not 3", m.sh.sheet.Index(third))
		}
		press(t, m, "G", "ctrl+r")
		selectedIs(t, m, third, "the redo of a move")
		if m.sh.sheet.Index(third) != 4 {
			t.Fatalf("the redo left the moved activity at %d, not 4", m.sh.sheet.Index(third))
		}
	})
}

// The screen after c, G, u and ctrl+r: the copy back at row 2, under the
// cursor, at both sizes.
func TestRedoOfADuplicateShowsTheCopy(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := demoModel(t, size[0], size[1])
			press(t, m, "c", "G", "u", "ctrl+r")
			requireScreen(t, m, "Redid the duplicate; u undoes it again.")
			golden(t, m, size[0], size[1], "Redid the duplicate")
		})
	}
}
