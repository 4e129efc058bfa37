package ui

import (
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
)

// The walk both modes share: from the description through every relevant
// question in the rulebook's order to the review, and back the same way.
func TestFlowWalksTheStepsBothWays(t *testing.T) {
	rb := classify.Default()
	fl := newFlow(rb)
	a := activity(t, "Joint offensive", "implementer", "mission", "kinds", "combined-operations")
	qs := fl.relevant(&a.Facts)
	if len(qs) < 3 {
		t.Fatalf("only %d questions are relevant: the case tests little", len(qs))
	}
	var forward []step
	for s := (step{kind: describeStep}); s.kind != reviewStep; s = fl.next(s, qs) {
		forward = append(forward, s)
		if len(forward) > len(qs)+1 {
			t.Fatal("the walk does not reach the review")
		}
	}
	if len(forward) != len(qs)+1 || forward[0].kind != describeStep {
		t.Fatalf("%d steps before the review, want the description and %d questions", len(forward), len(qs))
	}
	for i, q := range qs {
		if s := forward[i+1]; s.kind != questionStep || s.fact != q.Fact {
			t.Errorf("step %d asks %v, want %s", i+1, s, q.Fact)
		}
	}
	back := step{kind: reviewStep}
	for i := len(forward) - 1; i >= 0; i-- {
		back = fl.prev(back, qs)
		if back != forward[i] {
			t.Errorf("back to step %d: %v, want %v", i, back, forward[i])
		}
	}
	if fl.prev(back, qs) != (step{kind: describeStep}) {
		t.Error("there is a step before the description")
	}
	if fl.next(step{kind: describeStep}, nil) != (step{kind: reviewStep}) {
		t.Error("with no question, the description is not followed by the review")
	}
}

// A question that an answer made irrelevant is skipped going on: next
// reads the questions as they stand now.
func TestFlowNextFollowsTheAnswers(t *testing.T) {
	rb := classify.Default()
	fl := newFlow(rb)
	var fs model.Facts
	before := fl.relevant(&fs)
	fs.SetOne(model.Implementer, "mission")
	after := fl.relevant(&fs)
	if len(after) == len(before) {
		t.Skip("answering the implementer changes no question's relevance")
	}
	s := fl.next(step{kind: questionStep, fact: model.Implementer}, after)
	if s.kind != questionStep {
		t.Fatalf("after the implementer: %v", s)
	}
	found := false
	for _, q := range after {
		found = found || q.Fact == s.fact
	}
	if !found {
		t.Errorf("next asks %s, which is not relevant now", s.fact)
	}
}
