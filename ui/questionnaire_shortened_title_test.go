package ui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/pocssr/pocssr/classify/report"
	"github.com/pocssr/pocssr/classify/suggest"
	"github.com/pocssr/pocssr/model"
)

// mandate1780 is S/RES/1780 (2007), whose drafts' titles the import
// shortens to fit a heading of 80 columns with "Editing: " before them.
const mandate1780 = "../classify/suggest/testdata/corpus/resolutions/S-RES-1780-2007.txt"

// fittingShortenedDraft is the first draft of S/RES/1780 (2007) whose title
// the import shortened and which fits the questionnaire's heading at 80
// columns, alone in a worksheet.
func fittingShortenedDraft(t *testing.T) (*model.Worksheet, *model.Activity) {
	t.Helper()
	ws := importedSheet(t, mandate1780)
	for _, a := range ws.Activities {
		if suggest.ShortenedTitle(a) && ansi.StringWidth("Editing: "+a.Title) <= 80-len(" (?)") {
			return &model.Worksheet{Mission: ws.Mission, Mandate: ws.Mandate, Activities: []*model.Activity{a}}, a
		}
	}
	t.Fatalf("no draft of %s has a shortened title that fits the heading", mandate1780)
	return nil, nil
}

// The questionnaire's heading shows a title the import shortened with the
// key of the help, as it shows a title it cuts itself, and the help says
// what the activity's screen says under such a title, with the paragraph
// whole under Source text: "Editing: Endorses … for reconfiguring the…"
// fit its line, and nothing said where the rest was.
func TestQuestionnaireSaysItsTitleIsShortened(t *testing.T) {
	for _, size := range sizes {
		ws, a := fittingShortenedDraft(t)
		m := newTestModel(t, ws, size[0], size[1])
		press(t, m, "e")
		t.Run(fmt.Sprintf("heading_%dx%d", size[0], size[1]), func(t *testing.T) {
			requireScreen(t, m, "Editing: "+a.Title+" (?)")
			golden(t, m, size[0], size[1], "Editing")
		})
		t.Run(fmt.Sprintf("help_%dx%d", size[0], size[1]), func(t *testing.T) {
			press(t, m, "?")
			help := screenText(m)
			for _, want := range []string{"The title and its paragraph", a.Title, shortenedTitleWords,
				"Source text: " + report.OneLine(a.Source.Text)[:60]} {
				if !containsFlat(help, want) {
					t.Fatalf("the help lacks %q:\n%s", want, help)
				}
			}
			golden(t, m, size[0], size[1], "The title and its paragraph")
		})
	}
	// One the heading cuts again for want of room says the same.
	ws := importedSheet(t, mandate1780)
	for _, a := range ws.Activities {
		if suggest.ShortenedTitle(a) && ansi.StringWidth("Editing: "+a.Title) > 80 {
			m := newTestModel(t, &model.Worksheet{Mission: ws.Mission, Mandate: ws.Mandate, Activities: []*model.Activity{a}}, 80, 24)
			press(t, m, "e")
			requireScreen(t, m, "Editing: ", "… (?)")
			press(t, m, "?")
			if help := screenText(m); !containsFlat(help, a.Title) || !containsFlat(help, shortenedTitleWords) {
				t.Errorf("the help of a title cut on the heading too does not say it was shortened on import:\n%s", help)
			}
			break
		}
	}
	// A title the import left whole names no key.
	for _, a := range ws.Activities {
		if !suggest.ShortenedTitle(a) && ansi.StringWidth("Editing: "+a.Title) < 70 {
			m := newTestModel(t, &model.Worksheet{Mission: ws.Mission, Mandate: ws.Mandate, Activities: []*model.Activity{a}}, 80, 24)
			press(t, m, "e")
			requireScreen(t, m, "Editing: "+a.Title)
			if line := strings.Split(screenText(m), "\n")[2]; strings.Contains(line, "(?)") {
				t.Errorf("a whole title names the help: %q", line)
			}
			return
		}
	}
	t.Fatal("no draft of S/RES/1780 (2007) has a short whole title")
}
