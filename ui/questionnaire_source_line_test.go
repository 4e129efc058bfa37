package ui

import (
	"fmt"
	"testing"

	"github.com/pocssr/pocssr/classify/report"
)

// The questionnaire quotes an imported draft's source paragraph under its
// title, named by its ref as the worksheet names it, as much of it as the
// line holds: only ? reached it, and the planner answered its questions
// without the words they are asked of. Cut at 80 columns, it names ?, and
// the help gives it whole; at 200 more of it stands on the line. The
// question and its answers keep their rows.
func TestQuestionnaireQuotesTheSourceParagraph(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			ws := haitiAndCongo(t)
			a := ws.Activities[29]
			if a.Source.Ref != "6(a)(ii)" {
				t.Fatalf("row 30 is %s, not 1925·6(a)(ii)", a.Source.Ref)
			}
			m := newTestModel(t, ws, size[0], size[1])
			for range 29 {
				press(t, m, "j")
			}
			press(t, m, "e")
			source := report.OneLine(a.Source.Text)
			requireScreen(t, m, "Editing: ", "From 1925·6(a)(ii): "+source[:40], "Who carries out the activity?", "don't know")
			if size[0] == 80 {
				requireScreen(t, m, "… (?)")
				refuseScreen(t, m, source)
			} else {
				requireScreen(t, m, source[:100])
			}
			golden(t, m, size[0], size[1], "From 1925")
			press(t, m, "?")
			if help := screenText(m); !containsFlat(help, source) {
				t.Errorf("the help does not give the source paragraph whole:\n%s", help)
			}
		})
	}
}
