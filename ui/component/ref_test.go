package component

import "testing"

// A reference too long for its cells is cut at its start, the document's
// number first, so that what is left never reads as another reference:
// "1923·11(ii…" read as 1923·11(ii).
func TestRefCellCutsTheDocumentFirst(t *testing.T) {
	for _, c := range []struct {
		ref  string
		w    int
		want string
	}{
		{"1923·11(iii)", 12, "1923·11(iii)"},
		{"1923·11(iii)", 11, "…23·11(iii)"},
		{"1923·11(iii)", 10, "…3·11(iii)"},
		{"1923·11(iii)", 9, "…11(iii)"},
		{"1923·11(iii)", 8, "…11(iii)"},
		{"1923·11(iii)", 7, "…(iii)"},
		{"12(a)(iii)(b)", 9, "…(iii)(b)"},
		{"12(a)(iii)(b)", 7, "…(b)"},
		{"11(ii)", 11, "11(ii)"},
		{"#12", 11, "#12"},
		{"1923·11(iii)", 1, "…"},
		{"1923·11(iii)", 0, ""},
	} {
		if got := RefCell(c.ref, c.w); got != c.want {
			t.Errorf("RefCell(%q, %d) = %q, want %q", c.ref, c.w, got, c.want)
		}
	}
}
