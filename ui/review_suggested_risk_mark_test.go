package ui

import (
	"fmt"
	"strings"
	"testing"
)

// The review's "Verdict with these facts" listed the risk of 2241·4(a)(vi),
// which fires only on answers its words suggested, as "[LOW]", a plain
// fact, where the worksheet, the register and the briefing mark it "~low"
// or "~LOW". The review marks it "~[LOW]", counts it as the board does,
// and its help says what the "~" is.
func TestReviewMarksRisksOnSuggestedAnswers(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := demoModel(t, size[0], size[1])
			importOfAnotherMission(t, m, mandate2241)
			for i := 0; i < 40 && !strings.Contains(screenText(m), "4(a)(vi)"); i++ {
				press(t, m, "s")
			}
			requireScreen(t, m, "1 risk (1 ~; ~low)", "  ~[LOW]  Governance support")
			refuseScreen(t, m, "  [LOW]")
			golden(t, m, size[0], size[1], "~[LOW]")
			press(t, m, "?")
			for i := 0; i < 10 && !strings.Contains(screenText(m), "~ before a severity"); i++ {
				press(t, m, "pgdown")
			}
			requireScreen(t, m, "~ before a severity (~[LOW])")
		})
	}
}
