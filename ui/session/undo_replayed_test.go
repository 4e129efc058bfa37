package session

import (
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
)

// An undo and a redo name the activity their change was made on, and where
// a list's cursor goes after them: on it where the worksheet holds it, on
// the activity in its place where they took it out, on none where the
// change was made on no one activity (the heading).
func TestUndoAndRedoSayWhereTheyChangedTheWorksheet(t *testing.T) {
	_, s := caseSheet(t)
	first, second, third := s.At(0), s.At(1), s.At(2)
	s.Delete(1)
	s.Move(0, 1) // first below third
	c := s.Duplicate(0)
	s.SetHeading("Other", "S/RES/2")
	steps := []struct {
		undo       bool
		what       string
		on, cursor *model.Activity
	}{
		{true, "mission and mandate", nil, nil},
		{true, "duplicate", c, first}, // the copy taken out: its original's neighbour below
		{true, "move", first, first},
		{true, "delete", second, second},
		{false, "delete", second, third}, // taken out again: the activity in its place
		{false, "move", first, first},
		{false, "duplicate", c, c},
		{false, "mission and mandate", nil, nil},
	}
	for _, st := range steps {
		var r Replayed
		if st.undo {
			r = s.UndoLast()
		} else {
			r = s.RedoLast()
		}
		if r.What != st.what || r.Activity != st.on || r.Cursor != st.cursor {
			t.Fatalf("undo %v of %q: said %q on %v, cursor on %v; want on %v, cursor on %v",
				st.undo, st.what, r.What, title(r.Activity), title(r.Cursor), title(st.on), title(st.cursor))
		}
	}
}

// An undo of changes joined into one names the activity they were made on.
func TestJoinedUndoNamesItsActivity(t *testing.T) {
	s := NewSheet(classify.Default(), model.New(""), nil)
	kept := &model.Activity{ID: "kept", Title: "Kept"}
	s.Add(0, kept)
	mark := s.Undoable()
	a := &model.Activity{ID: "patrols", Title: "Patrols"}
	s.Add(1, a)
	s.SetHeading("Other", "S/RES/2")
	s.JoinUndo(mark, "add of “Patrols”")
	if r := s.UndoLast(); r.Activity != a || r.Cursor != kept {
		t.Fatalf("the joined undo names %v, cursor on %v; want Patrols, cursor on Kept", title(r.Activity), title(r.Cursor))
	}
}

func title(a *model.Activity) string {
	if a == nil {
		return "none"
	}
	return "“" + a.Title + "”"
}
