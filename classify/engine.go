package classify

import (
	"math/bits"
	"slices"
	"strconv"
	"strings"

	"github.com/pocssr/pocssr/model"
)

// Result is the classification of one activity, carrying its reasons. Every
// presenter (text, JSON, the terminal UI) renders this value; none re-derives it.
// The facts each verdict read (Policy.Kinds, Narrow.Facts, Risk.Facts) are
// looked up, when asked, in the facts it was classified from: draw a result
// before changing its activity.
type Result struct {
	ID        string
	Title     string
	Tier      Tier // 0 when undetermined
	AlsoTiers []Tier
	Agenda    Agenda
	Basis     Basis
	// Reasons are the reasons of Policy and Narrow as one list (docs/json-output.md):
	// the tier's, then the agenda's.
	Reasons       []string
	Policy        TierPlacement   // the 2015 policy's reading
	Narrow        AgendaPlacement // the narrow reading
	Risks         []Risk
	OpenQuestions []OpenQuestion
	WouldChange   []Change
	// OtherHands is what would move the agenda of an activity the mission
	// carries out or supports were another partner to carry it out without
	// the mission, where that agenda is another (partnerWouldChange): not a
	// case of WouldChange (FRAMEWORK §3), but a fact the engine reads, so
	// an account never says nothing would move it where who acts would.
	OtherHands []Change
	// Stale lists the register entries for risks that do not fire (in
	// register order), and HRDDPReview the next review: both set by ClassifyOn.
	Stale       []model.RegisterEntry
	HRDDPReview Review
	// Suggested lists the facts whose answers the activity's words
	// suggested and nobody has confirmed (ClassifySuggested): every
	// sentence above marks their values "~", and an account marks them
	// among the facts. Empty for a classification of confirmed answers.
	Suggested []model.Fact
	// AskedOfOthers: the activity is asked of others than the mission (the
	// Government, member states, donors): the rulebook's term
	// "asked-of-others" holds. Review and briefings group these apart, so
	// that the mission's own tasks stand out.
	AskedOfOthers bool
	// TierOnSuggested and AgendaOnSuggested: the tier, or the agenda,
	// rests on answers only suggested (Suggested): were they not known,
	// it would be another or undetermined. Every screen marks it "~", as
	// it marks a risk that fires only on them (Risk.OnSuggested).
	TierOnSuggested   bool
	AgendaOnSuggested bool
	// TopicOnSuggested: the title opens with the topic of a kind that is
	// only suggested (Rulebook.Topic read with the suggested answers
	// unknown gives another or none): the topic is the reading's guess, and
	// every screen marks the title "~" as it marks the tier.
	TopicOnSuggested bool
}

// ReadingOnSuggested reports whether the tier or the agenda rests on
// suggested answers (TierOnSuggested, AgendaOnSuggested): the activity's
// place in a tier × agenda count is then only suggested.
func (r *Result) ReadingOnSuggested() bool { return r.TierOnSuggested || r.AgendaOnSuggested }

// Risk is a friction risk that fires for an activity.
type Risk struct {
	Rule     *RiskRule // its id, text and rulebook position
	Severity Severity
	Raised   *SeverityRaise // the raise that set the severity; nil for the rule's own
	Why      string
	// Mitigation is the risk's place in the register; a risk the register
	// says nothing of is open.
	Mitigation Mitigation
	// OnSuggested: the risk fires only on answers the activity's words
	// suggested and nobody confirmed (Result.Suggested): were they not
	// known, it would not fire. Every screen marks it "~", as it marks
	// those answers; confirming them takes the mark away.
	OnSuggested bool
	facts       *model.Facts // what was known when it fired, for Facts
}

// Facts lists the facts the risk's condition read (Rule.Reads), with their
// values when it fired.
func (k Risk) Facts() []FactValue { return read(k.facts, k.Rule.Reads) }

// OpenQuestion is a relevant fact that is still unknown.
type OpenQuestion struct {
	Fact     model.Fact
	Question string
}

// Change says what would move the activity to another agenda.
type Change struct {
	Agenda Agenda
	If     string
}

// Highest is the most serious severity among the risks, or "" when none fires.
func (r *Result) Highest() Severity {
	if len(r.Risks) == 0 {
		return ""
	}
	return r.Risks[0].Severity
}

// Classify places an activity and explains it, each risk with its place in
// the activity's register (nothing is overdue: see ClassifyOn for a date).
func (rb *Rulebook) Classify(a *model.Activity) Result { return rb.ClassifyOn(a, "") }

// Classified is how many sets of facts the rulebook has classified: a screen's
// tests count with it the work one event does, which must not grow with the
// worksheet.
func (rb *Rulebook) Classified() int64 { return rb.classified.Load() }

// ClassifyFacts classifies a set of facts.
func (rb *Rulebook) ClassifyFacts(fs *model.Facts) Result { return rb.classifyFacts(fs, nil) }

// Decisions is what a classification decided by testing the rulebook's
// conditions: which risks fire and which questions are open, a bit each
// in rulebook order. A report that reads a long worksheet twice keeps it
// for each activity from its first reading, so that the second makes the
// same result without testing them again (ClassifyAgain): testing them was
// half of a classification. The zero value has decided nothing.
type Decisions struct {
	risks, open uint64
	// suggested: the facts whose answers are only suggested, a bit each
	// (DecideSuggested); 32 bits keep the decisions a long report holds
	// for every activity as small as they were.
	suggested uint32
	known     bool // false for a rulebook of more risks or questions than bits
	bare      bool // while Decide classifies: no words are made
}

// The facts fit in Decisions.suggested: this fails to compile when they
// outgrow it.
var _ [32 - model.NumFacts]struct{}

// Decide is what a count of activities needs of one (a summary, the two
// readings, a register): its result without the words that explain it
// (its reasons, each risk's why and what would change its agenda are
// empty), and what the rulebook's conditions decided, to make the whole
// result later with ClassifyAgain. The words were a third of a
// classification, and a long report that counts its activities first
// drops them.
func (rb *Rulebook) Decide(a *model.Activity, today model.Date) (Result, Decisions) {
	return rb.DecideSuggested(a, today, nil)
}

// ClassifyAgain is ClassifyOn for an activity whose same facts decided d
// (Decide): the same result, its risks and open questions taken from d, and
// the answers d keeps as only suggested (DecideSuggested) marked as
// ClassifySuggested marks them. With the zero Decisions it is ClassifyOn.
func (rb *Rulebook) ClassifyAgain(a *model.Activity, today model.Date, d Decisions) Result {
	if !d.known {
		return rb.classifyWith(a, today, nil, d.suggestedFacts())
	}
	return rb.classifyWith(a, today, &d, d.suggestedFacts())
}

// classifyFacts classifies fs: when d is not nil, with the decisions d
// holds if it is known, else recording them in it.
func (rb *Rulebook) classifyFacts(fs *model.Facts, d *Decisions) Result {
	return rb.classifyMarked(fs, d, nil)
}

// classifyMarked is classifyFacts with the facts that hold only a suggested
// answer (see Result.Suggested).
func (rb *Rulebook) classifyMarked(fs *model.Facts, d *Decisions, suggested []model.Fact) Result {
	rb.classified.Add(1)
	var r Result
	var s subject
	rb.subject(&s, fs)
	s.bare = d != nil && d.bare
	for _, f := range suggested {
		if fs.Known(f) {
			s.suggested |= 1 << f
			r.Suggested = append(r.Suggested, f)
		}
	}
	r.Reasons = make([]string, 0, 3)
	rb.placeTier(&s, &r)
	rb.placeAgenda(&s, &r)
	rb.findRisks(&s, &r, d)
	rb.markOnSuggested(fs, &r)
	r.Narrow.Agenda = r.Agenda
	r.Narrow.Info = rb.Agenda(r.Agenda)
	if r.Basis != NoBasis {
		r.Narrow.Basis = rb.Basis(r.Basis)
	}
	r.Narrow.Reason = r.Reasons[len(r.Reasons)-1]
	r.Narrow.Pos = rb.explanationPos(r.Narrow.Rule)
	r.OpenQuestions = rb.openQuestions(&s, d)
	r.AskedOfOthers = rb.AskedOfOthers(fs)
	return r
}

func (rb *Rulebook) placeTier(s *subject, r *Result) {
	fs := s.fs
	primary := rb.Kind(fs.Primary())
	r.Policy.facts = fs
	if primary == nil {
		r.Reasons = append(r.Reasons, rb.say(s, "tier-none"))
		r.Policy.Reason = r.Reasons[0]
		r.Policy.Pos = rb.explanationPos("tier-none")
		return
	}
	r.Tier = primary.Tier
	title := ""
	if t := rb.Tier(r.Tier); t != nil {
		title = t.Title
	}
	switch reason, ok := rb.tierReason[primary.ID]; {
	case s.bare:
		r.Reasons = append(r.Reasons, "")
	case ok && s.suggested&(1<<model.Kinds) == 0:
		r.Reasons = append(r.Reasons, reason)
	default:
		r.Reasons = append(r.Reasons, rb.say(s, "tier", "tier", strconv.Itoa(int(r.Tier)), "tier_title", title))
	}
	r.Policy = TierPlacement{Tier: r.Tier, Info: rb.Tier(r.Tier), Kind: primary, Reason: r.Reasons[0], facts: fs,
		InsideSSR: r.Tier == 3 && primary.Institutions, Pos: &primary.TierPos}
	var others []string
	seen := [4]bool{}
	for _, id := range fs[model.Kinds].Set[1:] {
		k := rb.Kind(id)
		if k == nil {
			continue
		}
		others = append(others, k.lowerLabel)
		if k.Tier != r.Tier && k.Tier >= 1 && k.Tier <= 3 && !seen[k.Tier] {
			seen[k.Tier] = true
		}
	}
	var also []string
	for t := Tier(1); t <= 3; t++ {
		if seen[t] {
			r.AlsoTiers = append(r.AlsoTiers, t)
			also = append(also, strconv.Itoa(int(t)))
		}
	}
	if len(also) > 0 {
		r.Reasons = append(r.Reasons, rb.say(s, "also-tiers", "also", joinAnd(also), "others", joinAnd(others)))
		r.Policy.Also = r.Reasons[1]
	}
}

func (rb *Rulebook) placeAgenda(s *subject, r *Result) {
	fs := s.fs
	k := rb.Kind(fs.Primary())
	if k == nil {
		r.Agenda = Undetermined
		rb.decide(r, s, "agenda-no-kinds")
		r.Narrow.Waits, r.Narrow.WaitsFor = rb.waits(s), rb.waitsFor(s)
		return
	}
	if !fs.Known(model.Implementer) {
		r.Agenda = Undetermined
		rb.decide(r, s, "agenda-implementer-unknown")
		r.Narrow.Waits, r.Narrow.WaitsFor = rb.waits(s), rb.waitsFor(s)
		return
	}
	if s.term(rb.missionSide) != True {
		if k.Institutions {
			r.Agenda = SSROnly
			rb.decide(r, s, "agenda-partner-ssr")
		} else {
			r.Agenda = Outside
			rb.decide(r, s, "agenda-partner-outside")
		}
		switch {
		case k.Basis == CombinedOpsCapacity && rb.capacityLacks(s):
			// the mission's part alone would not make the overlap: its
			// conditions are named with it
			r.WouldChange = append(r.WouldChange, Change{Overlap, rb.say(s, "change-partner-capacity", "missing", rb.capacityMissing(s))})
		case k.Basis == ReducesForceViolenceIfInstituted && s.term(rb.institutionalized) != True:
			r.WouldChange = append(r.WouldChange, Change{Overlap, rb.say(s, "change-partner-training")})
		case k.Basis != NoBasis:
			r.WouldChange = append(r.WouldChange, Change{Overlap, rb.say(s, "change-partner-overlap")})
		case k.Direct:
			r.WouldChange = append(r.WouldChange, Change{POCOnly, rb.say(s, "change-partner-poc")})
		}
		return
	}
	switch k.Basis {
	case ReducesForceViolence:
		r.Agenda, r.Basis = Overlap, ReducesForceViolence
		rb.decide(r, s, "agenda-violence-overlap")
	case ReducesForceViolenceIfInstituted:
		if s.term(rb.institutionalized) == True {
			r.Agenda, r.Basis = Overlap, ReducesForceViolence
			rb.decide(r, s, "agenda-training-overlap", "evidence", rb.heldBy(s, rb.institutionalized))
		} else {
			r.Agenda = POCOnly
			rb.decide(r, s, "agenda-training-poc")
			r.WouldChange = append(r.WouldChange, Change{Overlap, rb.say(s, "change-training")})
		}
	case CombinedOpsCapacity:
		if !rb.capacityLacks(s) {
			r.Agenda, r.Basis = Overlap, CombinedOpsCapacity
			rb.decide(r, s, "agenda-capacity-overlap")
			break
		}
		m := rb.capacityMissing(s)
		r.Agenda = SSROnly
		rb.decide(r, s, "agenda-capacity-ssr", "missing", m)
		r.WouldChange = append(r.WouldChange, Change{Overlap, rb.say(s, "change-capacity", "missing", m)})
	default:
		switch {
		case k.Direct:
			r.Agenda = POCOnly
			rb.decide(r, s, "agenda-direct-poc")
		case k.Institutions:
			r.Agenda = SSROnly
			rb.decide(r, s, "agenda-institutions-ssr")
		default:
			r.Agenda = Outside
			rb.decide(r, s, "agenda-outside")
		}
	}
	rb.partnerWouldChange(s, r, k)
}

// partnerWouldChange names, for an activity the mission carries out or
// supports, the agenda it would have were another partner to carry it out
// without the mission, where that agenda is another: who acts is a fact
// the engine reads, and the account said "nothing the framework names
// would move it" of a POC only activity a partner's hands make outside
// both agendas. A rulebook without the words says nothing of it.
func (rb *Rulebook) partnerWouldChange(s *subject, r *Result, k *Kind) {
	if rb.explanations["change-mission-partner"] == nil {
		return
	}
	partner := Outside
	if k.Institutions {
		partner = SSROnly
	}
	if partner != r.Agenda {
		r.OtherHands = append(r.OtherHands, Change{partner, rb.say(s, "change-mission-partner")})
	}
}

// waits says what an activity not yet in an agenda waits for: the answers
// still missing of the two the agenda is read from, what it does (kinds) and
// who carries it out (implementer), only those not known, in the words of
// the rulebook; "" when the rulebook has no such words.
func (rb *Rulebook) waits(s *subject) string {
	if rb.explanations["agenda-waits"] == nil {
		return ""
	}
	var missing []string
	for _, f := range rb.waitsFor(s) {
		name := "waits-kinds"
		if f == model.Implementer {
			name = "waits-implementer"
		}
		missing = append(missing, lowerFirst(strings.TrimSuffix(rb.say(s, name), ".")))
	}
	return rb.say(s, "agenda-waits", "waits", joinAnd(missing))
}

// waitsFor lists the facts an activity not yet in an agenda waits for, as
// waits names them: what it does (kinds) unless its primary kind is one
// the rulebook knows, who carries it out (implementer) unless known.
func (rb *Rulebook) waitsFor(s *subject) []model.Fact {
	var out []model.Fact
	if rb.Kind(s.fs.Primary()) == nil {
		out = append(out, model.Kinds)
	}
	if !s.fs.Known(model.Implementer) {
		out = append(out, model.Implementer)
	}
	return out
}

// capacityLacks reports whether a capacity kind lacks what the overlap on
// combined operations needs (FRAMEWORK §3): the aim of combined operations,
// known to be true, and accountability.
func (rb *Rulebook) capacityLacks(s *subject) bool {
	return !rb.combinedOpsAim(s) || s.term(rb.accountable) != True
}

// combinedOpsAim reports whether the aim of combined operations is known
// to be true.
func (rb *Rulebook) combinedOpsAim(s *subject) bool {
	yes, known := s.fs.Yes(model.CombinedOps)
	return known && yes
}

// capacityMissing names in words what capacityLacks found lacking.
func (rb *Rulebook) capacityMissing(s *subject) string {
	// What is known to be lacking is said so; what is not known is said to
	// be not known, never to be absent (an absent answer is no "none").
	var missing []string
	if !rb.combinedOpsAim(s) {
		key := "missing-combined-ops"
		if !s.fs.Known(model.CombinedOps) {
			key = "missing-combined-ops-unknown"
		}
		missing = append(missing, rb.say(s, key))
	}
	switch s.term(rb.accountable) {
	case False:
		missing = append(missing, rb.say(s, "missing-accountable"))
	case Unknown:
		missing = append(missing, rb.say(s, "missing-accountable-unknown"))
	}
	for i := range missing {
		missing[i] = lowerFirst(strings.TrimSuffix(missing[i], "."))
	}
	return joinAnd(missing)
}

// heldBy names the answers by which a term holds: the labels of the values
// its conditions ask for that the activity has ("academy curriculum", "link
// to performance evaluation"), each marked "~" where only suggested. A
// reason that says a term holds names these, not a fact the term also
// reads that is not known.
func (rb *Rulebook) heldBy(s *subject, t *Term) string {
	if s.bare || t == nil {
		return ""
	}
	var held []string
	var walk func(c *Condition)
	walk = func(c *Condition) {
		switch c.op {
		case opFactIn:
			v := &s.fs[c.fact]
			if !v.Known {
				return
			}
			mark := SuggestedMark(s.suggested&(1<<c.fact) != 0)
			for _, x := range c.values {
				if v.One == x || slices.Contains(v.Set, x) {
					held = append(held, mark+rb.lowerLabel(c.fact, x))
				}
			}
		case opTerm:
			walk(c.term.When)
		case opNot:
			return
		}
		for _, p := range c.parts {
			walk(p)
		}
	}
	walk(t.When)
	return joinAnd(held)
}

// prepareTexts renders once the explanations that depend on the primary kind
// alone.
func (rb *Rulebook) prepareTexts() {
	for key, a := range ruleAgenda() {
		rb.explanations[key].fill("agenda", rb.AgendaTitle(a))
	}
	for _, t := range rb.explanations {
		t.prepare(rb)
	}
	for _, r := range rb.Risks {
		r.Why.prepare(rb)
	}
	rb.agendaReads = rb.agendaRuleFacts()
	for _, r := range rb.Risks {
		r.Reads = r.When.Facts()
	}
	rb.tierReason = make(map[string]string, len(rb.Kinds))
	for _, k := range rb.Kinds {
		var fs model.Facts
		fs.SetSet(model.Kinds, []string{k.ID})
		title := ""
		if t := rb.Tier(k.Tier); t != nil {
			title = t.Title
		}
		rb.tierReason[k.ID] = rb.explain("tier", &fs, "tier", strconv.Itoa(int(k.Tier)), "tier_title", title)
	}
}

func (rb *Rulebook) explain(key string, fs *model.Facts, extra ...string) string {
	return rb.explanations[key].Render(rb, fs, extra...)
}

// say is explain for the subject s: nothing when s is bare (Decide).
func (rb *Rulebook) say(s *subject, key string, extra ...string) string {
	if s.bare {
		return ""
	}
	return rb.explanations[key].render(rb, s.fs, s.suggested, extra...)
}

// decide records the agenda rule that placed the activity and its reason.
func (rb *Rulebook) decide(r *Result, s *subject, rule string, extra ...string) {
	r.Reasons = append(r.Reasons, rb.say(s, rule, extra...))
	r.Narrow.Rule = rule
	r.Narrow.Reads = rb.agendaReads[rule]
	r.Narrow.facts = s.fs
}

func (rb *Rulebook) findRisks(s *subject, r *Result, d *Decisions) {
	// A first pass finds what fires, so the list is allocated once; the
	// buffer lives on the stack for the usual few and grows for any number.
	var buf [32]int32
	fired := buf[:0]
	if d != nil && d.known {
		for m := d.risks; m != 0; m &= m - 1 {
			fired = append(fired, int32(bits.TrailingZeros64(m)))
		}
	} else {
		for i, rule := range rb.Risks {
			if rule.When.eval(s) == True {
				fired = append(fired, int32(i))
				if d != nil && i < 64 {
					d.risks |= 1 << i
				}
			}
		}
	}
	n := len(fired)
	if n == 0 {
		return
	}
	r.Risks = make([]Risk, n)
	for j, i := range fired {
		rule := rb.Risks[i]
		k := Risk{Rule: rule, Severity: rule.Severity, facts: s.fs, Mitigation: Mitigation{State: Open}}
		for x := range rule.Raise {
			if rule.Raise[x].When.eval(s) == True {
				k.Severity, k.Raised = rule.Raise[x].Severity, &rule.Raise[x]
				break
			}
		}
		if !s.bare {
			k.Why = rule.Why.render(rb, s.fs, s.suggested)
		}
		r.Risks[j] = k
	}
	// Insertion sort: stable, by severity; rulebook order stays within one.
	for i := 1; i < n; i++ {
		for j := i; j > 0 && r.Risks[j].Severity.Rank() > r.Risks[j-1].Severity.Rank(); j-- {
			r.Risks[j], r.Risks[j-1] = r.Risks[j-1], r.Risks[j]
		}
	}
}

// markOnSuggested marks what of r rests only on its suggested answers: the
// risks that fire only on them (Risk.OnSuggested), with those answers
// unknown three-valued logic no longer finds their condition true; the tier
// and the agenda (TierOnSuggested, AgendaOnSuggested), placed again with
// those answers unknown, are others or undetermined.
func (rb *Rulebook) markOnSuggested(fs *model.Facts, r *Result) {
	if len(r.Suggested) == 0 {
		return
	}
	unsure := *fs // the values are copied whole; Forget shares nothing
	for _, f := range r.Suggested {
		unsure.Forget(f)
	}
	var s subject
	rb.subject(&s, &unsure)
	for i := range r.Risks {
		r.Risks[i].OnSuggested = r.Risks[i].Rule.When.eval(&s) != True
	}
	s.bare = true // only the places are compared: no words are made
	var without Result
	rb.placeTier(&s, &without)
	rb.placeAgenda(&s, &without)
	r.TierOnSuggested = without.Tier != r.Tier
	r.AgendaOnSuggested = without.Agenda != r.Agenda
}

// RisksOnSuggested counts the risks that fire only on suggested answers
// (Risk.OnSuggested).
func (r *Result) RisksOnSuggested() int {
	n := 0
	for i := range r.Risks {
		if r.Risks[i].OnSuggested {
			n++
		}
	}
	return n
}

// HighestOnSuggested reports whether every risk of the most serious
// severity (Highest) fires only on suggested answers: that severity is then
// itself only suggested.
func (r *Result) HighestOnSuggested() bool {
	h := r.Highest()
	if h == "" {
		return false
	}
	for i := range r.Risks {
		if r.Risks[i].Severity == h && !r.Risks[i].OnSuggested {
			return false
		}
	}
	return true
}

// Relevant reports whether the questionnaire asks for fact f, given what is known
// (FRAMEWORK §5): its relevance condition must be known to hold.
func (rb *Rulebook) Relevant(fs *model.Facts, f model.Fact) bool {
	q := rb.questionOf[f]
	return q != nil && (q.Relevant == nil || rb.Holds(q.Relevant, fs) == True)
}

// RelevantQuestions lists the questions to ask, in order, given what is known.
func (rb *Rulebook) RelevantQuestions(fs *model.Facts) []*Question {
	var s subject
	rb.subject(&s, fs)
	var out []*Question
	for _, q := range rb.Questions {
		if q.Relevant == nil || q.Relevant.eval(&s) == True {
			out = append(out, q)
		}
	}
	return out
}

// OpenQuestions lists the relevant facts that are still unknown, in question order.
func (rb *Rulebook) OpenQuestions(fs *model.Facts) []OpenQuestion {
	var s subject
	rb.subject(&s, fs)
	return rb.openQuestions(&s, nil)
}

// openQuestions lists the relevant facts still unknown: when d is not nil,
// those d holds if it is known, else recording them in it.
func (rb *Rulebook) openQuestions(s *subject, d *Decisions) []OpenQuestion {
	var open [model.NumFacts]*Question
	n := 0
	if d != nil && d.known {
		for m := d.open; m != 0; m &= m - 1 {
			open[n] = rb.Questions[bits.TrailingZeros64(m)]
			n++
		}
	} else {
		for i, q := range rb.Questions {
			if s.fs.Known(q.Fact) {
				continue
			}
			if q.Relevant == nil || q.Relevant.eval(s) == True {
				open[n] = q
				n++
				if d != nil && i < 64 {
					d.open |= 1 << i
				}
			}
		}
	}
	if n == 0 {
		return nil
	}
	out := make([]OpenQuestion, n)
	for i, q := range open[:n] {
		out[i] = OpenQuestion{Fact: q.Fact, Question: q.Question}
	}
	return out
}

// AskedOfOthers reports whether the rulebook's term "asked-of-others" holds
// for facts fs: the activity is asked of others than the mission.
func (rb *Rulebook) AskedOfOthers(fs *model.Facts) bool {
	return rb.askedOfOthers != nil && rb.Holds(&Condition{op: opTerm, term: rb.askedOfOthers}, fs) == True
}
