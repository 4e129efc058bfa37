package present

import (
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/report"
	"github.com/pocssr/pocssr/model"
)

// partnerRestructuring is an activity a partner carries out on the security
// institutions: SSR only, and a risk that the mission has little say.
func partnerRestructuring(status model.Status) *model.Activity {
	a := &model.Activity{ID: "a", Status: status}
	a.Facts.SetOne(model.Implementer, "partner")
	a.Facts.SetSet(model.Kinds, []string{"restructuring"})
	return a
}

// What changed marks the tier and the agenda "~" where the verdict does
// (the reading rests on answers only suggested): it read "Tier: No tier yet →
// Tier 3" above "~T3 · ~SSR only". An agenda not placed at all reads
// "undetermined", as a tier reads "none": it read "Agenda:  → SSR only".
func TestWhatChangedMarksTheReadingAsTheVerdictDoes(t *testing.T) {
	rb := classify.Default()
	draft := rb.ClassifySuggested(partnerRestructuring(model.StatusDraft), "", model.AllFacts())
	line := changeLine(&classify.Result{}, &draft)
	for _, want := range []string{"Tier: No tier yet → ~Tier 3.", "Agenda: undetermined → ~SSR only."} {
		if !strings.Contains(line, want) {
			t.Errorf("what changed lacks %q:\n%s", want, line)
		}
	}
	var none model.Activity
	nothing := rb.ClassifySuggested(&none, "", nil)
	if line := changeLine(&nothing, &draft); !strings.Contains(line, "Agenda: No agenda yet → ~SSR only.") {
		t.Errorf("what changed does not name the agenda it had:\n%s", line)
	}
	planned := rb.Classify(partnerRestructuring(model.StatusReviewed))
	if line := changeLine(&nothing, &planned); !strings.Contains(line, "Tier: No tier yet → Tier 3.") || !strings.Contains(line, "→ SSR only.") {
		t.Errorf("what changed marks a reading resting on no suggestion:\n%s", line)
	}
}

// The conclusions what changed draws ("so it is no peacekeeping protection
// task", a risk's "so the mission has little direct influence") from
// answers only suggested hold only if those answers do, and the line says
// so; from the planner's own answers they stand as they are.
func TestWhatChangedDrawsNoConclusionFromSuggestionsAsFact(t *testing.T) {
	rb := classify.Default()
	draft := rb.ClassifySuggested(partnerRestructuring(model.StatusDraft), "", model.AllFacts())
	line := changeLine(&classify.Result{}, &draft)
	if !strings.Contains(line, "SSR only: "+report.IfSuggestedLead+"~ restructuring is carried out by ~ another international partner") {
		t.Errorf("the agenda's reason states a suggestion's conclusion as fact:\n%s", line)
	}
	// The tier's reason too, as every account frames it (report.TierReason).
	if !strings.Contains(line, "Tier 3 (Establishment of a protective environment): "+report.IfSuggestedLead+"the 2015 policy places") {
		t.Errorf("the tier's reason states a suggestion's conclusion as fact:\n%s", line)
	}
	if len(draft.Risks) == 0 {
		t.Fatal("no risk fires: the test shows nothing")
	}
	for _, k := range draft.Risks {
		if want := k.Rule.Title + ": " + report.IfSuggestedLead + k.MarkedWhy(); !strings.Contains(line, want) {
			t.Errorf("the line lacks %q:\n%s", want, line)
		}
	}
	planned := rb.Classify(partnerRestructuring(model.StatusReviewed))
	if line := changeLine(&classify.Result{}, &planned); strings.Contains(line, report.IfSuggestedLead) {
		t.Errorf("the planner's own answers are framed as suggestions:\n%s", line)
	}
}
