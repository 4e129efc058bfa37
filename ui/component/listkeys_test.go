package component

import (
	"testing"

	tea "github.com/charmbracelet/bubbletea"
)

// The list keys move a cursor by one, by a page, to either end; any other
// key leaves it where it is and says so.
func TestListKeysMove(t *testing.T) {
	k := ListKeys()
	for _, c := range []struct {
		key       tea.KeyMsg
		want      int
		wantMoved bool
	}{
		{tea.KeyMsg{Type: tea.KeyUp}, 4, true},
		{tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("j")}, 6, true},
		{tea.KeyMsg{Type: tea.KeyPgUp}, -5, true},
		{tea.KeyMsg{Type: tea.KeyPgDown}, 15, true},
		{tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("g")}, 0, true},
		{tea.KeyMsg{Type: tea.KeyEnd}, 19, true},
		{tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("x")}, 5, false},
	} {
		got, moved := k.Move(c.key, 5, 10, 20)
		if got != c.want || moved != c.wantMoved {
			t.Errorf("%s: %d, %v; want %d, %v", c.key, got, moved, c.want, c.wantMoved)
		}
	}
	if got, _ := k.Move(tea.KeyMsg{Type: tea.KeyEnd}, 0, 10, 0); got != 0 {
		t.Errorf("end of an empty list: %d", got)
	}
}
