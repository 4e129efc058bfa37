package classify

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/model"
)

// plan builds activities a1, a2, ... from fact specs (see facts).
func plan(t testing.TB, specs ...string) []*model.Activity {
	t.Helper()
	acts := make([]*model.Activity, len(specs))
	for i, spec := range specs {
		acts[i] = &model.Activity{ID: fmt.Sprintf("a%d", i+1), Title: "t", Facts: facts(t, spec)}
	}
	return acts
}

// findingKeys renders findings as "id/force[activities]", in their order.
func findingKeys(fs []Finding) []string {
	out := make([]string, len(fs))
	for i, f := range fs {
		out[i] = f.Rule.ID + "/" + f.Force + "[" + strings.Join(f.Activities, ",") + "]"
	}
	return out
}

const (
	trainArmy   = "implementer: mission; kinds: [capacity-training]; forces: [army]"
	equipPolice = "implementer: mission-support; kinds: [equipment]; forces: [police]"
	watchArmy   = "implementer: host-state; kinds: [abuse-monitoring]; forces: [army]"
	vetArmy     = "implementer: partner; kinds: [vetting]; forces: [army]"
	jointArmy   = "implementer: mission; kinds: [combined-operations]; forces: [army]"
)

func TestPortfolioFindings(t *testing.T) {
	eff, sup := "effectiveness-without-accountability", "support-without-monitoring"
	tests := []struct {
		name  string
		specs []string
		want  []string
	}{
		{"no activity", nil, nil},
		{"training the army with nothing on its accountability", []string{trainArmy},
			[]string{eff + "/army[a1]", sup + "/army[a1]"}},
		{"equipment is capacity too, and HRDDP-covered", []string{equipPolice},
			[]string{eff + "/police[a1]", sup + "/police[a1]"}},
		{"combined operations are supported, not capacity", []string{jointArmy},
			[]string{sup + "/army[a1]"}},
		{"monitoring by anyone answers both", []string{trainArmy, watchArmy}, nil},
		{"vetting answers accountability, not monitoring", []string{trainArmy, vetArmy},
			[]string{sup + "/army[a1]"}},
		{"institutionalized rights training answers accountability",
			[]string{trainArmy, "implementer: partner; kinds: [rights-training]; forces: [army]; training_format: curriculum"},
			[]string{sup + "/army[a1]"}},
		{"one-off rights training does not",
			[]string{trainArmy, "implementer: mission; kinds: [rights-training]; forces: [army]; training_format: one-off; accountability: []"},
			[]string{eff + "/army[a1]", sup + "/army[a1]"}},
		{"rights training of unknown format keeps it open",
			[]string{trainArmy, "implementer: mission; kinds: [rights-training]; forces: [army]"},
			[]string{sup + "/army[a1]"}},
		{"an answer on another force does not count", []string{trainArmy, "implementer: mission; kinds: [abuse-monitoring]; forces: [police]"},
			[]string{eff + "/army[a1]", sup + "/army[a1]"}},
		{"an answering activity whose forces are unknown keeps it from firing",
			[]string{trainArmy, "implementer: mission; kinds: [abuse-monitoring]"}, nil},
		{"an activity whose kinds are unknown keeps it from firing",
			[]string{trainArmy, "implementer: mission; forces: [army]"}, nil},
		{"a raising activity with unknown implementer raises nothing",
			[]string{"kinds: [capacity-training]; forces: [army]"}, nil},
		{"a raising activity with unknown forces raises nothing",
			[]string{"implementer: mission; kinds: [capacity-training]"}, nil},
		{"a partner's training raises nothing", []string{"implementer: partner; kinds: [capacity-training]; forces: [army]"}, nil},
		{"forces none raises nothing", []string{"implementer: mission; kinds: [equipment]; forces: []"}, nil},
		{"per force: the police answered, the army not",
			[]string{trainArmy, equipPolice, "implementer: mission; kinds: [abuse-monitoring]; forces: [police]"},
			[]string{eff + "/army[a1]", sup + "/army[a1]"}},
		{"ordered by rulebook order, then force; activities in worksheet order",
			[]string{equipPolice, jointArmy, trainArmy, "implementer: mission; kinds: [equipment]; forces: [police, army]"},
			[]string{eff + "/army[a3,a4]", eff + "/police[a1,a4]", sup + "/army[a2,a3,a4]", sup + "/police[a1,a4]"}},
	}
	rb := Default()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := findingKeys(rb.FindingsOf(plan(t, tc.specs...)))
			if !slices.Equal(got, tc.want) {
				t.Errorf("findings\n got %q\nwant %q", got, tc.want)
			}
		})
	}
}

// Adding an activity that answers a finding clears it, and taking it out again
// brings it back: the tally counts up and down.
func TestPortfolioTallyClears(t *testing.T) {
	rb := Default()
	acts := plan(t, trainArmy, watchArmy)
	var tally PortfolioTally
	tally.Count(rb.PortfolioMark(&acts[0].Facts), +1)
	if got := tally.Firing().Len(); got != 2 {
		t.Fatalf("%d findings with the training alone, want 2", got)
	}
	answer := rb.PortfolioMark(&acts[1].Facts)
	tally.Count(answer, +1)
	if got := tally.Firing(); got != 0 {
		t.Errorf("findings %v after adding the monitoring, want none", rb.Fired(got))
	}
	tally.Count(answer, -1)
	if !rb.FindingIn(tally.Firing(), "effectiveness-without-accountability", "army") {
		t.Errorf("taking the monitoring out again should bring the finding back")
	}
}

func TestFindingTexts(t *testing.T) {
	rb := Default()
	fs := rb.FindingsOf(plan(t, trainArmy, trainArmy))
	if len(fs) != 2 {
		t.Fatalf("findings %q", findingKeys(fs))
	}
	f := fs[0]
	for _, want := range []string{"army", "a1 and a2"} {
		if !strings.Contains(f.Why, want) {
			t.Errorf("why %q does not name %q", f.Why, want)
		}
	}
	if !strings.Contains(f.WouldClear, "army") || !strings.Contains(f.WouldClear, "vetting") {
		t.Errorf("would clear %q should name the force and the kinds that answer", f.WouldClear)
	}
	if f.Rule.Mitigation == "" || f.Rule.Section == "" || f.Rule.Title == "" || len(f.Rule.Recommendations) == 0 {
		t.Errorf("finding %s lacks mitigation, section, title or recommendations", f.Rule.ID)
	}
	if !strings.Contains(fs[1].WouldClear, "monitoring") {
		t.Errorf("would clear %q should name abuse monitoring", fs[1].WouldClear)
	}
}

func TestNamedActivities(t *testing.T) {
	ids := []string{"a", "b", "c", "d", "e", "f", "g", "h"}
	if got := namedActivities(ids[:2]); got != "a and b" {
		t.Errorf("got %q", got)
	}
	if got := namedActivities(ids); got != "a, b, c, d, e and 3 more" {
		t.Errorf("got %q", got)
	}
}

// A facilitator's rulebook can change the findings, and every name in them is
// checked, with its position.
func TestPortfolioRulebook(t *testing.T) {
	src := string(Default().Source())
	tests := []struct {
		name, old, new string
		wantErr        string // "" : loads
	}{
		{"unknown kind in a condition", "answered_by: {kind: any, in: [abuse-monitoring]}", "answered_by: {kind: any, in: [abuse-monitor]}",
			`"abuse-monitor" is not a value of kinds`},
		{"unknown kind in clear_kinds", "clear_kinds: [abuse-monitoring]", "clear_kinds: [abuse-watch]",
			`"abuse-watch" is not a value of kinds`},
		{"unknown force", "clear_kinds: [abuse-monitoring]", "clear_kinds: [abuse-monitoring]\n    forces: [army, navy]",
			`"navy" is not a value of forces`},
		{"a fact placeholder in why", "yet\n      no activity of the plan monitors", "yet {rights_record}\n      no activity of the plan monitors",
			"{rights_record}: a portfolio finding speaks of a force"},
		{"unknown placeholder", "an activity of {clear_kinds}.", "an activity of {kinds_clear}.",
			"unknown placeholder {kinds_clear}"},
		{"unknown key", "clear_kinds: [abuse-monitoring]", "clear_kinds: [abuse-monitoring]\n    answerd_by: {kind: any, in: [vetting]}",
			`unknown key "answerd_by" in a portfolio finding`},
		{"missing condition", "    answered_by: {kind: any, in: [abuse-monitoring]}\n", "",
			`a portfolio finding has no "answered_by"`},
		{"unknown recommendation", "recommendations: [clear-abuse-response, ssr-guidance-on-poc]\n\nrecommendations:",
			"recommendations: [clear-response]\n\nrecommendations:", `unknown recommendation "clear-response"`},
		{"a finding restricted to some forces loads", "clear_kinds: [abuse-monitoring]", "clear_kinds: [abuse-monitoring]\n    forces: [police]", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if !strings.Contains(src, tc.old) {
				t.Fatalf("the rulebook no longer holds %q", tc.old)
			}
			changed := strings.Replace(src, tc.old, tc.new, 1)
			rb, err := Parse("mine.yaml", []byte(changed))
			if tc.wantErr == "" {
				if err != nil {
					t.Fatal(err)
				}
				if got := findingKeys(rb.FindingsOf(plan(t, jointArmy))); len(got) != 0 {
					t.Errorf("a finding for the police only fired for the army: %q", got)
				}
				return
			}
			if err == nil {
				t.Fatalf("loaded; want an error with %q", tc.wantErr)
			}
			msg := err.Error()
			if !strings.Contains(msg, tc.wantErr) {
				t.Errorf("error %q does not say %q", msg, tc.wantErr)
			}
			// The error points at the changed text, or at the node holding it
			// (a folded template starts a few lines above its words).
			var line, col int
			if _, err := fmt.Sscanf(msg, "mine.yaml:%d:%d:", &line, &col); err != nil {
				t.Fatalf("error %q has no line:col", msg)
			}
			at := 1 + strings.Count(changed[:strings.Index(changed, tc.new)], "\n")
			if tc.new != "" && (line < at-3 || line > at+1) {
				t.Errorf("error %q points at line %d, the change is at line %d", msg, line, at)
			}
		})
	}
}

// A rulebook without a portfolio section raises no finding.
func TestRulebookWithoutPortfolio(t *testing.T) {
	src := string(Default().Source())
	i, j := strings.Index(src, "\nportfolio:\n"), strings.Index(src, "\nrecommendations:\n")
	rb, err := Parse("old.yaml", []byte(src[:i]+src[j:]))
	if err != nil {
		t.Fatal(err)
	}
	if got := rb.FindingsOf(plan(t, trainArmy)); len(got) != 0 {
		t.Errorf("findings %q", findingKeys(got))
	}
}

// Findings are ordered by severity first: a facilitator who makes one finding
// critical sees it before the other.
func TestPortfolioOrderBySeverity(t *testing.T) {
	src := string(Default().Source())
	old := "severity: high\n    title: The mission supports a force"
	if !strings.Contains(src, old) {
		t.Fatal("the rulebook changed")
	}
	rb, err := Parse("mine.yaml", []byte(strings.Replace(src, old, "severity: critical\n    title: The mission supports a force", 1)))
	if err != nil {
		t.Fatal(err)
	}
	got := findingKeys(rb.FindingsOf(plan(t, trainArmy, equipPolice)))
	want := []string{"support-without-monitoring/army[a1]", "support-without-monitoring/police[a2]",
		"effectiveness-without-accountability/army[a1]", "effectiveness-without-accountability/police[a2]"}
	if !slices.Equal(got, want) {
		t.Errorf("findings\n got %q\nwant %q", got, want)
	}
}

// A finding that only unknown facts hold back is listed as open, with the
// activities that might answer it.
func TestOpenFindings(t *testing.T) {
	rb := Default()
	p := rb.NewPortfolio()
	for _, a := range plan(t, trainArmy, "implementer: mission; kinds: [abuse-monitoring]", vetArmy) {
		p.Add(a)
	}
	if fs := p.Findings(); len(fs) != 0 {
		t.Fatalf("findings %q, want none", findingKeys(fs))
	}
	open := p.Open()
	if len(open) != 1 || open[0].Rule.ID != "support-without-monitoring" || open[0].Force != "army" ||
		!slices.Equal(open[0].HeldBy, []string{"a2"}) || !slices.Equal(open[0].Activities, []string{"a1"}) {
		t.Fatalf("open %+v, want support-without-monitoring for the army held by a2", open)
	}
	// Many possible answers are named in part and counted.
	specs := []string{trainArmy}
	for range 8 {
		specs = append(specs, "implementer: mission; kinds: [abuse-monitoring]")
	}
	p = rb.NewPortfolio()
	for _, a := range plan(t, specs...) {
		p.Add(a)
	}
	if open := p.Open(); len(open) != 2 || open[0].HeldText() != "a2, a3, a4, a5, a6 and 3 more" {
		t.Errorf("open %+v", open)
	}
	// A screen that lists them all has them all, in worksheet order, and
	// the same text.
	p = rb.NewPortfolio()
	p.ListEveryHolder()
	for _, a := range plan(t, specs...) {
		p.Add(a)
	}
	want := []string{"a2", "a3", "a4", "a5", "a6", "a7", "a8", "a9"}
	if open := p.Open(); len(open) != 2 || !slices.Equal(open[0].HeldBy, want) || open[0].HeldCount != len(want) ||
		open[0].HeldText() != "a2, a3, a4, a5, a6 and 3 more" {
		t.Errorf("open %+v, want every holder %q", open, want)
	}
}

// An open finding names the facts that really hold it open: those not known
// of the activities that might answer it and that decide whether they do,
// never a fact already known nor one the answer does not read.
func TestOpenFindingsNameTheFactsThatHoldThemOpen(t *testing.T) {
	const eff = "effectiveness-without-accountability"
	tests := []struct {
		name   string
		answer string // the activity that might answer it, beside trainArmy
		want   string // Unknown, as its text
	}{
		{"rights training whose format is not known",
			"implementer: mission; kinds: [rights-training]; forces: [army]",
			"accountability measures in place or training format"},
		{"rights training whose format is known, not built in, with accountability not known",
			"implementer: mission; kinds: [rights-training]; forces: [army]; training_format: one-off",
			"accountability measures in place"},
		{"an activity whose kinds are not known",
			"implementer: mission; forces: [army]; training_format: one-off; accountability: []",
			"kinds of activity"},
		{"vetting for forces not known",
			"implementer: partner; kinds: [vetting]",
			"state security forces concerned"},
		{"kinds and forces not known: the implementer is never among them",
			"training_format: one-off; accountability: []",
			"kinds of activity or state security forces concerned"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := Default().NewPortfolio()
			for _, a := range plan(t, trainArmy, tt.answer) {
				p.Add(a)
			}
			var got []string
			for _, o := range p.Open() {
				if o.Rule.ID == eff && o.Force == "army" {
					got = append(got, o.UnknownText)
					if len(o.Unknown) == 0 {
						t.Errorf("no unknown facts in %+v", o)
					}
				}
			}
			if len(got) != 1 || got[0] != tt.want {
				t.Errorf("held open by %q, want %q", got, tt.want)
			}
		})
	}
}

// A finding raised by an activity with accountability measures of its own
// says that those measures do not answer it, naming that activity and the
// kinds that would; with none such it says nothing, and a rulebook without
// the explanation says nothing either (a walk read "with oversight" on the
// activity and "nothing works on its accountability" on the finding).
func TestFindingSaysMeasuresOfItsOwnDoNotAnswerIt(t *testing.T) {
	rb := Default()
	acts := plan(t, trainArmy, trainArmy+"; accountability: [external-oversight]")
	fs := rb.FindingsOf(acts)
	if len(fs) != 2 {
		t.Fatalf("findings %v, want two for the army", findingKeys(fs))
	}
	for _, f := range fs {
		if !slices.Equal(f.MeasuredBy, []string{"a2"}) || !strings.Contains(f.Measured, "(a2)") || !strings.Contains(f.Measured, "army") {
			t.Errorf("%s: measured by %v: %q", f.Rule.ID, f.MeasuredBy, f.Measured)
		}
	}
	if !strings.Contains(fs[0].Measured+fs[1].Measured, "vetting") {
		t.Errorf("the notes do not name the kinds that would answer: %q / %q", fs[0].Measured, fs[1].Measured)
	}
	for _, f := range rb.FindingsOf(plan(t, trainArmy)) {
		if f.Measured != "" || f.MeasuredBy != nil {
			t.Errorf("%s: with no measures the finding says %q", f.Rule.ID, f.Measured)
		}
	}
	src := strings.Replace(string(builtinRulebook), "  portfolio-measures: >-", "  unused-measures: >-", 1)
	src = src[:strings.Index(src, "  unused-measures: >-")] + src[strings.Index(src, "\n\n# The cue lexicon"):]
	older, err := Parse("older.yaml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range older.FindingsOf(acts) {
		if f.Measured != "" {
			t.Errorf("a rulebook without portfolio-measures says %q", f.Measured)
		}
	}
}
