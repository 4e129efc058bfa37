package suggest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/pocssr/pocssr/classify"
)

// BenchmarkSuggestCorpusParagraph reads every task of the corpus resolutions,
// with its context, as the import does, and reports the time per paragraph
// (the goal is under 200 µs).
func BenchmarkSuggestCorpusParagraph(b *testing.B) {
	r := NewReader(classify.Default())
	files, err := filepath.Glob(filepath.Join(corpusDir, "resolutions", "*.txt"))
	if err != nil {
		b.Fatal(err)
	}
	type task struct{ text, context string }
	var tasks []task
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		m, err := ReadMandate(r, string(data))
		if err != nil {
			continue
		}
		for _, p := range m.Tasks() {
			tasks = append(tasks, task{p.Text, strings.Join(p.Context, "\n\n")})
		}
	}
	b.ReportAllocs()
	b.ResetTimer()
	start := time.Now()
	n := 0
	for b.Loop() {
		for _, tk := range tasks {
			r.SuggestIn(tk.text, tk.context)
		}
		n++
	}
	b.ReportMetric(float64(time.Since(start).Microseconds())/float64(n*len(tasks)), "µs/paragraph")
	b.ReportMetric(float64(len(tasks)), "paragraphs")
}
