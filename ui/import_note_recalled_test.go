package ui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/model"
)

// An import's note the status line gives in short ("16 drafts, 14 left
// out: …", or "… +1 more (?)") reads
// whole in the help after the line has let it go: the review recalls it,
// said in the past, while it reviews the import's drafts, and not once an
// undo has taken the import back (a walk found the note whole only until
// the first key).
func TestImportNoteRecalledAfterTheLineLetsItGo(t *testing.T) {
	const heading = "When S/RES/2180 (2014) was imported, the status line said"
	const whole = "16 drafts imported, 14 paragraphs left out: l lists them, u undoes the import (S/RES/2180 (2014))."
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := newTestModel(t, model.New(""), size[0], size[1])
			importFile(t, m, minustah2180)
			lines := strings.Split(screenText(m), "\n")
			if strings.Contains(lines[len(lines)-2], whole) {
				// The line says all: nothing to recall, and the help
				// does not say it twice.
				press(t, m, "s", "?")
				refuseScreen(t, m, heading)
				return
			}
			press(t, m, "?")
			refuseScreen(t, m, heading) // on the line still: once, as its message
			requireScreen(t, m, "The status line's message, whole")
			press(t, m, "esc", "s", "?")
			refuseScreen(t, m, "The status line's message, whole")
			requireScreen(t, m, "When S/RES/2180", "(S/RES/2180 (2014))")
			help := screenText(m)
			if !strings.Contains(strings.Join(strings.Fields(help), " "), whole) {
				t.Errorf("the recalled note lacks its counts:\n%s", help)
			}
			golden(t, m, size[0], size[1], "When S/RES/2180")
			press(t, m, "esc", "u", "?")
			refuseScreen(t, m, "When S/RES/2180")
		})
	}
}
