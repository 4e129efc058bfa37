package classify

import (
	"strings"
	"testing"

	"github.com/pocssr/pocssr/model"
)

func TestBuiltinCues(t *testing.T) {
	c := Default().Cues()
	seen := map[model.Fact]bool{}
	kinds := map[string]bool{}
	for _, fc := range c.Facts {
		seen[fc.Fact] = true
		for _, cue := range fc.Values {
			if len(cue.Phrases) == 0 || cue.Line == 0 {
				t.Errorf("%s %s: no phrases or no position", fc.Fact.Key(), cue.CueValue)
			}
			if fc.Fact == model.Kinds {
				kinds[cue.Value] = true
			}
		}
	}
	for _, f := range []model.Fact{model.Implementer, model.Kinds, model.Forces, model.CombinedOps, model.Accountability, model.TrainingFormat, model.HRDDP} {
		if !seen[f] {
			t.Errorf("the built-in lexicon has no cues for %s", f.Key())
		}
	}
	for _, k := range Default().Kinds {
		if !kinds[k.ID] {
			t.Errorf("no cue suggests the kind %s", k.ID)
		}
	}
	if c.Gap != 4 || c.Negation.Reach != 3 || len(c.Scopes) == 0 || len(c.Whole) == 0 || len(c.Mandate.LeaveOut) == 0 {
		t.Errorf("cue settings %+v", c)
	}
}

// The cue section is optional: without it nothing is suggested, and a
// rulebook from before it still loads.
func TestRulebookWithoutCues(t *testing.T) {
	src := string(builtinRulebook)
	i := strings.Index(src, "\ncues:\n")
	if i < 0 {
		t.Fatal("the built-in rulebook has no cues section")
	}
	rb, err := Parse("old.yaml", []byte(src[:i+1]))
	if err != nil {
		t.Fatal(err)
	}
	if len(rb.Cues().Facts) != 0 {
		t.Error("cues read from a rulebook without them")
	}
}

func TestCueProblems(t *testing.T) {
	src := string(builtinRulebook)
	cases := []mutation{
		{"unknown fact", "    - fact: combined_ops\n", "    - fact: combined_op\n", []string{`unknown fact "combined_op"`, "did you mean combined_ops?"}},
		{"unknown kind", "        - value: vetting\n", "        - value: vettin\n", []string{`"vettin" is not a value of kinds`, "did you mean vetting?"}},
		{"unknown value", "        - value: curriculum\n", "        - value: curricula\n", []string{`"curricula" is not a value of training_format`}},
		{"yes/no value", "      negated: false\n", "      negated: nope\n", []string{"combined_ops is a yes/no fact"}},
		{"list value", "        - value: []\n", "        - value: [discipline]\n", []string{"or [] for none"}},
		{"hyphen", `            - "interpos*"`, `            - "inter-pos*"`, []string{`words hold only letters and digits`}},
		{"gap at the end", `            - "interpos*"`, `            - "interpos* ..."`, []string{"a gap cannot begin or end a phrase"}},
		{"gap too wide", `            - "interpos*"`, `            - "interpos* ...40 x"`, []string{`a gap is "..." or "...N"`}},
		{"anchor inside", `            - "interpos*"`, `            - "interpos* ^ x"`, []string{`"^" may only begin a phrase`}},
		{"anchor in negation", `    before: [=no, `, `    before: ["^ no", `, []string{`"^" (start of a sentence) is not allowed in before`}},
		{"optional only", `            - "interpos*"`, `            - "interpos*?"`, []string{"at least one word that is not optional"}},
		{"short prefix", `            - "interpos*"`, `            - "i*"`, []string{"a prefix needs at least two letters"}},
		{"exact prefix", `            - "interpos*"`, `            - "=interpos*"`, []string{"either exact (=) or a prefix (*)"}},
		{"weight", "          weight: 5\n", "          weight: 50\n", []string{"weight must be from 1 to 9"}},
		{"scope effect", "      kinds: secondary\n", "      kinds: later\n", []string{"kinds of a scope must be"}},
		{"scope decision", "      decision: true\n", "      decision: perhaps\n", []string{"perhaps"}},
		{"scope at_clause", "      at_clause: true\n", "      at_clause: sometimes\n", []string{"sometimes"}},
		{"fact twice", "    - fact: dual_role\n", "    - fact: kinds\n      values: []\n    - fact: dual_role\n", []string{"the cues of kinds are given twice"}},
		{"unknown key", "      negatable: false\n", "      negateable: false\n", []string{`unknown key "negateable"`}},
		{"too many elements", `            - "interpos*"`, `            - "` + strings.Repeat("xx? ", 24) + `interpos*"`, []string{"a phrase has at most 16 elements", "found 25"}},
		{"long alternative", `            - "interpos*"`, `            - "interpos*|a_b_c_d_e_f_g_h_i"`, []string{"an alternative joins at most 8 words", "found 9"}},
	}
	checkMutations(t, src, cases, 1, 2)
}

func TestParseCuePattern(t *testing.T) {
	p, err := ParseCuePattern("^ to? =patrol|train* ... human_rights|ihl ...2 police", 4)
	if err != nil {
		t.Fatal(err)
	}
	if !p.Anchored || len(p.Elems) != 6 {
		t.Fatalf("%+v", p)
	}
	want := []CueElem{
		{Words: []string{"to"}, Optional: true},
		{Words: []string{"=patrol", "train*"}},
		{Gap: 4},
		{Words: []string{"human_rights", "ihl"}},
		{Gap: 2},
		{Words: []string{"police"}},
	}
	for i, w := range want {
		got := p.Elems[i]
		if strings.Join(got.Words, " ") != strings.Join(w.Words, " ") || got.Optional != w.Optional || got.Gap != w.Gap {
			t.Errorf("element %d: %+v, want %+v", i, got, w)
		}
	}
	if p, _ := ParseCuePattern("Human Rights", 4); p.Elems[0].Words[0] != "human" {
		t.Errorf("words are not lowered: %+v", p)
	}
}

// The reading rules of the cues (FRAMEWORK §2's v1.2 notes as data) are
// checked like the rest of the rulebook: each mistake is reported at its
// line, with what is allowed.
func TestReadingRuleProblems(t *testing.T) {
	src := string(builtinRulebook)
	cases := []mutation{
		{"together names one value", "        - read: [mission, mission-support]\n", "        - read: [mission]\n", []string{"read names two values of implementer, found 1"}},
		{"together suggests no value", "          suggest: mission-support\n", "          suggest: mission-suport\n", []string{`"mission-suport" is not a value of implementer`}},
		{"together weight", "          up_to_weight: 7\n", "          up_to_weight: 70\n", []string{"up_to_weight must be from 1 to 9"}},
		{"lead-in gives way to no value", "        - lead_in: mission-support\n", "        - lead_in: mission-suport\n", []string{`"mission-suport" is not a value of implementer`}},
		{"lead-in gives way unless a bad phrase", `          unless: ["^ to? =@help_verbs",`, `          unless: ["^ to? =@help_verb",`, []string{`unknown set "@help_verb"`}},
		{"lead-in gives way without its own", "          own: mission\n", "          owns: mission\n", []string{"owns"}},
		{"not_within until", "          only: [institutions]\n", "          until: paragraph\n          only: [institutions]\n", []string{"until must be sentence, comma or words"}},
		{"not_within only", "          only: [institutions]\n", "          only: [reform]\n", []string{"only: a property is institutions or direct"}},
		{"not_before_only property", "        only: [institutions]\n        phrases: [\"to|for", "        only: [reform]\n        phrases: [\"to|for", []string{"only: a property is institutions or direct"}},
		{"not_before_only key", "        only: [institutions]\n        phrases: [\"to|for", "        kinds: [institutions]\n        phrases: [\"to|for", []string{`unknown key "kinds"`}},
		{"not_after_only property", "      not_after_only:\n        only: [institutions]\n", "      not_after_only:\n        only: [institution]\n", []string{"only: a property is institutions or direct"}},
		{"not_before_only fact", "    - fact: dual_role\n", "    - fact: dual_role\n      not_before_only: {only: [direct], phrases: [mission]}\n", []string{"not_before_only is for kinds; dual_role is not kinds"}},
		{"insert key", `{phrase: "in support of", not_actor: true}`, `{phrase: "in support of", not_acting: true}`, []string{`unknown key "not_acting" in an insert`}},
		{"gives_way kind", "    rule-of-law: [institutions]\n", "    rule-of-lav: [institutions]\n", []string{`gives_way: "rule-of-lav" is not a kind`}},
		{"gives_way property", "    rule-of-law: [institutions]\n", "    rule-of-law: [security]\n", []string{"gives_way: a property is institutions or direct"}},
		{"topic kind", "      restructuring: reform\n", "      restructurin: reform\n", []string{`topics: "restructurin" is not a kind`}},
		{"title word", "    infinitive: [to]\n", "    infinitive: [t-o]\n", []string{"infinitive:", "words hold only letters and digits"}},
		{"no_activity twice", "    action:\n", "      - {id: priority, why: again, phrases: [\"^ notes\"]}\n    action:\n", []string{`reason "priority" is defined twice`}},
		{"no_activity anchor", "        unless: [\"and to\"]\n", "        unless: [\"^ and to\"]\n", []string{`"^" (start of a sentence) is not allowed in unless`}},
		{"no_kind empty label", "    - label: mine action\n", "    - label: \"\"\n", []string{"a label names the work in an account; it is empty"}},
		{"no_kind without phrases", "    - label: mine action\n      phrases:", "    - label: mine action\n      words:", []string{`unknown key "words"`}},
		{"no_kind bad phrase", `      phrases: ["demining|de_mining`, `      phrases: ["demining|de-mining`, []string{`phrase "demining|de-mining`, `"de-mining": words hold only letters and digits`}},
	}
	checkMutations(t, src, cases, 1, 2)
}
