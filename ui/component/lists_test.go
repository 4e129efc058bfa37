package component

import (
	"reflect"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// A list cut for height counts what it leaves out on its last row, and
// names the key that shows it; a list that fits is padded, never signed.
func TestCutRowsCountsTheRest(t *testing.T) {
	st := NewStyles(DefaultTheme())
	lines := []string{"a", "b", "c", "d", "e"}
	for _, c := range []struct {
		h    int
		key  string
		want []string
	}{
		{5, "c", []string{"a", "b", "c", "d", "e"}},
		{7, "", []string{"a", "b", "c", "d", "e", "", ""}},
		{3, "", []string{"a", "b", "  … 3 more"}},
		{3, "c", []string{"a", "b", "  … 3 more (c: all of it)"}},
		{1, "c", []string{"  … 5 more (c: all of it)"}},
		{0, "c", nil},
	} {
		got := CutRows(st, lines, c.h, 40, c.key)
		for i := range got {
			got[i] = ansi.Strip(got[i])
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("CutRows(%d, %q) = %q; want %q", c.h, c.key, got, c.want)
		}
	}
	if !reflect.DeepEqual(lines, []string{"a", "b", "c", "d", "e"}) {
		t.Errorf("CutRows changed the lines it was given: %q", lines)
	}
}
