package classify

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/model"
)

// withManyRisks is the built-in rulebook with extra risk rules that fire for
// every mediation activity, 89 risk rules in all.
func withManyRisks(t *testing.T, total int) *Rulebook {
	t.Helper()
	src := string(builtinRulebook)
	var extra strings.Builder
	for i := len(Default().Risks); i < total; i++ {
		fmt.Fprintf(&extra, `  - id: extra-%d
    severity: low
    title: Extra risk %d
    when: {kind: any, in: [mediation]}
    why: It is mediation ({primary}).
    mitigation: Nothing.
    section: None
`, i, i)
	}
	// The extra rules go at the end of the risks: list, before the next
	// top-level key.
	r := strings.Index(src, "\nrisks:")
	i := r + 1 + regexp.MustCompile(`\n[a-z_]+:`).FindStringIndex(src[r+1:])[0]
	src = src[:i+1] + extra.String() + src[i+1:]
	rb, err := Parse("many.yaml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if len(rb.Risks) != total {
		t.Fatalf("%d risk rules, want %d", len(rb.Risks), total)
	}
	return rb
}

// Every risk rule that holds fires, however many the rulebook has.
func TestEveryRiskRuleFires(t *testing.T) {
	rb := withManyRisks(t, 89)
	fs := facts(t, "implementer: mission; kinds: [mediation]; community_input: false; dual_role: true; changes_control_lines: true; public_reporting: true")
	r := rb.ClassifyFacts(&fs)
	extra := 0
	for _, k := range r.Risks {
		if strings.HasPrefix(k.Rule.ID, "extra-") {
			extra++
		}
	}
	if want := 89 - len(Default().Risks); extra != want {
		t.Errorf("%d of the %d extra rules fired", extra, want)
	}
	if len(r.Risks) < 70+4 {
		t.Errorf("%d risks fired, want at least 74", len(r.Risks))
	}
}

// Each risk names the line of its rule, the facts its condition read with
// their values, and the raise that set its severity.
func TestRiskNamesItsRuleAndFacts(t *testing.T) {
	rb := Default()
	fs := facts(t, "implementer: mission; kinds: [combined-operations]; forces: [army]; rights_record: grave-allegations; dual_role: true")
	r := rb.ClassifyFacts(&fs)
	grave, ok := hasRisk(r, "grave-violations-support")
	if !ok {
		t.Fatalf("grave-violations-support does not fire: %v", riskIDs(r))
	}
	line := lineOf(t, "  - id: grave-violations-support")
	if want := fmt.Sprintf("rulebook.yaml:%d:5", line); grave.Rule.Pos.String() != want {
		t.Errorf("position %q, want %q", grave.Rule.Pos, want)
	}
	got := map[model.Fact]string{}
	for _, fv := range grave.Facts() {
		got[fv.Fact] = rb.ValueOf(fv)
	}
	for f, want := range map[model.Fact]string{model.Implementer: "the mission itself", model.Forces: "army",
		model.RightsRecord: "grave allegations", model.Kinds: "combined operations"} {
		if !strings.EqualFold(got[f], want) {
			t.Errorf("%s read as %q, want %q (all: %v)", f, got[f], want, got)
		}
	}
	dual, _ := hasRisk(r, "dual-role")
	if dual.Raised == nil || dual.Severity != High || dual.Raised.Pos.Line == 0 {
		t.Errorf("dual-role: severity %s raised by %+v", dual.Severity, dual.Raised)
	}
}

// The placements name what decided them: the primary kind and its tier line,
// whether the 2015 reading puts it inside SSR, and the agenda rule with the
// line of its explanation and the facts it read.
func TestPlacementsNameWhatDecided(t *testing.T) {
	rb := Default()
	cases := []struct {
		spec      string
		tier      Tier
		insideSSR bool
		rule      string
		reads     []model.Fact
	}{
		{"implementer: mission; kinds: [capacity-training]; combined_ops: true", 3, true, "agenda-capacity-ssr",
			[]model.Fact{model.Kinds, model.Implementer, model.CombinedOps, model.Accountability}},
		{"implementer: partner; kinds: [rule-of-law]", 3, false, "agenda-partner-outside", []model.Fact{model.Kinds, model.Implementer}},
		{"implementer: mission; kinds: [mediation]", 1, false, "agenda-direct-poc", []model.Fact{model.Kinds, model.Implementer}},
		{"kinds: [vetting]", 3, true, "agenda-implementer-unknown", []model.Fact{model.Kinds, model.Implementer}},
		{"implementer: mission", 0, false, "agenda-no-kinds", []model.Fact{model.Kinds}},
	}
	for _, c := range cases {
		fs := facts(t, c.spec)
		r := rb.ClassifyFacts(&fs)
		p, n := r.Policy, r.Narrow
		if p.Tier != c.tier || p.InsideSSR != c.insideSSR || n.Rule != c.rule {
			t.Errorf("%s: tier %d inside SSR %v rule %s", c.spec, p.Tier, p.InsideSSR, n.Rule)
		}
		if c.tier != 0 && (p.Info == nil || p.Kind == nil || p.Kind.TierPos.Line == 0 || p.Reason != r.Reasons[0]) {
			t.Errorf("%s: tier placement %+v", c.spec, p)
		}
		if n.Info == nil || n.Info.ID != r.Agenda || n.Reason != r.Reasons[len(r.Reasons)-1] {
			t.Errorf("%s: agenda placement %+v", c.spec, n)
		}
		if want := lineOf(t, "  "+c.rule+":"); n.Pos.Line != want {
			t.Errorf("%s: rule at line %d, want %d", c.spec, n.Pos.Line, want)
		}
		var reads []model.Fact
		for _, fv := range n.Facts() {
			reads = append(reads, fv.Fact)
		}
		if fmt.Sprint(reads) != fmt.Sprint(c.reads) {
			t.Errorf("%s: the rule read %v, want %v", c.spec, reads, c.reads)
		}
	}
}

// lineOf is the line of the built-in rulebook that starts with prefix.
func lineOf(t *testing.T, prefix string) int {
	t.Helper()
	for i, l := range strings.Split(string(builtinRulebook), "\n") {
		if strings.HasPrefix(l, prefix) {
			return i + 1
		}
	}
	t.Fatalf("no line starts with %q", prefix)
	return 0
}

// A rulebook written before the inside-SSR caption existed still loads.
func TestRulebookWithoutInsideSSRCaptionLoads(t *testing.T) {
	src := string(builtinRulebook)
	i := strings.Index(src, "  reading-inside-ssr:")
	j := i + strings.Index(src[i:], "\n\n")
	rb, err := Parse("old.yaml", []byte(src[:i]+src[j+1:]))
	if err != nil {
		t.Fatal(err)
	}
	if rb.InsideSSRCaption() != "" || Default().InsideSSRCaption() == "" {
		t.Errorf("caption %q / %q", rb.InsideSSRCaption(), Default().InsideSSRCaption())
	}
}

// A rulebook written before what would change a partner's capacity or
// training named its conditions still loads, and says what it said then.
func TestRulebookWithoutPartnerConditionsLoads(t *testing.T) {
	src := string(builtinRulebook)
	// the two stand together, before what would make it POC only
	i, j := strings.Index(src, "  change-partner-capacity:"), strings.Index(src, "  change-partner-poc:")
	if i < 0 || j < i || strings.Contains(src[:i]+src[j:], "change-partner-training") {
		t.Fatal("the built-in rulebook's partner conditions are not where this test cuts them")
	}
	rb, err := Parse("old.yaml", []byte(src[:i]+src[j:]))
	if err != nil {
		t.Fatal(err)
	}
	fs := facts(t, "implementer: partner; kinds: [capacity-training]")
	old, now := rb.ClassifyFacts(&fs), Default().ClassifyFacts(&fs)
	if want := rb.explain("change-partner-overlap", &fs); len(old.WouldChange) != 1 || old.WouldChange[0].If != want {
		t.Errorf("an older rulebook's change %+v, want %q", old.WouldChange, want)
	}
	if len(now.WouldChange) != 1 || !strings.Contains(now.WouldChange[0].If, "accountability") {
		t.Errorf("the built-in rulebook's change %+v names no condition", now.WouldChange)
	}
}

// A fact's value in words: one piece as it is (a label, yes, no, none,
// unknown), a list of labels joined with "and"; a value of one piece is
// the rulebook's own string, not a copy made for each account.
func TestValueTextInWords(t *testing.T) {
	rb := Default()
	kinds := rb.Vocabulary().Values(model.Kinds)
	impl := rb.Vocabulary().Values(model.Implementer)
	var fs model.Facts
	fs.SetOne(model.Implementer, impl[0])
	fs.SetYes(model.CombinedOps, false)
	fs.SetSet(model.Forces, nil)
	label := func(f model.Fact, v string) string { return rb.lowerLabel(f, v) }
	cases := []struct {
		set  []string
		f    model.Fact
		want string
	}{
		{nil, model.Implementer, label(model.Implementer, impl[0])},
		{nil, model.CombinedOps, "no"},
		{nil, model.Forces, "none"},
		{nil, model.RightsRecord, "unknown"},
		{kinds[:1], model.Kinds, label(model.Kinds, kinds[0])},
		{kinds[:2], model.Kinds, label(model.Kinds, kinds[0]) + " and " + label(model.Kinds, kinds[1])},
		{kinds[:3], model.Kinds, label(model.Kinds, kinds[0]) + ", " + label(model.Kinds, kinds[1]) + " and " + label(model.Kinds, kinds[2])},
	}
	for _, c := range cases {
		if c.set != nil {
			fs.SetSet(model.Kinds, c.set)
		}
		if got := rb.ValueText(&fs, c.f); got != c.want {
			t.Errorf("%s %v: %q, want %q", c.f.Key(), c.set, got, c.want)
		}
	}
	fs.SetSet(model.Kinds, kinds[:1])
	if n := testing.AllocsPerRun(100, func() { rb.ValueText(&fs, model.Kinds) }); n != 0 {
		t.Errorf("a kind alone: %v allocations", n)
	}
}
