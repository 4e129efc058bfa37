package report

import (
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
)

// A risk that fires only on answers the words suggested is marked "~" in
// the text account, before its sentence (which the rulebook writes as a
// fact), and in the verdict line; on confirmed answers neither is.
func TestAccountMarksRiskOnSuggestedAnswers(t *testing.T) {
	rb := classify.Default()
	a := &model.Activity{ID: "a", Title: "Joint operations"}
	a.Facts.SetOne(model.Implementer, "mission")
	a.Facts.SetSet(model.Kinds, []string{"combined-operations"})
	a.Facts.SetYes(model.StateForcesAttackingCivilians, true)
	for _, c := range []struct {
		name      string
		suggested []model.Fact
		marked    bool
	}{
		{"suggested", []model.Fact{model.StateForcesAttackingCivilians}, true},
		{"confirmed", nil, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			r := rb.ClassifySuggested(a, "", c.suggested)
			var b strings.Builder
			WriteAccountText(&b, NewAccount(rb, a, &r), &r, 200)
			text := b.String()
			why := "Why: " + IfSuggestedLead + "~ State forces are currently taking part in attacks on civilians"
			verdict := "1 risk (1 ~), the most serious ~critical"
			if c.marked != strings.Contains(text, why) {
				t.Errorf("marked %v, the text account reads:\n%s", c.marked, text)
			}
			if c.marked != strings.Contains(VerdictLine(&r), verdict) {
				t.Errorf("marked %v, the verdict line reads %q", c.marked, VerdictLine(&r))
			}
			if !c.marked && strings.Contains(VerdictLine(&r), "~") {
				t.Errorf("confirmed answers, the verdict line reads %q", VerdictLine(&r))
			}
			if c.marked && !strings.Contains(text, SuggestedLegend) {
				t.Errorf("the account does not say what ~ is:\n%s", text)
			}
		})
	}
}

// A long report's verdict lines, made once for each shape of result
// (ruleWords), tell one with a risk on suggested answers from one without.
func TestVerdictMemoTellsRiskOnSuggestedAnswers(t *testing.T) {
	rb := classify.Default()
	a := &model.Activity{ID: "a"}
	a.Facts.SetOne(model.Implementer, "mission")
	a.Facts.SetSet(model.Kinds, []string{"combined-operations"})
	a.Facts.SetYes(model.StateForcesAttackingCivilians, true)
	w := newRuleWords()
	plain := rb.ClassifyOn(a, "")
	marked := rb.ClassifySuggested(a, "", []model.Fact{model.StateForcesAttackingCivilians})
	if got := w.verdict(&plain); strings.Contains(got, "~") {
		t.Errorf("the confirmed verdict reads %q", got)
	}
	if got := w.verdict(&marked); !strings.Contains(got, "~critical") {
		t.Errorf("the verdict on a suggested answer reads %q", got)
	}
}
