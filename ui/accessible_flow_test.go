package ui

import (
	"regexp"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/flow"
)

// askPlain runs the plain questionnaire on in-memory input and output.
func askPlain(t *testing.T, input string) (*model.Activity, string) {
	t.Helper()
	var out strings.Builder
	p := newPlain(classify.Default(), strings.NewReader(input), &out)
	return p.Ask(), out.String()
}

// The plain prompts show what the reader makes of the description, as the
// full-screen description step does, and an empty line keeps a suggested
// answer where it would otherwise mean "don't know".
func TestPlainShowsAndKeepsTheReadersSuggestions(t *testing.T) {
	a, out := askPlain(t, "Joint offensive with the army\n\n1\n\n\n"+strings.Repeat("0\n", 12))
	for _, want := range []string{"What the words suggest", "kinds: Combined operations ← “Joint offensive”",
		"Suggested by the words of the title and description: Combined operations. An empty line keeps it."} {
		if !strings.Contains(out, want) {
			t.Errorf("prompts lack %q:\n%s", want, out)
		}
	}
	if a.Facts.Primary() != "combined-operations" {
		t.Errorf("the kept suggestion: primary kind %q", a.Facts.Primary())
	}
	if v, _ := a.Facts.One(model.Implementer); v != "mission" {
		t.Errorf("implementer %q, want the answer given", v)
	}
	// Without words to read, an empty line is "don't know".
	a, out = askPlain(t, "Item\n\n\n\n")
	if strings.Contains(out, "What the words suggest") || a.Facts.Known(model.Implementer) || a.Facts.Known(model.Kinds) {
		t.Errorf("nothing to read, yet:\n%s\n%+v", out, a.Facts)
	}
}

// The plain prompts ask the questions the full-screen questionnaire's flow
// goes through, in the same order: for each answer, the next question is the
// flow's next relevant one after the current place.
func TestPlainAsksInTheFlowsOrder(t *testing.T) {
	rb := classify.Default()
	answers := []string{"Patrols", "A donor trains police", "4", "14", "0", "0", "0", "0", "0", "0", "0"}
	_, out := askPlain(t, strings.Join(answers, "\n")+"\n")
	var asked []string
	for _, m := range regexp.MustCompile(`Question \d+ \(answered \d+ of \d+ relevant(?:, \d+ more suggested)?\): (.*)`).FindAllStringSubmatch(out, -1) {
		asked = append(asked, m[1])
	}
	// Replay the same answers through the flow.
	fl := flow.New(rb)
	p := newPlain(rb, strings.NewReader(strings.Join(answers[2:], "\n")+"\n"), &strings.Builder{})
	a := &model.Activity{Title: answers[0], Description: answers[1]}
	p.suggest(a, nil, false)
	var want []string
	for at := -1; ; {
		f, ok := fl.After(fl.Relevant(&a.Facts), at)
		if !ok || p.eof {
			break
		}
		at = fl.Place(f)
		q := rb.QuestionFor(f)
		want = append(want, q.Question)
		p.ask(q, &a.Facts, false, len(want), nil)
	}
	if strings.Join(asked, "\n") != strings.Join(want, "\n") {
		t.Errorf("asked:\n%s\nthe flow's order:\n%s", strings.Join(asked, "\n"), strings.Join(want, "\n"))
	}
	if len(asked) < 3 {
		t.Errorf("only %d questions asked", len(asked))
	}
}
