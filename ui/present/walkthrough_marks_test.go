package present

import (
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/report"
	"github.com/pocssr/pocssr/model"
)

// The walk-through's line on a new risk of a draft marks each value only
// suggested once: the risk's sentence marks them itself. It read "~ ~
// operational training supports the reform of the ~ police".
func TestNewRiskMarksEachSuggestedValueOnce(t *testing.T) {
	rb := classify.Default()
	a := &model.Activity{ID: "a", Status: model.StatusDraft}
	a.Facts.SetOne(model.Implementer, "mission")
	a.Facts.SetSet(model.Kinds, []string{"capacity-training"})
	a.Facts.SetSet(model.Forces, []string{"police"})
	a.Facts.SetOne(model.RightsRecord, "minor-abuses")
	r := rb.ClassifySuggested(a, "", model.AllFacts())
	line := changeLine(&classify.Result{}, &r)
	if !strings.Contains(line, "~ operational training supports the reform of the ~ police") {
		t.Fatalf("the line does not mark the risk's suggested values:\n%s", line)
	}
	if strings.Contains(line, "~ ~") {
		t.Errorf("the line marks a value twice:\n%s", line)
	}
}

// The walk-through's line on a new risk marks it "~" as the account does
// (classify.Risk.MarkedWhy), one rule for both: a risk resting on
// suggested answers whose sentence marks a value only within it ("the
// forces' capabilities (~ operational training)") was left unmarked at its
// start, which the account marks.
func TestNewRiskMarksTheRiskAsTheAccountDoes(t *testing.T) {
	rb := classify.Default()
	a := &model.Activity{ID: "a", Status: model.StatusDraft}
	a.Facts.SetOne(model.Implementer, "mission")
	a.Facts.SetSet(model.Kinds, []string{"capacity-training"})
	a.Facts.SetSet(model.Forces, []string{"police"})
	a.Facts.SetSet(model.Accountability, []string{})
	r := rb.ClassifySuggested(a, "", model.AllFacts())
	line := changeLine(&classify.Result{}, &r)
	inside := false
	for _, k := range r.Risks {
		lead := ""
		if k.OnSuggested {
			lead = report.IfSuggestedLead
		}
		if want := "New risk, " + k.Rule.Title + ": " + lead + k.MarkedWhy(); !strings.Contains(line, want) {
			t.Errorf("the line lacks %q:\n%s", want, line)
		}
		inside = inside || k.OnSuggested && !strings.HasPrefix(k.Why, classify.SuggestedMark(true)) &&
			strings.Contains(k.Why, classify.SuggestedMark(true))
	}
	if !inside {
		t.Fatalf("no risk's sentence marks a value only within it: the test shows nothing\n%s", line)
	}
}
