package classify

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/model"
)

// withTerms returns the built-in rulebook with extra terms defined first.
func withTerms(extra string) string {
	return strings.Replace(string(builtinRulebook), "terms:\n", "terms:\n"+extra, 1)
}

// termChain defines n+1 terms, each using the one before twice: expanded, the
// last stands for 2^n tests of a fact, all evaluated when the fact is false.
func termChain(n int) string {
	var b strings.Builder
	b.WriteString("  chain-0:\n    when: {fact: hrddp, in: [done]}\n")
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&b, "  chain-%d:\n    when: {any: [{term: chain-%d}, {term: chain-%d}]}\n", i, i-1, i-1)
	}
	return b.String()
}

// aliasBomb defines n+1 terms whose conditions are aliases of aliases, each
// naming the one before twice: a few lines that stand for 2^n conditions.
func aliasBomb(n int) string {
	var b strings.Builder
	b.WriteString("  bomb-0:\n    when: &a0 {fact: hrddp, in: [done]}\n")
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&b, "  bomb-%d:\n    when: &a%d {any: [*a%d, *a%d]}\n", i, i, i-1, i-1)
	}
	return b.String()
}

// The cycle check visits each term's condition once, however often terms use
// each other: linear in the rulebook, where following every use would visit
// 2^n conditions.
func TestTermCycleCheckIsLinear(t *testing.T) {
	const n = 18
	rb, err := Parse("chain.yaml", []byte(withTerms(termChain(n))))
	if err != nil {
		t.Fatal(err)
	}
	cc := cycleCheck{state: make([]termState, len(rb.Terms))}
	for _, term := range rb.Terms {
		if cc.termCycle(term) {
			t.Fatalf("term %s: a cycle found where there is none", term.Name)
		}
	}
	// Each chain term's condition has three nodes (any, term, term).
	if limit := 3*len(rb.Terms) + 10; cc.nodes > limit {
		t.Errorf("the cycle check visited %d condition nodes; the terms hold at most %d", cc.nodes, limit)
	}
}

// A cycle through a chain is still found, and named.
func TestTermCycleThroughAChain(t *testing.T) {
	src := withTerms(strings.Replace(termChain(6), "{fact: hrddp, in: [done]}", "{term: chain-6}", 1))
	_, err := Parse("cycle.yaml", []byte(src))
	if err == nil || !strings.Contains(err.Error(), `term "chain-0" refers to itself`) {
		t.Fatalf("a cycle through seven terms: %v", err)
	}
}

// Every term is evaluated once per activity, past the first sixteen too: a
// chain of terms costs its length, not 2^n evaluations.
func TestTermsEvaluateOncePerActivity(t *testing.T) {
	const n = 30
	rb, err := Parse("chain.yaml", []byte(withTerms(termChain(n))))
	if err != nil {
		t.Fatal(err)
	}
	var last *Term
	for _, term := range rb.Terms {
		if term.Name == fmt.Sprintf("chain-%d", n) {
			last = term
		}
	}
	var fs model.Facts
	fs.SetOne(model.HRDDP, "not-done")
	var s subject
	rb.subject(&s, &fs)
	if got := s.term(last); got != False {
		t.Errorf("chain-%d: %s, want false", n, got)
	}
	if s.termEvals > n+1 {
		t.Errorf("%d term evaluations for a chain of %d terms", s.termEvals, n+1)
	}
}

// Aliases of aliases in conditions are refused at the condition that expands
// too far, before they are expanded; a few shared aliases are fine.
func TestConditionAliasBomb(t *testing.T) {
	if _, err := Parse("few.yaml", []byte(withTerms(aliasBomb(6)))); err != nil {
		t.Fatalf("64 conditions through aliases: %v", err)
	}
	src := withTerms(aliasBomb(40))
	_, err := Parse("bomb.yaml", []byte(src))
	var ie *model.InputError
	if !errors.As(err, &ie) {
		t.Fatalf("an alias bomb accepted, or not an *InputError: %v", err)
	}
	p := ie.Problems[0]
	if !strings.Contains(p.Msg, "expands too far through YAML aliases") || p.Line < 9 || p.Line > 9+2*40 || p.Col == 0 {
		t.Errorf("problem %+v", p)
	}
	if len(ie.Problems) != 1 {
		t.Errorf("one bomb, %d problems: %v", len(ie.Problems), err)
	}
}

// Text that could drive a terminal or change a layout is refused where it is
// written, raw or as an escape, and identifiers are kebab-case, so nothing a
// rulebook says reaches an output as anything but text.
func TestRulebookTextProblems(t *testing.T) {
	title := "    title: The same personnel both secure with and mentor the force\n"
	cases := []mutation{
		{"escape written as an escape", title, "    title: \"\\e]52;c;aGk=\\a clipboard\"\n", []string{"may not hold U+001B (escape), here written as an escape"}},
		{"C1 control", title, "    title: \"\\u009b2J\"\n", []string{"U+009B (a C1 control character)"}},
		{"bidi override", title, "    title: \"abc \\u202e cba\"\n", []string{"U+202E (a bidirectional override)"}},
		{"raw bidi override in a comment", title, "    # \u202e\n" + title, []string{"U+202E (a bidirectional override); write the text without it"}},
		{"raw soft hyphen", title, "    title: The same per\u00adsonnel\n", []string{"U+00AD (an invisible format character)"}},
		{"formula as a risk id", "  - id: dual-role\n", "  - id: \"=HYPERLINK(\\\"http://x\\\")\"\n", []string{`a risk's id must be kebab-case`, `found "=HYPERLINK(\"http://x\")"`}},
		{"markup as a kind id", "  - id: vetting\n", "  - id: <b>vetting\n", []string{`a kind's id must be kebab-case`}},
		{"upper-case term", "  mission-side:\n", "  Mission-Side:\n", []string{`a term's name must be kebab-case`}},
		{"choice value", "      - value: mission-support\n", "      - value: mission--support\n", []string{`a choice's value must be kebab-case`}},
	}
	checkMutations(t, string(builtinRulebook), cases, 1, 1)
}

// A byte order mark may open a rulebook, as editors write one.
func TestRulebookMayOpenWithAByteOrderMark(t *testing.T) {
	if _, err := Parse("bom.yaml", append([]byte("\ufeff"), builtinRulebook...)); err != nil {
		t.Fatal(err)
	}
}

// The problems quote nothing raw: a message about refused text is itself safe
// to print.
func TestRulebookProblemsQuoteNoControls(t *testing.T) {
	src := strings.Replace(string(builtinRulebook), "  - id: dual-role\n", "  - id: \"\\e[2J\\u009b\"\n", 1)
	_, err := Parse("mod.yaml", []byte(src))
	if err == nil {
		t.Fatal("accepted")
	}
	for _, r := range err.Error() {
		if forbiddenRune(r) && r != '\n' {
			t.Errorf("the message holds %U: %q", r, err)
		}
	}
}
