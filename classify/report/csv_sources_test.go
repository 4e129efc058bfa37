package report

import (
	"bytes"
	"encoding/csv"
	"slices"
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
)

// twoDocuments is a worksheet of tasks of two mandates that both number a
// paragraph 13, and one task with no paragraph; docs false keeps only the
// first mandate.
func twoDocuments(docs bool) *model.Worksheet {
	ws := &model.Worksheet{Mission: "MINUSTAH", Mandate: "S/RES/2070 (2012)"}
	add := func(id, doc, ref string) {
		ws.Activities = append(ws.Activities, &model.Activity{ID: id, Title: "Task " + id,
			Status: model.StatusDraft, Source: model.Source{Document: doc, Ref: ref}})
	}
	add("a", "S/RES/2070 (2012)", "13")
	add("b", "S/RES/2070 (2012)", "14(b)")
	if docs {
		add("c", "S/RES/1881 (2009)", "13")
	}
	add("d", "", "")
	return ws
}

// csvRefs is the ref column of a CSV report.
func csvRefs(t *testing.T, out []byte) []string {
	t.Helper()
	rows, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(out, []byte(byteOrderMark)))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	var refs []string
	for _, r := range rows[1:] {
		refs = append(refs, r[0])
	}
	return refs
}

// The CSV's ref column names a paragraph as the screens and the briefing do:
// in a worksheet of two mandates "2070·13" and "1881·13", not "13" twice,
// whether the worksheet is in memory, a JSON or YAML file checked on
// opening or on its first pass, or a selection of it; a worksheet of one
// mandate keeps its bare references. The stream is still read once.
func TestCSVRefNamesTheDocument(t *testing.T) {
	rb := classify.Default()
	for _, c := range []struct {
		docs bool
		want []string
	}{
		{true, []string{"2070·13", "2070·14(b)", "1881·13", "#4"}},
		{false, []string{"13", "14(b)", "#3"}},
	} {
		ws := twoDocuments(c.docs)
		jsonData, _ := ws.MarshalJSON()
		yamlData, _ := ws.EncodeYAML()
		sheets := map[string]func() Sheet{
			"in memory":   func() Sheet { return Sheet{Worksheet: ws} },
			"a selection": func() Sheet { return Select(rb, ws, Selection{}) },
		}
		for name, file := range map[string][]byte{"w.json": jsonData, "w.yaml": yamlData} {
			for how, open := range map[string]func(string, []byte, *model.Vocabulary) (*model.Stream, error){
				"checked on opening": model.OpenStream, "checked on its first pass": model.OpenStreamUnchecked} {
				sheets[name+" "+how] = func() Sheet {
					st, err := open(name, file, rb.Vocabulary())
					if err != nil {
						t.Fatal(err)
					}
					return Sheet{Stream: st}
				}
			}
		}
		for name, sheet := range sheets {
			sh := sheet()
			var out bytes.Buffer
			if err := Write(&out, rb, CSV, []Sheet{sh}); err != nil {
				t.Fatal(err)
			}
			if got := csvRefs(t, out.Bytes()); !slices.Equal(got, c.want) {
				t.Errorf("several documents %v, %s: refs %q, want %q", c.docs, name, got, c.want)
			}
			if sh.Stream != nil && sh.Stream.Reads() > 1 {
				t.Errorf("%s: read %d times", name, sh.Stream.Reads())
			}
		}
	}
}

// A selection's rows keep the references of the whole worksheet: 1881's 13
// kept alone is still "1881·13".
func TestCSVRefOfASelectionNamesTheDocument(t *testing.T) {
	rb := classify.Default()
	sh := Select(rb, twoDocuments(true), Selection{RefPrefix: "1881·13"})
	var out bytes.Buffer
	if err := Write(&out, rb, CSV, []Sheet{sh}); err != nil {
		t.Fatal(err)
	}
	if got := csvRefs(t, out.Bytes()); !slices.Equal(got, []string{"1881·13"}) {
		t.Errorf("refs %q, want [1881·13]", got)
	}
}
