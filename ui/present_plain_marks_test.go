package ui

import (
	"strings"
	"testing"
)

// The plain presentation marks a risk that fires only on answers a draft's
// words suggested, as the drawn board and the account do: it said "1 risk,
// the most serious critical" for the draft whose critical risk rests on a
// suggestion, where the board says "1 risk (1 ~), the most serious
// ~critical". The reviewed activity's risk is the planner's, unmarked.
func TestPresentPlainMarksRisksOnSuggestedAnswers(t *testing.T) {
	path := suggestedAttackFile(t)
	out, errOut, code := runPocssr(t, "", "present", path, "--accessible")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	lines := strings.Split(out, "\n")
	if len(lines) < 3 {
		t.Fatalf("no lines:\n%s", out)
	}
	if !strings.Contains(lines[1], "1 risk (1 ~), the most serious ~critical") {
		t.Errorf("the draft's line: %q", lines[1])
	}
	if !strings.Contains(lines[2], "1 risk, the most serious critical") {
		t.Errorf("the reviewed activity's line: %q", lines[2])
	}
}
