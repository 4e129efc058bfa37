package classify

import (
	"strings"
	"testing"

	"github.com/pocssr/pocssr/model"
)

func openKeys(rb *Rulebook, fs *model.Facts) string {
	var keys []string
	for _, q := range rb.OpenQuestions(fs) {
		keys = append(keys, q.Fact.Key())
	}
	return strings.Join(keys, " ")
}

// TestRelevance checks FRAMEWORK §5 fact by fact: each row gives facts under
// which the fact is relevant, and facts under which it is not (including when
// its condition is unknown).
func TestRelevance(t *testing.T) {
	rb := Default()
	cases := []struct {
		fact     string
		relevant []string
		not      []string
	}{
		{"implementer", []string{""}, nil},
		{"kinds", []string{""}, nil},
		{"forces", []string{"kinds: [vetting]", "kinds: [combined-operations]"}, []string{"", "kinds: [deterrence, mediation]"}},
		{"combined_ops", []string{"kinds: [deterrence, equipment]", "kinds: [capacity-training]"}, []string{"", "kinds: [rights-training]"}},
		{"accountability", []string{"kinds: [security-dialogue]", "kinds: [combined-operations]"}, []string{"", "kinds: [rule-of-law]"}},
		{"training_format", []string{"kinds: [rights-training]", "kinds: [mediation, capacity-training]"}, []string{"", "kinds: [equipment]"}},
		{"rights_record", []string{"forces: [army]"}, []string{"", "forces: []"}},
		{"response_spectrum", []string{"rights_record: minor-abuses", "rights_record: grave-ongoing"}, []string{"", "rights_record: no-concerns"}},
		{"hrddp", []string{"implementer: mission; forces: [army]; kinds: [equipment]"},
			[]string{"", "implementer: partner; forces: [army]; kinds: [equipment]", "implementer: mission; forces: []; kinds: [equipment]",
				"implementer: mission; forces: [army]; kinds: [vetting]", "forces: [army]; kinds: [equipment]"}},
		{"community_trust", []string{"forces: [police]"}, []string{"", "forces: []"}},
		{"community_input", []string{"implementer: mission", "implementer: mission-support"}, []string{"", "implementer: partner"}},
		{"horizon", []string{"kinds: [restructuring]", "kinds: [equipment, deterrence]"}, []string{"", "kinds: [deterrence, equipment]", "kinds: [abuse-monitoring]"}},
		{"exit_strategy", []string{"kinds: [vetting]"}, []string{"kinds: [removal-advocacy]"}},
		{"political_will", []string{"kinds: [security-dialogue]"}, []string{"kinds: [poc-reporting]"}},
		{"state_forces_attacking_civilians", []string{"forces: [intelligence]"}, []string{"", "forces: []"}},
		{"dual_role", []string{"implementer: mission-support; forces: [police]"}, []string{"implementer: host-state; forces: [police]", "forces: [police]", "implementer: mission; forces: []"}},
		{"changes_control_lines", []string{"kinds: [restructuring]", "kinds: [accountability-support]", "kinds: [deterrence, security-dialogue]"}, []string{"", "kinds: [vetting]"}},
		{"encourages_reporting", []string{"kinds: [rights-training]", "kinds: [accountability-support]", "kinds: [abuse-monitoring]"}, []string{"", "kinds: [vetting]"}},
		{"public_reporting", []string{"kinds: [abuse-monitoring]", "kinds: [poc-reporting]"}, []string{"", "kinds: [removal-advocacy]"}},
	}
	if len(cases) != int(model.NumFacts) {
		t.Fatalf("the table covers %d facts of %d", len(cases), model.NumFacts)
	}
	for _, c := range cases {
		f, ok := model.FactByKey(c.fact)
		if !ok {
			t.Fatalf("unknown fact %s", c.fact)
		}
		for _, spec := range c.relevant {
			fs := facts(t, spec)
			if !rb.Relevant(&fs, f) {
				t.Errorf("%s should be relevant given %q", c.fact, spec)
			}
			if !strings.Contains(" "+openKeys(rb, &fs)+" ", " "+c.fact+" ") {
				t.Errorf("%s should be an open question given %q: %s", c.fact, spec, openKeys(rb, &fs))
			}
		}
		for _, spec := range c.not {
			fs := facts(t, spec)
			if rb.Relevant(&fs, f) {
				t.Errorf("%s should not be relevant given %q", c.fact, spec)
			}
		}
	}
}

// Open questions are the relevant unknown facts, in question order.
func TestOpenQuestionsOrderAndAnswered(t *testing.T) {
	rb := Default()
	fs := facts(t, "")
	if got := openKeys(rb, &fs); got != "implementer kinds" {
		t.Errorf("nothing known: open %q", got)
	}
	fs = facts(t, "implementer: mission; kinds: [capacity-training]")
	want := "forces combined_ops accountability training_format community_input horizon exit_strategy political_will"
	if got := openKeys(rb, &fs); got != want {
		t.Errorf("open\n got %q\nwant %q", got, want)
	}
	fs = facts(t, "implementer: mission; kinds: [capacity-training]; forces: [army]; combined_ops: true; rights_record: minor-abuses")
	want = "accountability training_format response_spectrum hrddp community_trust community_input horizon exit_strategy political_will state_forces_attacking_civilians dual_role"
	if got := openKeys(rb, &fs); got != want {
		t.Errorf("open\n got %q\nwant %q", got, want)
	}
	for _, q := range rb.OpenQuestions(&fs) {
		if !strings.HasSuffix(q.Question, "?") {
			t.Errorf("%s: question %q is not a question", q.Fact.Key(), q.Question)
		}
	}
}

func TestQuestionsFollowFrameworkOrder(t *testing.T) {
	want := "implementer kinds forces combined_ops accountability training_format rights_record response_spectrum hrddp " +
		"community_trust community_input horizon exit_strategy political_will state_forces_attacking_civilians dual_role " +
		"changes_control_lines encourages_reporting public_reporting"
	var got []string
	for _, q := range Default().Questions {
		got = append(got, q.Fact.Key())
	}
	if strings.Join(got, " ") != want {
		t.Errorf("question order\n got %s\nwant %s", strings.Join(got, " "), want)
	}
}
