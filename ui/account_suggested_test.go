package ui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/teatest"
	"github.com/pocssr/pocssr/classify"
)

// typeKeys sends text to a running program one rune at a time.
func typeKeys(tm *teatest.TestModel, text string) {
	for _, r := range text {
		if r == ' ' {
			sendKeys(tm, "space")
		} else {
			sendKeys(tm, string(r))
		}
	}
}

// A new activity left in the questionnaire with answers its words
// suggested and nobody confirmed shows them on its account marked "~", as
// the questionnaire marks them, with what the sign means, and the agenda's
// reason marks the suggested format it rests on: the account listed the
// force and the format read from the words as facts, unmarked.
func TestAccountMarksTheAnswersOnlySuggested(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {200, 60}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := NewModel(classify.Default(), caseLibrary(t), true, nil, nil)
			tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(size[0], size[1]))
			waitText(t, tm, "Joint offensiv")
			sendKeys(tm, "n")
			waitText(t, tm, "Describe the activity")
			typeKeys(tm, "Police training")
			sendKeys(tm, "tab")
			typeKeys(tm, "UNPOL trains national police officers in human rights and vetting, with training built into the police academy")
			waitText(t, tm, "Suggested from the title and description")
			sendKeys(tm, "tab")
			waitText(t, tm, "Who carries out the activity?")
			sendKeys(tm, "enter") // the implementer confirmed
			waitText(t, tm, "What does the activity do?")
			sendKeys(tm, "enter") // the kinds confirmed
			waitText(t, tm, "Which state security institutions")
			sendKeys(tm, "esc") // the force and the format left suggested
			waitText(t, tm, "[draft] Police training")
			sendKeys(tm, "enter")
			waitText(t, tm, "training format:")
			_, view := finalScreen(t, tm)
			text := strings.Join(strings.Fields(ansi.Strip(view)), " ")
			for _, want := range []string{"forces: ~ police", "training format: ~ academy curriculum", "~ suggested by the activity's words, not yet confirmed"} {
				if !strings.Contains(text, want) {
					t.Errorf("the account does not read %q:\n%s", want, ansi.Strip(view))
				}
			}
			if !strings.Contains(text, "implementer: the mission itself") || strings.Contains(text, "implementer: ~") {
				t.Errorf("the implementer confirmed is not shown as an answer:\n%s", ansi.Strip(view))
			}
			if size[0] == 200 && !strings.Contains(text, "built into the institution (~ academy curriculum)") {
				t.Errorf("the agenda's reason states the suggested format as a fact:\n%s", ansi.Strip(view))
			}
			teatest.RequireEqualOutput(t, []byte(view))
		})
	}
}
