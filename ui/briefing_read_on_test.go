package ui

import (
	"fmt"
	"testing"
)

// The briefing screen heads the briefing, as every export does, with the
// day the register and verdicts are read on (what is OVERDUE is measured
// from it), in words that do not read as the day the mandate was read, and,
// once, where the whole of a title the import shortened is: the summary
// named titles ending in "…" with nothing saying so, and OVERDUE stood
// without a date.
func TestBriefingScreenSaysTheDayAndWhereTitlesAreWhole(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := newTestModel(t, importedSheet(t, resolution), size[0], size[1])
			m.sh.sheet.SetToday("2026-12-07")
			press(t, m, "b")
			requireScreen(t, m, "Briefing as exported", "Register and verdicts as of", "2026-12-07", "An imported activity's title is a heading")
			golden(t, m, size[0], size[1], "verdicts as of")
		})
	}
}
