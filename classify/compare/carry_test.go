package compare

import (
	oldrand "math/rand"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
	"testing/quick"

	"github.com/pocssr/pocssr/model"
)

// readable are the facts the stand-in reader of these tests reads in a
// task's words; the others (political will, community trust …) only a
// planner answers.
var readable = []model.Fact{model.Implementer, model.Kinds, model.Forces, model.TrainingFormat, model.HRDDP}

// readingOf is what the stand-in reader reads in an activity: its readable
// facts.
func readingOf(a *model.Activity) model.Facts {
	var fs model.Facts
	for _, f := range readable {
		fs[f] = a.Facts[f]
	}
	return fs.Clone()
}

// asImported makes the renewal look like a fresh import: drafts holding only
// what the reader reads, which Suggested returns.
func asImported(ws *model.Worksheet) CarryOptions {
	for _, a := range ws.Activities {
		a.Status = model.StatusDraft
		a.Facts = readingOf(a)
	}
	return CarryOptions{Suggested: readingOf}
}

func TestCarryIntoAFreshImport(t *testing.T) {
	rb := rulebook()
	old, new := example(t), renewed(t)
	opts := asImported(new)
	c := Compare(rb, "old.yaml", old, "new.yaml", new, Options{})
	recs := Carry(c, opts)
	if len(recs) != 6 { // unchanged 2(a); reworded 2(b), 2(c), 4, 6(b); split 6(a)
		t.Fatalf("%d carried, want 6: %+v", len(recs), recs)
	}
	byRef := map[string]*model.Activity{}
	for _, a := range new.Activities {
		byRef[a.Source.Ref] = a
	}
	// Unchanged: the review stands; the reader's suggestions it left unknown go.
	a := byRef["2(a)"]
	if v, _ := a.Facts.Yes(model.CommunityInput); !a.Facts.Known(model.CommunityInput) || !v || a.Status != model.StatusReviewed ||
		!strings.HasPrefix(a.Notes, CarryMark+" S/RES/9001 (2013) 3(a)") || !strings.Contains(a.Notes, "unchanged") {
		t.Errorf("2(a): %+v", a)
	}
	// Reworded: the old review's facts, still a draft, marked to review;
	// but the training format, which the new words read otherwise
	// (curriculum, not one-off), keeps the new reading.
	a = byRef["2(b)"]
	if v, _ := a.Facts.One(model.TrainingFormat); v != "curriculum" || a.Status != model.StatusDraft ||
		!strings.Contains(a.Notes, "reads otherwise on training_format: review it") {
		t.Errorf("2(b): %s %s %q", v, a.Status, a.Notes)
	}
	if v, _ := a.Facts.One(model.PoliticalWill); v != "strong" {
		t.Errorf("2(b): political_will %q not carried", v)
	}
	// Added tasks are left as imported.
	for _, ref := range []string{"3", "5"} {
		if a := byRef[ref]; a.Notes != "" || a.Status != model.StatusDraft {
			t.Errorf("added %s touched: %+v", ref, a)
		}
	}
	if a := byRef["6(a)"]; a.Status != model.StatusDraft || !strings.Contains(a.Notes, "part of that one") {
		t.Errorf("split 6(a): %s %q", a.Status, a.Notes)
	}
}

// A planner's fact on the new worksheet wins: on a draft, a value other
// than the reader's suggestion; the task then stays a draft.
func TestCarryKeepsThePlannersFact(t *testing.T) {
	old, new := example(t), renewed(t)
	opts := asImported(new)
	a := new.Activities[0] // 2(a), unchanged from 3(a)
	a.Facts.SetYes(model.CommunityInput, false)
	recs := Carry(Compare(rulebook(), "o", old, "n", new, Options{}), opts)
	if v, _ := a.Facts.Yes(model.CommunityInput); v || a.Status != model.StatusDraft {
		t.Errorf("community_input %v, status %s: the planner's false was overwritten", v, a.Status)
	}
	if len(recs[0].Kept) != 1 || recs[0].Kept[0] != model.CommunityInput || !strings.Contains(a.Notes, "community_input") {
		t.Errorf("kept %v, notes %q", recs[0].Kept, a.Notes)
	}
}

// Only what a person reviewed is carried: a draft of the old worksheet
// is not.
func TestCarrySkipsOldDrafts(t *testing.T) {
	old, new := example(t), renewed(t)
	for _, a := range old.Activities {
		a.Status = model.StatusDraft
	}
	if recs := Carry(Compare(rulebook(), "o", old, "n", new, Options{}), asImported(new)); len(recs) != 0 {
		t.Errorf("carried from drafts: %+v", recs)
	}
}

// Property: whatever the facts on both sides, a fact the planner set on the
// new worksheet (every known fact of a reviewed activity; on a draft, one
// that differs from the reader's suggestion) is the same after the carry.
func TestCarryNeverOverwritesAPlannersFact(t *testing.T) {
	rb := rulebook()
	pool := factPool(t)
	for seed := range uint64(300) {
		rng := rand.New(rand.NewPCG(seed, 7))
		old, new := example(t), renewed(t)
		for _, a := range append(old.Activities, new.Activities...) {
			a.Facts = randomFacts(rng, pool)
		}
		suggested := map[*model.Activity]model.Facts{}
		planner := map[*model.Activity]model.Facts{}
		for _, a := range new.Activities {
			sug := randomFacts(rng, pool)
			if rng.IntN(2) == 0 {
				a.Status = model.StatusReviewed
			} else {
				a.Status = model.StatusDraft
				for _, f := range model.AllFacts() {
					if rng.IntN(2) == 0 { // the planner left the suggestion as it was
						sug[f] = a.Facts[f]
					}
				}
			}
			suggested[a] = sug
			var p model.Facts
			for _, f := range model.AllFacts() {
				if a.Facts.Known(f) && (a.Status == model.StatusReviewed || !sameValue(&a.Facts, &sug, f)) {
					p[f] = a.Facts[f]
				}
			}
			planner[a] = p
		}
		Carry(Compare(rb, "o", old, "n", new, Options{}), CarryOptions{Suggested: func(a *model.Activity) model.Facts { return suggested[a] }})
		for _, a := range new.Activities {
			p := planner[a]
			for _, f := range model.AllFacts() {
				if p.Known(f) && !sameValue(&p, &a.Facts, f) {
					t.Fatalf("seed %d: %s's %s was the planner's %v, now %v", seed, a.Source.Ref, f.Key(), p[f], a.Facts[f])
				}
			}
		}
	}
}

// factPool gathers, for each fact, the values the example worksheets hold.
func factPool(t *testing.T) [model.NumFacts][]model.Value {
	var pool [model.NumFacts][]model.Value
	for _, ws := range []*model.Worksheet{example(t), renewed(t)} {
		for _, a := range ws.Activities {
			for _, f := range model.AllFacts() {
				if a.Facts.Known(f) {
					pool[f] = append(pool[f], a.Facts[f])
				}
			}
		}
	}
	return pool
}

func randomFacts(rng *rand.Rand, pool [model.NumFacts][]model.Value) model.Facts {
	var fs model.Facts
	for _, f := range model.AllFacts() {
		if n := len(pool[f]); n > 0 && rng.IntN(3) > 0 {
			fs[f] = pool[f][rng.IntN(n)]
		}
	}
	return fs.Clone()
}

// Every part of an activity is either identity, carried by its own rule
// (facts, notes, status), or carried whole when the new activity has none:
// the risk register and its review date are carried through the model's
// own types without this package naming them.
func TestCarryTakesEveryOtherPartOfAnActivity(t *testing.T) {
	typ := reflect.TypeOf(model.Activity{})
	for name := range identity() {
		if _, ok := typ.FieldByName(name); !ok {
			t.Errorf("identity names %s, which model.Activity does not have", name)
		}
	}
	rng := oldrand.New(oldrand.NewSource(1))
	old, emptyNew, fullNew := &model.Activity{}, &model.Activity{}, &model.Activity{}
	var others []string
	for i := range typ.NumField() {
		field := typ.Field(i)
		if !field.IsExported() || identity()[field.Name] {
			continue
		}
		others = append(others, field.Name)
		for _, a := range []*model.Activity{old, fullNew} {
			v, ok := quick.Value(field.Type, rng)
			if !ok {
				t.Fatalf("cannot make a %s", field.Type)
			}
			reflect.ValueOf(a).Elem().Field(i).Set(v)
		}
	}
	if got := carryFields(old, emptyNew); !reflect.DeepEqual(got, others) {
		t.Errorf("carried %v, want %v", got, others)
	}
	before := fullNew.Clone()
	if got := carryFields(old, fullNew); len(got) != 0 || !reflect.DeepEqual(fullNew, before) {
		t.Errorf("carried %v over parts the new activity holds", got)
	}
}

// The reviewed tasks a renewal drops, or merges into another, are named:
// their review is carried nowhere. A merged one is noted on the task it went
// into, which stays a draft.
func TestUncarriedReviews(t *testing.T) {
	rb := rulebook()
	c := Compare(rb, "old.yaml", example(t), "new.yaml", renewed(t), Options{})
	var got []string
	for _, p := range Uncarried(c) {
		got = append(got, string(p.Change)+" "+Ref(p.OldActivity))
	}
	if strings.Join(got, ",") != "dropped 5" {
		t.Errorf("uncarried %v, want [dropped 5]", got)
	}
	// The other way round, 6(a) and 6(b) were reviewed and merge into 6.
	old, new := renewed(t), example(t)
	for _, a := range old.Activities {
		a.Status = model.StatusReviewed
	}
	opts := asImported(new)
	c = Compare(rb, "new.yaml", old, "old.yaml", new, Options{})
	Carry(c, opts)
	got = got[:0]
	for _, p := range Uncarried(c) {
		got = append(got, string(p.Change)+" "+Ref(p.OldActivity))
	}
	if strings.Join(got, ",") != "dropped 3,dropped 5,merged 6(a)" {
		t.Errorf("uncarried %v", got)
	}
	for _, a := range new.Activities {
		noted := strings.Contains(a.Notes, UncarriedMark+" S/RES/9002 (2014) 6(a)")
		if noted != (a.Source.Ref == "6") || a.Source.Ref == "6" && a.Status != model.StatusDraft {
			t.Errorf("%s: %s %q", a.Source.Ref, a.Status, a.Notes)
		}
	}
}

// The note names a carried part by the worksheet's key for it.
func TestWorksheetKeyOfACarriedPart(t *testing.T) {
	for field, want := range map[string]string{"Register": "register", "HRDDPReview": "hrddp_review", "Notes": "notes", "SourceText": "source_text", "ID": "id"} {
		if got := worksheetKey(field); got != want {
			t.Errorf("worksheetKey(%s) = %q, want %q", field, got, want)
		}
	}
}
