package ui

import (
	"fmt"
	"strings"
	"testing"
)

// The case library is no mission: importing S/RES/2241 (2015), of UNMISS,
// into the demo asks first in words that say what the worksheet holds, the
// case library's cases, and what the findings would count each force
// across, the cases and UNMISS. It asked "Another mission", said the
// worksheet held "the tasks of Case library" and that the findings would
// count "across both missions".
func TestImportIntoTheCaseLibrarySaysItHoldsCases(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := demoModel(t, size[0], size[1])
			importFile(t, m, mandate2241)
			if m.prompt == nil || m.prompt.id != promptOtherMission {
				t.Fatalf("no question on importing a mandate into the case library:\n%s", screenText(m))
			}
			requireScreen(t, m, "A mandate among the cases", "holds the Case library's cases;", "S/RES/2241 (2015) is",
				"the cases and UNMISS", "findings apart from the cases'", "[i] import anyway")
			// How to make a worksheet of its own, which cancelling keeps
			// the findings apart in: it said so, not how.
			requireScreen(t, m, "(pocssr import FILE -o NEW.yaml makes")
			refuseScreen(t, m, "Another mission", "both missions", "tasks of Case library")
			golden(t, m, size[0], size[1], "A mandate among the cases")
		})
	}
}

// After the import the worksheet's heading names UNMISS as its one mission,
// and the case library as the cases it holds: it read "Missions: Case
// library, UNMISS".
func TestCaseLibraryIsNoMissionInTheHeading(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := demoModel(t, size[0], size[1])
			importOfAnotherMission(t, m, mandate2241)
			press(t, m, "esc")
			requireScreen(t, m, "Mission: UNMISS, with the Case library's cases", "Mandates: Cases from the chapter, S/RES/2241 (2015)")
			refuseScreen(t, m, "Missions:", "Case library, UNMISS")
			golden(t, m, size[0], size[1], "Mission: UNMISS")
			press(t, m, "b")
			if head := "· Mission: UNMISS, with the Case library's cases ·"; !containsFlat(screenText(m), head) {
				t.Fatalf("the briefing's heading lacks %q:\n%s", head, screenText(m))
			}
			refuseScreen(t, m, "Missions:")
		})
	}
}

// The plain prompts ask as the screen does, in its words, before
// importing S/RES/2241 (2015) into the demo, and list the mission as the
// worksheet's heading does.
func TestAccessibleImportIntoTheCaseLibrarySaysItHoldsCases(t *testing.T) {
	in := strings.Join([]string{"import " + mandate2241, "i", "", "quit"}, "\n") + "\n"
	_, stderr, code := runPocssr(t, in, "demo", "--accessible")
	if code != 0 {
		t.Fatalf("exit %d:\n%s", code, stderr)
	}
	for _, want := range []string{
		"The worksheet holds the Case library's cases; S/RES/2241 (2015) is of UNMISS. Each answer does this:",
		"  i, import: its drafts go in this worksheet, where portfolio findings will count each force across the cases and UNMISS.",
		"  c, cancel (an empty line too): nothing imported; a worksheet of its own keeps UNMISS's findings apart from the cases' (pocssr import FILE -o NEW.yaml makes one).",
	} {
		if !strings.Contains(stderr, want) {
			t.Errorf("the prompts lack %q:\n%s", want, stderr)
		}
	}
	for _, unwanted := range []string{"both missions", "tasks of Case library"} {
		if strings.Contains(stderr, unwanted) {
			t.Errorf("the prompts say %q:\n%s", unwanted, stderr)
		}
	}
}
