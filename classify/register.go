package classify

import "github.com/pocssr/pocssr/model"

// MitigationState is where a firing risk stands in the register (FRAMEWORK §9).
type MitigationState string

// The states of a firing risk: open while nothing is in place (no entry, or
// not-started or planned), mitigated when measures are in place, accepted when
// the register says none are needed.
const (
	Open      MitigationState = "open"
	Mitigated MitigationState = "mitigated"
	Accepted  MitigationState = "accepted"
)

// MitigationStates lists the states in report order.
var MitigationStates = []MitigationState{Open, Mitigated, Accepted}

// Mitigation is a firing risk's place in the activity's register. It never
// changes the risk's severity: the risk fires, with its state beside it.
type Mitigation struct {
	// Entry is a copy of the register entry; its Status is "" when the
	// register has none for this risk.
	Entry   model.RegisterEntry
	State   MitigationState
	Overdue bool // the entry's due date is before today and it is not in place
}

// HasEntry reports whether the register holds an entry for the risk.
func (m *Mitigation) HasEntry() bool { return m.Entry.Status != "" }

// Review is the next review of an activity's HRDDP risk assessment.
type Review struct {
	Date    model.Date // "" when the worksheet sets none
	Overdue bool       // the date is before today
}

// StateOf is the state of a risk whose register entry has status s ("" for
// no entry).
func StateOf(s model.MitigationStatus) MitigationState {
	switch s {
	case model.InPlace:
		return Mitigated
	case model.NotNeeded:
		return Accepted
	}
	return Open
}

// ClassifyOn classifies an activity and places each risk that fires in its
// register as of today (YYYY-MM-DD): its state, and whether it is overdue;
// the register's entries for risks that do not fire are listed as stale. The
// engine never reads the clock: with today "" nothing is overdue.
func (rb *Rulebook) ClassifyOn(a *model.Activity, today model.Date) Result {
	return rb.classifyOn(a, today, nil)
}

// ClassifySuggested is ClassifyOn for an activity whose answers to the
// facts suggested were suggested by its words and not yet confirmed: the
// result lists them (Result.Suggested) and its sentences mark their values
// "~", so that none states a suggestion as a fact.
func (rb *Rulebook) ClassifySuggested(a *model.Activity, today model.Date, suggested []model.Fact) Result {
	return rb.classifyWith(a, today, nil, suggested)
}

// classifyOn is ClassifyOn with the decisions d (classifyFacts).
func (rb *Rulebook) classifyOn(a *model.Activity, today model.Date, d *Decisions) Result {
	return rb.classifyWith(a, today, d, nil)
}

// classifyWith is classifyOn with the facts suggested (ClassifySuggested).
func (rb *Rulebook) classifyWith(a *model.Activity, today model.Date, d *Decisions, suggested []model.Fact) Result {
	r := rb.classifyMarked(&a.Facts, d, suggested)
	r.ID, r.Title = a.ID, a.Title
	rb.markTopicOnSuggested(&a.Facts, a.Title, &r)
	if len(a.Register) > 0 || a.HRDDPReview != "" {
		r.review(a, today)
	}
	return r
}

// review places the result's risks in the activity's register.
func (r *Result) review(a *model.Activity, today model.Date) {
	r.HRDDPReview = Review{Date: a.HRDDPReview, Overdue: a.HRDDPReview.Before(today)}
	used := 0
	for i := range r.Risks {
		k := &r.Risks[i]
		if e := a.Register.Entry(k.Rule.ID); e != nil {
			used++
			k.Mitigation = Mitigation{Entry: *e, State: StateOf(e.Status), Overdue: e.Overdue(today)}
		} else {
			k.Mitigation = Mitigation{State: Open}
		}
	}
	if used == len(a.Register) {
		return
	}
	for _, e := range a.Register {
		if !r.Fires(e.Risk) {
			r.Stale = append(r.Stale, e)
		}
	}
}

// KeepsRegister reports whether the activity keeps a register: an entry for
// any risk, or an HRDDP review date.
func (r *Result) KeepsRegister() bool {
	if len(r.Stale) > 0 || r.HRDDPReview.Date != "" {
		return true
	}
	for i := range r.Risks {
		if r.Risks[i].Mitigation.HasEntry() {
			return true
		}
	}
	return false
}

// Fires reports whether the risk with this id fires for the activity.
func (r *Result) Fires(risk string) bool {
	for i := range r.Risks {
		if r.Risks[i].Rule.ID == risk {
			return true
		}
	}
	return false
}

// RegisterCounts counts the firing risks by their state, and what is overdue:
// firing risks whose entry is overdue and activities whose HRDDP review is.
type RegisterCounts struct {
	Open, Mitigated, Accepted, Overdue int
	// Keeping counts the activities that keep a register (KeepsRegister).
	Keeping int
}

// Overdue counts what is overdue in the result: its firing risks whose entry
// is overdue, and its HRDDP review.
func (r *Result) Overdue() int {
	n := 0
	for i := range r.Risks {
		if r.Risks[i].Mitigation.Overdue {
			n++
		}
	}
	if r.HRDDPReview.Overdue {
		n++
	}
	return n
}

// Add counts one result's register into c.
func (c *RegisterCounts) Add(r *Result) { c.count(r, +1) }

func (c *RegisterCounts) count(r *Result, sign int) {
	for i := range r.Risks {
		switch r.Risks[i].Mitigation.State {
		case Mitigated:
			c.Mitigated += sign
		case Accepted:
			c.Accepted += sign
		default:
			c.Open += sign
		}
	}
	c.Overdue += sign * r.Overdue()
	if r.KeepsRegister() {
		c.Keeping += sign
	}
}
