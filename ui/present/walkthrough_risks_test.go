package present

import (
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/report"
)

// Where the risks are more than the rows under the drawings, the sign that
// counts the rest names the key that shows them, and c shows every risk
// whole in place of the drawings (esc brings the drawings back).
func TestWalkThroughShowsEveryRiskOnAKey(t *testing.T) {
	p, _ := board(t, caseLibrary(t), 80, 20)
	wt := walkToEnd(t, p, 8)
	if len(wt.res.Risks) < 3 {
		t.Fatalf("the case has %d risks; the test needs more than fit", len(wt.res.Risks))
	}
	requireScreen(t, p, "… 2 more (c: all of it)", "c all of it")
	press(p, "c")
	s := flat(screenText(p))
	for _, r := range wt.res.Risks {
		title := report.OneLine(r.Rule.Title)
		if start := strings.Join(strings.Fields(title)[:3], " "); !strings.Contains(s, start) {
			t.Errorf("c does not show the risk %q:\n%s", title, screenText(p))
		}
	}
	if strings.Contains(s, "more (c: all of it)") {
		t.Errorf("the whole list still counts risks left out:\n%s", screenText(p))
	}
	press(p, "esc")
	requireScreen(t, p, "… 2 more (c: all of it)")
}

// What changed names the open questions wherever their number changes,
// beside a change of tier or risks as on a step that changes nothing else.
func TestChangeLineNamesOpenQuestions(t *testing.T) {
	open := func(n int) []classify.OpenQuestion { return make([]classify.OpenQuestion, n) }
	for _, c := range []struct {
		before, after classify.Result
		want, not     string
	}{
		{classify.Result{Tier: 1, OpenQuestions: open(5)}, classify.Result{Tier: 2, OpenQuestions: open(3)}, "Open questions: 5 → 3.", ""},
		{classify.Result{Tier: 1, OpenQuestions: open(4)}, classify.Result{Tier: 2, OpenQuestions: open(4)}, "Tier 1 → Tier 2", "Open questions"},
		{classify.Result{Tier: 2, OpenQuestions: open(2)}, classify.Result{Tier: 2, OpenQuestions: open(2)}, "No change to the tier, the agenda or the risks; 2 open questions.", "Open questions:"},
		// The open questions alone changed: said as a change ("6 open
		// questions" hid that they were 2).
		{classify.Result{Tier: 2, OpenQuestions: open(2)}, classify.Result{Tier: 2, OpenQuestions: open(6)}, "No change to the tier, the agenda or the risks. Open questions: 2 → 6.", "6 open questions"},
	} {
		got := changeLine(&c.before, &c.after)
		if !strings.Contains(got, c.want) || c.not != "" && strings.Contains(got, c.not) {
			t.Errorf("changeLine = %q, want %q and not %q", got, c.want, c.not)
		}
	}
}

// The sign under a cut list of risks counts lines, the heading counts the
// risks of the verdict: where a gone risk's line is among those cut, the
// sign says how many of them are gone, so that "Risks (5)" and "… 3 more"
// do not disagree.
func TestRiskSignCountsTheGone(t *testing.T) {
	p, _ := board(t, caseLibrary(t), 80, 24)
	wt := walkToEnd(t, p, 8)
	rules := classify.Default().Risks
	risks := func(n int) []classify.Risk {
		out := make([]classify.Risk, n)
		for i := range out {
			out[i] = classify.Risk{Rule: rules[i], Severity: rules[i].Severity}
		}
		return out
	}
	before, after := classify.Result{Risks: risks(6)}, classify.Result{Risks: risks(5)}
	lines := wt.riskLines(&before, &after, 39, 4)
	if got := flat(lines[len(lines)-1]); !strings.Contains(got, "… 4 more, 1 gone") {
		t.Errorf("the sign under Risks (5) with one gone, 2 shown, is %q; want it to say the gone one", got)
	}
	lines = wt.riskLines(&after, &after, 39, 4)
	if got := flat(lines[len(lines)-1]); strings.Contains(got, "gone") {
		t.Errorf("the sign counts a gone risk where none went: %q", got)
	}
}
