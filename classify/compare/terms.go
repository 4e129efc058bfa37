package compare

import (
	"cmp"
	"slices"

	"github.com/pocssr/pocssr/classify/suggest"
	"github.com/pocssr/pocssr/model"
)

// The terms of a mandate: the paragraphs of its text that ask for no
// activity (how long the mandate runs, how many troops and police it may
// have, the reports the Council asks for, what it welcomes or demands of
// others). An import leaves them out of the worksheet, yet a renewal's
// first news is often there: a new end date, a lower troop ceiling. They are
// aligned apart from the tasks, so that a changed ceiling reads as a
// changed term and never as a task added.

// TermsOf are the terms of an imported mandate: the parts its import left
// out, each with the rulebook's reason.
func TermsOf(m *suggest.Mandate) []Term {
	var terms []Term
	for _, p := range m.LeftOut() {
		terms = append(terms, Term{Ref: p.Ref, Text: p.Text, Reason: string(p.Reason), Why: p.Reason.Why()})
	}
	return terms
}

// Term is a paragraph of a mandate's text that the import left out.
type Term struct {
	Ref  string
	Text string
	// Reason is why the import left it out (a rulebook reason, such as
	// "extends-mandate" or "troop-ceiling"), Why the same in words.
	Reason, Why string
}

// TermPair is a term of the old mandate set beside one of the new, or a
// term of one side alone. Either side may instead be a task that the other
// mandate's import left out as a term (a ceiling one text words as a task):
// that task is then shown here, not among the tasks added or dropped.
type TermPair struct {
	Change     Change
	Similarity float64
	// OldTerm and NewTerm are the terms, nil when absent or when that side
	// is a task (OldTask, NewTask).
	OldTerm, NewTerm *Term
	OldTask, NewTask *model.Activity
	// Diff is the word diff of a reworded, split or merged pair.
	Diff []Span
}

// Ref is the reference of one side: "" when absent.
func (p *TermPair) Ref(old bool) string {
	term, task := p.NewTerm, p.NewTask
	if old {
		term, task = p.OldTerm, p.OldTask
	}
	switch {
	case term != nil:
		return term.Ref
	case task != nil:
		return Ref(task)
	}
	return ""
}

// Text is the text of one side: "" when absent.
func (p *TermPair) Text(old bool) string {
	term, task := p.NewTerm, p.NewTask
	if old {
		term, task = p.OldTerm, p.OldTask
	}
	switch {
	case term != nil:
		return term.Text
	case task != nil:
		return TaskText(task)
	}
	return ""
}

// alignTerms pairs the terms of both mandates with each other, and with the
// tasks that found no counterpart (added or dropped), which may be a term
// the other import left out. A task so paired leaves the tasks' pairs for
// the terms'. Two tasks are never paired here: they were not paired as
// tasks.
func (c *Comparison) alignTerms(oldTerms, newTerms []Term, opts Options) {
	c.Old.Terms, c.New.Terms = oldTerms, newTerms
	if len(oldTerms)+len(newTerms) == 0 {
		return
	}
	type item struct {
		term *Term
		pair int // index into c.Pairs of a task left alone; -1 for a term
	}
	var oldItems, newItems []item
	var oldActs, newActs []*model.Activity
	for i := range oldTerms {
		oldItems = append(oldItems, item{&oldTerms[i], -1})
		oldActs = append(oldActs, termActivity(&oldTerms[i]))
	}
	for i := range newTerms {
		newItems = append(newItems, item{&newTerms[i], -1})
		newActs = append(newActs, termActivity(&newTerms[i]))
	}
	for i := range c.Pairs {
		switch p := &c.Pairs[i]; p.Change {
		case Dropped:
			oldItems = append(oldItems, item{nil, i})
			oldActs = append(oldActs, p.OldActivity)
		case Added:
			newItems = append(newItems, item{nil, i})
			newActs = append(newActs, p.NewActivity)
		}
	}
	moved := map[int]bool{} // pairs of c.Pairs now shown as terms
	for _, l := range Align(oldActs, newActs, opts) {
		switch {
		// A side without terms (a worksheet) cannot say the other side's
		// are new or gone: they are listed only where they pair.
		case l.New < 0:
			if o := oldItems[l.Old]; o.term != nil && len(newTerms) > 0 {
				c.Terms = append(c.Terms, TermPair{Change: Dropped, OldTerm: o.term})
			}
			continue
		case l.Old < 0:
			if n := newItems[l.New]; n.term != nil && len(oldTerms) > 0 {
				c.Terms = append(c.Terms, TermPair{Change: Added, NewTerm: n.term})
			}
			continue
		}
		o, n := oldItems[l.Old], newItems[l.New]
		if o.term == nil && n.term == nil {
			continue
		}
		tp := TermPair{Change: l.Change, Similarity: l.Similarity, OldTerm: o.term, NewTerm: n.term}
		if o.term == nil {
			tp.OldTask, moved[o.pair] = c.Pairs[o.pair].OldActivity, true
		}
		if n.term == nil {
			tp.NewTask, moved[n.pair] = c.Pairs[n.pair].NewActivity, true
		}
		if tp.Change == Unchanged && (o.term == nil || n.term == nil) {
			// The same words, read as a task on one side only.
			tp.Change = Reworded
		}
		if tp.Change != Unchanged {
			tp.Diff = Diff(Body(tp.Text(true)), Body(tp.Text(false)))
		}
		c.Terms = append(c.Terms, tp)
	}
	// The terms and the tasks among them in the order of the text: by the
	// number that opens the new reference, else the old one's.
	slices.SortStableFunc(c.Terms, func(a, b TermPair) int { return cmp.Compare(a.place(), b.place()) })
	if len(moved) > 0 {
		kept := c.Pairs[:0]
		for i, p := range c.Pairs {
			if !moved[i] {
				kept = append(kept, p)
			}
		}
		c.Pairs = kept
	}
}

// termActivity stands a term in for an activity, for the alignment.
func termActivity(t *Term) *model.Activity {
	return &model.Activity{ID: t.Ref, Source: model.Source{Ref: t.Ref, Text: t.Text}}
}

// place is the number that opens a term's new reference, else its old
// one's ("12(a)" → 12): where it stands in the text.
func (p *TermPair) place() int {
	ref := p.Ref(false)
	if ref == "" {
		ref = p.Ref(true)
	}
	n := 0
	for _, r := range ref {
		if r < '0' || r > '9' {
			break
		}
		n = n*10 + int(r-'0')
	}
	return n
}
