package classify

import (
	"testing"

	"github.com/pocssr/pocssr/model"
)

// A draft's tier and agenda rest on suggested answers (TierOnSuggested,
// AgendaOnSuggested) exactly when, those answers forgotten, they would be
// others or undetermined, as a risk rests on them (Risk.OnSuggested): the
// same decision, whether the result is made whole or counted first and
// made again (DecideSuggested, ClassifyAgain).
func TestReadingOnSuggestedAnswers(t *testing.T) {
	rb := Default()
	cases := []struct {
		name, facts      string
		suggested        []model.Fact
		tier, agenda     bool
		wantTier         Tier
		wantAgendaPlaced Agenda
	}{
		{"kinds only suggested", "implementer: mission; kinds: [rule-of-law]",
			[]model.Fact{model.Kinds}, true, true, 3, Outside},
		{"kinds and implementer only suggested", "implementer: partner; kinds: [security-dialogue]",
			[]model.Fact{model.Kinds, model.Implementer}, true, true, 1, SSROnly},
		{"kinds confirmed", "implementer: mission; kinds: [rule-of-law]",
			nil, false, false, 3, Outside},
		{"kinds confirmed, the implementer suggested", "implementer: mission; kinds: [mediation]",
			[]model.Fact{model.Implementer}, false, true, 1, POCOnly},
		{"training built in only by a suggested curriculum", "implementer: mission; kinds: [rights-training]; training_format: curriculum",
			[]model.Fact{model.TrainingFormat}, false, true, 3, Overlap},
		{"only an answer the places do not read suggested", "implementer: mission; kinds: [mediation]; community_trust: low",
			[]model.Fact{model.CommunityTrust}, false, false, 1, POCOnly},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := &model.Activity{ID: "a", Facts: facts(t, c.facts)}
			r := rb.ClassifySuggested(a, "", c.suggested)
			if r.Tier != c.wantTier || r.Agenda != c.wantAgendaPlaced {
				t.Fatalf("placed T%d %s, want T%d %s", r.Tier, r.Agenda, c.wantTier, c.wantAgendaPlaced)
			}
			if r.TierOnSuggested != c.tier || r.AgendaOnSuggested != c.agenda {
				t.Errorf("tier, agenda on suggested = %v, %v; want %v, %v (suggested %v)",
					r.TierOnSuggested, r.AgendaOnSuggested, c.tier, c.agenda, r.Suggested)
			}
			if r.ReadingOnSuggested() != (c.tier || c.agenda) {
				t.Errorf("ReadingOnSuggested = %v", r.ReadingOnSuggested())
			}
			counted, d := rb.DecideSuggested(a, "", c.suggested)
			again := rb.ClassifyAgain(a, "", d)
			for _, x := range []Result{counted, again} {
				if x.TierOnSuggested != r.TierOnSuggested || x.AgendaOnSuggested != r.AgendaOnSuggested {
					t.Errorf("counted or made again, the marks are %v, %v, not %v, %v",
						x.TierOnSuggested, x.AgendaOnSuggested, r.TierOnSuggested, r.AgendaOnSuggested)
				}
			}
		})
	}
}

// The summary counts, of each tier × agenda cell, the activities whose
// reading there rests on suggested answers, and takes them back.
func TestSummaryCountsReadingsOnSuggested(t *testing.T) {
	rb := Default()
	a := &model.Activity{ID: "a", Facts: facts(t, "implementer: mission; kinds: [rule-of-law]")}
	draft := rb.ClassifySuggested(a, "", []model.Fact{model.Kinds})
	sure := rb.ClassifySuggested(a, "", nil)
	s := Summarize([]Result{draft, sure})
	if n, of := s.GridOnSuggested[3][Outside], s.Grid[3][Outside]; n != 1 || of != 2 {
		t.Fatalf("the cell T3 × outside counts %d on suggested answers of %d, want 1 of 2", n, of)
	}
	s.Remove(&draft)
	if n := s.GridOnSuggested[3][Outside]; n != 0 {
		t.Errorf("taken back, the cell still counts %d on suggested answers", n)
	}
}
