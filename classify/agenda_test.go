package classify

import (
	"fmt"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/model"
)

// kindTable is FRAMEWORK §2 written out independently of the rulebook: tier,
// direct protection, acts on security institutions, overlap basis.
var kindTable = []struct {
	id           string
	tier         Tier
	direct, inst bool
	basis        string // "", "violence", "violence-if", "combined"
}{
	{"mediation", 1, true, false, ""},
	{"poc-reporting", 1, true, false, ""},
	{"community-engagement", 1, true, false, ""},
	{"security-dialogue", 1, false, true, ""},
	{"abuse-monitoring", 1, true, true, "violence"},
	{"removal-advocacy", 1, true, true, "violence"},
	{"deterrence", 2, true, false, ""},
	{"interposition", 2, true, false, ""},
	{"early-warning", 2, true, false, ""},
	{"combined-operations", 2, true, false, ""},
	{"rule-of-law", 3, false, false, ""},
	{"humanitarian-support", 3, false, false, ""},
	{"rights-training", 3, true, true, "violence-if"},
	{"capacity-training", 3, false, true, "combined"},
	{"equipment", 3, false, true, "combined"},
	{"vetting", 3, true, true, "violence"},
	{"accountability-support", 3, true, true, "violence"},
	{"restructuring", 3, false, true, ""},
}

func TestKindTableMatchesRulebook(t *testing.T) {
	rb := Default()
	if len(rb.Kinds) != len(kindTable) {
		t.Fatalf("rulebook has %d kinds, FRAMEWORK §2 has %d", len(rb.Kinds), len(kindTable))
	}
	for i, want := range kindTable {
		k := rb.Kinds[i]
		if k.ID != want.id || k.Tier != want.tier || k.Direct != want.direct || k.Institutions != want.inst {
			t.Errorf("kind %d = %+v, want %+v", i, *k, want)
		}
	}
}

// TestAgendaEveryKindAndImplementer checks FRAMEWORK §3 for every kind under
// every implementer, with the facts that decide the conditional overlaps both
// met and not met.
func TestAgendaEveryKindAndImplementer(t *testing.T) {
	rb := Default()
	implementers := []string{"mission", "mission-support", "host-state", "partner"}
	for _, k := range kindTable {
		for _, impl := range implementers {
			for _, met := range []bool{false, true} {
				spec := fmt.Sprintf("implementer: %s; kinds: [%s]", impl, k.id)
				if met {
					spec += "; combined_ops: true; accountability: [discipline]; training_format: curriculum"
				} else {
					spec += "; combined_ops: false; accountability: []; training_format: one-off"
				}
				missionSide := impl == "mission" || impl == "mission-support"
				var want Agenda
				var basis Basis
				switch {
				case !missionSide && k.inst:
					want = SSROnly
				case !missionSide:
					want = Outside
				case k.basis == "violence":
					want, basis = Overlap, ReducesForceViolence
				case k.basis == "violence-if" && met:
					want, basis = Overlap, ReducesForceViolence
				case k.basis == "violence-if":
					want = POCOnly
				case k.basis == "combined" && met:
					want, basis = Overlap, CombinedOpsCapacity
				case k.basis == "combined":
					want = SSROnly
				case k.direct:
					want = POCOnly
				case k.inst:
					want = SSROnly
				default:
					want = Outside
				}
				t.Run(fmt.Sprintf("%s/%s/met=%v", k.id, impl, met), func(t *testing.T) {
					fs := facts(t, spec)
					r := rb.ClassifyFacts(&fs)
					if r.Agenda != want || r.Basis != basis {
						t.Errorf("agenda %s (%q), want %s (%q)\nreasons: %q", r.Agenda, r.Basis, want, basis, r.Reasons)
					}
					if r.Tier != k.tier {
						t.Errorf("tier %d, want %d", r.Tier, k.tier)
					}
					if len(r.Reasons) < 2 {
						t.Errorf("want a reason for the tier and one for the agenda, got %q", r.Reasons)
					}
				})
			}
		}
	}
}

func TestAgendaUndetermined(t *testing.T) {
	rb := Default()
	for _, spec := range []string{
		"",                                // nothing known
		"implementer: mission",            // no kinds
		"implementer: mission; kinds: []", // explicitly none
		"kinds: [vetting]",                // implementer unknown
	} {
		fs := facts(t, spec)
		r := rb.ClassifyFacts(&fs)
		if r.Agenda != Undetermined {
			t.Errorf("%q: agenda %s, want undetermined", spec, r.Agenda)
		}
		if r.Basis != NoBasis || len(r.WouldChange) != 0 {
			t.Errorf("%q: basis %q, would change %v; want none", spec, r.Basis, r.WouldChange)
		}
	}
	fs := facts(t, "kinds: [vetting]")
	if r := rb.ClassifyFacts(&fs); r.Tier != 3 {
		t.Errorf("the tier needs only the kind: got %d, want 3", r.Tier)
	}
	fs = facts(t, "implementer: mission")
	if r := rb.ClassifyFacts(&fs); r.Tier != 0 {
		t.Errorf("no kinds: tier %d, want none", r.Tier)
	}
}

// An unknown fact never establishes an overlap.
func TestOverlapIsNeverAssumed(t *testing.T) {
	rb := Default()
	for _, spec := range []string{
		"implementer: mission; kinds: [equipment]",
		"implementer: mission; kinds: [equipment]; combined_ops: true",
		"implementer: mission; kinds: [equipment]; accountability: [discipline]",
		"implementer: mission; kinds: [capacity-training]; combined_ops: true; accountability: [reporting-procedure]",
		"implementer: mission; kinds: [rights-training]",
		"implementer: mission; kinds: [rights-training]; accountability: [discipline]",
	} {
		fs := facts(t, spec)
		if r := rb.ClassifyFacts(&fs); r.Agenda == Overlap {
			t.Errorf("%q: overlap assumed from unknown or unmet facts", spec)
		}
	}
	// performance-link alone institutionalizes training.
	fs := facts(t, "implementer: mission; kinds: [rights-training]; accountability: [performance-link]")
	if r := rb.ClassifyFacts(&fs); r.Agenda != Overlap {
		t.Errorf("training tied to performance: agenda %s, want overlap", r.Agenda)
	}
}

func TestAlsoTiers(t *testing.T) {
	rb := Default()
	fs := facts(t, "implementer: mission; kinds: [deterrence, mediation, equipment, interposition, early-warning]")
	r := rb.ClassifyFacts(&fs)
	if r.Tier != 2 || fmt.Sprint(r.AlsoTiers) != "[1 3]" {
		t.Errorf("tier %d also %v, want 2 also [1 3]", r.Tier, r.AlsoTiers)
	}
	fs = facts(t, "implementer: mission; kinds: [deterrence, interposition]")
	if r := rb.ClassifyFacts(&fs); len(r.AlsoTiers) != 0 {
		t.Errorf("kinds of the same tier: also %v, want none", r.AlsoTiers)
	}
}

func TestWouldChange(t *testing.T) {
	rb := Default()
	cases := []struct {
		spec   string
		agenda []Agenda
		names  []string // words the "if" must contain
	}{
		{"implementer: mission; kinds: [rights-training]; training_format: one-off", []Agenda{Overlap}, []string{"trainers"}},
		{"implementer: mission; kinds: [rights-training]; training_format: curriculum", nil, nil},
		{"implementer: mission; kinds: [equipment]; combined_ops: false; accountability: [discipline]", []Agenda{Overlap}, []string{"combined operations"}},
		{"implementer: mission-support; kinds: [capacity-training]; combined_ops: true; accountability: []", []Agenda{Overlap}, []string{"accountability"}},
		{"implementer: mission; kinds: [capacity-training]; combined_ops: true; accountability: [external-oversight]", nil, nil},
		{"implementer: partner; kinds: [vetting]", []Agenda{Overlap}, nil},
		{"implementer: host-state; kinds: [equipment]", []Agenda{Overlap}, []string{"carries it out", "combined operations", "accountability"}},
		// not mission side, a conditional basis: the mission's part is named
		// with what the overlap still needs, and only that
		{"implementer: partner; kinds: [capacity-training]; combined_ops: true; accountability: [external-oversight]", []Agenda{Overlap}, []string{"carries it out or supports it."}},
		{"implementer: partner; kinds: [capacity-training]; combined_ops: true", []Agenda{Overlap}, []string{"carries it out", "whether any institutional accountability measure is in place"}},
		{"implementer: host-state; kinds: [rights-training]; training_format: one-off", []Agenda{Overlap}, []string{"carries it out", "training of trainers"}},
		{"implementer: host-state; kinds: [rights-training]; training_format: curriculum", []Agenda{Overlap}, []string{"carries it out or supports it."}},
		{"implementer: host-state; kinds: [deterrence]", []Agenda{POCOnly}, nil},
		{"implementer: partner; kinds: [restructuring]", nil, nil},
		{"implementer: partner; kinds: [rule-of-law]", nil, nil},
		{"implementer: mission; kinds: [vetting]", nil, nil},
		{"implementer: mission; kinds: [deterrence]", nil, nil},
	}
	for _, c := range cases {
		fs := facts(t, c.spec)
		r := rb.ClassifyFacts(&fs)
		if len(r.WouldChange) != len(c.agenda) {
			t.Errorf("%q: would change %+v, want agendas %v", c.spec, r.WouldChange, c.agenda)
			continue
		}
		for i, ch := range r.WouldChange {
			if ch.Agenda != c.agenda[i] || ch.If == "" {
				t.Errorf("%q: change %d = %+v, want agenda %s with a condition", c.spec, i, ch, c.agenda[i])
			}
			for _, word := range c.names {
				if !containsFold(ch.If, word) {
					t.Errorf("%q: %q does not name %q", c.spec, ch.If, word)
				}
			}
		}
	}
}

// The missing conditions of capacity building are named, and only those:
// what is known to be lacking as lacking, what is not known as not known
// (an absent answer is never read as "none").
func TestCapacityNamesWhatIsMissing(t *testing.T) {
	rb := Default()
	keys := []string{"missing-accountable", "missing-accountable-unknown", "missing-combined-ops", "missing-combined-ops-unknown"}
	for _, c := range []struct {
		spec string
		want string // the one key named
	}{
		{"implementer: mission; kinds: [equipment]; combined_ops: true", "missing-accountable-unknown"},
		{"implementer: mission; kinds: [equipment]; combined_ops: true; accountability: []", "missing-accountable"},
		{"implementer: mission; kinds: [equipment]; combined_ops: true; accountability: [reporting-procedure]", "missing-accountable"},
		{"implementer: mission; kinds: [equipment]; accountability: [discipline]", "missing-combined-ops-unknown"},
		{"implementer: mission; kinds: [equipment]; accountability: [discipline]; combined_ops: false", "missing-combined-ops"},
	} {
		fs := facts(t, c.spec)
		r := rb.ClassifyFacts(&fs)
		if len(r.WouldChange) == 0 {
			t.Errorf("%q: nothing would change", c.spec)
			continue
		}
		for _, k := range keys {
			said := trimDot(rb.explain(k, &fs))
			if named := containsFold(r.WouldChange[0].If, said); named != (k == c.want) {
				t.Errorf("%q: %q names %s: %v, want %v", c.spec, r.WouldChange[0].If, k, named, k == c.want)
			}
		}
	}
}

func trimDot(s string) string {
	s = lowerFirst(s)
	for len(s) > 0 && s[len(s)-1] == '.' {
		s = s[:len(s)-1]
	}
	return s
}

func containsFold(s, sub string) bool {
	return strings.Contains(strings.ToLower(s), strings.ToLower(sub))
}

// A task addressed to the Government, member states or donors keeps its
// implementer and is marked as asked of others, so that review and briefings
// can group it apart; the mission's own tasks, and unknown implementers, are
// not.
func TestAskedOfOthers(t *testing.T) {
	rb := Default()
	for impl, want := range map[string]bool{"host-state": true, "partner": true, "mission": false, "mission-support": false, "": false} {
		var fs model.Facts
		if impl != "" {
			fs.SetOne(model.Implementer, impl)
		}
		fs.SetSet(model.Kinds, []string{"restructuring"})
		if got := rb.ClassifyFacts(&fs).AskedOfOthers; got != want {
			t.Errorf("implementer %q: asked of others %v, want %v", impl, got, want)
		}
	}
}
