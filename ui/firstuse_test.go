package ui

import (
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
)

// What a facilitator and a planner met at 80×24 on their first use: every
// line that said less than it should.

// The board's line about the selected activity names its most serious risk,
// the key hint keeps "? keys", and the legend's page count covers no title.
func TestPresentBoardHidesNothingAt80x24(t *testing.T) {
	m := presentModel(t, 80, 24)
	rb := m.sh.rb
	p := m.presentation()
	for i := 0; i < m.sh.sheet.Len(); i++ {
		if i > 0 {
			press(t, m, "down")
		}
		lines := strings.Split(screenText(m), "\n")
		r := rb.Classify(m.sh.sheet.At(i))
		if h := r.Highest(); h != "" && !strings.Contains(lines[1+p.drawH+1], string(h)) {
			t.Errorf("activity %d: the selected line does not say its most serious risk (%s): %q", i+1, h, lines[1+p.drawH+1])
		}
		if !strings.HasSuffix(strings.TrimRight(lines[len(lines)-1], " "), "? keys") {
			t.Fatalf("the hint hides ? keys: %q", lines[len(lines)-1])
		}
		legend := strings.Join(lines[1+p.drawH+2:len(lines)-1], "\n")
		if strings.Contains(legend, "…  (") || strings.Contains(legend, "… (") {
			t.Fatalf("the page count cuts a title:\n%s", legend)
		}
		// Every activity of the page shown is listed whole or cut by the
		// column, never left out.
		if !strings.Contains(legend, "[ "+boardNumber(m.sh.sheet.At(i), i+1)+"]") && !strings.Contains(legend, "["+boardNumber(m.sh.sheet.At(i), i+1)+"]") {
			t.Fatalf("the selected activity %d is not in the legend:\n%s", i+1, legend)
		}
	}
}

// The account, on the board and on the activity screen, wraps its source and
// verdict lines at 80 columns instead of cutting them, and shows the board's
// number in its title.
func TestAccountWrapsItsHeadAt80Columns(t *testing.T) {
	m := presentModel(t, 80, 24)
	press(t, m, "down", "enter")
	requireScreen(t, m, "Account · [#2] UNMISS", "9 open questions", "international humanitarian law”")
	d := demoModel(t, 80, 24)
	press(t, d, "enter")
	requireScreen(t, d, "6 open questions", "UN frameworks linking POC and SSR")
}

// The "what if" column names the fact by its short label when its question
// would be cut.
func TestWhatIfNamesTheFactWhenTheQuestionIsLong(t *testing.T) {
	m := presentModel(t, 80, 24)
	press(t, m, "down", "t", "space", "space", "space", "w")
	q := m.sh.rb.QuestionFor(m.presentation().walk.whatIf.fact)
	requireScreen(t, m, "What if: "+q.Label)
	wide := presentModel(t, 200, 60)
	press(t, wide, "down", "t", "space", "space", "space", "w")
	requireScreen(t, wide, "What if: "+q.Question)
}

// The export dialog says how many of the activities are still drafts, which
// a briefing marks DRAFT.
func TestExportSaysHowManyAreDrafts(t *testing.T) {
	ws := importedSheet(t, resolution)
	ws.Activities[0].Status = model.StatusReviewed
	m := NewModel(classify.Default(), ws, false, nil, nil)
	m.Update(resize(80, 24))
	press(t, m, "x")
	requireScreen(t, m, "35 of them are still drafts: a briefing", "marks them DRAFT (R reviews them)")
	press(t, m, "esc")
	for _, a := range ws.Activities[1:] {
		a.Status = model.StatusReviewed
	}
	m.sh.sheet.Replace(ws)
	press(t, m, "x")
	refuseScreen(t, m, "still draft")
}

// A wrapped line of the account keeps the account's margin.
func TestAccountKeepsItsMarginWhenWrapping(t *testing.T) {
	m := NewModel(classify.Default(), importedSheet(t, resolution), false, nil, nil)
	m.Present()
	m.Update(resize(80, 24))
	press(t, m, "enter")
	for i, l := range strings.Split(screenText(m), "\n")[1:4] {
		if !strings.HasPrefix(l, " ") {
			t.Fatalf("line %d of the account lost its margin: %q\n%s", i+2, l, screenText(m))
		}
	}
}

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
