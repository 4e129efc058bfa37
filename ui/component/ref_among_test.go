package component

import "testing"

// Where a Ref column of two mandates must cut a reference, the document's
// number stays whole and the paragraph is cut in its middle: "…1·7(a)(ii)"
// lost the number that tells 1861 from the other mandate. No cut reads as
// another row's reference.
func TestRefCellAmongKeepsTheDocumentsNumber(t *testing.T) {
	column := []string{"1861·7(a)(i)", "1861·7(a)(ii)", "1542·7.I(a)", "1542·7.II(a)", "1542·7.III(a)",
		"1542·7.III(b)", "1923·11(ii)", "1923·11(iii)", "1919·11(iii)", "2023·12(a)(ii)", "1923·12(b)(ii)", "1925·6(a)(iii)"}
	for _, c := range []struct {
		ref  string
		w    int
		want string
	}{
		{"1861·7(a)(ii)", 13, "1861·7(a)(ii)"},
		{"1861·7(a)(ii)", 11, "1861·7…(ii)"},
		{"1861·7(a)(i)", 11, "1861·7…(i)"},
		// 7.III(a) cut in its middle would read as 7.I(a): the number is cut instead.
		{"1542·7.III(a)", 11, "…2·7.III(a)"},
		{"1542·7.III(a)", 12, "…42·7.III(a)"},
		// 1923 and 1919 both number 11(iii): the cut keeps what tells them apart.
		{"1923·11(iii)", 11, "…23·11(iii)"},
		{"1923·11(iii)", 10, "…3·11(iii)"},
		// 12(a)(ii) of 2023 and 12(b)(ii) of 1923 keep their own numbers.
		{"2023·12(a)(ii)", 12, "2023·12…(ii)"},
		{"11(ii)", 11, "11(ii)"},
		// Where neither fits, the paragraph's number gives way, never the document's.
		{"1925·6(a)(iii)", 11, "1925·…(iii)"},
	} {
		if got := RefCellAmong(c.ref, c.w, column); got != c.want {
			t.Errorf("RefCellAmong(%q, %d) = %q, want %q", c.ref, c.w, got, c.want)
		}
	}
}
