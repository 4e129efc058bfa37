package mandate

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// Every form of page furniture seen in the corpus (the file it is from in
// the comment) is dropped, on a line of its own or inside one.
func TestFurniture(t *testing.T) {
	const before = "4. Requests the mission to support the reform of the"
	const after = "police and to vet the army;"
	for _, c := range []struct{ name, line string }{
		{"job number with (E)", "05-65399 (E)"},                                   // S-RES-1647-2005
		{"job number with a star", "09-32046* (E)"},                               // S-RES-1870-2009
		{"bare job number", "05-65399"},                                           // S-RES-1647-2005
		{"page and job number", "2 05-65399"},                                     // S-RES-1647-2005
		{"page counter and job number", "4/8 14-54105"},                           // resolutions of 2014
		{"short counter and job number", "2/7 13-58072"},                          // S-RES-2126-2013
		{"job number and counter", "13-58072 3/7"},                                // an odd page's footer on one line
		{"job number and page", "05-65399 3"},                                     // the same with a page number
		{"job number and barcode", "03-66960 (E) *0366960*"},                      // S-RES-1493-2003
		{"job number and backticks", "00-49185 (E) `````````"},                    // S-RES-1313-2000
		{"barcode", "*0565399*"},                                                  // S-RES-1647-2005
		{"page counter", "5/12"},                                                  // S-RES-2241-2015
		{"page number", "3"},                                                      // S-RES-1647-2005
		{"running header", "S/RES/1647 (2005)"},                                   // S-RES-1647-2005
		{"header with page", "S/RES/999 (1995) Page 4"},                           // S-RES-999-1995
		{"header in English", "S/RES/1008 (1995) English Page 2"},                 // S-RES-1008-1995
		{"garbled header", "S/RES/1231(1999)) English Page 2"},                    // S-RES-1231-1999
		{"draft symbol header", "S/1995/1032 Page 3"},                             // S-RES-1030-1995
		{"continuation mark", "/..."},                                             // S-RES-1030-1995
		{"symbol line", "-----"},                                                  // S-RES-1063-1996
		{"reissue note", "* Reissued for technical reasons. 96-37198 (E) 191296"}, // S-RES-1088-1996
	} {
		t.Run(c.name, func(t *testing.T) {
			text := "S/RES/1647 (2005)\n05-65399 (E)\nThe Security Council,\n" + before + "\n" + c.line + "\n" + after + "\n"
			p := Normalise(text)
			var got []string
			for _, l := range p.Lines {
				got = append(got, l.Text)
			}
			if want := "The Security Council,|" + before + "|" + after; strings.Join(got, "|") != want {
				t.Errorf("lines %q, want %q", got, want)
			}
		})
	}
	// Inside a line: the document's own job number and barcode, and the
	// running header glued to a clause (S-RES-908-1994).
	for _, c := range []struct{ line, want string }{
		{before + " 2 05-65399 " + after, before + " " + after},
		{before + " 05-65399 (E) *0565399* " + after, before + " " + after},
		{before + " 05-65399 3/7 " + after, before + " " + after},
		{"3. Decides to reconsider the mandate;S/RES/1647 (2005)", "3. Decides to reconsider the mandate;"},
		{"5. Welcomes 12-34567 reports", "5. Welcomes 12-34567 reports"}, // not the document's number
	} {
		p := Normalise("S/RES/1647 (2005)\n05-65399 (E)\n" + c.line + "\n")
		if got := p.Lines[len(p.Lines)-1].Text; got != c.want {
			t.Errorf("%q: read %q, want %q", c.line, got, c.want)
		}
	}
}

// A header line the pages repeat ("United Nations", "Security Council") is
// furniture after the header; a list item is never a header.
func TestRepeatedHeader(t *testing.T) {
	text := "United Nations\nSecurity Council\nS/RES/1/2000\nThe Security Council,\n" + strings.Repeat("x,\n", 10) +
		"1. Decides to patrol\nSecurity Council\nthe camps;\n(a) Patrol\n(a) Patrol\n"
	var got []string
	for _, l := range Normalise(text).Lines[14:] {
		got = append(got, l.Text)
	}
	if strings.Join(got, "|") != "1. Decides to patrol|the camps;|(a) Patrol|(a) Patrol" {
		t.Errorf("lines %q", got)
	}
	// A list of tasks has no header: its heading said twice stays.
	lines := Normalise("Protection of civilians\n1. Patrol the camps;\nProtection of civilians\n2. Deter attacks;\n").Lines
	if len(lines) != 4 {
		t.Errorf("a list of tasks lost a line: %v", lines)
	}
}

// Furniture dropped between any two lines, or inside a sentence, never
// changes the tree.
func TestFurnitureNeverChangesTheTree(t *testing.T) {
	furniture := []string{"2 05-65399", "05-65399 (E)", "*0565399*", "4/8 05-65399", "S/RES/1647 (2005)", "3", "/...", "-----", "S/RES/1647 (2005) Page 2"}
	for _, f := range corpusFiles(t)[:40] {
		text := readText(t, f)
		want, err := Read(text)
		if err != nil {
			t.Fatal(err)
		}
		rng := rand.New(rand.NewPCG(1, uint64(len(text))))
		lines := strings.Split(text, "\n")
		for trial := 0; trial < 5; trial++ {
			var b strings.Builder
			for _, l := range lines {
				b.WriteString(l)
				if rng.IntN(4) == 0 && len(l) > 0 {
					// between lines, or inside one at a word boundary
					b.WriteString("\n" + furniture[rng.IntN(len(furniture))] + "\n")
				} else {
					b.WriteByte('\n')
				}
			}
			got, err := Read(b.String())
			if err != nil {
				t.Fatalf("%s: %v", f, err)
			}
			if a, b := treeShape(want), treeShape(got); a != b {
				t.Fatalf("%s trial %d: furniture changed the tree:\n%s\nwant\n%s", f, trial, firstLines(b, a), firstLines(a, b))
			}
			// and inside a sentence
			mid := strings.Replace(text, " the ", " the\n"+furniture[rng.IntN(len(furniture))]+"\n", 3)
			got, err = Read(mid)
			if err != nil {
				t.Fatal(err)
			}
			if a, b := treeShape(want), treeShape(got); a != b {
				t.Fatalf("%s: furniture inside a sentence changed the tree:\n%s\nwant\n%s", f, firstLines(b, a), firstLines(a, b))
			}
		}
	}
}

func treeShape(t *Tree) string {
	var b strings.Builder
	for _, n := range t.Nodes {
		b.WriteString(n.Ref + " " + noSpace(n.Text) + "\n")
	}
	return b.String()
}

// firstLines shows a from the first line where it differs from b.
func firstLines(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := range al {
		if i >= len(bl) || al[i] != bl[i] {
			return strings.Join(al[i:min(len(al), i+2)], "\n")
		}
	}
	return ""
}
