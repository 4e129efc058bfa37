package classify

import (
	"math/bits"
	"strconv"

	"github.com/pocssr/pocssr/model"
)

// PortfolioRule is a finding over a whole worksheet (FRAMEWORK §8): a tension
// that no single activity shows, computed for each force. It is raised for a
// force F when some activity on F is known to do what RaisedBy says, and no
// activity on F does, or might do, what AnsweredBy says.
type PortfolioRule struct {
	ID              string
	Severity        Severity
	Title           string
	RaisedBy        *Condition // what an activity does that raises the finding for a force in its forces
	AnsweredBy      *Condition // what an activity does that answers it, for a force in its forces
	Forces          []string   // the forces it is computed for, in the order of the forces fact
	ClearKinds      []string   // the kinds of activity that would answer it
	Why             *Template  // {force}, {activities}
	WouldClear      *Template  // {force}, {clear_kinds}
	Mitigation      string
	Section         string
	Example         string
	Recommendations []string
	order           int
	mask            uint64 // its forces, as bits of their places in the forces fact
}

// Finding is a portfolio finding that fires for one force.
type Finding struct {
	Rule     *PortfolioRule
	Severity Severity
	Force    string
	// ForceLabel names the force as the rulebook labels it ("other security
	// bodies" for other-security): what every screen and report shows.
	ForceLabel string
	// Activities are the ids of the activities known to raise it (build the
	// force's capacity, or support it), in worksheet order.
	Activities []string
	Why        string
	WouldClear string // what would clear it: an activity of which kinds on which force
	// Measured says, where some activity that raises it comes with
	// accountability measures of its own (the term accountable), that
	// those do not answer it ("" where none does): the activity's account
	// names the measures, and the finding read as if it had none.
	// MeasuredBy are those activities, by id, as Measured names them.
	Measured   string
	MeasuredBy []string
}

// maxFindingSlots is how many (finding, force) pairs a rulebook may define: each
// is one bit of a PortfolioMark.
const maxFindingSlots = 64

// maxNamedActivities is how many activities a finding's why names; the rest
// are counted ("and 12 more"), and all are in Finding.Activities.
const maxNamedActivities = 6

// PortfolioMark is what one activity contributes to the portfolio findings:
// for every (finding, force) slot, whether it raises or answers it, known or
// possibly. A worksheet keeps one per activity so that an edit re-counts one
// activity, never the whole worksheet.
type PortfolioMark struct {
	Raises, MayRaise, Answers, MayAnswer uint64
}

// FindingSet is a set of (finding, force) pairs, such as those that fire.
type FindingSet uint64

// Len is the number of findings in the set.
func (s FindingSet) Len() int { return bits.OnesCount64(uint64(s)) }

// slot is the bit of finding i for the force at place j of the forces fact.
func (rb *Rulebook) slot(i, j int) uint {
	return uint(i*len(rb.portfolioForces) + j)
}

// PortfolioMark evaluates one activity's part in the portfolio findings.
func (rb *Rulebook) PortfolioMark(fs *model.Facts) PortfolioMark {
	if len(rb.Portfolio) == 0 {
		return PortfolioMark{}
	}
	var s subject
	return rb.portfolioMark(&s, fs)
}

// portfolioMark evaluates the mark with s as scratch space, so that a batch
// run does not allocate a subject per activity.
func (rb *Rulebook) portfolioMark(s *subject, fs *model.Facts) PortfolioMark {
	var m PortfolioMark
	*s = subject{}
	rb.subject(s, fs)
	// "F is in its forces": in holds the forces known to be in, maybe every
	// force when forces is not known.
	var in, maybe uint64
	if v := &fs[model.Forces]; v.Known {
		for j, f := range rb.portfolioForces {
			for _, x := range v.Set {
				if x == f {
					in |= 1 << j
					break
				}
			}
		}
	} else {
		maybe = 1<<len(rb.portfolioForces) - 1
	}
	n := uint(len(rb.portfolioForces))
	for i, rule := range rb.Portfolio {
		shift := uint(i) * n
		known, possible := and3(rule.RaisedBy.eval(s), in, maybe)
		m.Raises |= (known & rule.mask) << shift
		m.MayRaise |= (possible & rule.mask) << shift
		known, possible = and3(rule.AnsweredBy.eval(s), in, maybe)
		m.Answers |= (known & rule.mask) << shift
		m.MayAnswer |= (possible & rule.mask) << shift
	}
	return m
}

// and3 is the three-valued AND of a condition's value with "F is in its
// forces" for every force at once: the forces where it is known to hold, and
// those where it might.
func and3(t Truth, in, maybe uint64) (known, possible uint64) {
	switch t {
	case True:
		return in, maybe
	case Unknown:
		return 0, in | maybe
	}
	return 0, 0
}

// PortfolioTally counts the marks of a worksheet's activities. Adding or
// taking out one activity costs the same for ten activities or ten thousand.
type PortfolioTally struct {
	raises, answers, mayAnswer [maxFindingSlots]int32
}

// Count adds a mark (sign +1) or takes it out again (sign -1).
func (t *PortfolioTally) Count(m PortfolioMark, sign int32) {
	count(&t.raises, m.Raises, sign)
	count(&t.answers, m.Answers, sign)
	count(&t.mayAnswer, m.MayAnswer, sign)
}

func count(c *[maxFindingSlots]int32, set uint64, sign int32) {
	for set != 0 {
		b := bits.TrailingZeros64(set)
		c[b] += sign
		set &= set - 1
	}
}

// Firing is the set of findings that fire: some activity is known to raise
// the finding, and none is known to answer it or might.
func (t *PortfolioTally) Firing() FindingSet {
	var s uint64
	for b := range maxFindingSlots {
		if t.raises[b] > 0 && t.answers[b] == 0 && t.mayAnswer[b] == 0 {
			s |= 1 << b
		}
	}
	return FindingSet(s)
}

// HeldOpen is the set of findings that some activity is known to raise and
// none is known to answer, but some activity might: see OpenFinding.
func (t *PortfolioTally) HeldOpen() FindingSet {
	var s uint64
	for b := range maxFindingSlots {
		if t.raises[b] > 0 && t.answers[b] == 0 && t.mayAnswer[b] > 0 {
			s |= 1 << b
		}
	}
	return FindingSet(s)
}

// Portfolio gathers the findings of a worksheet activity by activity, so that a
// batch run over a long file holds only the ids of the activities that raise a
// finding, never the activities.
type Portfolio struct {
	rb    *Rulebook
	tally PortfolioTally
	ids   [maxFindingSlots][]string
	// measured are, of ids, those with accountability measures of their
	// own (the term accountable), which do not answer the slot.
	measured [maxFindingSlots][]string
	held     [maxFindingSlots][]string // the first activities that might answer each slot
	// everyHolder keeps in held every activity that might answer a slot,
	// not the first few (ListEveryHolder).
	everyHolder bool
	// unknown holds, for each slot, the facts (as bits of model.Fact) not
	// known of the activities that might answer it, which keep it open.
	unknown [maxFindingSlots]uint64
	scratch subject
}

// NewPortfolio starts the findings of an empty worksheet.
func (rb *Rulebook) NewPortfolio() *Portfolio { return &Portfolio{rb: rb} }

// ListEveryHolder makes the findings held open name, in HeldBy, every
// activity that might answer them, not the first few: for a screen that
// lists them all and lets each be opened. A batch run keeps the first few
// and counts the rest (HeldText). Call it before Add.
func (p *Portfolio) ListEveryHolder() { p.everyHolder = true }

// Add counts one activity, in worksheet order.
func (p *Portfolio) Add(a *model.Activity) {
	if len(p.rb.Portfolio) == 0 {
		return
	}
	m := p.rb.portfolioMark(&p.scratch, &a.Facts)
	p.tally.Count(m, +1)
	measured := m.Raises != 0 && p.rb.accountable != nil && p.rb.accountable.When.eval(&p.scratch) == True
	for set := m.Raises; set != 0; set &= set - 1 {
		b := bits.TrailingZeros64(set)
		p.ids[b] = append(p.ids[b], a.ID)
		if measured {
			p.measured[b] = append(p.measured[b], a.ID)
		}
	}
	n := len(p.rb.portfolioForces)
	rule, unknown := -1, uint64(0)
	for set := m.MayAnswer; set != 0; set &= set - 1 {
		b := bits.TrailingZeros64(set)
		if p.everyHolder || len(p.held[b]) < maxNamedActivities {
			p.held[b] = append(p.held[b], a.ID)
		}
		if b/n != rule { // the same facts hold the rule open for each force
			rule, unknown = b/n, p.rb.Portfolio[b/n].AnsweredBy.unknownFacts(&p.scratch)
			if !a.Facts[model.Forces].Known {
				unknown |= 1 << model.Forces
			}
		}
		p.unknown[b] |= unknown
	}
}

// unknownFacts is the set of facts (as bits of model.Fact) whose being
// unknown makes c unknown on s: the facts of the parts that are unknown,
// never those of a part already decided. Zero when c is true or false.
func (c *Condition) unknownFacts(s *subject) uint64 {
	if c.eval(s) != Unknown {
		return 0
	}
	switch c.op {
	case opFactIn, opFactIs, opFactEmpty:
		return 1 << c.fact
	case opKindIn, opKindHas:
		return 1 << model.Kinds
	case opTerm:
		return c.term.When.unknownFacts(s)
	}
	var m uint64
	for _, p := range c.parts {
		m |= p.unknownFacts(s)
	}
	return m
}

// OpenFinding is a finding that some activity is known to raise and that no
// activity is known to answer, held back only by activities that might answer
// it: facts that decide whether they answer it are not known (Unknown).
// Answering those settles it, one way or the other.
type OpenFinding struct {
	Rule       *PortfolioRule
	Force      string
	ForceLabel string   // the force as the rulebook labels it, as Finding's
	Activities []string // the activities that raise it, in worksheet order
	HeldBy     []string // the first activities that might answer it (all of them: ListEveryHolder)
	HeldCount  int      // how many might answer it
	// Unknown are the facts, in fact order, not known of the activities that
	// might answer it and that decide whether they do: a fact already known,
	// or one the finding's answer does not read, is never among them.
	Unknown []model.Fact
	// UnknownText names the Unknown facts in a sentence, by the rulebook's
	// labels: "accountability measures in place or training format".
	UnknownText string
	// Measured and MeasuredBy are Finding's.
	Measured   string
	MeasuredBy []string
}

// Open lists the findings held open, in the order of Findings.
func (p *Portfolio) Open() []OpenFinding {
	var out []OpenFinding
	n := len(p.rb.portfolioForces)
	t := &p.tally
	for s := uint64(t.HeldOpen()); s != 0; s &= s - 1 {
		b := bits.TrailingZeros64(s)
		o := OpenFinding{Rule: p.rb.Portfolio[b/n], Force: p.rb.portfolioForces[b%n],
			ForceLabel: p.rb.Label(model.Forces, p.rb.portfolioForces[b%n]),
			Activities: p.ids[b], HeldBy: p.held[b], HeldCount: int(t.mayAnswer[b])}
		o.Measured, o.MeasuredBy = p.measuredNote(b)
		var labels []string
		for m := p.unknown[b]; m != 0; m &= m - 1 {
			f := model.Fact(bits.TrailingZeros64(m))
			o.Unknown = append(o.Unknown, f)
			labels = append(labels, p.rb.factWords(f))
		}
		o.UnknownText = joinOr(labels)
		out = append(out, o)
	}
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j].Rule.Severity.Rank() > out[j-1].Rule.Severity.Rank(); j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

// HeldText names the activities that hold an open finding back: the first
// few by id, the rest counted.
func (o *OpenFinding) HeldText() string {
	names := o.HeldBy
	if o.HeldCount > len(names) || len(names) > maxNamedActivities {
		keep := min(len(names), maxNamedActivities) - 1
		names = append(append([]string(nil), names[:keep]...), strconv.Itoa(o.HeldCount-keep)+" more")
	}
	return joinAnd(names)
}

// Findings lists the findings that fire, by severity, then rulebook order,
// then force.
func (p *Portfolio) Findings() []Finding {
	out := p.rb.Fired(p.tally.Firing())
	for i := range out {
		f := &out[i]
		b := p.rb.slot(f.Rule.order, p.rb.forcePlace(f.Force))
		f.Activities = p.ids[b]
		f.Why = f.Rule.Why.Render(p.rb, &model.Facts{}, "force", p.rb.lowerLabel(model.Forces, f.Force),
			"activities", namedActivities(f.Activities))
		f.Measured, f.MeasuredBy = p.measuredNote(int(b))
	}
	return out
}

// measuredNote says that the accountability measures of the activities of
// slot b that raise it with measures of their own (ids) do not answer it,
// in the rulebook's words (portfolio-measures); "" and nil where none has
// any, or the rulebook says nothing of it.
func (p *Portfolio) measuredNote(b int) (note string, ids []string) {
	ids = p.measured[b]
	t := p.rb.explanations["portfolio-measures"]
	if len(ids) == 0 || t == nil {
		return "", nil
	}
	n := len(p.rb.portfolioForces)
	return t.Render(p.rb, &model.Facts{}, "force", p.rb.lowerLabel(model.Forces, p.rb.portfolioForces[b%n]),
		"activities", namedActivities(ids), "clear_kinds", p.rb.kindList(p.rb.Portfolio[b/n].ClearKinds)), ids
}

// FindingsOf computes the findings of a list of activities.
func (rb *Rulebook) FindingsOf(acts []*model.Activity) []Finding {
	p := rb.NewPortfolio()
	for _, a := range acts {
		p.Add(a)
	}
	return p.Findings()
}

// Fired lists the findings of a set, ordered, with their rule, severity, force
// and what would clear them, but without their activities and why (which need
// the worksheet: see Portfolio).
func (rb *Rulebook) Fired(set FindingSet) []Finding {
	if set == 0 {
		return nil
	}
	out := make([]Finding, 0, set.Len())
	n := len(rb.portfolioForces)
	for s := uint64(set); s != 0; s &= s - 1 {
		b := bits.TrailingZeros64(s)
		rule, force := rb.Portfolio[b/n], rb.portfolioForces[b%n]
		out = append(out, Finding{Rule: rule, Severity: rule.Severity, Force: force, ForceLabel: rb.Label(model.Forces, force),
			WouldClear: rule.WouldClear.Render(rb, &model.Facts{}, "force", rb.lowerLabel(model.Forces, force),
				"clear_kinds", rb.kindList(rule.ClearKinds))})
	}
	// Insertion sort: stable, by severity; rulebook order, then force, stays within one.
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j].Severity.Rank() > out[j-1].Severity.Rank(); j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

// FindingIn reports whether the finding of rule id for force is in the set.
func (rb *Rulebook) FindingIn(set FindingSet, id, force string) bool {
	j := rb.forcePlace(force)
	for i, r := range rb.Portfolio {
		if r.ID == id && j >= 0 {
			return set&(1<<rb.slot(i, j)) != 0
		}
	}
	return false
}

func (rb *Rulebook) forcePlace(force string) int {
	for j, f := range rb.portfolioForces {
		if f == force {
			return j
		}
	}
	return -1
}

func (rb *Rulebook) kindList(ids []string) string {
	labels := make([]string, len(ids))
	for i, id := range ids {
		labels[i] = id
		if k := rb.Kind(id); k != nil {
			labels[i] = k.lowerLabel
		}
	}
	return joinOr(labels)
}

// ActivityList names activities in a sentence: up to six by id, else the
// first five and how many more.
func ActivityList(ids []string) string { return namedActivities(ids) }

// namedActivities names the activities in a why: the first few by id, the
// rest counted.
func namedActivities(ids []string) string {
	if len(ids) <= maxNamedActivities {
		return joinAnd(ids)
	}
	named := append([]string(nil), ids[:maxNamedActivities-1]...)
	return joinAnd(append(named, strconv.Itoa(len(ids)-len(named))+" more"))
}
