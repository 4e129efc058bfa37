package suggest

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify"
)

// leftOutDecisions is the record of which parts of the tuned corpus the
// import leaves out and why, made by the reader before the left-out
// decisions moved from leftout.yaml's regular expressions into the
// rulebook's cue language. The move was to change no decision.
const leftOutDecisions = "testdata/leftout-decisions.txt"

// decisionsOf lists, part by part, what the import makes of a tuned corpus
// resolution: "task" or the reason it is left out.
func decisionsOf(t testing.TB, r *Reader) string {
	t.Helper()
	sealed := loadSealed(t)
	var b strings.Builder
	for _, f := range corpusTexts(t) {
		if sealed[filepath.Base(f)] {
			continue // never read here: the sealed part is reported in totals only
		}
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		m, err := ReadMandate(r, string(data))
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		fmt.Fprintf(&b, "# %s\n", filepath.Base(f))
		for _, p := range m.Parts {
			switch p.Role {
			case Task:
				fmt.Fprintf(&b, "%s task\n", p.Ref)
			case LeftOut:
				fmt.Fprintf(&b, "%s %s\n", p.Ref, p.Reason)
			}
		}
	}
	return b.String()
}

// Every part of every tuned corpus resolution is a task or left out for the
// same reason as the record says. (POCSSR_WRITE_DECISIONS=1 writes the
// record from the reader as it is.)
func TestLeftOutDecisionsUnchanged(t *testing.T) {
	got := decisionsOf(t, NewReader(classify.Default()))
	if os.Getenv("POCSSR_WRITE_DECISIONS") != "" {
		if err := os.WriteFile(leftOutDecisions, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	data, err := os.ReadFile(leftOutDecisions)
	if err != nil {
		t.Fatal(err)
	}
	want := strings.Split(string(data), "\n")
	lines := strings.Split(got, "\n")
	if len(lines) != len(want) {
		t.Errorf("%d lines, the record has %d", len(lines), len(want))
	}
	file, diffs := "", 0
	for i := 0; i < min(len(lines), len(want)); i++ {
		if strings.HasPrefix(want[i], "# ") {
			file = want[i][2:]
		}
		if lines[i] != want[i] && diffs < 40 {
			diffs++
			t.Errorf("%s: %q, the record says %q", file, lines[i], want[i])
		}
	}
}
