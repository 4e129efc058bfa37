package model

import (
	"fmt"
	"runtime"
	"strings"
	"testing"
)

// tinyActivities is a YAML worksheet of n activities of one line each, with
// their own ids: the densest worksheet per byte, the hardest on the YAML tree.
func tinyActivities(n int) []byte {
	var b strings.Builder
	b.WriteString("activities:\n")
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, "  - id: a%d\n    title: t\n", i)
	}
	return []byte(b.String())
}

// BenchmarkOpenStreamYAML reads a YAML worksheet for its activities, as check
// and classify do; B/op is what the reading allocates in all, held-MB what the
// open stream holds while its activities are classified.
func BenchmarkOpenStreamYAML(b *testing.B) {
	for _, n := range []int{2000, 20000, 100000} {
		data := tinyActivities(n)
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			var held uint64
			for i := 0; i < b.N; i++ {
				var before, after runtime.MemStats
				runtime.GC()
				runtime.ReadMemStats(&before)
				st, err := OpenStream("w.yaml", data, testVocab)
				if err != nil {
					b.Fatal(err)
				}
				runtime.GC()
				runtime.ReadMemStats(&after)
				held = max(held, after.HeapAlloc-min(before.HeapAlloc, after.HeapAlloc))
				for range st.All() {
				}
				runtime.KeepAlive(st)
			}
			b.ReportMetric(float64(held)/1e6, "held-MB")
		})
	}
}

// BenchmarkParseYAML reads the same worksheet whole, as the interactive
// program does to edit and save it.
func BenchmarkParseYAML(b *testing.B) {
	data := tinyActivities(20000)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := Parse("w.yaml", data, testVocab); err != nil {
			b.Fatal(err)
		}
	}
}
