package model

import (
	"bytes"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// worksheetTexts are files as people and other programs write them: hand-made
// YAML with comments, anchors and CRLF line ends, JSON as Python writes it
// (ASCII only, surrogate pairs, \/), with a BOM, minified or indented.
func worksheetTexts(rng *rand.Rand) map[string]string {
	texts := map[string]string{
		"hand.yaml":   handEdited,
		"crlf.yaml":   strings.ReplaceAll(handEdited, "\n", "\r\n"),
		"anchor.yaml": "activities:\n  - &a {title: Patrol, kinds: [deterrence]}\n  - id: second\n    title: Second\n    kinds: [deterrence]\n",
		"python.json": `{"activities": [{"title": "S\/RES\/2098 \ud83d\ude00 caf\u00e9", "notes": "a\u0085b\u007f", "dual_role": false}]}`,
		"bom.json":    "\ufeff{\"mission\":\"M\",\"activities\":[]}",
		"flow.yaml":   "{activities: [{title: a, forces: []}, {title: a}]}",
		"stdin-like":  `{"activities":[{"title":"t"},{"title":"t"}]}`,
	}
	if seeds, err := filepath.Glob("testdata/fuzz-seed/*"); err == nil {
		for _, s := range seeds {
			if data, err := os.ReadFile(s); err == nil {
				texts["seed-"+filepath.Base(s)] = string(data)
			}
		}
	}
	for i := 0; i < 150; i++ {
		w := randomWorksheet(rng)
		for _, f := range []Format{YAML, JSON} {
			data, _ := w.Encode(f)
			name := "random-" + string(rune('a'+i%26)) + strings.Repeat("x", i/26) + "." + string(f)
			if rng.IntN(4) == 0 {
				data = bytes.ReplaceAll(data, []byte("\n"), []byte("\r\n"))
			}
			texts[name] = string(data)
		}
	}
	return texts
}

// Property: load → save → load never changes what was read. Saving an
// unchanged worksheet in place, saving it under the other format, and saving
// it again after the first save all read back as the first load read it; a
// second save of an unchanged worksheet writes the same bytes.
func TestPropertyLoadSaveLoad(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 14))
	for name, text := range worksheetTexts(rng) {
		dir := t.TempDir()
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		first, err := Load(path, testVocab)
		if err != nil {
			var ie *InputError
			if strings.HasPrefix(name, "seed-") && errorAs(err, &ie) {
				continue // a seed of bad input
			}
			t.Fatalf("%s: %v", name, err)
		}
		if err := first.Save("", SaveOptions{}); err != nil {
			t.Fatalf("%s: save: %v", name, err)
		}
		saved, _ := os.ReadFile(path)
		second, err := Load(path, testVocab)
		if err != nil || !sameWorksheet(first, second) {
			t.Fatalf("%s: load → save → load changed what was read (%v):\n%s\n---\n%s", name, err, text, saved)
		}
		if err := second.Save("", SaveOptions{}); err != nil {
			t.Fatal(err)
		}
		if again, _ := os.ReadFile(path); !bytes.Equal(again, saved) {
			t.Errorf("%s: saving an unchanged worksheet again changed the file:\n%s\n---\n%s", name, saved, again)
		}
		other := filepath.Join(dir, "other.json")
		if strings.HasSuffix(name, ".json") {
			other = filepath.Join(dir, "other.yaml")
		}
		if err := second.Save(other, SaveOptions{}); err != nil {
			t.Fatal(err)
		}
		third, err := Load(other, testVocab)
		if err != nil || !sameWorksheet(first, third) {
			data, _ := os.ReadFile(other)
			t.Fatalf("%s: saved as %s, read back differently (%v):\n%s", name, filepath.Base(other), err, data)
		}
	}
}

func errorAs(err error, target **InputError) bool {
	ie, ok := err.(*InputError)
	if ok {
		*target = ie
	}
	return ok
}

// A long worksheet written in pieces is byte for byte the one written whole,
// also when its text holds the line breaks the YAML writer breaks lines at
// besides "\n" (U+2028, U+2029), where each piece's lines are shifted right.
func TestChunkedSaveMatchesWholeWithLineSeparators(t *testing.T) {
	for _, notes := range []string{"line\u2028separator", "a\nb\u2028c\u2029\u2029d\n", "x\u2028\n\u2029y", "cr\r\nlf", "--- dashes\n... dots"} {
		w := &Worksheet{}
		for i := 0; i < chunkSize+3; i++ {
			w.Activities = append(w.Activities, &Activity{Title: "t", Notes: notes})
		}
		AssignIDs(w)
		chunked, err := w.EncodeYAML()
		if err != nil {
			t.Fatal(err)
		}
		whole, err := encodeNode(w.doc)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(chunked, whole) {
			t.Errorf("%q: the pieces joined differ from the document written whole", notes)
		}
		if back, err := Parse("long.yaml", chunked, testVocab); err != nil || !sameWorksheet(w, back) {
			t.Errorf("%q: does not read back: %v", notes, err)
		}
	}
}
