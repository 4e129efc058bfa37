package component

import (
	"reflect"
	"slices"
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

// NamedOrCounted names every name or counts it, on the rows given, never
// wider than w, and names where the whole list is read.
func TestNamedOrCountedNamesOrCountsEveryName(t *testing.T) {
	names := []string{"[1] Restructuring", "[2] Operational training", "[3] Equipment and logistics", "[4] Vetting"}
	cases := []struct {
		w, rows int
		want    []string
		cut     bool
	}{
		{120, 1, []string{"  also ticked: [1] Restructuring, [2] Operational training, [3] Equipment and logistics, [4] Vetting"}, false},
		{80, 1, []string{"  also ticked: [1] Restructuring, [2] Operational training · +2 more (c)"}, true},
		{60, 3, []string{"  also ticked: [1] Restructuring, [2] Operational training,", "               [3] Equipment and logistics, [4] Vetting"}, false},
		{50, 2, []string{"  also ticked: [1] Restructuring, [2] Operational", "               training · +2 more (c)"}, true},
		{40, 1, []string{"  also ticked: [1] Restru… · +3 more (c)"}, true},
	}
	for _, c := range cases {
		got, cut := NamedOrCounted("  also ticked: ", names, c.w, c.rows, "c")
		if !slices.Equal(got, c.want) || cut != c.cut {
			t.Errorf("w %d, %d rows: got %q (cut %v), want %q (cut %v)", c.w, c.rows, got, cut, c.want, c.cut)
		}
		for _, l := range got {
			if ansi.StringWidth(l) > c.w {
				t.Errorf("w %d: %q is wider", c.w, l)
			}
		}
	}
	// With no key that shows them all (the what-if's c shows what changed
	// alone), the count names none.
	if got, _ := NamedOrCounted("  also ticked: ", names, 80, 1, ""); !slices.Equal(got, []string{"  also ticked: [1] Restructuring, [2] Operational training · +2 more"}) {
		t.Errorf("with no key: got %q", got)
	}
	if got, _ := NamedOrCounted("  also ticked: ", names[:1], 20, 1, ""); !slices.Equal(got, []string{"  also ticked: [1] …"}) {
		t.Errorf("one name, no key: got %q", got)
	}
}
