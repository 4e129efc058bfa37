package model

import (
	"errors"
	"fmt"
	"strings"
	"testing"
)

func mustParse(t *testing.T, src string) *Worksheet {
	t.Helper()
	w, err := Parse("w.yaml", []byte(src), testVocab)
	if err != nil {
		t.Fatalf("parse: %v", err)
	}
	return w
}

func TestParseFacts(t *testing.T) {
	w := mustParse(t, `schema: pocssr/v1
mission: MONUSCO
mandate: S/RES/2098 (2013)
activities:
  - id: fib-fdlr
    title: Joint offensive
    description: free text
    implementer: mission
    kinds: [combined-operations, deterrence]
    forces: [army]
    combined_ops: true
    accountability: []
    rights_record: grave-allegations
    hrddp: done
    dual_role: false
    horizon: null
    notes: a note
    source: {document: "S/RES/1925 (2010)", ref: "12(a)", text: "..."}
    status: draft
`)
	if w.Mission != "MONUSCO" || w.Mandate != "S/RES/2098 (2013)" || len(w.Activities) != 1 {
		t.Fatalf("worksheet %+v", w)
	}
	a := w.Activities[0]
	if a.ID != "fib-fdlr" || a.Title != "Joint offensive" || a.Description != "free text" || a.Notes != "a note" || a.Status != StatusDraft {
		t.Errorf("activity %+v", a)
	}
	if a.Source != (Source{"S/RES/1925 (2010)", "12(a)", "..."}) {
		t.Errorf("source %+v", a.Source)
	}
	fs := &a.Facts
	if v, ok := fs.One(Implementer); !ok || v != "mission" {
		t.Errorf("implementer %q %v", v, ok)
	}
	if v, _ := fs.Set(Kinds); fmt.Sprint(v) != "[combined-operations deterrence]" || fs.Primary() != "combined-operations" {
		t.Errorf("kinds %v", v)
	}
	if v, ok := fs.Set(Accountability); !ok || v == nil || len(v) != 0 {
		t.Errorf("accountability: [] must be known and empty, got %v %v", v, ok)
	}
	if v, ok := fs.Yes(CombinedOps); !ok || !v {
		t.Errorf("combined_ops %v %v", v, ok)
	}
	if v, ok := fs.Yes(DualRole); !ok || v {
		t.Errorf("dual_role false must be known false, got %v %v", v, ok)
	}
	for _, f := range []Fact{Horizon, TrainingFormat, CommunityInput, PublicReporting} {
		if fs.Known(f) {
			t.Errorf("%s is absent or null: it must be unknown", f.Key())
		}
	}
}

func TestParseJSONAgreesWithYAML(t *testing.T) {
	src := `{"schema":"pocssr/v1","mission":"M","activities":[
 {"id":"a","title":"A","implementer":"partner","kinds":["vetting"],"forces":[],"combined_ops":false,"hrddp":null,
  "source":{"ref":"3"},"status":"reviewed"},
 {"title":"Second one","kinds":["equipment","vetting"],"accountability":["discipline"],"public_reporting":true}]}`
	fast, ok := parseJSONFast([]byte(src), testVocab)
	if !ok {
		t.Fatal("the fast path refused a valid JSON worksheet")
	}
	slow, err := parseYAML("w.json", []byte(src), testVocab, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !sameWorksheet(fast, slow) {
		t.Errorf("fast and YAML paths disagree:\n%+v\n%+v", fast.Activities[1], slow.Activities[1])
	}
	if fast.Activities[1].ID != "second-one" {
		t.Errorf("derived id %q", fast.Activities[1].ID)
	}
}

func sameWorksheet(a, b *Worksheet) bool {
	if a.Mission != b.Mission || a.Mandate != b.Mandate || len(a.Activities) != len(b.Activities) {
		return false
	}
	for i := range a.Activities {
		x, y := a.Activities[i], b.Activities[i]
		if x.ID != y.ID || x.Title != y.Title || x.Description != y.Description || x.Notes != y.Notes ||
			x.Source != y.Source || x.Status != y.Status || !x.Facts.Equal(&y.Facts) ||
			!x.Register.Equal(y.Register) || x.HRDDPReview != y.HRDDPReview {
			return false
		}
	}
	return true
}

// Every bad input is reported with file, line and column, what was expected and
// the allowed values; all problems of a file at once.
func TestParseProblems(t *testing.T) {
	cases := []struct {
		name, src string
		want      []string // each must appear in the message
	}{
		{"unknown key", "activities:\n  - title: t\n    implementor: mission\n",
			[]string{"w.yaml:3:5:", `unknown key "implementor"`, "did you mean implementer?"}},
		{"bad value", "activities:\n  - title: t\n    implementer: misison\n",
			[]string{"w.yaml:3:18:", `"misison" is not a value of implementer`, "allowed: mission, mission-support, host-state, partner", "did you mean mission?"}},
		{"bad list value", "activities:\n  - title: t\n    kinds: [vetting, vettin]\n",
			[]string{"w.yaml:3:22:", `"vettin" is not a value of kinds`, "did you mean vetting?"}},
		{"kind twice", "activities:\n  - title: t\n    kinds: [vetting, vetting]\n",
			[]string{"w.yaml:3:22:", `"vetting" is listed twice in kinds`}},
		{"scalar for list", "activities:\n  - title: t\n    forces: army\n",
			[]string{"w.yaml:3:13:", "forces takes a list of values", "write [army]"}},
		{"wrong bool", "activities:\n  - title: t\n    dual_role: yes\n",
			[]string{"w.yaml:3:16:", "dual_role must be true or false", `"yes"`}},
		{"missing title", "activities:\n  - id: x\n    kinds: [vetting]\n",
			[]string{"w.yaml:2:5:", "no title"}},
		{"duplicate id", "activities:\n  - id: x\n    title: a\n  - id: x\n    title: b\n",
			[]string{"w.yaml:4:9:", `id "x" is already used by the activity at line 2`}},
		{"bad schema", "schema: pocssr/v2\nactivities: []\n", []string{"w.yaml:1:9:", "schema must be pocssr/v1"}},
		{"no activities", "mission: x\n", []string{"w.yaml:1:1:", `no "activities:"`}},
		{"not a mapping", "- a\n- b\n", []string{"w.yaml:1:1:", "expected a worksheet"}},
		{"syntax", "activities:\n  - id: a\n    title: x\n  - id: b\n    title: [unclosed\n", []string{"w.yaml:5:5:", "not valid YAML", "did not find expected"}},
		{"indentation", "activities:\n  - id: a\n    title: y\n         kinds: [vetting]\n", []string{"w.yaml:4:10:", "mapping values are not allowed"}},
		{"tab", "activities:\n\t- title: x\n", []string{"w.yaml:2:1:", "cannot start any token"}},
		{"none for a list", "activities:\n  - title: t\n    accountability: none\n", []string{"w.yaml:3:21:", "(write [] for none)"}},
		{"status", "activities:\n  - title: t\n    status: done\n", []string{"w.yaml:3:13:", "allowed: draft, reviewed"}},
		{"source key", "activities:\n  - title: t\n    source: {doc: x}\n", []string{"w.yaml:3:14:", `unknown key "doc" in source`, "did you mean document?"}},
		{"bad id", "activities:\n  - id: a b\n    title: t\n", []string{"w.yaml:2:9:", "may hold only letters"}},
		{"empty title", "activities:\n  - title: \"  \"\n", []string{"w.yaml:2:12:", "title is empty"}},
		{"two documents", "activities: []\n---\nactivities: []\n", []string{"a second YAML document"}},
		{"empty", "  \n\n", []string{"w.yaml: the file is empty"}},
		{"nul byte", "activities:\n  - title: a\x00b\n", []string{"w.yaml:2:13:", "NUL"}},
		{"bad utf-8", "activities:\n  - title: caf\xe9\n", []string{"w.yaml:2:15:", "not valid UTF-8"}},
		{"json type", `{"activities":[{"title":"t","combined_ops":"yes"}]}`, []string{"w.yaml:1:44:", "combined_ops must be true or false"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			w, err := Parse("w.yaml", []byte(c.src), testVocab)
			if err == nil {
				t.Fatalf("accepted: %+v", w)
			}
			var ie *InputError
			if !errors.As(err, &ie) {
				t.Fatalf("error %T %v is not an *InputError", err, err)
			}
			for _, want := range c.want {
				if !strings.Contains(err.Error(), want) {
					t.Errorf("message %q lacks %q", err.Error(), want)
				}
			}
		})
	}
}

func TestParseReportsAllProblemsUpToALimit(t *testing.T) {
	var b strings.Builder
	b.WriteString("activities:\n")
	for i := 0; i < 40; i++ {
		fmt.Fprintf(&b, "  - title: t%d\n    implementer: nobody\n", i)
	}
	_, err := Parse("w.yaml", []byte(b.String()), testVocab)
	var ie *InputError
	if !errors.As(err, &ie) {
		t.Fatal(err)
	}
	if len(ie.Problems) != MaxProblems || ie.More != 40-MaxProblems {
		t.Errorf("%d problems listed, %d more; want %d and %d", len(ie.Problems), ie.More, MaxProblems, 40-MaxProblems)
	}
	if !strings.Contains(err.Error(), "and 15 more problems") {
		t.Errorf("message does not count the rest: %q", err.Error()[len(err.Error())-80:])
	}
}

func TestParseRefusesHostileInput(t *testing.T) {
	// A full activity named through aliases 100,000 times: reading it would take
	// many times more steps than the file has bytes.
	full := "  - &a {title: t, description: d, implementer: mission, kinds: [vetting, deterrence], forces: [army, police], " +
		"combined_ops: true, accountability: [discipline], training_format: one-off, rights_record: no-concerns, hrddp: done, " +
		"community_trust: low, community_input: true, horizon: long, exit_strategy: false, political_will: weak, " +
		"state_forces_attacking_civilians: false, dual_role: false, changes_control_lines: true, encourages_reporting: true, " +
		"public_reporting: true, response_spectrum: true, notes: n, source: {document: d, ref: r, text: t}, status: draft}\n"
	fanOut := "activities:\n" + full + strings.Repeat("  - *a\n", 100000)
	cases := map[string]string{
		"alias bomb":   "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n",
		"deep nesting": "activities:\n  - title: " + strings.Repeat("[", 100000) + strings.Repeat("]", 100000) + "\n",
		"deep json":    `{"activities":[{"title":` + strings.Repeat("[", 100000) + strings.Repeat("]", 100000) + `}]}`,
	}
	for name, src := range cases {
		t.Run(name, func(t *testing.T) {
			_, err := Parse("w.yaml", []byte(src), testVocab)
			var ie *InputError
			if !errors.As(err, &ie) {
				t.Fatalf("want an *InputError, got %T: %v", err, err)
			}
		})
	}
	_, err := Parse("w.yaml", []byte(fanOut), testVocab)
	if err == nil || !strings.Contains(err.Error(), "expands too far through YAML aliases") {
		t.Errorf("alias fan-out: %v", err)
	}
	big := make([]byte, MaxFileSize+1)
	if _, err := Parse("w.yaml", big, testVocab); err == nil || !strings.Contains(err.Error(), "limit is 16 MiB") {
		t.Errorf("oversized file: %v", err)
	}
	if _, err := ReadAll("w.yaml", strings.NewReader(string(big))); err == nil {
		t.Error("ReadAll accepted an oversized stream")
	}
}

func TestAliasesWithinBudgetAreRead(t *testing.T) {
	w := mustParse(t, "activities:\n  - title: a\n    forces: &f [army, police]\n  - title: b\n    forces: *f\n")
	if v, _ := w.Activities[1].Facts.Set(Forces); fmt.Sprint(v) != "[army police]" {
		t.Errorf("alias not followed: %v", v)
	}
}

func TestIDsDerivedAndUnique(t *testing.T) {
	w := mustParse(t, `activities:
  - title: "Train the police: human rights (2024)"
  - title: Train the police human rights 2024
  - id: train-the-police-human-rights-2024-3
    title: x
  - title: Train the police human rights 2024
  - title: "Équipement des forces armées — logistique, carburant et transport pour les opérations"
  - title: "!!!"
`)
	got := []string{}
	for _, a := range w.Activities {
		got = append(got, a.ID)
	}
	want := "train-the-police-human-rights-2024 train-the-police-human-rights-2024-2 train-the-police-human-rights-2024-3 " +
		"train-the-police-human-rights-2024-4 equipement-des-forces-armees-logistique activity"
	if strings.Join(got, " ") != want {
		t.Errorf("ids\n got %s\nwant %s", strings.Join(got, " "), want)
	}
}

// A stream yields the same activities, with the same derived ids, as Parse.
func TestStreamAgreesWithParse(t *testing.T) {
	src := `{"mission":"M","mandate":"D","activities":[{"title":"Same title"},{"id":"same-title","title":"x"},` +
		`{"title":"Same title","kinds":["vetting"]},{"title":"Other"}]}`
	for _, data := range []string{src, "mission: M\nmandate: D\nactivities:\n  - title: Same title\n  - id: same-title\n    title: x\n  - title: Same title\n    kinds: [vetting]\n  - title: Other\n"} {
		w := mustParse(t, data)
		s, err := OpenStream("w", []byte(data), testVocab)
		if err != nil {
			t.Fatal(err)
		}
		got := &Worksheet{Mission: s.Mission, Mandate: s.Mandate}
		for a := range s.All() {
			got.Activities = append(got.Activities, a)
		}
		if !sameWorksheet(w, got) {
			for i := range got.Activities {
				t.Logf("%s / %s", w.Activities[i].ID, got.Activities[i].ID)
			}
			t.Errorf("stream and parse disagree on %.20q", data)
		}
	}
	if _, err := OpenStream("w", []byte(`{"activities":[{"id":"a","title":"x"},{"id":"a","title":"y"}]}`), testVocab); err == nil ||
		!strings.Contains(err.Error(), "already used") {
		t.Errorf("duplicate ids: %v", err)
	}
}
