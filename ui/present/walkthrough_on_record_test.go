package present

import (
	"slices"
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/flow"
)

// For every case of the library the walk's steps are the answers to the
// questions the questionnaire asks, as many as it counts answered, and its
// last step's verdict is the case's own: tier, agenda, risks and open
// questions. Case #12 walked 5 steps against "answered 4 of 8 relevant",
// its answer on "forces" no longer asked; dropped from the walk, it left
// the last step with other open questions than the case's.
func TestWalkThroughStepsAreTheAnswersAskedAndEndAtTheCasesVerdict(t *testing.T) {
	p, ctx := board(t, caseLibrary(t), 120, 40)
	s := ctx.Sheet
	rb := s.Rulebook()
	riskIDs := func(r *classify.Result) (ids []string) {
		for _, k := range r.Risks {
			ids = append(ids, k.Rule.ID)
		}
		return ids
	}
	withRecord := 0
	for i := range s.Len() {
		a := s.At(i)
		wt := walkToEnd(t, p, i)
		asked := flow.New(rb).Relevant(&a.Facts)
		if n := flow.Answered(asked, &a.Facts); len(wt.steps) != n {
			t.Errorf("#%d %s: %d steps, the questionnaire counts %d answered", i+1, a.ID, len(wt.steps), n)
		}
		// Before the first step the walk holds the answers on record for
		// questions no longer asked, and only those.
		start := wt.factsUpTo(0)
		for _, f := range model.AllFacts() {
			isAsked := slices.ContainsFunc(asked, func(q *classify.Question) bool { return q.Fact == f })
			if onRecord := a.Facts.Known(f) && !isAsked; start.Known(f) != onRecord {
				t.Errorf("#%d %s: before the first step %s is known: %v, on record and no longer asked: %v", i+1, a.ID, factName(f), start.Known(f), onRecord)
			} else if onRecord {
				withRecord++
			}
		}
		want, got := rb.Classify(a), wt.verdict()
		if got.Tier != want.Tier || got.Agenda != want.Agenda || !slices.Equal(riskIDs(got), riskIDs(&want)) ||
			len(got.OpenQuestions) != len(want.OpenQuestions) {
			t.Errorf("#%d %s: the last step says %s, the case %s", i+1, a.ID, verdictWords(got), verdictWords(&want))
		}
		press(p, "esc")
	}
	if withRecord == 0 {
		t.Error("no case has an answer on record for a question no longer asked: the test holds nothing")
	}
}
