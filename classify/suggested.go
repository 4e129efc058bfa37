package classify

import (
	"slices"

	"github.com/pocssr/pocssr/model"
)

// AnswerRead reports whether fs's answer to f is what an activity's words
// suggest (read, the facts of their reading; nil when none), its question
// asked or not. A list the planner only unticked values of, some left in
// the order read, is still what the words suggest, narrowed: nobody
// confirmed the values left (unticking one kind of three and leaving had
// made the draft reviewed, the two left counted the planner's while the
// screen still marked them "~").
func AnswerRead(fs, read *model.Facts, f model.Fact) bool {
	if read == nil {
		return false
	}
	v, now := read[f], fs[f]
	if !v.Known || !now.Known || v.One != now.One || v.Yes != now.Yes {
		return false
	}
	if f.Type() == model.SetOf && len(now.Set) > 0 {
		return narrowed(now.Set, v.Set)
	}
	return slices.Equal(v.Set, now.Set)
}

// narrowed reports whether list holds only values of read, in read's
// order: read with some values taken out.
func narrowed(list, read []string) bool {
	i := 0
	for _, v := range read {
		if i < len(list) && list[i] == v {
			i++
		}
	}
	return i == len(list)
}

// HoldsReading reports whether fs's answer to f is what an activity's words
// suggest (AnswerRead) on a question that is asked: the answer came from the
// words, confirmed since or not.
func (rb *Rulebook) HoldsReading(fs, read *model.Facts, f model.Fact) bool {
	return AnswerRead(fs, read, f) && rb.Relevant(fs, f)
}

// SuggestedAnswers lists the answers of draft a that only its words suggest
// (read, the facts of their reading; nil when none): they hold what the
// words suggest and nobody confirmed them, their questions asked or not
// (forces read from the words of a draft with no kind yet is suggested all
// the same) (confirmed tells which the planner
// confirmed in a session; nil where nothing records it; those a YAML file
// kept confirmed, model.Activity.Confirmed, count as well). An activity that
// is no draft has none: its answers are the planner's. The screens and the
// reports both ask this, so that they mark the same answers "~"
// (ClassifySuggested, DecideSuggested).
func (rb *Rulebook) SuggestedAnswers(a *model.Activity, read *model.Facts, confirmed func(model.Fact) bool) []model.Fact {
	if a.Status != model.StatusDraft || read == nil {
		return nil
	}
	var out []model.Fact
	for _, f := range model.AllFacts() {
		if AnswerRead(&a.Facts, read, f) && !slices.Contains(a.Confirmed, f) && (confirmed == nil || !confirmed(f)) {
			out = append(out, f)
		}
	}
	return out
}

// DecideSuggested is Decide for an activity whose answers to the facts
// suggested are only suggested (ClassifySuggested): the decisions keep
// them, so that ClassifyAgain marks the same answers and risks "~" without
// reading the activity's words again.
func (rb *Rulebook) DecideSuggested(a *model.Activity, today model.Date, suggested []model.Fact) (Result, Decisions) {
	d := Decisions{bare: true}
	r := rb.classifyWith(a, today, &d, suggested)
	d.bare = false
	d.known = len(rb.Risks) <= 64 && len(rb.Questions) <= 64
	for _, f := range r.Suggested {
		d.suggested |= 1 << f
	}
	return r, d
}

// suggestedFacts lists the facts d keeps as only suggested
// (DecideSuggested), nil when none.
func (d *Decisions) suggestedFacts() []model.Fact {
	if d.suggested == 0 {
		return nil
	}
	var out []model.Fact
	for _, f := range model.AllFacts() {
		if d.suggested&(1<<f) != 0 {
			out = append(out, f)
		}
	}
	return out
}
