package compare

import (
	"testing"

	"github.com/pocssr/pocssr/model"
)

// The terms are aligned apart from the tasks: a new end date is a term
// reworded, and a troop ceiling that one import leaves out and the other
// reads as a task pairs with it there, and is no task added.
func TestTermsAreAlignedApartFromTasks(t *testing.T) {
	task := func(ref, text string) *model.Activity {
		return &model.Activity{ID: "t" + ref, Title: text, Source: model.Source{Ref: ref, Text: ref + ". " + text}}
	}
	old := &model.Worksheet{Activities: []*model.Activity{
		task("3", "Requests the mission to protect civilians under threat of physical violence"),
	}}
	new := &model.Worksheet{Activities: []*model.Activity{
		task("2", "Decides that the overall force levels will consist of up to 2,370 troops and a police component of up to 2,601 personnel"),
		task("4", "Requests the mission to protect civilians under threat of physical violence"),
	}}
	opts := Options{
		OldTerms: []Term{
			{Ref: "1", Text: "1. Decides to extend the mandate of the mission until 15 October 2014, with the intention of further renewal;", Reason: "extends-mandate"},
			{Ref: "2", Text: "2. Decides that the overall force levels will consist of up to 5,021 troops and a police component of up to 2,601 personnel;", Reason: "troop-ceiling"},
			{Ref: "9", Text: "9. Decides to remain seized of the matter.", Reason: "no-action"},
		},
		NewTerms: []Term{
			{Ref: "1", Text: "1. Decides to extend the mandate of the mission until 15 October 2015, with the intention of further renewal;", Reason: "extends-mandate"},
			{Ref: "9", Text: "9. Decides to remain seized of the matter.", Reason: "no-action"},
		},
	}
	c := Compare(rulebook(), "old", old, "new", new, opts)
	if len(c.Pairs) != 1 || c.Pairs[0].Change != Unchanged {
		t.Fatalf("pairs %+v: the ceiling read as a task should be among the terms", c.Pairs)
	}
	type row struct {
		change         Change
		oldRef, newRef string
		newIsTask      bool
	}
	want := []row{{Reworded, "1", "1", false}, {Reworded, "2", "2", true}, {Unchanged, "9", "9", false}}
	if len(c.Terms) != len(want) {
		t.Fatalf("%d terms, want %d: %+v", len(c.Terms), len(want), c.Terms)
	}
	for i, w := range want {
		p := &c.Terms[i]
		if got := (row{p.Change, p.Ref(true), p.Ref(false), p.NewTask != nil}); got != w {
			t.Errorf("term %d: %+v, want %+v", i, got, w)
		}
	}
	added, removed := DiffWords(c.Terms[0].Diff)
	if added != 1 || removed != 1 {
		t.Errorf("end date diff %+v", c.Terms[0].Diff)
	}
	// Without terms, the ceiling stays a task added.
	c = Compare(rulebook(), "old", old, "new", new, Options{})
	if len(c.Pairs) != 2 || len(c.Terms) != 0 {
		t.Errorf("without terms: %d pairs, %d terms", len(c.Pairs), len(c.Terms))
	}
}
