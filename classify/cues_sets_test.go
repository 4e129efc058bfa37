package classify

import (
	"slices"
	"testing"
)

// A named set is written once and stands, as "@name", for all its words in
// any phrase; a set that is unknown or malformed is refused with its place.
func TestCueSets(t *testing.T) {
	sets := map[string][]string{"missions": {"monuc", "monusco", "united_nations_mission"}}
	p, err := parseCuePatternSets("provide* ...3 to|for @missions|mission", 4, sets)
	if err != nil {
		t.Fatal(err)
	}
	last := p.Elems[len(p.Elems)-1].Words
	if !slices.Equal(last, []string{"monuc", "monusco", "united_nations_mission", "mission"}) {
		t.Errorf("@missions expands to %v", last)
	}
	if _, err := parseCuePatternSets("to @mision", 4, sets); err == nil {
		t.Error("an unknown set is accepted")
	}
	c := Default().Cues()
	for _, name := range []string{"missions", "host_forces", "donors", "un_bodies"} {
		if len(c.Sets[name]) == 0 {
			t.Errorf("the built-in lexicon has no set %q", name)
		}
	}
	// Every mission of the corpus, MONUC included, is in the one set.
	for _, m := range []string{"monuc", "monusco", "unmit", "minurcat", "unamsil", "unprofor", "onub"} {
		if !slices.Contains(c.Sets["missions"], m) {
			t.Errorf("missions lacks %s", m)
		}
	}
	// A set takes in the sets named before it.
	for _, w := range []string{"fardc", "pnc", "army"} {
		if !slices.Contains(c.Sets["host_forces"], w) {
			t.Errorf("host_forces lacks %s", w)
		}
	}
	src := string(builtinRulebook)
	checkMutations(t, src, []mutation{
		{"unknown set", `"ssr|reform support|assistance"`, `"ssr|reform @supports"`, []string{`unknown set "@supports"`, "@missions"}},
		{"bad word in a set", "    missions: [monuc,", "    missions: [mon-uc,", []string{"words hold only letters and digits"}},
		{"unknown set in a set", `"@police_names",`, `"@polce_names",`, []string{`unknown set "@polce_names"`, "@army_names"}},
	}, 1, 2)
}
