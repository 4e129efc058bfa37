package report

import (
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
