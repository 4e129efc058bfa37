package model

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// yamlKnowsNot reports whether JSON text uses what the YAML reader does not
// read although it is JSON: surrogate pairs (\ud83d\ude00) and the escape \/.
func yamlKnowsNot(data []byte) bool {
	s := strings.ToLower(string(data))
	return strings.Contains(s, `\ud8`) || strings.Contains(s, `\ud9`) || strings.Contains(s, `\uda`) || strings.Contains(s, `\udb`) ||
		strings.Contains(s, `\/`)
}

// checkReadersAgree is the property both fuzz targets hold: the fast path
// accepts only what the JSON reader accepts and reads it the same, and on JSON
// text the JSON reader and the YAML reader accept the same worksheets and read
// them the same (except where YAML does not know a JSON escape).
func checkReadersAgree(t *testing.T, data []byte) {
	t.Helper()
	if checkText("fuzz", data) != nil {
		// The fast path checks the characters itself (stringEnd): it must
		// refuse all the text check refuses.
		if _, ok := parseJSONFast(data, testVocab); ok {
			t.Fatalf("fast path accepted text the check refuses: %v", checkText("fuzz", data))
		}
		return
	}
	strict, strictErr, isJSON := parseJSONText("fuzz", data, testVocab, nil)
	if fast, ok := parseJSONFast(data, testVocab); ok {
		if strictErr != nil {
			t.Fatalf("fast path accepted what the JSON reader refuses: %v", strictErr)
		}
		if !sameWorksheet(fast, strict) {
			t.Fatalf("fast path and JSON reader disagree")
		}
	}
	if !isJSON {
		var ie *InputError
		if !errors.As(strictErr, &ie) || len(ie.Problems) != 1 || ie.Problems[0].Line < 1 || ie.Problems[0].Col < 1 {
			t.Fatalf("a JSON syntax error without its position: %v", strictErr)
		}
		return
	}
	yaml, yamlErr := parseYAML("fuzz", data, testVocab, nil)
	switch {
	case strictErr == nil && yamlErr == nil:
		if !sameWorksheet(strict, yaml) {
			t.Fatalf("JSON reader and YAML reader read the same text differently")
		}
	case strictErr == nil && !yamlKnowsNot(data):
		t.Fatalf("the JSON reader accepts what the YAML reader refuses: %v", yamlErr)
	case yamlErr == nil:
		t.Fatalf("the YAML reader accepts JSON text the JSON reader refuses: %v", strictErr)
	}
}

// checkRoundTrip: whatever Parse accepts saves, in both formats, to a file that
// reads back the same; whatever it refuses is a reported problem.
func checkRoundTrip(t *testing.T, name string, data []byte) {
	t.Helper()
	w, err := Parse(name, data, testVocab)
	if textErr := checkText(name, data); textErr != nil && (err == nil || err.Error() != textErr.Error()) {
		t.Fatalf("the check of the text says %v, Parse %v", textErr, err)
	}
	checkStreamAgrees(t, name, data, w, err)
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
		back, err := Parse("again."+string(format), out, testVocab)
		if err != nil {
			t.Fatalf("saved %s does not read back: %v\n%s", format, err, out)
		}
		if !sameWorksheet(w, back) {
			t.Fatalf("%s round trip changed the worksheet\n%s", format, out)
		}
	}
}

func addSeeds(f *testing.F) {
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
	f.Add([]byte(`{"activities":[{"title":"t","source":{"ref":"1","ref":"2"}}]}`))
	f.Add([]byte(`{"activities":[{"title":"a"}]}{"activities":[]}`))
	f.Add([]byte(`{"activities":[{"title":"a",}],}`))
	f.Add([]byte(`{"activities":[{"title":"\u00a0","notes":"\u0085\u007f"}]}`))
	f.Add([]byte(`{"activities":[{"title":"S\/RES\/2098","kinds":["vetting"],"implementer":"mision"}]}`))
	f.Add([]byte(`{"activities": [{"title": 5, "dual_role": 1e5, "notes": null}]}`))
	f.Add([]byte("activities:\n  - &a {title: t}\n  - *a\n"))
	f.Add([]byte("activities: [{title: t, implementer: misison}]"))
	f.Add([]byte("activities: []\n---\nactivities: [\n"))
	f.Add([]byte(`{"activities":[{"title":"t","register":{"dual-role":{"status":"planned","owner":"HRD","due":"2026-03-31","note":null},"hrddp-not-assessed":{"status":"not-needed","note":"n"}},"hrddp_review":"2026-06-30"}]}`))
	f.Add([]byte(`{"activities":[{"title":"t","register":{"dual-role":{"status":"not-needed"},"dual-role":{}},"hrddp_review":"2026-02-30"}]}`))
	f.Add([]byte("activities:\n  - title: t\n    register:\n      dual-role: {status: in-place, due: 2026-03-31}\n    hrddp_review: 2026-06-30\n"))
}

// FuzzParse feeds arbitrary bytes to the worksheet reader: it must never panic,
// must answer either a worksheet or an *InputError, and whatever it accepts must
// save and read back the same; its readers must agree.
func FuzzParse(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		checkReadersAgree(t, data)
		checkRoundTrip(t, "fuzz", data)
	})
}

// FuzzParseJSON does the same for files named .json, which only the strict JSON
// reader reads: every refusal has a line and a column.
func FuzzParseJSON(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		checkReadersAgree(t, data)
		checkRoundTrip(t, "fuzz.json", data)
		if _, err := Parse("fuzz.json", data, testVocab); err != nil {
			var ie *InputError
			if errors.As(err, &ie) && len(data) > 0 && !strings.Contains(err.Error(), "empty") && !strings.Contains(err.Error(), "larger") {
				for _, p := range ie.Problems {
					if p.Line < 1 && !strings.Contains(p.Msg, "expands too far") {
						t.Fatalf("a problem of a JSON file without its position: %v", p)
					}
				}
			}
		}
	})
}

// checkStreamAgrees: a stream over the same text accepts what Parse accepts
// and yields the same activities, with the same ids, also when it reads a YAML
// worksheet in chunks.
func checkStreamAgrees(t *testing.T, name string, data []byte, w *Worksheet, parseErr error) {
	t.Helper()
	for _, above := range []int{chunkAbove, 0} {
		defer func(was int) { chunkAbove = was }(chunkAbove)
		chunkAbove = above
		checkOneStream(t, name, data, w, parseErr)
	}
}

func checkOneStream(t *testing.T, name string, data []byte, w *Worksheet, parseErr error) {
	t.Helper()
	checkFirstPass(t, name, data, w, parseErr)
	st, err := OpenStream(name, data, testVocab)
	if (err == nil) != (parseErr == nil) {
		t.Fatalf("Parse says %v, OpenStream says %v", parseErr, err)
	}
	if err != nil {
		if err.Error() != parseErr.Error() {
			t.Fatalf("Parse and OpenStream report differently:\n%v\n%v", parseErr, err)
		}
		return
	}
	streamed := &Worksheet{Mission: st.Mission, Mandate: st.Mandate}
	for a := range st.All() {
		streamed.Activities = append(streamed.Activities, a)
	}
	if !sameWorksheet(w, streamed) {
		t.Fatalf("the stream yields other activities than Parse reads")
	}
	if st.Len() != len(streamed.Activities) {
		t.Fatalf("the stream says it holds %d activities and yields %d", st.Len(), len(streamed.Activities))
	}
}

// checkFirstPass: a stream opened unchecked, read once through FirstPass,
// reports what Parse reports, in the same words, or yields what it reads.
func checkFirstPass(t *testing.T, name string, data []byte, w *Worksheet, parseErr error) {
	t.Helper()
	st, err := OpenStreamUnchecked(name, data, testVocab)
	var streamed *Worksheet
	if err == nil {
		err = st.FirstPass(func() {
			streamed = &Worksheet{}
			for a := range st.All() {
				streamed.Activities = append(streamed.Activities, a)
			}
		})
	}
	if (err == nil) != (parseErr == nil) || err != nil && err.Error() != parseErr.Error() {
		t.Fatalf("Parse says %v, a first pass says %v", parseErr, err)
	}
	if err != nil {
		return
	}
	streamed.Mission, streamed.Mandate = st.Mission, st.Mandate
	if !sameWorksheet(w, streamed) || st.Len() != len(streamed.Activities) {
		t.Fatalf("a first pass yields other activities than Parse reads")
	}
}
