package classify

import (
	"math/bits"
	"strings"

	"github.com/pocssr/pocssr/model"
)

// Words renders the condition in plain words for people, with the rulebook's
// labels in place of identifiers: "one of its kinds is equipment and
// infrastructure, and it is not backed by at least one institutional
// accountability measure". Describe gives the same condition in identifiers.
func (c *Condition) Words(rb *Rulebook) string {
	if c == nil {
		return "always"
	}
	return c.words(rb, false)
}

func (c *Condition) words(rb *Rulebook, nested bool) string {
	switch c.op {
	case opFactIn:
		labels := make([]string, len(c.values))
		for i, v := range c.values {
			labels[i] = rb.lowerLabel(c.fact, v)
		}
		if c.fact.Type() == model.SetOf {
			return "the " + rb.factWords(c.fact) + " include " + joinOr(labels)
		}
		return "the " + rb.factWords(c.fact) + " is " + joinOr(labels)
	case opFactIs:
		if q := rb.QuestionFor(c.fact); q != nil {
			answer := q.No
			if c.flag {
				answer = q.Yes
			}
			if answer != "" {
				return lowerFirst(strings.TrimSuffix(strings.TrimSpace(answer), "."))
			}
		}
		if c.flag {
			return "there is " + rb.factWords(c.fact)
		}
		return "there is no " + rb.factWords(c.fact)
	case opFactEmpty:
		if c.flag {
			return "there are no " + rb.factWords(c.fact)
		}
		return "there are " + rb.factWords(c.fact)
	case opKindIn:
		labels := make([]string, len(c.values))
		for i, v := range c.values {
			if k := rb.Kind(v); k != nil {
				labels[i] = k.lowerLabel
			} else {
				labels[i] = v
			}
		}
		return c.kindWords() + " is " + joinOr(labels)
	case opKindHas:
		return c.kindWords() + " " + propertyPhrase[c.prop]
	case opTerm:
		return "it is " + c.term.Label
	case opNot:
		p := c.parts[0]
		switch {
		case p.op == opTerm:
			return "it is not " + p.term.Label
		case p.op == opFactIn && p.fact.Type() == model.SetOf:
			labels := make([]string, len(p.values))
			for i, v := range p.values {
				labels[i] = rb.lowerLabel(p.fact, v)
			}
			return "the " + rb.factWords(p.fact) + " lack " + joinAnd(labels)
		case p.op == opFactIn:
			labels := make([]string, len(p.values))
			for i, v := range p.values {
				labels[i] = rb.lowerLabel(p.fact, v)
			}
			return "the " + rb.factWords(p.fact) + " is neither " + joinWith(labels, "nor")
		}
		return "it is not so that " + p.words(rb, true)
	case opAll, opAny:
		sep := ", and "
		if c.op == opAny {
			sep = ", or "
		}
		parts := make([]string, len(c.parts))
		for i, p := range c.parts {
			parts[i] = p.words(rb, true)
		}
		s := strings.Join(parts, sep)
		if nested && len(parts) > 1 {
			if c.op == opAny {
				return "either " + s
			}
			return "both " + s
		}
		return s
	}
	return "?"
}

func (c *Condition) kindWords() string {
	if c.primary {
		return "its main kind"
	}
	return "one of its kinds"
}

// factWords names a fact inside a sentence: its label in the rulebook, else
// its key in words.
func (rb *Rulebook) factWords(f model.Fact) string {
	if q := rb.QuestionFor(f); q != nil && q.Label != "" {
		return q.Label
	}
	return strings.ReplaceAll(f.Key(), "_", " ")
}

// Waiting says what condition c waits for on the facts fs, where what is
// known leaves it neither true nor false: the words of its parts not
// decided yet (the parts of an "all" that are, true, left out), and the
// facts not known that decide them, by their labels ("accountability
// measures in place"). Both "" where c is true or false on fs.
func (rb *Rulebook) Waiting(c *Condition, fs *model.Facts) (words, facts string) {
	var s subject
	rb.subject(&s, fs)
	if c == nil || c.eval(&s) != Unknown {
		return "", ""
	}
	open := []*Condition{c}
	if c.op == opAll {
		open = open[:0]
		for _, p := range c.parts {
			if p.eval(&s) == Unknown {
				open = append(open, p)
			}
		}
	}
	parts := make([]string, len(open))
	for i, p := range open {
		parts[i] = p.words(rb, len(open) > 1)
	}
	var labels []string
	for m := c.unknownFacts(&s); m != 0; m &= m - 1 {
		labels = append(labels, rb.factWords(model.Fact(bits.TrailingZeros64(m))))
	}
	return strings.Join(parts, ", and "), joinAnd(labels)
}
