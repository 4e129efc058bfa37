package mandate

import (
	"fmt"
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

// FuzzNumbering: in any numbered text, whatever order its numbers run in,
// with annexes between them and lines ended by LF, CRLF or a lone CR, every
// numbered line is a paragraph of its own, and no CR is left in a node.
func FuzzNumbering(f *testing.F) {
	for _, s := range []string{"\x01\x02\x03", "\x03\x02\x01", "\x01\x02\x00\x01\x02", "\x11\x22\x13\x00\x21", "\x05\x05\x0f\x01", "\x01\x00\x00\x02"} {
		f.Add([]byte(s))
	}
	ends := []string{"\n", "\r\n", "\r"}
	f.Fuzz(func(t *testing.T, plan []byte) {
		var b strings.Builder
		numbered := 0
		for i, c := range plan {
			end := ends[int(c>>4)%len(ends)]
			if c%16 == 0 {
				b.WriteString("Annex" + end)
				continue
			}
			fmt.Fprintf(&b, "%d. Requests the mission to carry out task %d;%s", c%16, i, end)
			numbered++
		}
		tr, err := Read(b.String())
		if numbered == 0 {
			return
		}
		if err != nil {
			t.Fatalf("%q: %v", b.String(), err)
		}
		items := 0
		for _, n := range tr.Nodes {
			if n.Kind == Item {
				items++
			}
			if strings.Contains(n.Text, "\r") {
				t.Fatalf("%q: a CR in %s", b.String(), n.Ref)
			}
		}
		if items != numbered {
			t.Fatalf("%q: %d numbered lines, %d paragraphs", b.String(), numbered, items)
		}
	})
}
