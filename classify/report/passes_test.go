package report

import (
	"bytes"
	"io"
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
)

// A report reads a long worksheet's activities as few times as its layout
// needs: the JSON and CSV once; the text account twice (the summary and
// portfolio that head it, then each account); the briefing once for its
// summary, portfolio, register and recommendations, then once for each
// group of its activities' parts (the mission's own tasks, then those
// asked of others). The briefing read the stream whole once more, and held
// it, for its portfolio.
func TestReportsReadTheStreamFewTimes(t *testing.T) {
	rb := classify.Default()
	data, _ := largeWorksheet(300)
	for f, most := range map[Format]int{JSON: 1, CSV: 1, Text: 2, Markdown: 3, HTML: 3} {
		st, err := model.OpenStream("w.json", data, rb.Vocabulary())
		if err != nil {
			t.Fatal(err)
		}
		if err := Write(io.Discard, rb, f, []Sheet{{Stream: st}}); err != nil {
			t.Fatal(err)
		}
		if st.Reads() > most {
			t.Errorf("%s read the activities %d times, at most %d", f, st.Reads(), most)
		}
	}
}

// The text account and the briefings of a file opened unchecked check it on
// their first pass: a valid file is written byte for byte as when it was
// checked on opening, and a bad one writes nothing and is refused in the same
// words. With two files, or in a format that writes as it first reads, every
// file is checked before anything is written.
func TestFirstPassChecksBeforeWriting(t *testing.T) {
	rb := classify.Default()
	good, _ := largeWorksheet(120)
	bad := bytes.Replace(good, []byte(`"community_trust":"high"`), []byte(`"community_trust":"hihg"`), 1)
	if bytes.Equal(good, bad) {
		t.Fatal("the worksheet holds no community_trust to spoil")
	}
	_, want := model.OpenStream("w.json", bad, rb.Vocabulary())
	if want == nil {
		t.Fatal("the spoilt worksheet opens")
	}
	open := func(data []byte, checked bool) *model.Stream {
		open := model.OpenStreamUnchecked
		if checked {
			open = model.OpenStream
		}
		st, err := open("w.json", data, rb.Vocabulary())
		if err != nil {
			t.Fatal(err)
		}
		return st
	}
	for _, f := range []Format{Text, Markdown, HTML, JSON, CSV, YAML, DOCX} {
		var checked, unchecked bytes.Buffer
		if err := WriteMeta(&checked, rb, f, []Sheet{{File: "w.json", Stream: open(good, true)}}, docxMeta); err != nil {
			t.Fatal(err)
		}
		if err := WriteMeta(&unchecked, rb, f, []Sheet{{File: "w.json", Stream: open(good, false)}}, docxMeta); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(checked.Bytes(), unchecked.Bytes()) {
			t.Errorf("%s: a file checked on the first pass is written otherwise", f)
		}
		for _, sheets := range [][]Sheet{
			{{File: "w.json", Stream: open(bad, false)}},
			{{File: "v.json", Stream: open(good, false)}, {File: "w.json", Stream: open(bad, false)}},
		} {
			var out bytes.Buffer
			err := WriteMeta(&out, rb, f, sheets, docxMeta)
			if err == nil || err.Error() != want.Error() || out.Len() > 0 {
				t.Errorf("%s, %d files: wrote %d bytes, error %v, want %v", f, len(sheets), out.Len(), err, want)
			}
		}
	}
	var out bytes.Buffer
	sheets := []Sheet{{File: "v.json", Stream: open(good, false)}, {File: "w.json", Stream: open(bad, false)}}
	if err := WriteBriefingTerminal(&out, rb, sheets, 80); err == nil || out.Len() > 0 {
		t.Errorf("the terminal briefing of two files wrote %d bytes, error %v", out.Len(), err)
	}
}
