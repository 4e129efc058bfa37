//go:build unix

package report

import (
	"encoding/json"
	"fmt"
	"io"
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/sample"
	"github.com/pocssr/pocssr/model"
)

// registeredWorksheet is largeWorksheet's worksheet with, when register is
// set, an entry on every risk that fires (the four statuses in turn, an
// owner, a due date; a note on every entry with notes, else only where
// not-needed requires one) and an HRDDP review on every activity, written
// as parts files of compact JSON: 40,000 activities with a full register
// take about 23 MiB, over the 16 MiB a worksheet file may hold.
func registeredWorksheet(n, parts int, register, notes bool) [][]byte {
	rb := classify.Default()
	ws := sample.Worksheet(rb, n, 11)
	if register {
		statuses := model.MitigationStatuses
		dues := []model.Date{"2026-03-31", "2026-06-30", "2026-09-30"}
		j := 0
		for _, a := range ws.Activities {
			for _, k := range rb.Classify(a).Risks {
				e := model.RegisterEntry{Risk: k.Rule.ID, Status: statuses[j%4], Owner: "Human Rights Division", Due: dues[j%3]}
				if notes || e.Status == model.NotNeeded {
					e.Note = "Units screened against the database"
				}
				a.Register = append(a.Register, e)
				j++
			}
			a.HRDDPReview = dues[j%3]
		}
	}
	var out [][]byte
	for p := 0; p < parts; p++ {
		part := &model.Worksheet{Activities: ws.Activities[p*n/parts : (p+1)*n/parts]}
		data, _ := part.MarshalJSON()
		out = append(out, data)
	}
	return out
}

// BenchmarkLargeRegister is `pocssr classify -f json a.json b.json` on
// 40,000 activities in two files, without a register and with an entry on
// every firing risk (with notes where required, or on every entry), read on
// a day some are overdue: the register may cost at most 15%
// (docs/benchmarks.md).
func BenchmarkLargeRegister(b *testing.B) {
	for _, v := range []struct {
		name            string
		register, notes bool
	}{{"without", false, false}, {"with", true, false}, {"with-notes", true, true}} {
		files := registeredWorksheet(40000, 2, v.register, v.notes)
		b.Run("n=40000/"+v.name, func(b *testing.B) {
			rb := classify.Default()
			b.SetBytes(int64(len(files[0]) + len(files[1])))
			b.ReportAllocs()
			// On a machine shared with other work the wall time varies by
			// two or three times; the processor time the run used varies less.
			cpu := processorTime()
			for i := 0; i < b.N; i++ {
				sheets := make([]Sheet, len(files))
				for j, data := range files {
					st, err := model.OpenStream("large", data, rb.Vocabulary())
					if err != nil {
						b.Fatal(err)
					}
					sheets[j] = Sheet{Stream: st, Today: "2026-05-01"}
				}
				if err := Write(io.Discard, rb, JSON, sheets); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(processorTime()-cpu)/float64(b.N), "cpu-ns/op")
		})
	}
}

// The registered worksheet reads back with every entry, through the fast path.
func TestRegisteredWorksheetIsValid(t *testing.T) {
	data := registeredWorksheet(300, 1, true, true)[0]
	rb := classify.Default()
	st, err := model.OpenStream("large.json", data, rb.Vocabulary())
	if err != nil {
		t.Fatal(err)
	}
	entries := 0
	for a := range st.All() {
		r := rb.ClassifyOn(a, "2026-05-01")
		if len(r.Stale) > 0 || len(a.Register) != len(r.Risks) {
			t.Fatalf("%s: %d entries for %d risks", a.ID, len(a.Register), len(r.Risks))
		}
		entries += len(a.Register)
	}
	if entries < 300 {
		t.Fatalf("only %d entries", entries)
	}
}

// BenchmarkLargeReports is `pocssr classify -f text|markdown|html` on a JSON
// worksheet of 1,000, 10,000 and 40,000 activities, beside the floor: a
// plain decode of the same file into generic values with encoding/json and
// its encoding again. The reports are written as they are rendered, so time
// and memory should grow with the activities and no faster
// (docs/benchmarks.md).
func BenchmarkLargeReports(b *testing.B) {
	for _, n := range largeSizes {
		data, _ := largeWorksheet(n)
		b.Run(fmt.Sprintf("n=%d/floor", n), func(b *testing.B) {
			b.ReportAllocs()
			cpu := processorTime()
			for i := 0; i < b.N; i++ {
				var v any
				if err := json.Unmarshal(data, &v); err != nil {
					b.Fatal(err)
				}
				if err := json.NewEncoder(io.Discard).Encode(v); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(processorTime()-cpu)/float64(b.N), "cpu-ns/op")
		})
		for _, f := range []Format{Text, Markdown, HTML} {
			b.Run(fmt.Sprintf("n=%d/%s", n, f), func(b *testing.B) {
				rb := classify.Default()
				b.ReportAllocs()
				cpu := processorTime()
				for i := 0; i < b.N; i++ {
					// As the command opens one file for these formats:
					// checked on the report's first pass.
					st, err := model.OpenStreamUnchecked("large.json", data, rb.Vocabulary())
					if err != nil {
						b.Fatal(err)
					}
					if err := Write(io.Discard, rb, f, []Sheet{{Stream: st}}); err != nil {
						b.Fatal(err)
					}
				}
				b.ReportMetric(float64(processorTime()-cpu)/float64(b.N), "cpu-ns/op")
			})
		}
	}
}
