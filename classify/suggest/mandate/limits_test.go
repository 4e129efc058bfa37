package mandate

import (
	"errors"
	"runtime"
	"strings"
	"testing"
)

// A text of more parts or lines than a mandate holds is refused before it
// is read into lines and parts: refusing 16 MiB of "(a)" lines allocates
// nothing in proportion to them.
func TestReadRefusesTooManyPartsUnread(t *testing.T) {
	for _, c := range []struct {
		name, text, what string
	}{
		{"(a) lines", "1. Requests the mission:\n" + strings.Repeat("(a) x\n", (16<<20)/6), "numbered paragraphs"},
		{"items inside lines", "1. Requests: " + strings.Repeat("x; (b) y, ", (16<<20)/10), "numbered paragraphs"},
		{"CR lines", strings.Repeat("x\r", MaxLines+1), "lines"},
	} {
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		_, err := Read(c.text)
		runtime.ReadMemStats(&after)
		var tm *TooManyError
		if !errors.As(err, &tm) || !strings.Contains(err.Error(), c.what) {
			t.Errorf("%s: err %v; want too many %s", c.name, err, c.what)
		}
		if grew := after.TotalAlloc - before.TotalAlloc; grew > 1<<20 {
			t.Errorf("%s: refusing allocated %d MiB", c.name, grew>>20)
		}
	}
	// At the limits, a text is read.
	var b strings.Builder
	b.WriteString("1. Requests the mission:\n")
	for range MaxParts - 1 {
		b.WriteString("(a) Patrol;\n")
	}
	if _, err := Read(b.String()); err != nil {
		t.Errorf("%d parts: %v", MaxParts, err)
	}
	if _, err := Read("1. Patrol.\n" + strings.Repeat("x\n", MaxLines-2)); err != nil {
		t.Errorf("%d lines: %v", MaxLines, err)
	}
}
