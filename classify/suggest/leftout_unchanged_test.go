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
// import leaves out and why, and of the mission each gives its mandate to,
// made by the reader before these decisions moved from regular expressions
// (leftout.yaml's, the mission's in mandate.go) into the rulebook's cue
// language. The move was to change no decision.
const leftOutDecisions = "testdata/leftout-decisions.txt"

// decisionsOf lists, for each tuned corpus resolution, the mission it gives
// its mandate to and, part by part, what the import makes of it: "task" or
// the reason it is left out.
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
		fmt.Fprintf(&b, "# %s given to %q\n", filepath.Base(f), m.Mission)
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
		if name, _, ok := strings.Cut(strings.TrimPrefix(want[i], "# "), " "); ok && strings.HasPrefix(want[i], "# ") {
			file = name
		}
		if lines[i] != want[i] && diffs < 40 {
			diffs++
			t.Errorf("%s: %q, the record says %q", file, lines[i], want[i])
		}
	}
}
