package ui

import (
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify/report"
)

// The plain mode's account of a draft whose critical risk fires only on
// answers its words suggested marks the risk as the screens' account does:
// "~" before its sentence, framed as holding only if the answers do, and counted "~" in the verdict line, where it
// read "1 risk, the most serious critical" as if the attack were known;
// the reviewed activity's same risk is stated as it is.
func TestAccessibleAccountMarksRisksOnSuggestedAnswers(t *testing.T) {
	path := suggestedAttackFile(t)
	stdout, stderr, code := runPocssr(t, "\nshow 1\nshow 2\n", path, "--accessible")
	if code != 0 {
		t.Fatal(stderr)
	}
	draft, reviewed, ok := strings.Cut(stdout, "— Army operations reviewed\n")
	if !ok {
		t.Fatalf("no account of the reviewed activity:\n%s", stdout)
	}
	flat := strings.Join(strings.Fields(draft), " ")
	for _, want := range []string{"Why: " + report.IfSuggestedLead + "~ State forces are currently taking part in attacks on civilians",
		"1 risk (1 ~), the most serious ~critical"} {
		if !strings.Contains(flat, want) {
			t.Errorf("the draft's account does not read %q:\n%s", want, draft)
		}
	}
	if flat := strings.Join(strings.Fields(reviewed), " "); !strings.Contains(flat, "Why: State forces") || !strings.Contains(flat, "1 risk, the most serious critical") {
		t.Errorf("the reviewed activity's account:\n%s", reviewed)
	}
}
