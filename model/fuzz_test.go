package model

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
)

// FuzzParse feeds arbitrary bytes to the worksheet reader: it must never panic,
// must answer either a worksheet or an *InputError, and whatever it accepts must
// save and read back the same.
func FuzzParse(f *testing.F) {
	seeds, _ := filepath.Glob("testdata/fuzz-seed/*")
	for _, s := range seeds {
		if data, err := os.ReadFile(s); err == nil {
			f.Add(data)
		}
	}
	f.Add([]byte(handEdited))
	f.Add([]byte(`{"activities":[{"title":"t","kinds":["vetting"],"forces":[]}]}`))
	f.Add([]byte("activities:\n  - &a {title: t}\n  - *a\n"))
	f.Add([]byte("activities: [{title: t, implementer: misison}]"))
	f.Fuzz(func(t *testing.T, data []byte) {
		w, err := Parse("fuzz", data, testVocab)
		if err != nil {
			var ie *InputError
			if !errors.As(err, &ie) || len(ie.Problems) == 0 {
				t.Fatalf("error is not a reported problem: %T %v", err, err)
			}
			return
		}
		for _, format := range []Format{YAML, JSON} {
			out, err := w.Encode(format)
			if err != nil {
				t.Fatalf("accepted worksheet does not encode: %v", err)
			}
			back, err := Parse("again", out, testVocab)
			if err != nil {
				t.Fatalf("saved %s does not read back: %v\n%s", format, err, out)
			}
			if !sameWorksheet(w, back) {
				t.Fatalf("%s round trip changed the worksheet\n%s", format, out)
			}
		}
	})
}
