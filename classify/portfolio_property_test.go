package classify_test

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/sample"
	"github.com/pocssr/pocssr/model"
)

// randomPlan draws a small worksheet whose facts are mostly known, so that
// findings both fire and stay silent across the draws.
func randomPlan(rng *rand.Rand, rb *classify.Rulebook) []*model.Activity {
	acts := make([]*model.Activity, 1+rng.IntN(6))
	for i := range acts {
		acts[i] = &model.Activity{ID: fmt.Sprintf("a%d", i), Title: "t", Facts: sample.Facts(rng, rb, 0.15, 2)}
	}
	return acts
}

type findingKey struct{ id, force string }

func keysOf(fs []classify.Finding) map[findingKey][]string {
	out := map[findingKey][]string{}
	for _, f := range fs {
		out[findingKey{f.Rule.ID, f.Force}] = f.Activities
	}
	return out
}

func forEachPlan(t *testing.T, n int, check func(t *testing.T, rng *rand.Rand, acts []*model.Activity)) {
	rb := classify.Default()
	rng := rand.New(rand.NewPCG(7, 11))
	fired := 0
	for range n {
		acts := randomPlan(rng, rb)
		if len(rb.FindingsOf(acts)) > 0 {
			fired++
		}
		check(t, rng, acts)
		if t.Failed() {
			for _, a := range acts {
				t.Logf("%s: %+v", a.ID, a.Facts)
			}
			return
		}
	}
	// The property means little if the draws never raise a finding.
	if fired < n/10 {
		t.Fatalf("only %d of %d random plans raise a finding", fired, n)
	}
}

// Adding an activity that works on a force's accountability never adds a
// finding for that force, unless the activity itself raises it (equipment
// beside accountability support is still support that the HRDDP covers).
func TestAddingAccountabilityWorkAddsNoFindingForTheForce(t *testing.T) {
	rb := classify.Default()
	forces := rb.Vocabulary().Values(model.Forces)
	answering := []string{"accountability-support", "vetting", "abuse-monitoring", "removal-advocacy"}
	forEachPlan(t, 2000, func(t *testing.T, rng *rand.Rand, acts []*model.Activity) {
		before := keysOf(rb.FindingsOf(acts))
		force := forces[rng.IntN(len(forces))]
		extra := &model.Activity{ID: "extra", Title: "t", Facts: sample.Facts(rng, rb, 0.3, 2)}
		kinds, _ := extra.Facts.Set(model.Kinds)
		kinds = append([]string{answering[rng.IntN(len(answering))]}, slices.DeleteFunc(slices.Clone(kinds), func(k string) bool { return slices.Contains(answering, k) })...)
		extra.Facts.SetSet(model.Kinds, kinds)
		fs, _ := extra.Facts.Set(model.Forces)
		if !slices.Contains(fs, force) {
			extra.Facts.SetSet(model.Forces, append(slices.Clone(fs), force))
		}
		after := keysOf(rb.FindingsOf(slices.Insert(slices.Clone(acts), rng.IntN(len(acts)+1), extra)))
		for k := range after {
			if _, ok := before[k]; !ok && k.force == force &&
				(k.id == "effectiveness-without-accountability" || !slices.Contains(after[k], extra.ID)) {
				t.Errorf("adding %s (%v on %v) raised %v", extra.ID, kinds, extra.Facts[model.Forces].Set, k)
			}
		}
	})
}

// Forgetting a fact never makes a finding fire: a finding fires only on what is
// known.
func TestForgettingAFactNeverRaisesAFinding(t *testing.T) {
	rb := classify.Default()
	forEachPlan(t, 2000, func(t *testing.T, rng *rand.Rand, acts []*model.Activity) {
		before := keysOf(rb.FindingsOf(acts))
		i := rng.IntN(len(acts))
		f := model.Fact(rng.IntN(int(model.NumFacts)))
		c := acts[i].Clone()
		c.Facts.Forget(f)
		changed := slices.Clone(acts)
		changed[i] = c
		for k := range keysOf(rb.FindingsOf(changed)) {
			if _, ok := before[k]; !ok {
				t.Errorf("forgetting %s of %s raised %v", f.Key(), c.ID, k)
			}
		}
	})
}

// Findings are deterministic and do not depend on the order of the
// activities, except for the order of their activities lists.
func TestFindingsIndependentOfOrder(t *testing.T) {
	rb := classify.Default()
	forEachPlan(t, 1000, func(t *testing.T, rng *rand.Rand, acts []*model.Activity) {
		want := rb.FindingsOf(acts)
		again := rb.FindingsOf(acts)
		if len(want) != len(again) {
			t.Fatalf("two runs differ: %d and %d findings", len(want), len(again))
		}
		for i := range want {
			if want[i].Rule != again[i].Rule || want[i].Force != again[i].Force || want[i].Why != again[i].Why ||
				!slices.Equal(want[i].Activities, again[i].Activities) {
				t.Fatalf("two runs differ at finding %d", i)
			}
		}
		shuffled := slices.Clone(acts)
		rng.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
		got := rb.FindingsOf(shuffled)
		if len(got) != len(want) {
			t.Fatalf("%d findings after shuffling, %d before", len(got), len(want))
		}
		for i := range want {
			if got[i].Rule != want[i].Rule || got[i].Force != want[i].Force || got[i].Severity != want[i].Severity {
				t.Errorf("finding %d: %s/%s after shuffling, %s/%s before", i, got[i].Rule.ID, got[i].Force, want[i].Rule.ID, want[i].Force)
			}
			a, b := slices.Sorted(slices.Values(got[i].Activities)), slices.Sorted(slices.Values(want[i].Activities))
			if !slices.Equal(a, b) {
				t.Errorf("finding %d names %v after shuffling, %v before", i, a, b)
			}
		}
	})
}

// The tally the worksheet keeps, counted up and down activity by activity,
// agrees with the findings computed from scratch.
func TestTallyAgreesWithFindings(t *testing.T) {
	rb := classify.Default()
	forEachPlan(t, 1000, func(t *testing.T, rng *rand.Rand, acts []*model.Activity) {
		var tally classify.PortfolioTally
		marks := make([]classify.PortfolioMark, len(acts))
		for i, a := range acts {
			marks[i] = rb.PortfolioMark(&a.Facts)
			tally.Count(marks[i], +1)
		}
		// Take one out and put a different one in, as an edit does.
		i := rng.IntN(len(acts))
		tally.Count(marks[i], -1)
		c := acts[i].Clone()
		c.Facts = sample.Facts(rng, rb, 0.15, 2)
		tally.Count(rb.PortfolioMark(&c.Facts), +1)
		changed := slices.Clone(acts)
		changed[i] = c
		want := rb.FindingsOf(changed)
		got := rb.Fired(tally.Firing())
		if len(got) != len(want) {
			t.Fatalf("tally: %d findings, from scratch: %d", len(got), len(want))
		}
		for j := range got {
			if got[j].Rule != want[j].Rule || got[j].Force != want[j].Force || got[j].WouldClear != want[j].WouldClear {
				t.Errorf("finding %d differs: %s/%s, %s/%s", j, got[j].Rule.ID, got[j].Force, want[j].Rule.ID, want[j].Force)
			}
		}
	})
}
