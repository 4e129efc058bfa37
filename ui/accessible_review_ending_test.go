package ui

import (
	"strings"
	"testing"
)

// The plain prompts' review ends in the words the review screen ends in:
// it said "Review done: …; 1 draft in the worksheet." with a draft left,
// "done" and a draft to review in one line. With drafts left it has ended,
// not done its work, and names how to go through them; with none, it is
// done.
func TestAccessibleReviewEndsAsTheScreenSaysIt(t *testing.T) {
	path := draftSheet(t, 3)
	// The first accepted, the second discarded, the last skipped.
	_, stderr, code := runPocssr(t, "\nreview\n1\n4\n3\nquit\n", path, "--accessible")
	if code != 0 {
		t.Fatalf("exit %d:\n%s", code, stderr)
	}
	m := newTestModel(t, loadPlan(t, draftSheet(t, 3)), 80, 24)
	press(t, m, "R", "a", "x", "s")
	if m.front != worksheetScreen {
		t.Fatalf("the review did not end: screen %d", m.front)
	}
	const screen = "Review ended: 1 draft to review (R); 1 reviewed, 1 skipped, 1 discarded."
	if m.status != screen {
		t.Fatalf("the screen's review ends %q, want %q", m.status, screen)
	}
	plain := strings.Replace(screen, "(R)", "(review goes through it)", 1)
	if !strings.Contains(stderr, plain) {
		t.Fatalf("the prompts' review does not end %q:\n%s", plain, stderr)
	}
	if strings.Contains(stderr, "Review done") {
		t.Fatalf("the prompts' review says it is done with a draft left:\n%s", stderr)
	}

	// The skipped draft gone through again, accepted: none left.
	_, stderr, code = runPocssr(t, "\nreview\n1\nquit\n", path, "--accessible")
	if code != 0 {
		t.Fatalf("exit %d:\n%s", code, stderr)
	}
	if want := "Review done: no draft left; 1 reviewed, 0 skipped, 0 discarded."; !strings.Contains(stderr, want) {
		t.Fatalf("the prompts' review does not end %q:\n%s", want, stderr)
	}
}
