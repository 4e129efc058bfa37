package report

import (
	"testing"
)

// A paragraph's number is what a source's reference says when it numbers
// one; a section title, a sentence or an overlong reference numbers none.
func TestParagraphRef(t *testing.T) {
	for _, c := range []struct{ ref, want string }{
		{"12", "12"},
		{"5(f)", "5(f)"},
		{"12(a)(ii)", "12(a)(ii)"},
		{"(c)", "(c)"},
		{"7.I(b)", "7.I(b)"},
		{" 5(f)\n", "5(f)"},
		{"", ""},
		{"Vetting security forces", ""},
		{"Annex", ""},
		{"5 (f)", ""},
		{"12(a)(ii)(bb)(x)", "12(a)(ii)(bb)(x)"},
		{"12(a)(ii)(bb)(xx)", ""},
		{"2070·13", "2070·13"},
	} {
		if got := ParagraphRef(c.ref); got != c.want {
			t.Errorf("ParagraphRef(%q) = %q, want %q", c.ref, got, c.want)
		}
	}
}
