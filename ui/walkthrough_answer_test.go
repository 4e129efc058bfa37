package ui

import (
	"strings"
	"testing"
)

// At 80×24 every step of every case's walk-through shows its answer whole:
// the question gives way to the fact's short label first.
func TestWalkThroughAlwaysShowsTheAnswer(t *testing.T) {
	m := presentModel(t, 80, 24)
	shortened := 0
	for i := 0; i < m.sh.sheet.Len(); i++ {
		if i > 0 {
			press(t, m, "down")
		}
		press(t, m, "t")
		wt := m.presentation().walk
		lines := strings.Split(screenText(m), "\n")
		if !strings.Contains(strings.TrimSpace(lines[2])+" "+strings.TrimSpace(lines[3]), "Space reveals the first answer.") {
			t.Errorf("%s: step 0 cuts its hint:\n%s", wt.activity.ID, screenText(m))
		}
		for n := 1; n <= len(wt.steps); n++ {
			press(t, m, "space")
			f := wt.steps[n-1]
			lines := strings.Split(screenText(m), "\n")
			line := strings.TrimRight(lines[1], " ")
			answer := "→ " + oneLine(wt.answerText(f, &wt.facts))
			if !strings.HasSuffix(line, answer) {
				// Its own line, under the question's label.
				line += " " + strings.TrimSpace(lines[2])
				if !strings.HasSuffix(line, answer) {
					t.Errorf("%s step %d: the answer %q is not shown whole in %q", wt.activity.ID, n, answer, line)
				}
			}
			if q := m.sh.rb.QuestionFor(f); q != nil && !strings.Contains(line, q.Question) {
				shortened++
				if !strings.Contains(line, q.Label) {
					t.Errorf("%s step %d: neither the question nor its label %q in %q", wt.activity.ID, n, q.Label, line)
				}
			}
		}
		press(t, m, "esc")
	}
	if shortened == 0 {
		t.Fatal("no question was long enough to be shortened: the test proves nothing")
	}
	// At 200 columns the question is asked in full.
	wide := presentModel(t, 200, 60)
	press(t, wide, "t", "space")
	wt := wide.presentation().walk
	requireScreen(t, wide, m.sh.rb.QuestionFor(wt.steps[0]).Question)
}
