package ui

import (
	"fmt"
	"testing"
)

// The account of a draft whose tier and agenda rest on suggested answers
// marks them "~" in its headings and under its drawings, as its verdict's
// line does: it headed "Tier 3 — …" and "Agenda — SSR only" under
// "~T3 · ~SSR only".
func TestAccountMarksTheReadingsOnSuggestedAnswers(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := demoWith1938(t, size[0], size[1])
			press(t, m, "esc", "end", "enter") // 1938·10, the last draft
			requireScreen(t, m, "source: S/RES/1938 (2010) 10", "Verdict: ~T3 · ~SSR only")
			requireScreen(t, m, "~Tier 3 — Establishment of a protective environment", "Agenda — ~SSR only")
			if size[0] == 200 {
				// the captions under the drawings
				requireScreen(t, m, "◆ ~Tier 3: Establishment", "◆ ~SSR only")
			}
			golden(t, m, size[0], size[1], "Agenda — ~SSR only")
		})
	}
}
