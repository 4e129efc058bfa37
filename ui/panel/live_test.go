package panel

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/component"
)

// The compact verdict line keeps its counts at every width a narrow
// terminal gives it: an overlap's basis, the longest agenda text, gives way
// to the number of risks and of open questions.
func TestCompactVerdictKeepsItsCounts(t *testing.T) {
	rb := classify.Default()
	a := &model.Activity{ID: "a", Title: "Vetting of police officers"}
	a.Facts.SetOne(model.Implementer, "mission")
	a.Facts.SetSet(model.Kinds, []string{"vetting"})
	a.Facts.SetSet(model.Forces, []string{"police"})
	r := rb.Classify(a)
	if r.Narrow.Basis == nil {
		t.Fatalf("the activity has no overlap basis: %v", r.Agenda)
	}
	p := NewLive(&component.Context{Styles: component.NewStyles(component.DefaultTheme())})
	counts := component.Plural(len(r.Risks), "risk", "risks") + " · " + component.Plural(len(r.OpenQuestions), "open question", "open questions")
	for w := 70; w <= 120; w += 5 {
		lines := strings.Split(ansi.Strip(p.Compact(&r, Notes{}, w, CompactHeight)), "\n")
		if len(lines) < 2 || !strings.Contains(lines[1], counts) {
			t.Errorf("width %d: the verdict's line lacks %q:\n%s", w, counts, strings.Join(lines, "\n"))
		}
	}
}
