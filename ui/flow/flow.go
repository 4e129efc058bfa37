// Package flow is the questionnaire as a walk of steps, the same for the
// full-screen questionnaire and the plain prompts: the description, each
// question of the rulebook relevant to the facts as they stand, the verdict,
// and then, for each risk that fires, what is being done about it (FRAMEWORK
// §9), a step that may be skipped. Each step says what it asks, which
// answers it allows (read from the rulebook and the register's statuses) and
// how an answer changes the activity. The package draws nothing and reads no
// keys: each mode asks a step with one piece of code of its own.
package flow

import (
	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
)

// Kind is what a step asks.
type Kind int

// The kinds of step, in the order of the walk.
const (
	Describe Kind = iota // the title and description
	Ask                  // one of the rulebook's questions
	Verdict              // the answers and the verdict on them
	Mitigate             // the register entry of one risk that fires
	End                  // past the last step: the walk is over
)

// Step is one step of the walk.
type Step struct {
	Kind Kind
	Fact model.Fact // the question asked, for an Ask step
	Risk string     // the risk's id, for a Mitigate step
}

// Flow walks the steps of the questionnaire with one rulebook.
type Flow struct {
	rb    *classify.Rulebook
	order map[model.Fact]int // each question's place in the rulebook
}

// New makes the walk of a rulebook's questions.
func New(rb *classify.Rulebook) Flow {
	f := Flow{rb: rb, order: make(map[model.Fact]int, len(rb.Questions))}
	for i, q := range rb.Questions {
		f.order[q.Fact] = i
	}
	return f
}

// Rulebook is the rulebook the walk reads.
func (f Flow) Rulebook() *classify.Rulebook { return f.rb }

// Place is a question's place in the rulebook's order (-1: not a question).
func (f Flow) Place(x model.Fact) int {
	if i, ok := f.order[x]; ok {
		return i
	}
	return -1
}

// Relevant lists the questions to ask with the facts fs, in order.
func (f Flow) Relevant(fs *model.Facts) []*classify.Question { return f.rb.RelevantQuestions(fs) }

// Risks lists the risks that fire on the activity's facts, in the order the
// verdict gives them (most serious first): one Mitigate step each.
func (f Flow) Risks(a *model.Activity) []classify.Risk {
	return f.rb.ClassifyFacts(&a.Facts).Risks
}

// Question is the rulebook's question of an Ask step, or nil.
func (f Flow) Question(s Step) *classify.Question {
	if s.Kind != Ask {
		return nil
	}
	return f.rb.QuestionFor(s.Fact)
}

// MitigateQuestion is what a register step asks of its risk (FRAMEWORK §9).
const MitigateQuestion = "What is being done about this risk?"

// Asks is what a step asks, in words: the rulebook's question of an Ask
// step, MitigateQuestion for a register step; "" for the others, which ask
// nothing of their own (the description's fields, the verdict shown).
func (f Flow) Asks(s Step) string {
	switch s.Kind {
	case Ask:
		if q := f.Question(s); q != nil {
			return q.Question
		}
	case Mitigate:
		return MitigateQuestion
	}
	return ""
}

// Next is the step after at, with the questions relevant as the facts stand
// now (qs) and the risks that fire (risks): the first question after the
// description; the next relevant question after a question, else the
// verdict; after the verdict, the first risk's entry; after a risk's entry,
// the next risk's; after the last, the end.
func (f Flow) Next(at Step, qs []*classify.Question, risks []classify.Risk) Step {
	switch at.Kind {
	case Describe:
		if len(qs) > 0 {
			return Step{Kind: Ask, Fact: qs[0].Fact}
		}
	case Ask:
		if q, ok := f.After(qs, f.order[at.Fact]); ok {
			return Step{Kind: Ask, Fact: q}
		}
	case Verdict:
		if len(risks) > 0 {
			return Step{Kind: Mitigate, Risk: risks[0].Rule.ID}
		}
		return Step{Kind: End}
	case Mitigate:
		if i := riskIndex(risks, at.Risk); i >= 0 && i+1 < len(risks) {
			return Step{Kind: Mitigate, Risk: risks[i+1].Rule.ID}
		}
		return Step{Kind: End}
	case End:
		return at
	}
	return Step{Kind: Verdict}
}

// Prev is the step before at: the risk before, else the verdict; the
// relevant question before, else the description; before the description
// there is none (the description).
func (f Flow) Prev(at Step, qs []*classify.Question, risks []classify.Risk) Step {
	switch at.Kind {
	case End:
		if n := len(risks); n > 0 {
			return Step{Kind: Mitigate, Risk: risks[n-1].Rule.ID}
		}
		return Step{Kind: Verdict}
	case Mitigate:
		if i := riskIndex(risks, at.Risk); i > 0 {
			return Step{Kind: Mitigate, Risk: risks[i-1].Rule.ID}
		}
		return Step{Kind: Verdict}
	case Verdict:
		if n := len(qs); n > 0 {
			return Step{Kind: Ask, Fact: qs[n-1].Fact}
		}
	case Ask:
		here := f.order[at.Fact]
		for i := len(qs) - 1; i >= 0; i-- {
			if f.order[qs[i].Fact] < here {
				return Step{Kind: Ask, Fact: qs[i].Fact}
			}
		}
	}
	return Step{Kind: Describe}
}

// After is the first of the questions that comes after place at in the
// rulebook's order (-1: before the first); ok is false when none is left.
func (f Flow) After(qs []*classify.Question, at int) (next model.Fact, ok bool) {
	for _, q := range qs {
		if f.order[q.Fact] > at {
			return q.Fact, true
		}
	}
	return 0, false
}

// Answered counts the questions that fs answers.
func Answered(qs []*classify.Question, fs *model.Facts) int {
	n := 0
	for _, q := range qs {
		if fs.Known(q.Fact) {
			n++
		}
	}
	return n
}

// RiskIndex is the place of a risk among those that fire, or -1.
func RiskIndex(risks []classify.Risk, id string) int { return riskIndex(risks, id) }

func riskIndex(risks []classify.Risk, id string) int {
	for i := range risks {
		if risks[i].Rule.ID == id {
			return i
		}
	}
	return -1
}
