package model

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
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
	f.Add([]byte(`{"schema":"pocssr/v1","mission":"M\u00e9","activities":[{"id":"a","title":"t\ud83d\ude00\n","source":{"ref":"1"},"dual_role":false,"status":null}]}`))
	f.Add([]byte(`{"activities":[{"title":"t","title":"u"}]}`))
	f.Add([]byte("activities:\n  - &a {title: t}\n  - *a\n"))
	f.Add([]byte("activities: [{title: t, implementer: misison}]"))
	f.Fuzz(func(t *testing.T, data []byte) {
		// The JSON fast path accepts only what the YAML reader accepts, and reads
		// it the same.
		if fast, ok := parseJSONFast(data, testVocab); ok {
			slow, err := parseYAML("fuzz", data, testVocab)
			if err != nil && strings.Contains(err.Error(), "invalid Unicode character escape") {
				// The YAML reader refuses JSON's surrogate pairs (\ud83d\ude00);
				// the fast path reads them as JSON should.
				return
			}
			if err != nil {
				t.Fatalf("fast path accepted what the YAML reader refuses: %v", err)
			}
			if !sameWorksheet(fast, slow) {
				t.Fatalf("fast path and YAML reader disagree")
			}
		}
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
