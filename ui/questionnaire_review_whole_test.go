package ui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/questionnaire"
)

// The questionnaire's review of answers cuts an answer too long for its
// line with the help's sign, and the help gives every answer whole: at
// 80×24 three kinds read "✓ kinds: presence and deterrence, humanitarian
// access and early warning and ana…", with no way to read the rest.
func TestReviewOfAnswersGivesACutAnswerWhole(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			a := &model.Activity{ID: "returns", Title: "Secure environment for returns"}
			a.Facts.SetOne(model.Implementer, "mission")
			a.Facts.SetSet(model.Kinds, []string{"deterrence", "humanitarian-support", "early-warning"})
			ws := model.New("")
			ws.Activities = []*model.Activity{a}
			m := newTestModel(t, ws, size[0], size[1])
			press(t, m, "e")
			for i := 0; i < 30 && m.quest != nil && m.qs().Stage != questionnaire.Reviewing; i++ {
				press(t, m, "right")
			}
			if m.quest == nil || m.qs().Stage != questionnaire.Reviewing {
				t.Fatal("the questionnaire never reached its review")
			}
			whole := "kinds: presence and deterrence, humanitarian access and early warning and analysis"
			s := screenText(m)
			if size[0] == 80 {
				if strings.Contains(s, whole) || !strings.Contains(s, "(?)") {
					t.Fatalf("the kinds are whole, or cut without the help's sign:\n%s", s)
				}
			}
			if size[0] != 80 {
				requireScreen(t, m, whole) // whole on its line: nothing to give
				return
			}
			press(t, m, "?")
			if h := flat(screenText(m)); !strings.Contains(h, whole) {
				t.Errorf("the help does not give the answers whole:\n%s", screenText(m))
			}
		})
	}
}
