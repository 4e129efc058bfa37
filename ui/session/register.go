package session

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
)

// The risk register of the worksheet being edited (FRAMEWORK §9): every risk
// that fires, with its place in the register, for a screen to list, sort and
// filter; and the edits of an entry, each one undo step.

// SetToday sets the day the register is read on (what is overdue) and
// recounts every verdict. A new sheet reads it on no day: nothing is overdue
// until the program gives it the local date.
func (s *Sheet) SetToday(d model.Date) {
	if d == s.today {
		return
	}
	s.today = d
	s.recount()
}

// Today is the day the register is read on ("" for none).
func (s *Sheet) Today() model.Date { return s.today }

// recount classifies every activity again and rebuilds the counts, keeping
// the undo history and the dirty state. The activities keep their versions:
// a new day changes what is overdue, not the activities.
func (s *Sheet) recount() {
	old := s.verdicts
	s.verdicts = make(map[*model.Activity]*Verdict, len(s.ws.Activities))
	s.tally, s.drafts, s.portfolio, s.unsuggested = classify.NewSummary(), 0, classify.PortfolioTally{}, classify.PortfolioTally{}
	s.docs, s.docsGen = nil, s.docsGen+1
	for _, a := range s.ws.Activities {
		v := s.classify(a)
		if was, ok := old[a]; ok {
			v.version = was.version
		}
	}
	s.gen++
}

// RegisterRow is one row of the register: a risk that fires, or (Stale) an
// entry for a risk that does not fire now, or that the rulebook in use does
// not know. A stale entry is listed, never dropped: the facts may change back.
type RegisterRow struct {
	Activity *model.Activity
	Index    int           // the activity's position in the worksheet
	Risk     classify.Risk // its rule (id, title), severity, and Mitigation: state, entry, overdue
	// Stale: the entry's risk does not fire. Its Risk has no severity and is
	// never overdue; its Rule is the rulebook's, or one with the id alone
	// when the rulebook in use does not know it.
	Stale bool
	// Unknown: the entry is stale because the rulebook in use does not know
	// its risk (a rulebook given with --rules that renamed or removed it).
	Unknown bool
}

// Status is the row's entry status, or "none" without an entry.
func (r *RegisterRow) Status() string {
	if !r.Risk.Mitigation.HasEntry() {
		return "none"
	}
	return string(r.Risk.Mitigation.Entry.Status)
}

// Register lists the worksheet's register in worksheet order: within an
// activity, the risks that fire, most serious first, each with its place in
// the register as of Today, then its stale entries in register order.
func (s *Sheet) Register() []RegisterRow {
	var rows []RegisterRow
	for i, a := range s.ws.Activities {
		rows = append(rows, s.RowsOf(a, i)...)
	}
	return rows
}

// RowsOf is an activity's rows of the register, as Register lists them, the
// activity being at position index in the worksheet: from the sheet's
// result for it (Result), read on Today, so that a risk that fires only on
// answers a draft's words suggested is marked so (classify.Risk.OnSuggested),
// as the worksheet marks it. Classified afresh, without the draft's words,
// the register's rows said a plain "low" where the worksheet said "~low".
func (s *Sheet) RowsOf(a *model.Activity, index int) []RegisterRow {
	return rowsOf(s.rb, a, index, s.Result(a))
}

// rowsOf is the rows of activity a, at position index, classified as r.
func rowsOf(rb *classify.Rulebook, a *model.Activity, index int, r *classify.Result) []RegisterRow {
	if len(r.Risks)+len(r.Stale) == 0 {
		return nil
	}
	rows := make([]RegisterRow, 0, len(r.Risks)+len(r.Stale))
	for _, k := range r.Risks {
		rows = append(rows, RegisterRow{Activity: a, Index: index, Risk: k})
	}
	for _, e := range r.Stale {
		rule := rb.Risk(e.Risk)
		unknown := rule == nil
		if unknown {
			rule = &classify.RiskRule{ID: e.Risk}
		}
		rows = append(rows, RegisterRow{Activity: a, Index: index, Stale: true, Unknown: unknown,
			Risk: classify.Risk{Rule: rule, Mitigation: classify.Mitigation{Entry: e, State: classify.StateOf(e.Status)}}})
	}
	return rows
}

// RegisterOrder is how a register screen sorts its rows.
type RegisterOrder int

// The orders of the register: most serious first; soonest due first (no date
// last); by state (open, mitigated, accepted) then overdue first. Ties keep
// the worksheet's order.
const (
	BySeverity RegisterOrder = iota
	ByDue
	ByStatus
)

// registerOrderNames name the orders, by RegisterOrder: the register
// screen's heading ("sorted by due date") and the plain prompts' register
// by ORDER say them alike.
var registerOrderNames = [...]string{BySeverity: "severity", ByDue: "due date", ByStatus: "status"}

// RegisterOrderNames are the names of the orders, BySeverity first, in the
// order a register screen goes through them: a copy, for the caller to keep.
func RegisterOrderNames() []string { return slices.Clone(registerOrderNames[:]) }

// String names the order as a heading says it ("due date").
func (o RegisterOrder) String() string {
	if o < 0 || int(o) >= len(registerOrderNames) {
		return fmt.Sprintf("RegisterOrder(%d)", int(o))
	}
	return registerOrderNames[o]
}

// ParseRegisterOrder reads an order by its name or the name's first word
// ("due date", "due"), in any case; ok is false for any other text.
func ParseRegisterOrder(text string) (o RegisterOrder, ok bool) {
	text = strings.ToLower(strings.Join(strings.Fields(text), " "))
	for i, name := range registerOrderNames {
		if first, _, _ := strings.Cut(name, " "); text != "" && (text == name || text == first) {
			return RegisterOrder(i), true
		}
	}
	return BySeverity, false
}

// SortRegister sorts register rows in place.
func SortRegister(rows []RegisterRow, by RegisterOrder) {
	stateRank := func(m *classify.Mitigation) int { return slices.Index(classify.MitigationStates, m.State) }
	slices.SortStableFunc(rows, func(a, b RegisterRow) int {
		ma, mb := &a.Risk.Mitigation, &b.Risk.Mitigation
		switch by {
		case ByDue:
			da, db := ma.Entry.Due, mb.Entry.Due
			if (da == "") != (db == "") {
				return map[bool]int{true: 1, false: -1}[da == ""]
			}
			return cmp.Compare(da, db)
		case ByStatus:
			if a.Stale != b.Stale {
				return map[bool]int{true: 1, false: -1}[a.Stale]
			}
			if c := cmp.Compare(stateRank(ma), stateRank(mb)); c != 0 {
				return c
			}
			if ma.Overdue != mb.Overdue {
				return map[bool]int{true: -1, false: 1}[ma.Overdue]
			}
			return 0
		}
		return cmp.Compare(b.Risk.Severity.Rank(), a.Risk.Severity.Rank())
	})
}

// SetMitigation puts an entry in an activity's register, in place of the one
// for the same risk, as one undo step. An entry the register would refuse on
// reading (a risk the rulebook does not know, no status, not-needed without
// a note, a bad date) is refused with the reason, and nothing changes.
func (s *Sheet) SetMitigation(a *model.Activity, e model.RegisterEntry) error {
	if !s.rb.Vocabulary().AllowsRisk(e.Risk) {
		return fmt.Errorf("%q is not a risk of the rulebook in use%s", e.Risk, model.DidYouMean(e.Risk, s.rb.Vocabulary().Risks()))
	}
	if err := e.Check(); err != nil {
		return err
	}
	if old := a.Register.Entry(e.Risk); old != nil && *old == e {
		return nil
	}
	s.editRegister(a, "register entry", func() { a.Register.Set(e) })
	return nil
}

// RemoveMitigation takes the entry for a risk out of an activity's register,
// as one undo step; it reports whether there was one. Only this drops an
// entry: one whose risk stops firing is kept, stale.
func (s *Sheet) RemoveMitigation(a *model.Activity, risk string) bool {
	if a.Register.Entry(risk) == nil {
		return false
	}
	s.editRegister(a, "register entry removed", func() { a.Register.Remove(risk) })
	return true
}

// SetHRDDPReview sets ("" clears) the next HRDDP review of an activity, as
// one undo step; a date not written YYYY-MM-DD is refused saying why.
func (s *Sheet) SetHRDDPReview(a *model.Activity, d model.Date) error {
	if d != "" {
		if _, err := model.ParseDate(string(d)); err != nil {
			return err
		}
	}
	if a.HRDDPReview == d {
		return nil
	}
	s.editRegister(a, "HRDDP review", func() { a.HRDDPReview = d })
	return nil
}

// editRegister applies a change to an activity's register and records how to
// take it back.
func (s *Sheet) editRegister(a *model.Activity, what string, change func()) {
	reg, review := a.Register.Clone(), a.HRDDPReview
	change()
	s.Touch(a)
	s.PushUndoOn(what, a, func() {
		a.Register, a.HRDDPReview = reg, review
		s.Touch(a)
	})
}
