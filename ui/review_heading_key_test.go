package ui

import (
	"fmt"
	"strings"
	"testing"
)

// The planner's review of S/RES/2012 (2011) and S/RES/2156 (2014): from the
// first skip on, the heading at 80 columns has no room for every count. The
// counts that give way are signed with the key that shows them, "… (?)",
// and the help has the heading whole; at 200 columns nothing gives way. (A
// bare "…" hid the skipped and DRAFT counts and named no key.)
func TestReviewHeadingNamesTheKeyForTheCountsItCuts(t *testing.T) {
	// At 200 columns (content 120 wide) every count, some said short.
	const whole = "Review of drafts · 27 left · 12 by others, reviewed last · 1 reviewed · 2 skipped · 0 discarded · 29 DRAFT in a briefing"
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := plannersSheet(t, size[0], size[1])
			press(t, m, "R", "s", "s", "a")
			head := strings.TrimRight(strings.Split(screenText(m), "\n")[1], " ")
			if size[0] == 200 {
				if head != whole {
					t.Fatalf("at 200 columns the heading is %q, want %q", head, whole)
				}
			} else if !strings.HasPrefix(head, "Review of drafts · 27 left · 12 by others, reviewed last") || !strings.HasSuffix(head, " · … (?)") {
				t.Fatalf("at 80 columns the heading cuts its counts without naming the key: %q", head)
			}
			golden(t, m, size[0], size[1], "Review of drafts")
			// The help gives the status line's message whole first (the
			// draft accepted has no agenda yet), then the heading's words:
			// at 80x24 pages down.
			help := wholeHelp(t, m)
			full := "Review of drafts · 27 left · 12 by national authorities alone or a partner, reviewed after the rest · 1 reviewed · 2 skipped · 0 discarded · 29 DRAFT in a briefing"
			if !containsFlat(help, full) {
				t.Fatalf("the help lacks the heading whole %q:\n%s", full, help)
			}
		})
	}
}
