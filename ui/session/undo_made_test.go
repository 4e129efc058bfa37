package session

import (
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
)

// Made follows a change through undo, redo, a later change that makes its
// undo final, and the trimming of the history.
func TestMadeFollowsAChangeThroughUndoAndRedo(t *testing.T) {
	s := NewSheet(classify.Default(), model.New(""), nil)
	push := func() uint64 {
		s.PushUndo("change", func() {})
		return s.State()
	}
	a, b := push(), push()
	check := func(when string, want map[uint64]bool) {
		t.Helper()
		for st, w := range want {
			if got := s.Made(st); got != w {
				t.Errorf("%s: Made(%d) = %v, want %v", when, st, got, w)
			}
		}
	}
	check("after both", map[uint64]bool{a: true, b: true, 0: false})
	s.Undo()
	check("b undone", map[uint64]bool{a: true, b: false})
	s.Redo()
	check("b redone", map[uint64]bool{a: true, b: true})
	s.Undo()
	c := push()
	check("b undone and c made", map[uint64]bool{a: true, b: false, c: true})
	for range MaxUndo + 5 {
		push()
	}
	check("a and c trimmed from the history", map[uint64]bool{a: true, b: false, c: true})
}
