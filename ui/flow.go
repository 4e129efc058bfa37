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
