package classify

import (
	"math/bits"

	"github.com/pocssr/pocssr/model"
)

// SuggestedChange is a portfolio finding that the drafts' suggested
// answers (SuggestedAnswers) change: with those answers set aside, as not
// known, the finding fires, is held open, or is not there, otherwise than
// with them. Its result rests on suggestions nobody confirmed.
type SuggestedChange struct {
	Rule       *PortfolioRule
	Force      string
	ForceLabel string
	// Without is what the finding is with the suggested answers set aside,
	// Now what it is with them: "fires", "held open" or "" for neither.
	Without, Now string
	// Drafts are the drafts whose suggested answers change it, in
	// worksheet order.
	Drafts []string
}

// Findings states of a SuggestedChange.
const (
	FindingFires    = "fires"
	FindingHeldOpen = "held open"
)

// ChangedBySuggested compares the portfolio findings of acts with the
// findings of the same activities with every draft's suggested answers
// (suggested(a), nil for none) set aside as not known, and lists the
// findings that differ, ordered as Findings orders them; nil when none.
func (rb *Rulebook) ChangedBySuggested(acts []*model.Activity, suggested func(*model.Activity) []model.Fact) []SuggestedChange {
	t := rb.NewSuggestedTally()
	for _, a := range acts {
		t.Add(a, suggested(a))
	}
	return t.Changes()
}

// SuggestedTally gathers, activity by activity, the portfolio marks with
// the drafts' suggested answers and without them, for Changes: a report
// that reads a stream keeps the marks, never the activities.
type SuggestedTally struct {
	rb            *Rulebook
	with, without PortfolioTally
	drafts        []DraftMarks
}

// NewSuggestedTally starts the tally of an empty worksheet.
func (rb *Rulebook) NewSuggestedTally() *SuggestedTally { return &SuggestedTally{rb: rb} }

// Add counts one activity, in worksheet order, with the facts it holds
// only as suggested (nil for none).
func (t *SuggestedTally) Add(a *model.Activity, suggested []model.Fact) {
	if len(t.rb.Portfolio) == 0 {
		return
	}
	m := t.rb.PortfolioMark(&a.Facts)
	m2 := t.rb.PortfolioMarkWithout(&a.Facts, suggested)
	t.with.Count(m, +1)
	t.without.Count(m2, +1)
	if m != m2 {
		t.drafts = append(t.drafts, DraftMarks{ID: a.ID, With: m, Without: m2})
	}
}

// Changes lists the findings the suggested answers change (SuggestedChanges).
func (t *SuggestedTally) Changes() []SuggestedChange {
	return t.rb.SuggestedChanges(&t.with, &t.without, t.drafts)
}

// PortfolioMarkWithout is the mark of an activity with its answers to
// suggested set aside, as not known.
func (rb *Rulebook) PortfolioMarkWithout(fs *model.Facts, suggested []model.Fact) PortfolioMark {
	if len(suggested) == 0 {
		return rb.PortfolioMark(fs)
	}
	forgot := *fs
	for _, f := range suggested {
		forgot[f] = model.Value{}
	}
	return rb.PortfolioMark(&forgot)
}

// DraftMarks are a draft's marks with its suggested answers and without
// them (PortfolioMarkWithout).
type DraftMarks struct {
	ID            string
	With, Without PortfolioMark
}

// SuggestedChanges lists the findings that differ between the tally with
// the suggested answers and the tally without them, each with the drafts
// (of drafts, those whose marks differ, in worksheet order) that change it.
func (rb *Rulebook) SuggestedChanges(with, without *PortfolioTally, drafts []DraftMarks) []SuggestedChange {
	state := func(t *PortfolioTally, b int) string {
		switch {
		case uint64(t.Firing())&(1<<b) != 0:
			return FindingFires
		case uint64(t.HeldOpen())&(1<<b) != 0:
			return FindingHeldOpen
		}
		return ""
	}
	changed := (uint64(with.Firing()) ^ uint64(without.Firing())) | (uint64(with.HeldOpen()) ^ uint64(without.HeldOpen()))
	var out []SuggestedChange
	n := len(rb.portfolioForces)
	for set := changed; set != 0; set &= set - 1 {
		b := bits.TrailingZeros64(set)
		c := SuggestedChange{Rule: rb.Portfolio[b/n], Force: rb.portfolioForces[b%n],
			ForceLabel: rb.Label(model.Forces, rb.portfolioForces[b%n]),
			Without:    state(without, b), Now: state(with, b)}
		for _, d := range drafts {
			m, m2 := d.With, d.Without
			differ := (m.Raises ^ m2.Raises) | (m.MayRaise ^ m2.MayRaise) | (m.Answers ^ m2.Answers) | (m.MayAnswer ^ m2.MayAnswer)
			if differ&(1<<b) != 0 {
				c.Drafts = append(c.Drafts, d.ID)
			}
		}
		out = append(out, c)
	}
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j].Rule.Severity.Rank() > out[j-1].Rule.Severity.Rank(); j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

// Changes reports, of a list of changes, whether the count of findings that
// fire, and the count of those held open, would differ with the suggested
// answers set aside: the counts are then marked "~".
func Changes(cs []SuggestedChange) (fires, held bool) {
	for _, c := range cs {
		fires = fires || c.Now == FindingFires || c.Without == FindingFires
		held = held || c.Now == FindingHeldOpen || c.Without == FindingHeldOpen
	}
	return fires, held
}
