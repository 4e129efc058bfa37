package classify

import (
	"math/rand/v2"
	"reflect"
	"testing"

	"github.com/pocssr/pocssr/model"
)

// randomFacts draws facts from the rulebook's vocabulary; each fact is unknown
// with probability 1/4.
func randomFacts(rng *rand.Rand, rb *Rulebook) model.Facts {
	var fs model.Facts
	v := rb.Vocabulary()
	for f := model.Fact(0); f < model.NumFacts; f++ {
		if rng.IntN(4) == 0 {
			continue
		}
		switch f.Type() {
		case model.OneOf:
			vals := v.Values(f)
			fs.SetOne(f, vals[rng.IntN(len(vals))])
		case model.YesNo:
			fs.SetYes(f, rng.IntN(2) == 0)
		case model.SetOf:
			vals := v.Values(f)
			rng.Shuffle(len(vals), func(i, j int) { vals[i], vals[j] = vals[j], vals[i] })
			n := rng.IntN(4)
			if f == model.Kinds {
				n = 1 + rng.IntN(3)
			}
			fs.SetSet(f, vals[:n])
		}
	}
	return fs
}

func forEachRandom(t *testing.T, n int, check func(t *testing.T, fs model.Facts)) {
	rb := Default()
	rng := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < n; i++ {
		fs := randomFacts(rng, rb)
		check(t, fs)
		if t.Failed() {
			t.Logf("facts: %+v", fs)
			return
		}
	}
}

func sameResult(a, b Result) bool {
	if a.Tier != b.Tier || a.Agenda != b.Agenda || a.Basis != b.Basis || len(a.Reasons) != len(b.Reasons) ||
		len(a.Risks) != len(b.Risks) || len(a.OpenQuestions) != len(b.OpenQuestions) || len(a.WouldChange) != len(b.WouldChange) {
		return false
	}
	for i := range a.Reasons {
		if a.Reasons[i] != b.Reasons[i] {
			return false
		}
	}
	for i := range a.Risks {
		x, y := a.Risks[i], b.Risks[i]
		if x.Rule != y.Rule || x.Severity != y.Severity || x.Why != y.Why || x.Raised != y.Raised || len(x.Facts()) != len(y.Facts()) {
			return false
		}
	}
	for i := range a.OpenQuestions {
		if a.OpenQuestions[i] != b.OpenQuestions[i] {
			return false
		}
	}
	for i := range a.WouldChange {
		if a.WouldChange[i] != b.WouldChange[i] {
			return false
		}
	}
	return true
}

func TestPropertyDeterministic(t *testing.T) {
	rb := Default()
	forEachRandom(t, 2000, func(t *testing.T, fs model.Facts) {
		if !sameResult(rb.ClassifyFacts(&fs), rb.ClassifyFacts(&fs)) {
			t.Error("two classifications of the same facts differ")
		}
	})
}

func TestPropertyKnownKindAndImplementerDecide(t *testing.T) {
	rb := Default()
	forEachRandom(t, 3000, func(t *testing.T, fs model.Facts) {
		r := rb.ClassifyFacts(&fs)
		decided := fs.Known(model.Implementer) && len(fs[model.Kinds].Set) > 0
		if decided {
			if r.Tier < 1 || r.Tier > 3 {
				t.Errorf("tier %d", r.Tier)
			}
			switch r.Agenda {
			case POCOnly, SSROnly, Overlap, Outside:
			default:
				t.Errorf("agenda %s", r.Agenda)
			}
		} else if r.Agenda != Undetermined {
			t.Errorf("agenda %s without kind and implementer", r.Agenda)
		}
		if (r.Agenda == Overlap) != (r.Basis != NoBasis) {
			t.Errorf("agenda %s with basis %q", r.Agenda, r.Basis)
		}
	})
}

// Adding an institutional accountability measure never adds the risk of
// capacity without accountability.
func TestPropertyAccountabilityNeverAddsCapacityRisk(t *testing.T) {
	rb := Default()
	institutional := []string{"internal-controls", "discipline", "code-of-conduct", "external-oversight", "public-scrutiny"}
	forEachRandom(t, 3000, func(t *testing.T, fs model.Facts) {

		more := fs.Clone()
		set := more[model.Accountability].Set
		m := institutional[len(set)%len(institutional)]
		if !more.Has(model.Accountability, m) {
			set = append(set, m)
		}
		more.SetSet(model.Accountability, set)
		_, after := hasRisk(rb.ClassifyFacts(&more), "capacity-without-accountability")
		if after {
			t.Errorf("capacity-without-accountability fires with %v", set)
		}
	})
}

// Making a fact unknown never makes a risk fire, nor makes an overlap appear.
func TestPropertyUnknownNeverFires(t *testing.T) {
	rb := Default()
	rng := rand.New(rand.NewPCG(3, 4))
	forEachRandom(t, 3000, func(t *testing.T, fs model.Facts) {
		full := rb.ClassifyFacts(&fs)
		less := fs.Clone()
		f := model.Fact(rng.IntN(int(model.NumFacts)))
		less.Forget(f)
		r := rb.ClassifyFacts(&less)
		for _, k := range r.Risks {
			if _, ok := hasRisk(full, k.Rule.ID); !ok {
				t.Errorf("forgetting %s made %s fire", f.Key(), k.Rule.ID)
			}
		}
		if r.Agenda == Overlap && full.Agenda != Overlap {
			t.Errorf("forgetting %s made an overlap", f.Key())
		}
	})
}

// Every open question is relevant and unknown; every relevant unknown fact is open.
func TestPropertyOpenQuestions(t *testing.T) {
	rb := Default()
	forEachRandom(t, 2000, func(t *testing.T, fs model.Facts) {
		open := map[model.Fact]bool{}
		for _, q := range rb.ClassifyFacts(&fs).OpenQuestions {
			open[q.Fact] = true
		}
		for f := model.Fact(0); f < model.NumFacts; f++ {
			want := rb.Relevant(&fs, f) && !fs.Known(f)
			if open[f] != want {
				t.Errorf("%s: open %v, want %v", f.Key(), open[f], want)
			}
		}
	})
}

// Property: an activity classified again with what deciding it decided
// (Decide, ClassifyAgain) has the same result, register and all, as
// ClassifyOn gives it; and the result's risks and open questions are those
// the decisions hold, not tested again: with the decisions of other facts,
// it has theirs. Decide's own result is ClassifyOn's without its words.
func TestPropertyClassifyAgainIsClassifyOn(t *testing.T) {
	rb := Default()
	rng := rand.New(rand.NewPCG(3, 4))
	var prev Decisions
	var prevResult Result
	for i := 0; i < 2000; i++ {
		a := &model.Activity{ID: "a", Facts: randomFacts(rng, rb), HRDDPReview: "2026-03-31"}
		first, d := rb.Decide(a, "2026-06-01")
		bare := rb.ClassifyOn(a, "2026-06-01")
		for i := range bare.Reasons {
			bare.Reasons[i] = ""
		}
		bare.Policy.Reason, bare.Policy.Also, bare.Narrow.Reason, bare.Narrow.Waits = "", "", "", ""
		for i := range bare.Risks {
			bare.Risks[i].Why = ""
		}
		for i := range bare.WouldChange {
			bare.WouldChange[i].If = ""
		}
		for i := range bare.OtherHands {
			bare.OtherHands[i].If = ""
		}
		if !reflect.DeepEqual(first, bare) {
			t.Fatalf("facts %v: decided\n%+v\nclassified, without its words\n%+v", a.Facts, first, bare)
		}
		for j, k := range first.Risks {
			if j%2 == 0 {
				a.Register = append(a.Register, model.RegisterEntry{Risk: k.Rule.ID, Status: model.InPlace})
			}
		}
		a.Register = append(a.Register, model.RegisterEntry{Risk: "hrddp-not-assessed", Status: model.NotNeeded, Note: "n"})
		want := rb.ClassifyOn(a, "2026-06-01")
		if got := rb.ClassifyAgain(a, "2026-06-01", d); !reflect.DeepEqual(got, want) {
			t.Fatalf("facts %v: classified again\n%+v\nclassified\n%+v", a.Facts, got, want)
		}
		if got := rb.ClassifyAgain(a, "2026-06-01", Decisions{}); !reflect.DeepEqual(got, want) {
			t.Fatalf("facts %v: classified again with no decisions\n%+v\nclassified\n%+v", a.Facts, got, want)
		}
		if i > 0 {
			other := rb.ClassifyAgain(a, "", prev)
			if len(other.Risks) != len(prevResult.Risks) || len(other.OpenQuestions) != len(prevResult.OpenQuestions) {
				t.Fatalf("facts %v with another's decisions: %d risks, %d open questions; the decisions hold %d, %d",
					a.Facts, len(other.Risks), len(other.OpenQuestions), len(prevResult.Risks), len(prevResult.OpenQuestions))
			}
		}
		prev, prevResult = d, first
	}
}

// A rulebook of more risks than Decisions holds bits decides nothing to
// keep: ClassifyAgain tests every condition, and the result is whole.
func TestClassifyAgainBeyondSixtyFourRisks(t *testing.T) {
	rb := withManyRisks(t, 89)
	a := &model.Activity{ID: "a", Facts: facts(t, "implementer: mission; kinds: [mediation]")}
	_, d := rb.Decide(a, "")
	got, want := rb.ClassifyAgain(a, "", d), rb.ClassifyOn(a, "")
	if len(want.Risks) < 65 || !reflect.DeepEqual(got, want) {
		t.Fatalf("%d risks classified again, %d classified", len(got.Risks), len(want.Risks))
	}
}
