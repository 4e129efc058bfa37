package ui

import "testing"

// A second review in the run counts its own discards in its heading, and
// says so ("0 discarded in this review"), while l lists paragraph 8,
// discarded in the first review, marked "[discarded] in this run": l's
// count says the same, "in this run". It said "1 was discarded in this
// review" beside "0 discarded", then "0 discarded" beside "1 was
// discarded in this run", two counts of one word.
func TestDiscardOfAnEarlierReviewIsCountedInThisRun(t *testing.T) {
	m := twoImportsReviewed(t, 200, 60)
	reviewDraftOf(t, m, doc2012)
	requireScreen(t, m, "[l] left out of 2012 (9) and discarded in this run (1)")
	// the heading says it, or cuts its counts with "(?)" and the help does
	if !containsFlat(screenText(m), "· 0 discarded in this review ·") {
		requireScreen(t, m, "· … (?)")
		press(t, m, "?")
		if help := screenText(m); !containsFlat(help, "0 discarded in this review") {
			t.Fatalf("neither the heading nor the help counts this review's discards:\n%s", help)
		}
		press(t, m, "?")
	}
	press(t, m, "l")
	requireScreen(t, m, "9 paragraphs ask for no activity, 1 was discarded in this run")
	markLeftOut(t, m, "2012·8")
	requireScreen(t, m, "> 2012·8 [discarded] in this run")
	refuseScreen(t, m, "was discarded in this review", "[discarded] in this review", "discarded (1)", "0 discarded ·")
	press(t, m, "l", "?")
	if help := screenText(m); !containsFlat(help, "+1 discarded in this run") || containsFlat(help, "+1 discarded in this review") {
		t.Fatalf("the help does not count paragraph 8 as discarded in this run:\n%s", help)
	}
}
