package classify

import (
	"strings"
	"testing"

	"github.com/pocssr/pocssr/model"
)

// A reason that reads a fact not known says so in neutral words, never the
// statement followed by "(unknown)", and names the evidence the statement
// rests on: training built into the institution through performance
// evaluation, its format not known, read "built into the institution
// (unknown)".
func TestAReasonNamesAFactNotKnownWithoutStatingIt(t *testing.T) {
	rb := Default()
	var fs model.Facts
	fs.SetSet(model.Kinds, []string{"rights-training"})
	fs.SetOne(model.Implementer, "mission")
	fs.SetSet(model.Accountability, []string{"performance-link"})
	r := rb.ClassifyFacts(&fs)
	if r.Agenda != Overlap {
		t.Fatalf("agenda %q, want the overlap", r.Agenda)
	}
	if strings.Contains(r.Narrow.Reason, "unknown") || !strings.Contains(r.Narrow.Reason, "built into the institution (link to performance evaluation)") {
		t.Errorf("the reason reads %q", r.Narrow.Reason)
	}
}

// An answer suggested by the words and not yet confirmed is marked "~"
// wherever a sentence of the result names it, and the result lists it; a
// confirmed answer is not marked.
func TestASuggestedAnswerIsMarkedInTheReasons(t *testing.T) {
	rb := Default()
	a := &model.Activity{ID: "t"}
	a.Facts.SetSet(model.Kinds, []string{"rights-training"})
	a.Facts.SetOne(model.Implementer, "mission")
	a.Facts.SetOne(model.TrainingFormat, "curriculum")
	r := rb.ClassifySuggested(a, "", []model.Fact{model.TrainingFormat, model.Kinds, model.Horizon})
	if !strings.Contains(r.Narrow.Reason, "(~ academy curriculum)") {
		t.Errorf("the agenda's reason reads %q", r.Narrow.Reason)
	}
	if !strings.Contains(r.Policy.Reason, "~ human rights and IHL training") {
		t.Errorf("the tier's reason reads %q", r.Policy.Reason)
	}
	if len(r.Suggested) != 2 || r.Suggested[0] != model.TrainingFormat || r.Suggested[1] != model.Kinds {
		t.Errorf("suggested %v: want the two known facts given, the unknown horizon left out", r.Suggested)
	}
	plain := rb.ClassifyOn(a, "")
	if strings.Contains(plain.Narrow.Reason, "~") || strings.Contains(plain.Policy.Reason, "~") || len(plain.Suggested) != 0 {
		t.Errorf("confirmed answers are marked: %q / %q", plain.Narrow.Reason, plain.Policy.Reason)
	}
}
