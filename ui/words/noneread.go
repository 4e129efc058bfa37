package words

import (
	"slices"
	"strings"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/report"
	"github.com/pocssr/pocssr/classify/suggest"
	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/component"
)

// lookedFor are the facts the reader looks for in every paragraph, in the
// order of the facts: who carries the activity out and what it does, on
// which the verdict rests first. Where it finds nothing of one, the list of
// what the words suggested was silent on it; NoneRead says so.
var lookedFor = []model.Fact{model.Implementer, model.Kinds}

// NoneRead are the facts looked for in a's words that the reading found
// nothing of: no value suggested and none read and set aside (that one
// says why it was not suggested), and no answer held: a fact the planner
// answered is no longer waiting on the words.
func NoneRead(a *model.Activity, reading *suggest.Suggestion) []model.Fact {
	var out []model.Fact
	for _, f := range lookedFor {
		if reading.Facts[f].Known || a.Facts.Known(f) || reading.Declines(f) {
			continue
		}
		out = append(out, f)
	}
	return out
}

// NoneReadText says of a fact of NoneRead that nothing was read for it,
// and what asks it (how: the key or answer that opens the questions):
// "kinds: none read — no words of the source paragraph 19 answer “What
// does the activity do?”; e asks it". The fact is named as the list names
// a suggested one, the question as the questionnaire asks it.
func NoneReadText(rb *classify.Rulebook, a *model.Activity, ref string, reading *suggest.Suggestion, f model.Fact, how string) string {
	return component.FactName(f) + ": " + NoneReadValueText(rb, a, ref, reading, f, how)
}

// NoneReadValueText is NoneReadText without the fact, which a list names
// before it.
//
// Where the words name work the framework has no kind for (reading.NoKind),
// the kinds say so: "kinds: none read — the words of the source paragraph
// 10 name disarmament, demobilization and reintegration ← “DDR”, which the
// framework has no kind for; e asks it", the work named as the accounts name
// it (report.NoKindNames).
func NoneReadValueText(rb *classify.Rulebook, a *model.Activity, ref string, reading *suggest.Suggestion, f model.Fact, how string) string {
	if f == model.Kinds && reading != nil && len(reading.NoKind) > 0 {
		return "none read — the words of " + Source(a, ref) + " name " + report.NoKindNames(reading) +
			", which the framework has no kind for; " + how + " asks it"
	}
	what := "its question"
	if q := rb.QuestionFor(f); q != nil {
		what = "“" + report.OneLine(q.Question) + "”"
	}
	return "none read — no words of " + Source(a, ref) + " answer " + what + "; " + how + " asks it"
}

// NothingReadText is what the list of what a's words suggested says where
// they suggested nothing, in one statement: of the facts of NoneRead
// (none), the questions that ask them, and how asks them ("" leaves it
// unsaid): "Nothing: no words of the source paragraph 7 suggest an answer
// to “Who carries out the activity?”, “What does the activity do?” or any
// other question; e asks them". Where the words name work the framework has
// no kind for (reading.NoKind), it says which.
func NothingReadText(rb *classify.Rulebook, a *model.Activity, ref string, reading *suggest.Suggestion, none []model.Fact, how string) string {
	if len(none) == 0 {
		s := "Nothing: the words of " + Source(a, ref) + " suggest no answer"
		if how != "" {
			s += "; " + how + " asks the questions"
		}
		return s
	}
	var asked []string
	for _, f := range none {
		what := component.FactName(f) + "'s question"
		if q := rb.QuestionFor(f); q != nil {
			what = "“" + report.OneLine(q.Question) + "”"
		}
		asked = append(asked, what)
	}
	s := "Nothing: no words of " + Source(a, ref) + " suggest an answer to " + strings.Join(asked, ", ") + " or any other question"
	if reading != nil && len(reading.NoKind) > 0 && slices.Contains(none, model.Kinds) {
		s += "; they name " + report.NoKindNames(reading) + ", which the framework has no kind for"
	}
	if how != "" {
		s += "; " + how + " asks them"
	}
	return s
}
