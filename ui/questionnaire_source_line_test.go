package ui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify/report"
	"github.com/pocssr/pocssr/model"
)

// The questionnaire quotes an imported draft's source paragraph under its
// title, named by its ref as the worksheet names it, as much of it as the
// line holds: only ? reached it, and the planner answered its questions
// without the words they are asked of. Cut at 80 columns, it names ?, and
// the help gives it whole; at 200 more of it stands, on up to three lines. The
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
			// the ref named, the paragraph's own marker "(ii)" is not said again
			body := strings.TrimPrefix(source, "(ii) ")
			requireScreen(t, m, "Editing: ", "From 1925·6(a)(ii): "+body[:40], "Who carries out the activity?", "don't know")
			refuseScreen(t, m, "From 1925·6(a)(ii): (ii)")
			if size[0] == 80 {
				requireScreen(t, m, "… (?)")
				refuseScreen(t, m, source)
			} else {
				// Beside the panel, the question whole with rows to spare, the
				// paragraph takes three lines, its end among them.
				requireScreen(t, m, body[:100], "MONUSCO's security role,")
			}
			golden(t, m, size[0], size[1], "From 1925")
			press(t, m, "?")
			if help := screenText(m); !containsFlat(help, source) {
				t.Errorf("the help does not give the source paragraph whole:\n%s", help)
			}
		})
	}
}

// A title the planner wrote, short, over a long paragraph: the help gives
// the paragraph the heading's line cut, under a heading that names it.
func TestQuestionnaireHelpGivesTheCutParagraphWhole(t *testing.T) {
	a := &model.Activity{ID: "patrols", Title: "Patrols", Status: model.StatusDraft,
		Source: model.Source{Document: "S/RES/9999 (2030)", Ref: "7",
			Text: "7. Requests the mission to patrol the roads between the camps and the markets by day and by night, in close consultation with the communities along them, so that civilians can travel without fear of attack."}}
	m := newTestModel(t, sheetOf(a), 80, 24)
	press(t, m, "e")
	requireScreen(t, m, "Editing: Patrols", "From 7: Requests the mission", "… (?)")
	press(t, m, "?")
	help := screenText(m)
	for _, want := range []string{"The source paragraph, whole", report.OneLine(a.Source.Text)} {
		if !containsFlat(help, want) {
			t.Errorf("the help lacks %q:\n%s", want, help)
		}
	}
}
