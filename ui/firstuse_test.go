package ui

import (
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
)

// What a facilitator and a planner met at 80×24 on their first use: every
// line that said less than it should.

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

// The export dialog says how many of the activities are still drafts, which
// a briefing marks DRAFT.
func TestExportSaysHowManyAreDrafts(t *testing.T) {
	ws := importedSheet(t, resolution)
	ws.Activities[0].Status = model.StatusReviewed
	m := NewModel(classify.Default(), ws, false, nil, nil)
	m.Update(resize(80, 24))
	press(t, m, "x")
	requireScreen(t, m, "33 of them are still drafts: a briefing", "marks them DRAFT (R reviews them)")
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
