package ui

import (
	"strings"
	"testing"
)

// A facilitator's walk found: the live verdict said "Agenda POC only"
// with nothing more while the facts the agenda rests on were not known,
// where the walk-through says "POC only, while training format and
// accountability are not known". The live panel says it in the same words
// (report.AgendaWhileUnknown), wrapped in its column.
func TestLiveVerdictSaysWhatHoldsTheAgendaOpen(t *testing.T) {
	m := demoModel(t, 200, 60)
	press(t, m, "n")
	typeText(t, m, "Human rights training and vetting of police")
	// national authorities with mission support: the agenda is placed
	// before training format and accountability are answered
	press(t, m, "tab", "tab", "2")
	if s := sidePanelText(screenText(m)); !strings.Contains(s, "Agenda ~POC only while training format and accountability are not known Risks") {
		t.Fatalf("the live verdict does not say what holds the agenda open:\n%s", s)
	}
	golden(t, m, 200, 60, "are not")
}

// sidePanelText is the text of the bordered column at the right of the
// screen s, its lines joined by single spaces.
func sidePanelText(s string) string {
	var words []string
	for _, l := range strings.Split(s, "\n") {
		parts := strings.Split(l, "│")
		if len(parts) >= 3 {
			words = append(words, strings.Fields(parts[len(parts)-2])...)
		}
	}
	return strings.Join(words, " ")
}
