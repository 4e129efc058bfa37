package compare

import (
	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
)

// Mandate is one side of a comparison: a worksheet (read, or imported from a
// resolution), the file it came from, and its classification.
type Mandate struct {
	File      string
	Worksheet *model.Worksheet
	Results   []classify.Result // one per activity, in order
	Summary   *classify.Summary
	Findings  []classify.Finding // the portfolio findings of FRAMEWORK §8
	// Terms are the paragraphs its import left out (Options.OldTerms or
	// NewTerms); none for a worksheet.
	Terms []Term
}

// newMandate classifies a worksheet.
func newMandate(rb *classify.Rulebook, file string, ws *model.Worksheet) Mandate {
	m := Mandate{File: file, Worksheet: ws, Results: make([]classify.Result, len(ws.Activities))}
	for i, a := range ws.Activities {
		m.Results[i] = rb.Classify(a)
	}
	m.Summary = classify.Summarize(m.Results)
	m.Findings = rb.FindingsOf(ws.Activities)
	return m
}

// Ref is how a comparison names an activity: its source reference, else its id.
func Ref(a *model.Activity) string {
	if a.Source.Ref != "" {
		return a.Source.Ref
	}
	return a.ID
}

// Pair is a task of the old mandate set beside one of the new, or a task of
// one side alone (added or dropped), with its verdicts on both readings.
type Pair struct {
	Link
	OldActivity, NewActivity *model.Activity  // nil when absent
	OldResult, NewResult     *classify.Result // nil when absent
	// Diff is the word diff of the two texts for a reworded, split or
	// merged pair; nil otherwise.
	Diff  []Span
	Shift Shift
}

// Moved reports whether the task changed its reference.
func (p *Pair) Moved() bool {
	return p.OldActivity != nil && p.NewActivity != nil && Ref(p.OldActivity) != Ref(p.NewActivity)
}

// Shift is how the verdicts of a pair differ, old to new.
type Shift struct {
	Tier, Agenda bool // the tier or the agenda differs
	// RisksRaised fire on the new task only, RisksCleared on the old only,
	// RisksRegraded on both at another severity (old, new).
	RisksRaised, RisksCleared []classify.Risk
	RisksRegraded             [][2]classify.Risk
	// QuestionsOpened are open on the new task only, QuestionsClosed on the
	// old only.
	QuestionsOpened, QuestionsClosed []model.Fact
	// Because are the facts that moved the tier or the agenda: of those the
	// tier was read from (kinds) and the agenda rules of both readings read,
	// the ones whose values differ, in the rules' order.
	Because []FactChange

	paired bool // both sides are there
}

// FactChange is a fact whose value differs between the two versions of a
// task, with both values in words ("unknown" when not known).
type FactChange struct {
	Fact     model.Fact
	Old, New string
}

// Changed reports whether a verdict moved between the two versions of a
// task: the tier, the agenda, or a risk raised, cleared or graded otherwise.
// Open questions are no verdict, and an added or dropped task has no
// verdict to move (its change says what it is).
func (s *Shift) Changed() bool {
	return s.paired && (s.Tier || s.Agenda || len(s.RisksRaised) > 0 || len(s.RisksCleared) > 0 || len(s.RisksRegraded) > 0)
}

// FindingShift is how the portfolio findings differ: those that appear in
// the new mandate, clear from the old, or stay.
type FindingShift struct {
	Appeared, Cleared, Remain []classify.Finding
}

// Comparison is two mandates set side by side.
type Comparison struct {
	Old, New Mandate
	Pairs    []Pair
	// Terms are the paragraphs that ask for no activity (Options.OldTerms,
	// NewTerms), aligned apart, with any task left alone that pairs with
	// one (then absent from Pairs); in the new mandate's order.
	Terms     []TermPair
	Threshold float64
	Portfolio FindingShift
}

// Compare aligns the tasks of two worksheets and sets their verdicts side
// by side.
func Compare(rb *classify.Rulebook, oldFile string, old *model.Worksheet, newFile string, new *model.Worksheet, opts Options) *Comparison {
	c := &Comparison{Old: newMandate(rb, oldFile, old), New: newMandate(rb, newFile, new), Threshold: opts.threshold()}
	for _, l := range Align(old.Activities, new.Activities, opts) {
		p := Pair{Link: l}
		if l.Old >= 0 {
			p.OldActivity, p.OldResult = old.Activities[l.Old], &c.Old.Results[l.Old]
		}
		if l.New >= 0 {
			p.NewActivity, p.NewResult = new.Activities[l.New], &c.New.Results[l.New]
		}
		switch l.Change {
		case Reworded, Split, Merged:
			p.Diff = Diff(Body(TaskText(p.OldActivity)), Body(TaskText(p.NewActivity)))
		}
		p.Shift = shiftOf(p.OldResult, p.NewResult)
		if p.Shift.Tier || p.Shift.Agenda {
			p.Shift.Because = because(rb, &p.OldActivity.Facts, &p.NewActivity.Facts, p.OldResult, p.NewResult, p.Shift.Tier)
		}
		c.Pairs = append(c.Pairs, p)
	}
	c.alignTerms(opts.OldTerms, opts.NewTerms, opts)
	c.Portfolio = findingShift(c.Old.Findings, c.New.Findings)
	return c
}

// shiftOf sets two verdicts side by side; an absent side counts as no
// verdict, so that every risk of an added task is raised and every open
// question opened.
func shiftOf(old, new *classify.Result) Shift {
	var s Shift
	var none classify.Result
	if old == nil {
		old = &none
	}
	if new == nil {
		new = &none
	}
	if old != &none && new != &none {
		s.paired = true
		s.Tier, s.Agenda = old.Tier != new.Tier, old.Agenda != new.Agenda
	}
	for _, r := range new.Risks {
		if o, ok := riskIn(old.Risks, r.Rule.ID); !ok {
			s.RisksRaised = append(s.RisksRaised, r)
		} else if o.Severity != r.Severity {
			s.RisksRegraded = append(s.RisksRegraded, [2]classify.Risk{o, r})
		}
	}
	for _, r := range old.Risks {
		if _, ok := riskIn(new.Risks, r.Rule.ID); !ok {
			s.RisksCleared = append(s.RisksCleared, r)
		}
	}
	for _, q := range new.OpenQuestions {
		if !questionIn(old.OpenQuestions, q.Fact) {
			s.QuestionsOpened = append(s.QuestionsOpened, q.Fact)
		}
	}
	for _, q := range old.OpenQuestions {
		if !questionIn(new.OpenQuestions, q.Fact) {
			s.QuestionsClosed = append(s.QuestionsClosed, q.Fact)
		}
	}
	return s
}

// because names the facts that moved a verdict: of the facts the tier was
// read from (when the tier moved) and those the agenda rules of both
// readings read, each once, those whose values differ between the two
// activities. Values are put in words now, before a carry changes them.
func because(rb *classify.Rulebook, oldFacts, newFacts *model.Facts, old, new *classify.Result, tier bool) []FactChange {
	var reads []model.Fact
	if tier {
		reads = append(reads, model.Kinds)
	}
	reads = append(append(reads, old.Narrow.Reads...), new.Narrow.Reads...)
	var out []FactChange
	seen := map[model.Fact]bool{}
	for _, f := range reads {
		if seen[f] {
			continue
		}
		seen[f] = true
		var o, n model.Facts
		o[f], n[f] = oldFacts[f], newFacts[f]
		if o.Equal(&n) {
			continue
		}
		out = append(out, FactChange{Fact: f, Old: rb.ValueText(&o, f), New: rb.ValueText(&n, f)})
	}
	return out
}

func riskIn(rs []classify.Risk, id string) (classify.Risk, bool) {
	for _, r := range rs {
		if r.Rule.ID == id {
			return r, true
		}
	}
	return classify.Risk{}, false
}

func questionIn(qs []classify.OpenQuestion, f model.Fact) bool {
	for _, q := range qs {
		if q.Fact == f {
			return true
		}
	}
	return false
}

// findingShift sets two lists of findings side by side, a finding being
// the same when its rule and force are.
func findingShift(old, new []classify.Finding) FindingShift {
	var s FindingShift
	in := func(fs []classify.Finding, f classify.Finding) bool {
		for _, g := range fs {
			if g.Rule.ID == f.Rule.ID && g.Force == f.Force {
				return true
			}
		}
		return false
	}
	for _, f := range new {
		if in(old, f) {
			s.Remain = append(s.Remain, f)
		} else {
			s.Appeared = append(s.Appeared, f)
		}
	}
	for _, f := range old {
		if !in(new, f) {
			s.Cleared = append(s.Cleared, f)
		}
	}
	return s
}

// Count is how many pairs show each change, how many moved, and how many
// changed a verdict.
type Count struct {
	ByChange map[Change]int
	// Moved counts the pairs whose reference changed; of them, Renumbered
	// kept their words and MovedReworded did not.
	Moved, Renumbered, MovedReworded int
	VerdictsChanged                  int
}

// Changes lists the changes in report order.
var Changes = []Change{Unchanged, Reworded, Split, Merged, Added, Dropped}

// Count sums up the pairs.
func (c *Comparison) Count() Count {
	n := Count{ByChange: map[Change]int{}}
	for i := range c.Pairs {
		p := &c.Pairs[i]
		n.ByChange[p.Change]++
		if p.Moved() {
			n.Moved++
			switch p.Change {
			case Unchanged:
				n.Renumbered++
			case Reworded:
				n.MovedReworded++
			}
		}
		if p.Shift.Changed() {
			n.VerdictsChanged++
		}
	}
	return n
}
