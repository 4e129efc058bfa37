package classify

// Summary counts a worksheet's results: activities by tier and agenda, and risks
// by severity.
type Summary struct {
	Activities int
	ByTier     [4]int           // index 0: undetermined
	ByAgenda   map[Agenda]int   // activities
	BySeverity map[Severity]int // risks
	// OnSuggested counts, of BySeverity, the risks that fire only on
	// suggested answers (Risk.OnSuggested): a count of them is marked "~".
	OnSuggested map[Severity]int
	// TierOnSuggested and AgendaOnSuggested count, of ByTier and
	// ByAgenda, the activities placed there only on suggested answers
	// (Result.TierOnSuggested, Result.AgendaOnSuggested).
	TierOnSuggested   [4]int
	AgendaOnSuggested map[Agenda]int
	Grid              map[Tier]map[Agenda]int // tier × agenda
	// GridOnSuggested counts, of Grid, the activities whose tier or
	// agenda rests on suggested answers (Result.ReadingOnSuggested): a
	// count of them is marked "~".
	GridOnSuggested map[Tier]map[Agenda]int
	Highest         map[Severity]int // activities by their most serious risk
	// HighestOnSuggested counts, of Highest, the activities whose most
	// serious severity is only suggested (Result.HighestOnSuggested).
	HighestOnSuggested map[Severity]int
	Register           RegisterCounts // firing risks by state, and what is overdue
}

// NewSummary returns an empty summary.
func NewSummary() *Summary {
	return &Summary{ByAgenda: map[Agenda]int{}, AgendaOnSuggested: map[Agenda]int{}, BySeverity: map[Severity]int{}, OnSuggested: map[Severity]int{},
		Grid: map[Tier]map[Agenda]int{}, GridOnSuggested: map[Tier]map[Agenda]int{}, Highest: map[Severity]int{}, HighestOnSuggested: map[Severity]int{}}
}

// Add counts one result.
func (s *Summary) Add(r *Result) { s.count(r, +1) }

// Remove takes back a result counted with Add, so that a running summary
// follows the edits of a worksheet without recounting it.
func (s *Summary) Remove(r *Result) { s.count(r, -1) }

func (s *Summary) count(r *Result, sign int) {
	s.Activities += sign
	if r.Tier >= 0 && r.Tier <= 3 {
		s.ByTier[r.Tier] += sign
		if r.TierOnSuggested {
			s.TierOnSuggested[r.Tier] += sign
		}
	}
	s.ByAgenda[r.Agenda] += sign
	if r.AgendaOnSuggested {
		s.AgendaOnSuggested[r.Agenda] += sign
	}
	if s.Grid[r.Tier] == nil {
		s.Grid[r.Tier] = map[Agenda]int{}
	}
	s.Grid[r.Tier][r.Agenda] += sign
	if r.ReadingOnSuggested() {
		if s.GridOnSuggested[r.Tier] == nil {
			s.GridOnSuggested[r.Tier] = map[Agenda]int{}
		}
		s.GridOnSuggested[r.Tier][r.Agenda] += sign
	}
	for _, risk := range r.Risks {
		s.BySeverity[risk.Severity] += sign
		if risk.OnSuggested {
			s.OnSuggested[risk.Severity] += sign
		}
	}
	if h := r.Highest(); h != "" {
		s.Highest[h] += sign
		if r.HighestOnSuggested() {
			s.HighestOnSuggested[h] += sign
		}
	}
	s.Register.count(r, sign)
}

// Summarize counts a list of results.
func Summarize(results []Result) *Summary {
	s := NewSummary()
	for i := range results {
		s.Add(&results[i])
	}
	return s
}
