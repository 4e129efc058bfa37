package ui

import (
	"fmt"
	"strings"
	"testing"
)

// mandate2179 is S/RES/2179 (2014), of UNISFA, of the tuned part of the
// corpus.
const mandate2179 = "../classify/suggest/testdata/corpus/resolutions/S-RES-2179-2014.txt"

// After a mandate is imported into the demo, the title bar names what the
// worksheet now holds, as the mandates line lists it: it went on saying
// "case library" under "Mission: UNISFA, with the Case library's cases".
func TestDemoTitleBarNamesTheImportedMandate(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := demoModel(t, size[0], size[1])
			press(t, m, "esc") // past the first-use note, where there is one
			importOfAnotherMission(t, m, mandate2179)
			press(t, m, "esc")
			bar := strings.SplitN(screenText(m), "\n", 2)[0]
			// At 80 columns by its short name, so that "(not saved)" stays.
			if !strings.Contains(bar, "│ case library + S/RES/2179 (2014)") && !strings.Contains(bar, "│ case library + 2179 (not saved)") {
				t.Fatalf("the title bar does not name the mandate imported: %q", bar)
			}
			if size[0] == 200 && !strings.Contains(bar, "case library + S/RES/2179 (2014) (not saved to a file)") {
				t.Fatalf("the title bar at 200 columns does not say the worksheet is not saved: %q", bar)
			}
			// At 80 columns in fewer words, never dropped unsigned (a
			// walk found it gone after an import).
			if !strings.Contains(bar, "(not saved") {
				t.Fatalf("the title bar does not say the worksheet is not saved: %q", bar)
			}
			requireScreen(t, m, "Mandates: Cases from the chapter, S/RES/2179 (2014)")
			golden(t, m, size[0], size[1], "Mandates:")
		})
	}
}

// The demo as it starts keeps its name: the case library alone.
func TestDemoTitleBarNamesTheCaseLibraryAlone(t *testing.T) {
	m := demoModel(t, 200, 60)
	bar := strings.SplitN(screenText(m), "\n", 2)[0]
	if !strings.Contains(bar, "│ case library (not saved to a file)") || strings.Contains(bar, "+") {
		t.Fatalf("the demo's title bar reads %q", bar)
	}
}
