package ui

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/model"
)

// Adding an activity from a description keeps none of the answers only its
// words suggested whose question no answer asks, as the questionnaire keeps
// none once it makes an activity reviewed: the army and police read from
// "Train the Sudan Armed Forces and the Abyei Police Service" go when the
// planner says it is early warning, which asks no forces; those read from
// ¶2(a) of S/RES/1990 (2011), which gives no kind, are never taken.
func TestAccessibleAddKeepsNoAnswerNoQuestionAsks(t *testing.T) {
	for _, c := range []struct {
		name, title, description string
		suggested                bool // the forces are among what the words suggest
	}{
		{"training", "Train the Sudan Armed Forces and the Abyei Police Service", "Courses on human rights for soldiers and police officers", true},
		{"2(a)", "Monitor and verify the redeployment of any Sudan Armed Forces",
			"henceforth, the Abyei Area shall be demilitarized from any forces other than UNISFA and the Abyei Police Service", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "plan.yaml")
			lines := []string{c.title, c.description,
				"",  // the implementer kept
				"9", // early warning, not what the words suggest
			}
			lines = append(lines, slices.Repeat([]string{""}, 12)...) // the questions left, not known; the menu ends
			_, stderr, code := runPocssr(t, strings.Join(lines, "\n")+"\n", path, "--accessible")
			if code != 0 {
				t.Fatalf("exit %d:\n%s", code, stderr)
			}
			_, read, _ := strings.Cut(stderr, "What the words suggest (each is asked to be confirmed):")
			read, _, _ = strings.Cut(read, "Question 1")
			if got := strings.Contains(read, "forces: army"); got != c.suggested {
				t.Fatalf("the forces among what the words suggest: %v, want %v:%s", got, c.suggested, read)
			}
			if strings.Contains(stderr, "Which state security institutions") || strings.Contains(stderr, "human rights record") {
				t.Errorf("a forces question was asked:\n%s", stderr)
			}
			ws := loadPlan(t, path)
			if len(ws.Activities) != 1 {
				t.Fatalf("%d activities saved", len(ws.Activities))
			}
			a := ws.Activities[0]
			if a.Status != model.StatusReviewed || !a.Facts.Has(model.Kinds, "early-warning") || a.Facts.Known(model.Forces) {
				t.Errorf("added: status %s, facts %v", a.Status, a.Facts)
			}
		})
	}
}
