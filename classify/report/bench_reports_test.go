//go:build unix

package report

import (
	"encoding/json"
	"fmt"
	"io"
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
)

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
					st, err := model.OpenStream("large", data, rb.Vocabulary())
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
