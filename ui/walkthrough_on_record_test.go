package ui

import (
	"fmt"
	"regexp"
	"strconv"
	"testing"
)

var (
	answeredCount = regexp.MustCompile(`answered (\d+) of \d+ relevant(?:, (\d+) suggested)?`)
	walkCount     = regexp.MustCompile(`Step 0 of (\d+)`)
)

// The walk-through counts the steps the questionnaire counts as answered,
// for every case of the library: case #12 walked 5 steps, "forces" among
// them, while its questionnaire said "answered 4 of 8 relevant" (an answer
// had made "forces" no longer asked). A suggested answer is a step of the
// walk, marked "~", and the questionnaire counts it beside the answered.
func TestWalkThroughCountsWhatTheQuestionnaireCountsAnswered(t *testing.T) {
	m := demoModel(t, 200, 60)
	for i := range m.sh.sheet.Len() {
		title := m.sh.sheet.At(i).Title
		press(t, m, "e")
		asked := answeredCount.FindStringSubmatch(screenText(m))
		if asked == nil {
			t.Fatalf("%s: the questionnaire shows no count:\n%s", title, screenText(m))
		}
		requireScreen(t, m, "Editing: "+title)
		answered, _ := strconv.Atoi(asked[1])
		suggested := 0
		if asked[2] != "" {
			suggested, _ = strconv.Atoi(asked[2])
		}
		press(t, m, "esc", "p", "t")
		requireScreen(t, m, fmt.Sprintf("Walk-through · [#%d]", i+1))
		walk := walkCount.FindStringSubmatch(screenText(m))
		if walk == nil {
			t.Fatalf("%s: the walk-through shows no step count:\n%s", title, screenText(m))
		}
		if n, _ := strconv.Atoi(walk[1]); n != answered+suggested {
			t.Errorf("%s: the walk-through has %d steps, the questionnaire says %q", title, n, asked[0])
		}
		press(t, m, "esc", "esc", "j")
	}
}

// Case #12's answer on "forces", asked no longer, is on record from the
// walk's start, and its last step is the case's own verdict, the 4 open
// questions of its questionnaire.
func TestWalkThroughShowsTheAnswersNoLongerAskedAtItsStart(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := demoModel(t, size[0], size[1])
			for range 11 {
				press(t, m, "j")
			}
			press(t, m, "p", "t")
			t.Run("step 0", func(t *testing.T) {
				requireScreen(t, m, "Walk-through · [#12]", "Step 0 of 4: before the first answer",
					"Also on record, no longer asked: forces = police")
				golden(t, m, size[0], size[1], "Step 0 of 4")
			})
			press(t, m, "space", "space", "space", "space")
			t.Run("step 4", func(t *testing.T) {
				requireScreen(t, m, "Step 4 of 4", "waits on 4 open questions: T2 · POC only · 0 risks")
				refuseScreen(t, m, "forces: police")
				golden(t, m, size[0], size[1], "Step 4 of 4")
			})
		})
	}
}
