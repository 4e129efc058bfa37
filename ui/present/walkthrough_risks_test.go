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
		{classify.Result{Tier: 2, OpenQuestions: open(4)}, classify.Result{Tier: 2, OpenQuestions: open(2)}, "No change to the tier, the agenda or the risks; 2 open questions.", "Open questions:"},
	} {
		got := changeLine(&c.before, &c.after)
		if !strings.Contains(got, c.want) || c.not != "" && strings.Contains(got, c.not) {
			t.Errorf("changeLine = %q, want %q and not %q", got, c.want, c.not)
		}
	}
}
