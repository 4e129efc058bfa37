package ui

import (
	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
)

// choiceKind says what picking a row of a question does.
type choiceKind int

const (
	choiceValue    choiceKind = iota // one of the question's values
	choiceYes                        // yes, for a yes/no question
	choiceNo                         // no, for a yes/no question
	choiceNone                       // an explicit empty list ("none of these")
	choiceDontKnow                   // leave the fact unknown
)

// choice is one row of a question's list.
type choice struct {
	kind    choiceKind
	value   string
	label   string
	explain string
}

// offersNone reports whether a list question offers "none of these": an empty
// list of forces or measures is an answer, an empty list of kinds is not.
func offersNone(f model.Fact) bool { return f != model.Kinds }

// choicesFor lists the rows of a question: its values (or yes and no), "none
// of these" where an empty list is an answer, and always "don't know".
func choicesFor(q *classify.Question) []choice {
	var out []choice
	switch q.Fact.Type() {
	case model.YesNo:
		out = append(out, choice{kind: choiceYes, label: "yes", explain: q.Yes},
			choice{kind: choiceNo, label: "no", explain: q.No})
	default:
		for _, o := range q.Options {
			out = append(out, choice{kind: choiceValue, value: o.Value, label: o.Label, explain: o.Explain})
		}
		if q.Fact.Type() == model.SetOf && offersNone(q.Fact) {
			out = append(out, choice{kind: choiceNone, label: "none of these", explain: "Recorded as none: nothing of the kind applies."})
		}
	}
	return append(out, choice{kind: choiceDontKnow, label: "don't know", explain: "Leave it open; it stays an open question."})
}

// chosen reports whether a row is the current answer (or, for a list value,
// ticked).
func chosen(fs *model.Facts, f model.Fact, c choice) bool {
	v := fs[f]
	switch c.kind {
	case choiceDontKnow:
		return !v.Known
	case choiceYes:
		return v.Known && v.Yes
	case choiceNo:
		return v.Known && !v.Yes
	case choiceNone:
		return v.Known && len(v.Set) == 0
	}
	if f.Type() == model.SetOf {
		return fs.Has(f, c.value)
	}
	return v.Known && v.One == c.value
}

// rank is a ticked value's place in a list (1 = first), or 0.
func rank(fs *model.Facts, f model.Fact, value string) int {
	for i, x := range fs[f].Set {
		if x == value {
			return i + 1
		}
	}
	return 0
}

// answer applies a row to the facts. For a list question a value row is
// toggled; every other row sets the answer outright.
func answer(fs *model.Facts, f model.Fact, c choice) {
	switch c.kind {
	case choiceDontKnow:
		fs.Forget(f)
	case choiceYes, choiceNo:
		fs.SetYes(f, c.kind == choiceYes)
	case choiceNone:
		fs.SetSet(f, nil)
	case choiceValue:
		if f.Type() != model.SetOf {
			fs.SetOne(f, c.value)
			return
		}
		toggle(fs, f, c.value)
	}
}

// toggle ticks or unticks a value of a list. Unticking the last value leaves the
// fact unknown: "none" is only ever recorded on purpose.
func toggle(fs *model.Facts, f model.Fact, value string) {
	set, _ := fs.Set(f)
	out := make([]string, 0, len(set)+1)
	found := false
	for _, x := range set {
		if x == value {
			found = true
			continue
		}
		out = append(out, x)
	}
	if !found {
		out = append(out, value)
	}
	if len(out) == 0 {
		fs.Forget(f)
		return
	}
	fs.SetSet(f, out)
}

// makePrimary puts a value first in a list, ticking it if needed: the first kind
// is the primary one.
func makePrimary(fs *model.Facts, f model.Fact, value string) {
	set, _ := fs.Set(f)
	out := []string{value}
	for _, x := range set {
		if x != value {
			out = append(out, x)
		}
	}
	fs.SetSet(f, out)
}

// previewable reports whether hovering a row shows its effect in the live panel
// before it is chosen: single answers preview; ticking list values is itself
// live.
func previewable(f model.Fact, c choice) bool {
	return f.Type() != model.SetOf || c.kind != choiceValue
}

// relevantFacts lists the facts of the relevant questions.
func relevantFacts(qs []*classify.Question) []model.Fact {
	out := make([]model.Fact, len(qs))
	for i, q := range qs {
		out[i] = q.Fact
	}
	return out
}

// factName is a fact's key as words: "combined_ops" → "combined ops".
func factName(f model.Fact) string {
	b := []byte(f.Key())
	for i, c := range b {
		if c == '_' {
			b[i] = ' '
		}
	}
	return string(b)
}

// relevanceChange says which questions came and went after an answer.
func relevanceChange(before, after []model.Fact) (added, removed []model.Fact) {
	in := func(list []model.Fact, f model.Fact) bool {
		for _, x := range list {
			if x == f {
				return true
			}
		}
		return false
	}
	for _, f := range after {
		if !in(before, f) {
			added = append(added, f)
		}
	}
	for _, f := range before {
		if !in(after, f) {
			removed = append(removed, f)
		}
	}
	return added, removed
}
