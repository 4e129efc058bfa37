package classify

import (
	"slices"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/model"
)

// An activity not yet in an agenda says what it waits for: only the
// answers still missing of what it does and who carries it out. An
// activity whose implementer is known waits for its kinds alone (S/RES/1881
// (2009) ¶15 said it waited for "who carries it out" beside "implementer:
// the mission itself").
func TestAgendaWaitsOnlyForWhatIsMissing(t *testing.T) {
	rb := Default()
	for _, c := range []struct {
		spec       string
		want, deny []string
	}{
		{"implementer: mission", []string{"(what the activity does)"}, []string{"who carries it out"}},
		{"kinds: [deterrence]", []string{"(who carries it out)"}, []string{"what the activity does"}},
		{"forces: [army]", []string{"(what the activity does and who carries it out)"}, nil},
		{"implementer: mission; kinds: [deterrence]", nil, nil},
	} {
		fs := facts(t, c.spec)
		r := rb.ClassifyFacts(&fs)
		if c.want == nil {
			if r.Agenda == Undetermined || r.Narrow.Waits != "" {
				t.Errorf("%s: agenda %s waits for %q", c.spec, r.Agenda, r.Narrow.Waits)
			}
			continue
		}
		if r.Agenda != Undetermined {
			t.Fatalf("%s: agenda %s, want undetermined", c.spec, r.Agenda)
		}
		for _, w := range c.want {
			if !strings.Contains(r.Narrow.Waits, w) {
				t.Errorf("%s: waits %q, want %q", c.spec, r.Narrow.Waits, w)
			}
		}
		for _, d := range c.deny {
			if strings.Contains(r.Narrow.Waits, d) {
				t.Errorf("%s: waits %q, names %q, which is known", c.spec, r.Narrow.Waits, d)
			}
		}
	}
}

// A rulebook written before it said what an activity waits for still
// loads, and says nothing of it.
func TestRulebookWithoutAgendaWaitsLoads(t *testing.T) {
	src := string(builtinRulebook)
	i, j := strings.Index(src, "  agenda-waits:"), strings.Index(src, "  missing-combined-ops:")
	if i < 0 || j < i || strings.Contains(src[:i]+src[j:], "waits-") {
		t.Fatal("the built-in rulebook's words of what an agenda waits for are not where this test cuts them")
	}
	rb, err := Parse("old.yaml", []byte(src[:i]+src[j:]))
	if err != nil {
		t.Fatal(err)
	}
	fs := facts(t, "implementer: mission")
	if r := rb.ClassifyFacts(&fs); r.Agenda != Undetermined || r.Narrow.Waits != "" {
		t.Errorf("an older rulebook: agenda %s waits for %q", r.Agenda, r.Narrow.Waits)
	}
}

// The facts an activity not yet in an agenda waits for are given as facts
// too, those the sentence names, so that a screen can name their
// questions (accepting a draft with no kind says which would place it).
func TestAgendaWaitsForTheFactsItNames(t *testing.T) {
	rb := Default()
	for _, c := range []struct {
		spec string
		want []model.Fact
	}{
		{"implementer: mission", []model.Fact{model.Kinds}},
		{"kinds: [deterrence]", []model.Fact{model.Implementer}},
		{"forces: [army]", []model.Fact{model.Kinds, model.Implementer}},
		{"implementer: mission; kinds: [deterrence]", nil},
	} {
		fs := facts(t, c.spec)
		if got := rb.ClassifyFacts(&fs).Narrow.WaitsFor; !slices.Equal(got, c.want) {
			t.Errorf("%s: waits for %v, want %v", c.spec, got, c.want)
		}
	}
}
