package report

import (
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
)

// An activity with every relevant fact answered, some answers only
// suggested, said "Open questions (0) None: every relevant fact is known":
// it says that every one has an answer and how many are only suggested,
// in the account the screens draw and in the text report alike.
func TestNoQuestionOpenSaysHowManyAreOnlySuggested(t *testing.T) {
	rb := classify.Default()
	a := answeredWhole(t, rb)
	for _, c := range []struct {
		suggested []model.Fact
		want      string
	}{
		{[]model.Fact{model.Implementer, model.Kinds}, "None open: every relevant fact has an answer, 2 only suggested (~)."},
		{nil, "None: every relevant fact is known."},
	} {
		r := rb.ClassifySuggested(a, "", c.suggested)
		if len(r.OpenQuestions) != 0 {
			t.Fatalf("%d questions open", len(r.OpenQuestions))
		}
		acc := NewAccount(rb, a, &r)
		found := false
		for _, sec := range acc.Sections {
			if sec.Part == PartOpen {
				found = true
				if sec.Empty != c.want {
					t.Errorf("suggested %v: the open questions say %q, want %q", c.suggested, sec.Empty, c.want)
				}
			}
		}
		if !found {
			t.Fatal("the account has no open questions")
		}
		var b strings.Builder
		WriteAccountText(&b, acc, &r, 200)
		if !strings.Contains(b.String(), c.want) {
			t.Errorf("suggested %v: the text account lacks %q:\n%s", c.suggested, c.want, b.String())
		}
	}
}

// answeredWhole is an activity of the mission's combined operations with
// every relevant question answered (its first option, or yes).
func answeredWhole(t *testing.T, rb *classify.Rulebook) *model.Activity {
	t.Helper()
	a := &model.Activity{ID: "a", Title: "Joint operations"}
	a.Facts.SetOne(model.Implementer, "mission")
	a.Facts.SetSet(model.Kinds, []string{"combined-operations"})
	for range model.AllFacts() {
		open := false
		for _, q := range rb.RelevantQuestions(&a.Facts) {
			if a.Facts.Known(q.Fact) {
				continue
			}
			open = true
			switch q.Fact.Type() {
			case model.YesNo:
				a.Facts.SetYes(q.Fact, true)
			case model.SetOf:
				a.Facts.SetSet(q.Fact, []string{q.Options[0].Value})
			default:
				a.Facts.SetOne(q.Fact, q.Options[0].Value)
			}
		}
		if !open {
			return a
		}
	}
	t.Fatal("the questions never closed")
	return nil
}
