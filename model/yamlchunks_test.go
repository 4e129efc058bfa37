package model

import (
	"fmt"
	"strings"
	"testing"
)

// Reading a YAML worksheet in chunks gives what reading it whole gives: the
// same activities and ids, or the same problems at the same positions, for
// layouts a split could get wrong.
func TestChunkedReadingAgrees(t *testing.T) {
	var many strings.Builder
	many.WriteString("# a long worksheet\nmission: M\nactivities:\n")
	for i := 0; i < 1234; i++ {
		fmt.Fprintf(&many, "  - title: t\n    notes: |\n      line %d\n      - not an item\n", i)
		if i%300 == 7 {
			many.WriteString("# between items\n\n")
		}
	}
	many.WriteString("mandate: S/RES/1\n")
	cases := map[string]string{
		"many items":            many.String(),
		"items at column 1":     "activities:\n- title: a\n- id: a-2\n  title: b\n- title: a\nmission: M\n",
		"quoted across a split": "activities:\n  - title: \"a\n  - b\"\n",
		"flow across a split":   "activities:\n  - {title: a,\n  - b: c}\n",
		"anchor across items":   "activities:\n  - &x {title: a}\n  - *x\n",
		"anchor in the header":  "mission: &m M\nactivities:\n  - title: *m\n",
		"alias in the trailer":  "activities:\n  - &x {title: a}\nmandate: *x\n",
		"problems with lines":   "activities:\n  - title: a\n    implementer: misison\n  - title: ''\n  - title: b\n    title: c\n",
		"a second document":     "activities:\n  - title: a\n---\nactivities: [\n",
		"activities twice":      "activities:\n  - title: a\nactivities:\n  - title: b\n",
		"no activities":         "activities:\nmission: M\n",
		"tab indentation":       "activities:\n\t- title: a\n",
		"document end":          "activities:\n  - title: a\n...\n",
		"a tag after the items": "activities:\n  - &a0:\n  !",
		"less indented line":    "activities:\n    - title: a\n  notes: x\n",
		"carriage return alone": "activities:\n - \r0",
		"line separator":        "activities:\n  - title: a\u2028b: c\n",
		"crlf":                  "activities:\r\n  - title: a\r\n  - title: b\r\nmission: M\r\n",
	}
	for name, src := range cases {
		t.Run(name, func(t *testing.T) {
			w, err := Parse("w.yaml", []byte(src), testVocab)
			checkStreamAgrees(t, "w.yaml", []byte(src), w, err)
		})
	}
	for _, name := range []string{"many items", "items at column 1", "problems with lines", "crlf"} {
		if _, _, ok := parseYAMLInChunks("w.yaml", []byte(cases[name]), testVocab, func(*Activity) {}); !ok {
			t.Errorf("%s: the usual layout is not read in chunks", name)
		}
	}
	for _, name := range []string{"quoted across a split", "flow across a split", "anchor in the header", "alias in the trailer"} {
		if _, _, ok := parseYAMLInChunks("w.yaml", []byte(cases[name]), testVocab, func(*Activity) {}); ok {
			t.Errorf("%s: read in chunks, where only the whole document is right", name)
		}
	}
}

// A preview gives the first piece's activities as reading the whole file
// gives them (titles, ids, facts), and nothing for a file it cannot split.
func TestPreviewReadsTheFirstActivitiesAsParseDoes(t *testing.T) {
	var many strings.Builder
	many.WriteString("mission: M\nactivities:\n")
	for i := 0; i < 1234; i++ {
		fmt.Fprintf(&many, "  - title: task %d\n    implementer: mission\n", i)
	}
	src := []byte(many.String())
	whole, err := Parse("w.yaml", src, testVocab)
	if err != nil {
		t.Fatal(err)
	}
	p, ok := Preview("w.yaml", src, testVocab)
	if !ok || len(p.Activities) != itemsPerChunk || p.Mission != "M" {
		t.Fatalf("preview: ok %v, %d activities", ok, len(p.Activities))
	}
	for i, a := range p.Activities {
		b := whole.Activities[i]
		if a.Title != b.Title || a.ID != b.ID || !a.Facts.Equal(&b.Facts) {
			t.Fatalf("activity %d: preview %q %q, whole %q %q", i, a.ID, a.Title, b.ID, b.Title)
		}
	}
	for name, src := range map[string]string{
		"quoted across a split": "activities:\n  - title: \"a\n  - b\"\n",
		"json":                  `{"activities": [{"title": "a"}]}`,
		"not text":              "activities:\n  - title: \x00\n",
	} {
		if _, ok := Preview("w.yaml", []byte(src), testVocab); ok {
			t.Errorf("%s: previewed", name)
		}
	}
}
