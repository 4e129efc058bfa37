package mandate

import (
	"strings"
	"testing"
)

// FuzzRead: any text is read without panicking, and its nodes hold the
// operative part exactly: every character once, in order.
func FuzzRead(f *testing.F) {
	for _, s := range []string{"1. Train the police.\n2. Vet the army.", "(a) x;\n(b) y;\n(i) z", "1. a: (a) b; (b) c;\n3\n\f2. d",
		"7. x:\nI. Heading:\n(a) x\nII. y\n(a) z", "1.\n(a)\n(i)\n(ii)\n(b)", "99. x\n100. y\n1. z", "1) a\nb-\nc\n2) d",
		"x, 1. a; (a) b; and (b) c\nHeading\n(c) d", "1. a\n(h) b\n(i) c\n(ii) d\n(i) e", "1. a\n(a) b\n(a) c\n18  D\n2. e"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		tr, err := Read(text)
		if err != nil {
			return
		}
		var all strings.Builder
		for _, n := range tr.Nodes {
			all.WriteString(n.Text)
			if n.Kind == Heading && n.Parent >= 0 && tr.Nodes[n.Parent].Kind == Heading {
				t.Fatalf("a heading under a heading: %q", n.Text)
			}
		}
		if noSpace(all.String()) != noSpace(tr.Operative) {
			t.Fatalf("the nodes do not hold the operative part:\n%q\n%q", all.String(), tr.Operative)
		}
	})
}
