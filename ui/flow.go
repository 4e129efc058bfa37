package ui

import (
	"slices"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
)

// flow is the questionnaire's walk through the rulebook's questions, the same
// for the full-screen questionnaire and the plain prompts: the questions
// relevant to the facts as they stand, in the rulebook's order; the next one
// after the current place; the count of those answered; and the reader's
// suggestions taken as answers where none was given.
type flow struct {
	rb    *classify.Rulebook
	order map[model.Fact]int // each question's place in the rulebook
}

func newFlow(rb *classify.Rulebook) flow {
	f := flow{rb: rb, order: make(map[model.Fact]int, len(rb.Questions))}
	for i, q := range rb.Questions {
		f.order[q.Fact] = i
	}
	return f
}

// stepKind is what a step of the questionnaire asks.
type stepKind int

const (
	describeStep stepKind = iota // the title and description
	questionStep                 // one of the rulebook's questions
	reviewStep                   // the answers, before finishing
)

// step is one step of the questionnaire. Both modes walk the same steps,
// from the description through the relevant questions to the review; each
// mode asks a step with one piece of code of its own (the screen:
// questionnaire_describe.go, updateAsking, the review stage; the plain
// prompts: Ask, ask, the verdict printed).
type step struct {
	kind stepKind
	fact model.Fact // the question asked, for a questionStep
}

// next is the step after at, with the relevant questions as they stand
// now: the first question after the description, the next relevant one
// after a question, else the review. The review is the last step.
func (f flow) next(at step, questions []*classify.Question) step {
	switch at.kind {
	case describeStep:
		if len(questions) > 0 {
			return step{kind: questionStep, fact: questions[0].Fact}
		}
	case questionStep:
		if q, ok := f.after(questions, f.order[at.fact]); ok {
			return step{kind: questionStep, fact: q}
		}
	}
	return step{kind: reviewStep}
}

// prev is the step before at: the relevant question before it, else the
// description; before the description there is none (the description).
func (f flow) prev(at step, questions []*classify.Question) step {
	switch at.kind {
	case reviewStep:
		if n := len(questions); n > 0 {
			return step{kind: questionStep, fact: questions[n-1].Fact}
		}
	case questionStep:
		here := f.order[at.fact]
		for i := len(questions) - 1; i >= 0; i-- {
			if f.order[questions[i].Fact] < here {
				return step{kind: questionStep, fact: questions[i].Fact}
			}
		}
	}
	return step{kind: describeStep}
}

// relevant lists the questions to ask with the facts fs, in order.
func (f flow) relevant(fs *model.Facts) []*classify.Question { return f.rb.RelevantQuestions(fs) }

// after is the first of the questions that comes after place at in the
// rulebook's order (-1: before the first); ok is false when none is left.
func (f flow) after(questions []*classify.Question, at int) (next model.Fact, ok bool) {
	for _, q := range questions {
		if f.order[q.Fact] > at {
			return q.Fact, true
		}
	}
	return 0, false
}

// answered counts the questions that fs answers.
func answered(questions []*classify.Question, fs *model.Facts) int {
	n := 0
	for _, q := range questions {
		if fs.Known(q.Fact) {
			n++
		}
	}
	return n
}

// withReading is fs with the reader's facts read filled in where keep says a
// fact takes the reading (a fact not yet answered, or one holding an earlier
// suggestion; unset, the suggestion goes), and each filled fact whose question
// would then not be asked left out again. filled lists the facts that hold a
// suggestion.
func (f flow) withReading(fs, read model.Facts, decided, pending func(model.Fact) bool) (out model.Facts, filled []model.Fact) {
	out = fs.Clone()
	read = read.Clone()
	for _, x := range model.AllFacts() {
		switch {
		case decided(x):
		case pending(x) && !read[x].Known:
			out.Forget(x)
		case read[x].Known && (pending(x) || !out.Known(x)):
			out[x] = read[x]
			filled = append(filled, x)
		}
	}
	for dropped := true; dropped; {
		dropped = false
		for i, x := range filled {
			if !f.rb.Relevant(&out, x) {
				out.Forget(x)
				filled = slices.Delete(filled, i, i+1)
				dropped = true
				break
			}
		}
	}
	return out, filled
}
