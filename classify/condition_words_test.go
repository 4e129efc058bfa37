package classify

import (
	"regexp"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/model"
)

func TestConditionWordsUseLabelsNotIdentifiers(t *testing.T) {
	rb := Default()
	ids := map[string]bool{}
	for _, f := range model.AllFacts() {
		ids[f.Key()] = true
		for _, v := range rb.Vocabulary().Values(f) {
			ids[v] = true
		}
	}
	for _, term := range rb.Terms {
		ids[term.Name] = true
	}
	var conds []*Condition
	for _, r := range rb.Risks {
		conds = append(conds, r.When)
		for _, x := range r.Raise {
			conds = append(conds, x.When)
		}
	}
	for _, q := range rb.Questions {
		if q.Relevant != nil {
			conds = append(conds, q.Relevant)
		}
	}
	word := regexp.MustCompile(`[a-z]+(?:[-_][a-z]+)+`)
	for _, c := range conds {
		s := c.Words(rb)
		for _, w := range word.FindAllString(s, -1) {
			if ids[w] {
				t.Errorf("%q names the identifier %q (from %q)", s, w, c.Describe())
			}
		}
		if strings.Contains(s, "?") {
			t.Errorf("%q has a part the words do not cover (from %q)", s, c.Describe())
		}
	}
}

func TestConditionWords(t *testing.T) {
	rb := Default()
	for _, tc := range []struct{ risk, want string }{
		{"capacity-without-accountability", "one of its kinds is operational training or equipment and logistics, and it is not backed by at least one institutional accountability measure"},
		{"limited-influence", "the implementing actor is another international partner, and its main kind supports reform"},
		{"unprotected-whistleblowers", "personnel are urged to report abuses, and the accountability measures in place lack whistle-blower protection"},
		{"no-political-will", "its main kind supports reform, and the host government's will to reform is weak or absent"},
	} {
		if got := rb.Risk(tc.risk).When.Words(rb); got != tc.want {
			t.Errorf("%s:\n got %q\nwant %q", tc.risk, got, tc.want)
		}
	}
}

func TestCaseLinks(t *testing.T) {
	rb := Default()
	l, err := LinkCases(rb)
	if err != nil {
		t.Fatal(err)
	}
	for i, a := range l.Cases.Activities {
		if Section(a) == "" {
			t.Errorf("case %s names no chapter section", a.ID)
		}
		for _, r := range l.Results[i].Risks {
			found := false
			for _, j := range l.Raising(r.Rule.ID) {
				found = found || j == i
			}
			if !found {
				t.Errorf("case %s raises %s but is not linked from it", a.ID, r.Rule.ID)
			}
		}
	}
	if got := l.Raising("grave-violations-support"); len(got) == 0 || l.Cases.Activities[got[0]].ID != "fib-fdlr-offensive-2015" {
		t.Errorf("grave-violations-support is raised by %v, want the 2015 joint offensive first", got)
	}
}
