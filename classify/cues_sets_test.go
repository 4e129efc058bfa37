package classify

import (
	"slices"
	"strings"
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

// A set read exactly ("=@name") stands for each of its words itself, not
// their plurals: "=@task_verbs" is "assist", never "assists". A set holding
// anything but plain words cannot be read so, and says which word.
func TestCueSetsReadExactly(t *testing.T) {
	sets := map[string][]string{"verbs": {"assist", "support"}, "forces": {"police", "army*"}}
	p, err := parseCuePatternSets("and? =@verbs|help in", 4, sets)
	if err != nil {
		t.Fatal(err)
	}
	if got := p.Elems[1].Words; !slices.Equal(got, []string{"=assist", "=support", "help"}) {
		t.Errorf("=@verbs expands to %v", got)
	}
	for pattern, want := range map[string]string{
		"=@forces ...3 reform": `"army*" is not one`,
		"=@verb in":            `unknown set "@verb"`,
	} {
		if _, err := parseCuePatternSets(pattern, 4, sets); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%q: %v, want %q", pattern, err, want)
		}
	}
	src := string(builtinRulebook)
	checkMutations(t, src, []mutation{
		{"a set read exactly, unknown", `"and? =@task_verbs in|on|with`, `"and? =@task_verb in|on|with`, []string{`unknown set "@task_verb"`, "@task_verbs"}},
	}, 1, 2)
}

// The left-out decisions are rulebook cues: each mistake in them is reported
// at its line and column, with what is expected, and none is accepted or
// makes the parser fail otherwise.
func TestLeftOutRuleProblems(t *testing.T) {
	src := string(builtinRulebook)
	opening := `          - "^ further|also? decides|agrees ,...30, to? extend|renew|prolong`
	cases := []mutation{
		{"opening without anchor", opening, `          - "further|also? decides|agrees ,...30, to? extend|renew|prolong`, nil},
		{"aside without its number", opening, `          - "^ further|also? decides|agrees ,..., to? extend|renew|prolong`, []string{`a clause set off by commas is ",...N,"`}},
		{"aside too long", opening, `          - "^ further|also? decides|agrees ,...51, to? extend|renew|prolong`, []string{`with N from 1 to 50`}},
		{"aside unclosed", opening, `          - "^ further|also? decides|agrees ,...30 to? extend|renew|prolong`, []string{`a clause set off by commas is ",...N,"`}},
		{"gap too long for an opening", opening, `          - "^ further|also? decides|agrees ...51 to? extend|renew|prolong`, []string{`a gap is "..." or "...N" with N from 1 to 50`}},
		{"end inside", opening, `          - "^ further|also? decides|agrees $ to? extend|renew|prolong`, []string{`"$" (the end of the text) may only end a phrase`}},
		{"same clause first", `        - "^ *? +*? +to +*"`, `        - "^ +*? +*? +to +*"`, []string{`cannot begin a phrase`}},
		{"hyphen at the end", `secretary-general|secretarygeneral|secretary_general|secretariat ...6 =report`, `secretary-|secretarygeneral|secretary_general|secretariat ...6 =report`, []string{`an empty word`}},
		{"reason twice", "      - id: troop-ceiling\n", "      - id:  extends-mandate\n", []string{`reason "extends-mandate" is defined twice`}},
		{"reason twice across lists", "      - id: troop-ceiling\n", "      - id:  priority\n", []string{`reason "priority" is defined twice`}},
		{"passed down unknown", "    passed_down: [no-action, report-request, demand-on-armed-groups, calls-on-parties, sanctions, mission-review, council-intent, council-review]\n", "    passed_down: [no-action, report-requests, demand-on-armed-groups, calls-on-parties, sanctions]\n", []string{`passed_down: "report-requests" is not a reason`, "did you mean report-request?"}},
		{"own_task key", "      lead_in: [", "      leadin: [", []string{`unknown key "leadin"`}},
		{"unknown mandate key", "    passed_down: [", "    passed_on: [", []string{`unknown key "passed_on"`}},
		{"hyphen in a cue", `            - "interpos*"`, `            - "secretary-general"`, []string{"words hold only letters and digits"}},
		{"long gap in a cue", `            - "interpos*"`, `            - "interpos* ...13 x"`, []string{`with N from 1 to 12`}},
	}
	for i := range cases {
		if cases[i].name == "opening without anchor" {
			// An opening reads where a part begins: it may omit "^".
			mod := strings.Replace(src, cases[i].from, cases[i].to, 1)
			if _, err := Parse("mod.yaml", []byte(mod)); err != nil {
				t.Errorf("an opening without ^: %v", err)
			}
			cases = append(cases[:i], cases[i+1:]...)
			break
		}
	}
	checkMutations(t, src, cases, 1, 2)
}

// The phrase language's signs for numbers, any word, the end of the text, a
// clause set off by commas and a word in the clause before are read into
// their elements; hyphenated words only where they are allowed.
func TestParseLeftOutPhrase(t *testing.T) {
	p, err := parseCuePatternReach("^ decides ,...30, up_to # ...3 troops|=police +of * $", 4, nil, leftOutReach)
	if err != nil {
		t.Fatal(err)
	}
	els := p.Elems
	if !p.Anchored || len(els) != 9 {
		t.Fatalf("%+v", p)
	}
	switch {
	case els[1].Aside != 30:
		t.Errorf("aside %+v", els[1])
	case els[3].Words[0] != AnyNumber:
		t.Errorf("number %+v", els[3])
	case els[4].Gap != 3:
		t.Errorf("gap %+v", els[4])
	case !els[6].SameClause || els[6].Words[0] != "of":
		t.Errorf("same clause %+v", els[6])
	case els[7].Words[0] != AnyWord:
		t.Errorf("any word %+v", els[7])
	case !els[8].End:
		t.Errorf("end %+v", els[8])
	}
	if _, err := parseCuePatternReach("the secretary-general", 4, nil, leftOutReach); err != nil {
		t.Errorf("a hyphenated word in a left-out phrase: %v", err)
	}
	if _, err := parseCuePatternReach("the secretary-general", 4, nil, cueReach); err == nil {
		t.Error("a hyphenated word in a cue was accepted")
	}
	for _, bad := range []string{"$", "decides ,...3,", ",...3, decides", "decides ,...0, to", "+of"} {
		if _, err := parseCuePatternReach(bad, 4, nil, leftOutReach); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
}
