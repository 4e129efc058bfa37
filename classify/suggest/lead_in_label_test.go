package suggest

import (
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
)

// The reason a task's own word for who acts is not taken names the one
// the lead-in names by the rulebook's label, as every other line of the
// account does, not by the value stored in the file ("mission-support").
func TestLeadInReasonNamesTheLabel(t *testing.T) {
	rb := classify.Default()
	s := NewReader(rb).SuggestIn("(m) Facilitate the voluntary demobilization and repatriation of disarmed foreign combatants and their dependants;",
		"2. Decides that MONUC will have the mandate, within the limits of its capabilities and in its areas of deployment, to assist the Government of the Democratic Republic of the Congo in establishing a stable security environment in the country, and, to that end, to:") // S/RES/1756 (2007)
	v, _ := s.Facts.One(model.Implementer)
	label := rb.Label(model.Implementer, v)
	if label == v {
		t.Fatalf("the rulebook gives %q no label of its own", v)
	}
	found := false
	for _, d := range s.Declined {
		if !strings.Contains(d.Reason, "lead-in says who acts") {
			continue
		}
		found = true
		if !strings.HasSuffix(d.Reason, ": "+label) {
			t.Errorf("the reason %q does not name %q", d.Reason, label)
		}
	}
	if !found {
		t.Fatalf("no word for who acts was left for the lead-in's: %+v", s.Declined)
	}
}
