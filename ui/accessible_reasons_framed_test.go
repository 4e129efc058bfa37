package ui

import (
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify/report"
)

// The plain mode's account of a draft frames the reasons of a tier and an
// agenda that rest on answers its words only suggested "(if the answers
// marked ~ hold) …", after their labels, as the walk-through does: "POC
// only: ~ combined operations is a direct protection intervention" read as
// a fact. The reviewed activity's same reasons are stated as they are.
func TestAccessibleAccountFramesReasonsOnSuggestedAnswers(t *testing.T) {
	stdout, stderr, code := runPocssr(t, "\nshow 1\nshow 2\n", suggestedAttackFile(t), "--accessible")
	if code != 0 {
		t.Fatal(stderr)
	}
	draft, reviewed, ok := strings.Cut(stdout, "— Army operations reviewed\n")
	if !ok {
		t.Fatalf("no account of the reviewed activity:\n%s", stdout)
	}
	flat := strings.Join(strings.Fields(draft), " ")
	for _, want := range []string{
		"Tier 2 (Provision of physical protection): " + report.IfSuggestedLead + "the 2015 policy places",
		"POC only: " + report.IfSuggestedLead + "~ combined operations is a direct protection intervention",
	} {
		if !strings.Contains(flat, want) {
			t.Errorf("the draft's account does not read %q:\n%s", want, draft)
		}
	}
	// The legend the account gives for "~" still says what the framing
	// refers to: the answers marked so.
	if !strings.Contains(flat, report.SuggestedLegend) {
		t.Errorf("the draft's account does not say what ~ means:\n%s", draft)
	}
	if strings.Contains(reviewed, report.IfSuggestedLead) {
		t.Errorf("the reviewed activity's reasons are framed as suggestions:\n%s", reviewed)
	}
}
