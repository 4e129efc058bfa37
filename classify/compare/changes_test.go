package compare

// What a pair of tasks reports besides its pairing: the word diff, the facts
// behind a verdict's shift, and the mandate's terms aligned apart.

import (
	"reflect"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/model"
)

// A clause inserted into a sentence reads as one added stretch, not as
// pieces cut by the common words ("the", "of") it shares with the old text;
// a clause removed likewise; and a word replaced in a rewritten stretch is
// not kept as common ground between the changes.
func TestDiffShowsAnInsertedClauseWhole(t *testing.T) {
	for _, tc := range []struct {
		old, new string
		want     []Span
	}{
		{"support the police of the country", "support with the help of the partners of the region the police of the country",
			[]Span{{Op: WordsSame, Text: "support"}, {Op: WordsAdded, Text: "with the help of the partners of the region"}, {Op: WordsSame, Text: "the police of the country"}}},
		{"support with the help of the partners of the region the police of the country", "support the police of the country",
			[]Span{{Op: WordsSame, Text: "support"}, {Op: WordsRemoved, Text: "with the help of the partners of the region"}, {Op: WordsSame, Text: "the police of the country"}}},
		{"to speed up the implementation of the strategy", "to enhance further the ability of the Government",
			[]Span{{Op: WordsSame, Text: "to"}, {Op: WordsRemoved, Text: "speed up the implementation"}, {Op: WordsAdded, Text: "enhance further the ability"},
				{Op: WordsSame, Text: "of the"}, {Op: WordsRemoved, Text: "strategy"}, {Op: WordsAdded, Text: "Government"}}},
		// Two words in both texts between a removal and an addition stay.
		{"within available means, to assist the Government", "within available means and within its mandate, to assist as requested the Government",
			[]Span{{Op: WordsSame, Text: "within available"}, {Op: WordsSame, Text: "means", Old: "means,"}, {Op: WordsAdded, Text: "and within its mandate,"},
				{Op: WordsSame, Text: "to assist"}, {Op: WordsAdded, Text: "as requested"}, {Op: WordsSame, Text: "the Government"}}},
	} {
		if got := Diff(tc.old, tc.new); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("Diff(%q, %q)\n = %q\nwant %q", tc.old, tc.new, got, tc.want)
		}
	}
}

// The clean-up keeps every word of both texts in order, on long texts with
// many common words too.
func TestDiffCleanUpSpellsBothTexts(t *testing.T) {
	old := strings.Fields("the mission shall support the police of the country and the army of the north in the areas of return of the displaced")
	new := strings.Fields("the mission shall, with the partners of the region, support the training of the police and of the army in the north and the areas of the return")
	for cut := 0; cut < len(old); cut += 3 {
		a, b := strings.Join(old[cut:], " "), strings.Join(new[:len(new)-cut/2], " ")
		var o, n []string
		for _, s := range Diff(a, b) {
			if s.Op != WordsAdded {
				o = append(o, oldSpelling(s))
			}
			if s.Op != WordsRemoved {
				n = append(n, s.Text)
			}
		}
		if strings.Join(o, " ") != a || strings.Join(n, " ") != b {
			t.Errorf("%q → %q: spelt %q and %q", a, b, o, n)
		}
	}
}

// A verdict that moved names the facts that moved it, both values in words,
// and the other way round the same facts with their values swapped; a pair
// whose verdict stayed names none.
func TestShiftNamesTheFactsThatMovedIt(t *testing.T) {
	rb := rulebook()
	want := map[string]string{
		"3(b) → 2(b)": "training_format: one-off sessions → academy curriculum",
		"6 → 6(b)":    "kinds: justice and rule of law and vetting → vetting",
	}
	for _, back := range []bool{false, true} {
		old, new := example(t), renewed(t)
		if back {
			old, new = new, old
		}
		c := Compare(rb, "a.yaml", old, "b.yaml", new, Options{})
		got := map[string]string{}
		for _, p := range c.Pairs {
			if p.OldActivity == nil || p.NewActivity == nil {
				continue
			}
			key := Ref(p.OldActivity) + " → " + Ref(p.NewActivity)
			var parts []string
			for _, fc := range p.Shift.Because {
				parts = append(parts, fc.Fact.Key()+": "+fc.Old+" → "+fc.New)
			}
			if back {
				key = Ref(p.NewActivity) + " → " + Ref(p.OldActivity)
				parts = parts[:0]
				for _, fc := range p.Shift.Because {
					parts = append(parts, fc.Fact.Key()+": "+fc.New+" → "+fc.Old)
				}
			}
			if len(parts) > 0 != (p.Shift.Tier || p.Shift.Agenda) && want[key] != "" {
				t.Errorf("%s: because %v with tier %v agenda %v", key, parts, p.Shift.Tier, p.Shift.Agenda)
			}
			if len(parts) > 0 {
				got[key] = strings.Join(parts, "; ")
			}
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("back %v: because %q\nwant %q", back, got, want)
		}
	}
}

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

// A side without terms (a worksheet) cannot tell the other side's terms new
// or gone: they are listed only where they pair with its task.
func TestTermsOfOneSideOnly(t *testing.T) {
	old := &model.Worksheet{Activities: []*model.Activity{
		{ID: "ceiling", Title: "Force levels", Source: model.Source{Ref: "2", Text: "2. Decides that the overall force levels will consist of up to 5,021 troops and a police component of up to 2,601 personnel"}},
	}}
	new := &model.Worksheet{}
	opts := Options{NewTerms: []Term{
		{Ref: "1", Text: "1. Decides to extend the mandate of the mission until 15 October 2015;", Reason: "extends-mandate"},
		{Ref: "2", Text: "2. Decides that the overall force levels will consist of up to 2,370 troops and a police component of up to 2,601 personnel;", Reason: "troop-ceiling"},
	}}
	c := Compare(rulebook(), "old.yaml", old, "new.txt", new, opts)
	if len(c.Terms) != 1 || c.Terms[0].OldTask == nil || c.Terms[0].Ref(false) != "2" || len(c.Pairs) != 0 {
		t.Errorf("terms %+v, pairs %+v", c.Terms, c.Pairs)
	}
	if len(c.New.Terms) != 2 || len(c.Old.Terms) != 0 {
		t.Errorf("the sides hold %d and %d terms", len(c.Old.Terms), len(c.New.Terms))
	}
}
