package classify

import (
	"math/rand/v2"
	"reflect"
	"testing"

	"github.com/pocssr/pocssr/model"
)

// supportActivity fires grave-violations-support (critical), hrddp-not-assessed
// (high) and no-community-input (medium), and not dual-role.
func supportActivity(t *testing.T) *model.Activity {
	t.Helper()
	a := &model.Activity{ID: "op", Title: "Joint operation"}
	a.Facts.SetOne(model.Implementer, "mission")
	a.Facts.SetSet(model.Kinds, []string{"combined-operations"})
	a.Facts.SetSet(model.Forces, []string{"army"})
	a.Facts.SetOne(model.RightsRecord, "grave-allegations")
	a.Facts.SetOne(model.HRDDP, "not-done")
	a.Facts.SetYes(model.CommunityInput, false)
	a.Facts.SetYes(model.DualRole, false)
	r := Default().Classify(a)
	for _, id := range []string{"grave-violations-support", "hrddp-not-assessed", "no-community-input"} {
		if !r.Fires(id) {
			t.Fatalf("%s does not fire on the test activity", id)
		}
	}
	if r.Fires("dual-role") {
		t.Fatal("dual-role fires on the test activity")
	}
	return a
}

func mitigationOf(r *Result, id string) *Mitigation {
	for i := range r.Risks {
		if r.Risks[i].Rule.ID == id {
			return &r.Risks[i].Mitigation
		}
	}
	return nil
}

// FRAMEWORK §9: open, mitigated, accepted, overdue and stale, as of a given day.
func TestRegisterStates(t *testing.T) {
	const today = "2026-05-01"
	cases := []struct {
		name    string
		entry   model.RegisterEntry
		state   MitigationState
		overdue bool
	}{
		{"no entry", model.RegisterEntry{}, Open, false},
		{"not started, no date", model.RegisterEntry{Status: model.NotStarted}, Open, false},
		{"not started, due yesterday", model.RegisterEntry{Status: model.NotStarted, Due: "2026-04-30"}, Open, true},
		{"planned, due today", model.RegisterEntry{Status: model.Planned, Due: today}, Open, false},
		{"planned, due tomorrow", model.RegisterEntry{Status: model.Planned, Due: "2026-05-02"}, Open, false},
		{"planned, due last year", model.RegisterEntry{Status: model.Planned, Due: "2025-12-31"}, Open, true},
		{"in place, due long ago", model.RegisterEntry{Status: model.InPlace, Due: "2020-01-01"}, Mitigated, false},
		{"not needed, due long ago", model.RegisterEntry{Status: model.NotNeeded, Due: "2020-01-01", Note: "why"}, Accepted, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := supportActivity(t)
			if c.entry.Status != "" {
				c.entry.Risk = "grave-violations-support"
				a.Register = model.Register{c.entry}
			}
			r := Default().ClassifyOn(a, today)
			m := mitigationOf(&r, "grave-violations-support")
			if m.State != c.state || m.Overdue != c.overdue || m.HasEntry() != (c.entry.Status != "") {
				t.Errorf("got %+v, want state %s overdue %v", m, c.state, c.overdue)
			}
			if m.HasEntry() && m.Entry != c.entry {
				t.Errorf("entry %+v, want %+v", m.Entry, c.entry)
			}
			// Without a date nothing is overdue.
			if r := Default().Classify(a); mitigationOf(&r, "grave-violations-support").Overdue {
				t.Error("overdue without a date")
			}
			s := Summarize([]Result{r})
			want := RegisterCounts{Open: 2, Overdue: map[bool]int{true: 1}[c.overdue], Keeping: map[bool]int{true: 1}[c.entry.Status != ""]}
			switch c.state {
			case Open:
				want.Open++
			case Mitigated:
				want.Mitigated++
			case Accepted:
				want.Accepted++
			}
			if s.Register != want {
				t.Errorf("summary %+v, want %+v", s.Register, want)
			}
		})
	}
}

// An entry for a risk that does not fire is stale, kept in register order;
// the HRDDP review is overdue when its date is past, and counts as overdue.
func TestRegisterStaleAndReview(t *testing.T) {
	a := supportActivity(t)
	a.Register = model.Register{
		{Risk: "dual-role", Status: model.Planned, Due: "2020-01-01"},
		{Risk: "hrddp-not-assessed", Status: model.InPlace},
		{Risk: "limited-influence", Status: model.NotNeeded, Note: "mission side"},
	}
	a.HRDDPReview = "2026-04-30"
	r := Default().ClassifyOn(a, "2026-05-01")
	if got := []string{r.Stale[0].Risk, r.Stale[1].Risk}; len(r.Stale) != 2 || got[0] != "dual-role" || got[1] != "limited-influence" {
		t.Errorf("stale %+v", r.Stale)
	}
	if r.HRDDPReview != (Review{Date: "2026-04-30", Overdue: true}) {
		t.Errorf("review %+v", r.HRDDPReview)
	}
	// A stale entry is never overdue: its risk does not fire.
	if got := Summarize([]Result{r}).Register; got != (RegisterCounts{Open: 2, Mitigated: 1, Overdue: 1, Keeping: 1}) {
		t.Errorf("summary %+v", got)
	}
	if r := Default().ClassifyOn(a, "2026-04-30"); r.HRDDPReview.Overdue {
		t.Error("a review due today is not overdue")
	}
	// Summary.Remove takes back what Add counted.
	s := NewSummary()
	s.Add(&r)
	s.Remove(&r)
	if s.Register != (RegisterCounts{}) {
		t.Errorf("after remove %+v", s.Register)
	}
}

// Property: the register never changes what fires, its severity, or anything
// else of the classification; it only places each risk.
func TestPropertyMitigationNeverChangesSeverity(t *testing.T) {
	rb := Default()
	rng := rand.New(rand.NewPCG(21, 9))
	for i := 0; i < 3000; i++ {
		a := &model.Activity{ID: "x", Title: "x", Facts: randomFacts(rng, rb)}
		plain := rb.Classify(a)
		for _, id := range rb.Vocabulary().Risks() {
			if rng.IntN(3) == 0 {
				st := model.MitigationStatuses[rng.IntN(len(model.MitigationStatuses))]
				a.Register = append(a.Register, model.RegisterEntry{Risk: id, Status: st, Note: "n",
					Due: model.Date([]string{"2025-01-01", "2027-01-01", ""}[rng.IntN(3)])})
			}
		}
		if rng.IntN(2) == 0 {
			a.HRDDPReview = "2026-01-01"
		}
		with := rb.ClassifyOn(a, "2026-05-01")
		if len(with.Risks) != len(plain.Risks) {
			t.Fatalf("risks %d, want %d", len(with.Risks), len(plain.Risks))
		}
		for j := range with.Risks {
			if with.Risks[j].Rule != plain.Risks[j].Rule || with.Risks[j].Severity != plain.Risks[j].Severity || with.Risks[j].Why != plain.Risks[j].Why {
				t.Fatalf("risk %d changed: %s/%s, want %s/%s", j, with.Risks[j].Rule.ID, with.Risks[j].Severity, plain.Risks[j].Rule.ID, plain.Risks[j].Severity)
			}
		}
		if with.Tier != plain.Tier || with.Agenda != plain.Agenda || !reflect.DeepEqual(with.Reasons, plain.Reasons) {
			t.Fatal("the register changed the placement")
		}
		// Every entry is either beside a firing risk or stale.
		if n := len(with.Stale) + countEntries(&with); n != len(a.Register) {
			t.Fatalf("%d entries placed, register holds %d", n, len(a.Register))
		}
	}
}

func countEntries(r *Result) int {
	n := 0
	for i := range r.Risks {
		if r.Risks[i].Mitigation.HasEntry() {
			n++
		}
	}
	return n
}
