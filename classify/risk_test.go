package classify

import (
	"strings"
	"testing"
)

// riskCases give, for every risk of FRAMEWORK §4, facts under which it fires,
// facts under which it does not, and facts with one needed fact unknown, under
// which it must stay silent.
var riskCases = []struct {
	id       string
	severity Severity
	fires    string
	quiet    []string
	unknown  []string
}{
	{"capacity-without-accountability", High,
		"implementer: host-state; kinds: [restructuring, equipment]; accountability: [reporting-procedure]",
		[]string{"implementer: mission; kinds: [equipment]; accountability: [discipline]",
			"implementer: mission; kinds: [vetting]; accountability: []"},
		[]string{"implementer: mission; kinds: [equipment]", "implementer: mission; accountability: []"}},
	{"training-not-institutionalized", Medium,
		"kinds: [vetting, rights-training]; training_format: recurring; accountability: [discipline]",
		[]string{"kinds: [rights-training]; training_format: curriculum",
			"kinds: [rights-training]; training_format: one-off; accountability: [performance-link]",
			"kinds: [capacity-training]; training_format: one-off; accountability: []"},
		[]string{"kinds: [rights-training]; training_format: one-off", "kinds: [rights-training]; accountability: []"}},
	{"training-without-means", Medium,
		"kinds: [rights-training]; accountability: [reporting-procedure]",
		[]string{"kinds: [rights-training]; accountability: [reporting-procedure, command-support]",
			"kinds: [capacity-training]; accountability: []"},
		[]string{"kinds: [rights-training]", "accountability: []"}},
	{"short-term-ssr", Medium,
		"implementer: mission-support; kinds: [capacity-training, deterrence]; exit_strategy: true",
		[]string{"implementer: mission; kinds: [deterrence, capacity-training]; exit_strategy: true",
			"implementer: mission; kinds: [restructuring]; exit_strategy: false; horizon: long",
			"implementer: partner; kinds: [restructuring]; horizon: immediate"},
		[]string{"implementer: mission; kinds: [restructuring]; horizon: long", "kinds: [restructuring]; horizon: immediate"}},
	{"grave-violations-support", Critical,
		"implementer: mission; kinds: [combined-operations]; forces: [army]; rights_record: grave-ongoing",
		[]string{"implementer: mission; kinds: [combined-operations]; forces: [army]; rights_record: minor-abuses",
			"implementer: mission; kinds: [vetting]; forces: [army]; rights_record: grave-ongoing",
			"implementer: mission; kinds: [equipment]; forces: []; rights_record: grave-ongoing",
			"implementer: partner; kinds: [equipment]; forces: [army]; rights_record: grave-ongoing"},
		[]string{"implementer: mission; kinds: [equipment]; forces: [army]",
			"implementer: mission; kinds: [equipment]; rights_record: grave-allegations",
			"kinds: [equipment]; forces: [army]; rights_record: grave-allegations"}},
	{"hrddp-not-assessed", High,
		"implementer: mission-support; kinds: [rights-training, equipment]; forces: [police]; hrddp: not-done",
		[]string{"implementer: mission; kinds: [equipment]; forces: [police]; hrddp: done",
			"implementer: mission; kinds: [rights-training]; forces: [police]; hrddp: not-done"},
		[]string{"implementer: mission; kinds: [equipment]; forces: [police]",
			"implementer: mission; kinds: [equipment]; hrddp: not-done"}},
	{"governance-outside-hrddp", Low,
		"implementer: mission; kinds: [deterrence, vetting]; forces: [gendarmerie]",
		[]string{"implementer: mission; kinds: [equipment]; forces: [police]",
			"implementer: mission; kinds: [restructuring]; forces: []",
			"implementer: host-state; kinds: [restructuring]; forces: [army]"},
		[]string{"implementer: mission; kinds: [restructuring]", "kinds: [restructuring]; forces: [army]"}},
	{"abuse-without-response-range", Medium,
		"rights_record: minor-abuses; response_spectrum: false",
		[]string{"rights_record: grave-ongoing; response_spectrum: true",
			"rights_record: no-concerns; response_spectrum: false"},
		[]string{"rights_record: grave-ongoing", "response_spectrum: false"}},
	{"complicity-minor-abuses", Medium,
		"implementer: mission; kinds: [restructuring]; forces: [police]; rights_record: minor-abuses",
		[]string{"implementer: mission; kinds: [restructuring]; forces: [police]; rights_record: grave-allegations",
			"implementer: mission; kinds: [abuse-monitoring]; forces: [police]; rights_record: minor-abuses",
			"implementer: mission; kinds: [deterrence, restructuring]; forces: [police]; rights_record: minor-abuses"},
		[]string{"implementer: mission; kinds: [restructuring]; forces: [police]",
			"kinds: [restructuring]; forces: [police]; rights_record: minor-abuses"}},
	{"state-forces-attacking", Critical,
		"implementer: mission; kinds: [combined-operations]; state_forces_attacking_civilians: true",
		[]string{"implementer: mission; kinds: [abuse-monitoring]; state_forces_attacking_civilians: true",
			"implementer: mission; kinds: [restructuring]; state_forces_attacking_civilians: false",
			"implementer: partner; kinds: [restructuring]; state_forces_attacking_civilians: true"},
		[]string{"implementer: mission; kinds: [restructuring]", "kinds: [restructuring]; state_forces_attacking_civilians: true"}},
	{"distrusted-partner", High,
		"implementer: mission; kinds: [combined-operations]; forces: [police]; community_trust: low",
		[]string{"implementer: mission; kinds: [combined-operations]; forces: [police]; community_trust: mixed",
			"implementer: mission; kinds: [abuse-monitoring]; forces: [police]; community_trust: low"},
		[]string{"implementer: mission; kinds: [restructuring]; forces: [police]",
			"implementer: mission; kinds: [restructuring]; community_trust: low"}},
	{"dual-role", Medium,
		"dual_role: true; rights_record: no-concerns",
		[]string{"dual_role: false; rights_record: grave-ongoing"},
		[]string{"rights_record: grave-ongoing"}},
	{"no-political-will", Medium,
		"kinds: [security-dialogue]; political_will: absent",
		[]string{"kinds: [security-dialogue]; political_will: strong", "kinds: [deterrence]; political_will: absent"},
		[]string{"kinds: [security-dialogue]", "political_will: weak"}},
	{"control-lines-reprisal", Medium,
		"changes_control_lines: true",
		[]string{"changes_control_lines: false"},
		[]string{"kinds: [restructuring]"}},
	{"unprotected-whistleblowers", High,
		"encourages_reporting: true; accountability: [discipline]",
		[]string{"encourages_reporting: true; accountability: [whistleblower-protection]",
			"encourages_reporting: false; accountability: []"},
		[]string{"encourages_reporting: true", "accountability: []"}},
	{"vetting-without-safeguards", Medium,
		"kinds: [deterrence, vetting]; accountability: [whistleblower-protection]",
		[]string{"kinds: [vetting]; accountability: [code-of-conduct]", "kinds: [rights-training]; accountability: []"},
		[]string{"kinds: [vetting]", "accountability: []"}},
	{"no-community-input", Medium,
		"implementer: mission-support; community_input: false",
		[]string{"implementer: mission; community_input: true", "implementer: host-state; community_input: false"},
		[]string{"implementer: mission", "community_input: false"}},
	{"public-reporting-sensitivity", Low,
		"public_reporting: true",
		[]string{"public_reporting: false"},
		[]string{"kinds: [abuse-monitoring]"}},
	{"limited-influence", Low,
		"implementer: partner; kinds: [equipment]",
		[]string{"implementer: host-state; kinds: [equipment]", "implementer: partner; kinds: [deterrence, equipment]"},
		[]string{"implementer: partner", "kinds: [equipment]"}},
}

func TestEveryRiskHasCases(t *testing.T) {
	rb := Default()
	if len(rb.Risks) != len(riskCases) {
		t.Fatalf("the rulebook has %d risks, the table %d", len(rb.Risks), len(riskCases))
	}
	for i, c := range riskCases {
		if rb.Risks[i].ID != c.id {
			t.Errorf("risk %d is %s, want %s (FRAMEWORK §4 order)", i, rb.Risks[i].ID, c.id)
		}
	}
}

func TestRiskRules(t *testing.T) {
	rb := Default()
	for _, c := range riskCases {
		t.Run(c.id, func(t *testing.T) {
			fs := facts(t, c.fires)
			r := rb.ClassifyFacts(&fs)
			k, ok := hasRisk(r, c.id)
			if !ok {
				t.Fatalf("does not fire on %q (fired: %v)", c.fires, riskIDs(r))
			}
			if k.Severity != c.severity {
				t.Errorf("severity %s, want %s", k.Severity, c.severity)
			}
			rule := k.Rule
			if k.Why == "" || strings.Contains(k.Why, "{") || rule.Title == "" || rule.Mitigation == "" || rule.Section == "" || rule.Example == "" {
				t.Errorf("incomplete explanation: %+v why=%q", *rule, k.Why)
			}
			for _, q := range c.quiet {
				fs := facts(t, q)
				if _, ok := hasRisk(rb.ClassifyFacts(&fs), c.id); ok {
					t.Errorf("fires on %q", q)
				}
			}
			for _, u := range c.unknown {
				fs := facts(t, u)
				if _, ok := hasRisk(rb.ClassifyFacts(&fs), c.id); ok {
					t.Errorf("fires although a needed fact is unknown: %q", u)
				}
			}
		})
	}
}

func TestDualRoleSeverityRises(t *testing.T) {
	rb := Default()
	for record, want := range map[string]Severity{
		"no-concerns": Medium, "minor-abuses": High, "grave-allegations": High, "grave-ongoing": High,
	} {
		fs := facts(t, "dual_role: true; rights_record: "+record)
		k, ok := hasRisk(rb.ClassifyFacts(&fs), "dual-role")
		if !ok || k.Severity != want {
			t.Errorf("%s: dual-role %v %s, want %s", record, ok, k.Severity, want)
		}
	}
	fs := facts(t, "dual_role: true")
	if k, _ := hasRisk(rb.ClassifyFacts(&fs), "dual-role"); k.Severity != Medium {
		t.Errorf("record unknown: severity %s, want medium", k.Severity)
	}
}

// The why of a risk names the facts that made it fire.
func TestWhyNamesTheFacts(t *testing.T) {
	rb := Default()
	fs := facts(t, "implementer: mission; kinds: [combined-operations]; forces: [gendarmerie]; rights_record: grave-ongoing")
	k, _ := hasRisk(rb.ClassifyFacts(&fs), "grave-violations-support")
	if !containsFold(k.Why, "gendarmerie") {
		t.Errorf("why does not name the force: %q", k.Why)
	}
	fs = facts(t, "kinds: [rights-training]; accountability: [command-support]")
	k, _ = hasRisk(rb.ClassifyFacts(&fs), "training-without-means")
	if !containsFold(k.Why, "reporting procedure") || containsFold(k.Why, "command support") {
		t.Errorf("why should name only the missing reporting procedure: %q", k.Why)
	}
}

func TestRisksOrderedBySeverityThenRulebook(t *testing.T) {
	rb := Default()
	fs := facts(t, "implementer: mission; kinds: [capacity-training, rights-training]; forces: [army]; accountability: []; "+
		"rights_record: grave-ongoing; hrddp: not-done; community_input: false; public_reporting: true; response_spectrum: false; "+
		"state_forces_attacking_civilians: true; training_format: one-off")
	r := rb.ClassifyFacts(&fs)
	order := map[string]int{}
	for i, c := range riskCases {
		order[c.id] = i
	}
	for i := 1; i < len(r.Risks); i++ {
		a, b := r.Risks[i-1], r.Risks[i]
		if a.Severity.Rank() < b.Severity.Rank() ||
			a.Severity == b.Severity && order[a.Rule.ID] > order[b.Rule.ID] {
			t.Errorf("risks out of order: %v", riskIDs(r))
		}
	}
	if len(r.Risks) < 8 {
		t.Errorf("expected many risks, got %v", riskIDs(r))
	}
}
