package classify

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/model"
)

func TestBuiltinRulebookLoads(t *testing.T) {
	rb, err := Parse("rulebook.yaml", builtinRulebook)
	if err != nil {
		t.Fatal(err)
	}
	if len(rb.Kinds) != 18 || len(rb.Questions) != int(model.NumFacts) || len(rb.Risks) != 19 || len(rb.Recommendations) != 5 {
		t.Errorf("kinds %d, questions %d, risks %d, recommendations %d", len(rb.Kinds), len(rb.Questions), len(rb.Risks), len(rb.Recommendations))
	}
}

// A modified rulebook is checked when it loads; each mistake is reported with
// its position.
func TestRulebookProblems(t *testing.T) {
	src := string(builtinRulebook)
	cases := []mutation{
		{"unknown fact in a condition", "{fact: dual_role, is: true}", "{fact: dual_rol, is: true}", []string{`unknown fact "dual_rol"`}},
		{"unknown value", "{fact: horizon, in: [immediate]}", "{fact: horizon, in: [soon]}", []string{`"soon" is not a value of horizon`}},
		{"unknown kind", "{kind: any, in: [vetting]}", "{kind: any, in: [vettin]}", []string{`"vettin" is not a value of kinds`, "did you mean vetting?"}},
		{"unknown property", "{kind: any, has: hrddp}", "{kind: any, has: hrdp}", []string{`unknown kind property "hrdp"`}},
		{"unknown term", "{term: mission-side}", "{term: mission-sid}", []string{`unknown term "mission-sid"`}},
		{"bad severity", "severity: critical", "severity: severe", []string{`severity must be critical, high, medium or low`}},
		{"is on a list fact", "{fact: forces, empty: false}", "{fact: forces, is: false}", []string{`"is" tests yes/no facts`}},
		{"unknown placeholder", "{forces}", "{force}", []string{"unknown placeholder {force}"}},
		{"unknown property of the kinds named", "{kinds|has:hrddp}", "{kinds|has:hrdp}", []string{`"hrdp" is no property of a kind`, "hrddp"}},
		{"unknown kind of the kinds named", "{kinds|in:capacity-training,equipment}", "{kinds|in:capacity-training,equipmen}", []string{`"equipmen" is not a value of kinds`}},
		{"unknown modifier of the kinds", "{kinds|has:hrddp}", "{kinds|missing:hrddp}", []string{"kinds takes only the modifier has:PROPERTY or in:KIND[,KIND]"}},
		{"unknown key", "mitigation:", "mitigaton:", []string{`unknown key "mitigaton"`, "did you mean mitigation?"}},
		{"unknown recommendation", "recommendations: [", "recommendations: [nope, ", []string{`unknown recommendation "nope"`}},
	}
	checkMutations(t, src, cases, 3, 1)
}

// mutation changes the first occurrence of from in a rulebook into to; the
// rulebook must then be refused with problems that say want.
type mutation struct {
	name, from, to string
	want           []string
}

// checkMutations applies each mutation to src and checks that the rulebook is
// refused with a problem from before lines above to after lines below the
// change, and with messages that say what each mutation wants.
func checkMutations(t *testing.T, src string, cases []mutation, before, after int) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if !strings.Contains(src, c.from) {
				t.Fatalf("the rulebook no longer holds %q", c.from)
			}
			mod := strings.Replace(src, c.from, c.to, 1)
			_, err := Parse("mod.yaml", []byte(mod))
			var ie *model.InputError
			if !errors.As(err, &ie) {
				t.Fatalf("accepted, or not an *InputError: %v", err)
			}
			line := 1 + strings.Count(mod[:strings.Index(mod, c.to)], "\n")
			found := false
			for _, p := range ie.Problems {
				if p.Line >= line-before && p.Line <= line+after && p.Col > 0 {
					found = true
				}
			}
			if !found {
				t.Errorf("no problem near line %d: %v", line, err)
			}
			for _, w := range c.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("message lacks %q:\n%v", w, err)
				}
			}
		})
	}
}

func TestRulebookStructureProblems(t *testing.T) {
	for name, src := range map[string]string{
		"empty":       "",
		"not yaml":    "version: [",
		"not mapping": "- a",
		"bad utf-8":   "version: \xff",
		"missing":     "version: pocssr/v1\n",
		"cycle":       strings.Replace(string(builtinRulebook), "mission-side:\n", "loop:\n    label: l\n    when: {term: loop}\n  mission-side:\n", 1),
	} {
		if _, err := Parse("r.yaml", []byte(src)); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}

// Extending the framework is fine: a new kind and a new risk work at once.
func TestRulebookCanBeExtended(t *testing.T) {
	src := string(builtinRulebook)
	src = strings.Replace(src, "kinds:\n", `kinds:
  - id: mine-action
    label: Mine action
    tier: 2
    direct: true
    institutions: false
    reform: false
    basis: none
    hrddp: false
    description: Clearing mines.
`, 1)
	src = strings.Replace(src, "      - value: mediation\n", "      - value: mine-action\n        label: Mine action\n        explain: clearing mines\n      - value: mediation\n", 1)
	rb, err := Parse("ext.yaml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	ws, err := model.Parse("w", []byte("activities:\n  - title: t\n    implementer: mission\n    kinds: [mine-action]\n"), rb.Vocabulary())
	if err != nil {
		t.Fatal(err)
	}
	if r := rb.Classify(ws.Activities[0]); r.Tier != 2 || r.Agenda != POCOnly {
		t.Errorf("new kind: tier %d agenda %s", r.Tier, r.Agenda)
	}
}

func TestConditionDescribe(t *testing.T) {
	rb := Default()
	got := rb.Risk("grave-violations-support").When.Describe()
	for _, w := range []string{"mission-side", "forces is not empty", "any kind is covered by the HRDDP", "rights_record is grave-allegations or grave-ongoing"} {
		if !strings.Contains(got, w) {
			t.Errorf("%q lacks %q", got, w)
		}
	}
	if got := rb.Risk("training-without-means").When.Describe(); !strings.Contains(got, "accountability lacks reporting-procedure") {
		t.Errorf("lacks: %q", got)
	}
}

func FuzzRulebook(f *testing.F) {
	f.Add(builtinRulebook)
	f.Add([]byte("version: pocssr/v1\nterms: {}\nkinds: []\nfacts: []\nrisks: []\nrecommendations: []\nexplanations: {}\n"))
	f.Add([]byte(strings.Replace(string(builtinRulebook), "{term: mission-side}", "{all: [{not: {term: accountable}}, {kind: primary, has: reform}]}", 1)))
	f.Add([]byte(strings.Replace(string(builtinRulebook), "  whole:\n", "  whole:\n    - \""+strings.Repeat("xx? ", 15)+"yy\"\n", 1)))
	f.Fuzz(func(t *testing.T, data []byte) {
		rb, err := Parse("fuzz.yaml", data)
		if err != nil {
			var ie *model.InputError
			if !errors.As(err, &ie) || len(ie.Problems) == 0 {
				t.Fatalf("error is not a reported problem: %T %v", err, err)
			}
			return
		}
		// An accepted rulebook classifies anything without panicking.
		var fs model.Facts
		rb.ClassifyFacts(&fs)
		for _, k := range rb.Kinds {
			fs.SetOne(model.Implementer, "mission")
			fs.SetSet(model.Kinds, []string{k.ID})
			rb.ClassifyFacts(&fs)
		}
	})
}

// Past 64 kinds, conditions on kinds are evaluated without bit sets; the risk
// rules must give the same answers.
func TestManyKindsEvaluateAlike(t *testing.T) {
	var kinds, choices strings.Builder
	for i := 0; i < 70; i++ {
		fmt.Fprintf(&kinds, "  - {id: extra-%d, label: Extra %d, tier: 1, direct: true, institutions: false, reform: false, basis: none, hrddp: false}\n", i, i)
		fmt.Fprintf(&choices, "      - {value: extra-%d, label: Extra %d, explain: x}\n", i, i)
	}
	src := strings.Replace(string(builtinRulebook), "kinds:\n", "kinds:\n"+kinds.String(), 1)
	src = strings.Replace(src, "      - value: mediation\n", choices.String()+"      - value: mediation\n", 1)
	rb, err := Parse("many.yaml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if k := rb.Kind("restructuring"); k == nil || k.bit != 0 {
		t.Fatalf("restructuring should be past the 64th kind")
	}
	for _, c := range riskCases {
		for _, spec := range append([]string{c.fires}, append(c.quiet, c.unknown...)...) {
			fs := facts(t, spec)
			want, got := riskIDs(Default().ClassifyFacts(&fs)), riskIDs(rb.ClassifyFacts(&fs))
			if strings.Join(want, " ") != strings.Join(got, " ") {
				t.Errorf("%q: risks %v with many kinds, %v with the built-in rulebook", spec, got, want)
			}
		}
	}
}
