package ui

import (
	"fmt"
	"testing"
)

// R on a draft asked of others opens the review there, as the cursor says,
// and the heading says the review goes on from the cursor: it said "by
// others, reviewed last" over the draft of others it showed first. Once the
// review reaches the mission's own drafts, those of others left do come
// last, and the heading says so again.
func TestReviewBegunOnADraftOfOthersSaysItBeganAtTheCursor(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m, a := demoWith2179At(t, size[0], size[1], "3")
			if !m.sh.sheet.Verdict(a).Others {
				t.Fatal("2179·3 is not asked of others: the test shows nothing")
			}
			press(t, m, "R")
			if m.draftReview().Draft() != a {
				t.Fatalf("R on 2179·3 opened the review on %v", m.draftReview().Draft())
			}
			requireScreen(t, m, "by others, from the cursor on", "not the mission's own, from the cursor on")
			refuseScreen(t, m, "reviewed last")
			press(t, m, "?")
			help := screenText(m)
			for range 12 {
				press(t, m, "pgdown")
				help += screenText(m)
			}
			if !containsFlat(help, "R was pressed on a draft asked of others, so the review began there") {
				t.Fatalf("the help does not say why the review began at the cursor:\n%s", help)
			}
			press(t, m, "esc")
			golden(t, m, size[0], size[1], "Review of drafts")
		})
	}
}

// From the first draft of the mission's own on, the heading says again that
// those of others come last.
func TestReviewBegunAtTheCursorSaysOthersComeLastOnceAtTheMissionsOwn(t *testing.T) {
	m, _ := demoWith2179At(t, 200, 60, "3")
	press(t, m, "R")
	for i := 0; i < 20 && m.sh.sheet.Verdict(m.draftReview().Draft()).Others; i++ {
		press(t, m, "s")
	}
	if m.sh.sheet.Verdict(m.draftReview().Draft()).Others {
		t.Fatal("the review never reached a draft of the mission's own")
	}
	requireScreen(t, m, "by others, reviewed last")
	refuseScreen(t, m, "from the cursor on")
}

// R on a draft of the mission's own keeps the heading as it was.
func TestReviewBegunOnAnOwnDraftSaysOthersComeLast(t *testing.T) {
	m, a := demoWith2179At(t, 200, 60, "8")
	press(t, m, "R")
	if m.draftReview().Draft() != a || m.sh.sheet.Verdict(a).Others {
		t.Fatalf("R on 2179·8 opened the review on %v", m.draftReview().Draft())
	}
	requireScreen(t, m, "by others, reviewed last")
	refuseScreen(t, m, "from the cursor on")
}
