package suggest

import (
	"fmt"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
)

// identicalSubTasks is a paragraph with n identical sub-paragraphs, each
// "(a)": the list begins again every line.
func identicalSubTasks(n int) string {
	return "1. Requests the mission:\n" + strings.Repeat("(a) Patrol the camps around Bunia;\n", n)
}

// BenchmarkImportIdenticalSubTasks imports 10,000 to 40,000 identical
// sub-tasks and encodes the worksheet: the time per task stays the same
// (linear), as the bytes allocated per task do.
func BenchmarkImportIdenticalSubTasks(b *testing.B) {
	r := NewReader(classify.Default())
	for _, n := range []int{10000, 20000, 40000} {
		text := identicalSubTasks(n)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				ws, _, err := Import(r, "m.txt", text, ImportOptions{})
				if err != nil || len(ws.Activities) != n {
					b.Fatalf("%v, %d activities", err, len(ws.Activities))
				}
				if _, err := ws.Encode(model.YAML); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
