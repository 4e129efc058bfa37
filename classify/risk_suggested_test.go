package classify

import (
	"testing"

	"github.com/pocssr/pocssr/model"
)

// A risk that fires only because of an answer the words suggested and
// nobody confirmed rests on that suggestion (Risk.OnSuggested): with the
// answer unknown it would not fire. One that fires on confirmed answers
// alone does not, though some other answer is suggested; confirming the
// answer (no longer suggested) takes the mark away.
func TestRiskOnSuggestedAnswers(t *testing.T) {
	rb := Default()
	cases := []struct {
		name, risk, facts string
		suggested         []model.Fact
		want              bool
	}{
		{"critical on a suggested attack", "state-forces-attacking",
			"implementer: mission; kinds: [combined-operations]; state_forces_attacking_civilians: true",
			[]model.Fact{model.StateForcesAttackingCivilians}, true},
		{"critical on a suggested kind", "state-forces-attacking",
			"implementer: mission; kinds: [combined-operations]; state_forces_attacking_civilians: true",
			[]model.Fact{model.Kinds}, true},
		{"critical, the attack confirmed", "state-forces-attacking",
			"implementer: mission; kinds: [combined-operations]; state_forces_attacking_civilians: true",
			nil, false},
		{"critical, only an answer it does not read suggested", "state-forces-attacking",
			"implementer: mission; kinds: [combined-operations]; state_forces_attacking_civilians: true; community_trust: low",
			[]model.Fact{model.CommunityTrust}, false},
		{"high on a suggested trust", "distrusted-partner",
			"implementer: mission; kinds: [combined-operations]; forces: [police]; community_trust: low",
			[]model.Fact{model.CommunityTrust}, true},
		{"high, the trust confirmed", "distrusted-partner",
			"implementer: mission; kinds: [combined-operations]; forces: [police]; community_trust: low",
			[]model.Fact{model.PublicReporting}, false},
		{"medium on a suggested lack of means", "training-without-means",
			"kinds: [rights-training]; accountability: [reporting-procedure]",
			[]model.Fact{model.Accountability}, true},
		{"medium, the means confirmed", "training-without-means",
			"kinds: [rights-training]; accountability: [reporting-procedure]",
			nil, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := &model.Activity{ID: "a", Facts: facts(t, c.facts)}
			r := rb.ClassifySuggested(a, "", c.suggested)
			k, ok := hasRisk(r, c.risk)
			if !ok {
				t.Fatalf("%s does not fire (fired: %v)", c.risk, riskIDs(r))
			}
			if k.OnSuggested != c.want {
				t.Errorf("%s OnSuggested = %v, want %v (suggested %v)", c.risk, k.OnSuggested, c.want, r.Suggested)
			}
			n := 0
			if c.want {
				n = 1
			}
			if got := r.RisksOnSuggested(); got != n {
				t.Errorf("RisksOnSuggested = %d, want %d", got, n)
			}
			if r.HighestOnSuggested() != c.want {
				t.Errorf("HighestOnSuggested = %v, want %v", r.HighestOnSuggested(), c.want)
			}
		})
	}
}

// The severity a verdict names is only suggested when every risk of it
// rests on suggestions; a confirmed risk of the same severity stands.
func TestHighestOnSuggestedNeedsEveryRiskOfIt(t *testing.T) {
	rb := Default()
	// Two critical risks: one on the suggested attack, one on the
	// confirmed grave record.
	a := &model.Activity{ID: "a", Facts: facts(t,
		"implementer: mission; kinds: [combined-operations]; forces: [army]; rights_record: grave-ongoing; state_forces_attacking_civilians: true")}
	r := rb.ClassifySuggested(a, "", []model.Fact{model.StateForcesAttackingCivilians})
	if got := r.RisksOnSuggested(); got != 1 {
		t.Fatalf("RisksOnSuggested = %d, want 1 (risks %v)", got, riskIDs(r))
	}
	if r.HighestOnSuggested() {
		t.Errorf("the critical of the confirmed grave record is marked only suggested")
	}
}
