package model

import (
	"slices"
	"testing"
)

// A stream knows the documents its activities cite once its file is
// checked, however it was checked: on opening (JSON and YAML), by Check, or
// on a first pass that read the file through; so that a report writing each
// activity as it reads it names "2070·13" without a pass of its own first.
func TestStreamKnowsItsDocuments(t *testing.T) {
	src := `{"activities":[{"id":"a","title":"x","source":{"document":"S/RES/2070 (2012)","ref":"13"}},` +
		`{"id":"b","title":"y","source":{"document":"S/RES/1881 (2009)","ref":"13"}},{"id":"c","title":"z"}]}`
	yamlSrc := "activities:\n  - title: x\n    source:\n      document: S/RES/2070 (2012)\n      ref: \"13\"\n" +
		"  - title: y\n    source:\n      document: S/RES/1881 (2009)\n      ref: \"13\"\n"
	want := []string{"S/RES/2070 (2012)", "S/RES/1881 (2009)"}
	streams := map[string]func() *Stream{
		"json opened": func() *Stream { st, _ := OpenStream("w.json", []byte(src), testVocab); return st },
		"yaml opened": func() *Stream { st, _ := OpenStream("w.yaml", []byte(yamlSrc), testVocab); return st },
		"json checked": func() *Stream {
			st, _ := OpenStreamUnchecked("w.json", []byte(src), testVocab)
			st.Check()
			return st
		},
		"json first pass": func() *Stream {
			st, _ := OpenStreamUnchecked("w.json", []byte(src), testVocab)
			st.FirstPass(func() {
				for range st.Each() {
				}
			})
			return st
		},
	}
	for name, open := range streams {
		st := open()
		if st == nil {
			t.Fatalf("%s: not opened", name)
		}
		s := st.Sources()
		if !s.Several() || !slices.Equal(s.Documents(), want) {
			t.Errorf("%s: documents %q", name, s.Documents())
		}
		if got := s.Ref(&Activity{Source: Source{Document: "S/RES/1881 (2009)", Ref: "13"}}); got != "1881·13" {
			t.Errorf("%s: 1881's 13 is %q", name, got)
		}
	}
}
