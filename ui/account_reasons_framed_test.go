package ui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify/report"
)

// The activity screen's account of a draft whose tier and agenda rest on
// answers its words only suggested frames their reasons "(if the answers
// marked ~ hold) …" after their labels, as the walk-through does: "SSR
// only: ~ restructuring is carried out by ~ national authorities alone,
// not by or with the mission, so it is no peacekeeping protection task"
// read as a fact under "Agenda — ~SSR only".
func TestAccountFramesTheReasonsOnSuggestedAnswers(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := demoWith1938(t, size[0], size[1])
			press(t, m, "esc", "end", "enter") // 1938·10, the last draft
			requireScreen(t, m, "source: S/RES/1938 (2010) 10", "Verdict: ~T3 · ~SSR only")
			if size[0] == 80 {
				press(t, m, "j", "j", "j", "j", "j", "j", "j", "j") // down to the agenda's reason
			}
			flat := strings.Join(strings.Fields(screenText(m)), " ")
			for _, want := range []string{
				"Tier 3 (Establishment of a protective environment): " + report.IfSuggestedLead + "the 2015 policy places",
				"SSR only: " + report.IfSuggestedLead + "~ restructuring is carried out by ~ national authorities alone",
				report.SuggestedLegend,
			} {
				if !strings.Contains(flat, want) {
					t.Errorf("the account does not read %q:\n%s", want, screenText(m))
				}
			}
			golden(t, m, size[0], size[1], "SSR only: (if the")
		})
	}
}
