package classify

import (
	"strings"

	"github.com/pocssr/pocssr/model"
)

var propertyPhrase = map[kindProperty]string{
	propDirect:       "protects civilians directly",
	propInstitutions: "acts on security institutions",
	propReform:       "supports reform",
	propHRDDP:        "is covered by the HRDDP",
}

// Describe renders the condition in words, for handouts and the framework screen.
func (c *Condition) Describe() string {
	if c == nil {
		return "always"
	}
	return c.describe(false)
}

func (c *Condition) describe(nested bool) string {
	switch c.op {
	case opFactIn:
		verb := " is "
		if c.fact.Type() == model.SetOf {
			verb = " includes "
		}
		return c.fact.Key() + verb + joinOr(c.values)
	case opFactIs:
		if c.flag {
			return c.fact.Key() + " is true"
		}
		return c.fact.Key() + " is false"
	case opFactEmpty:
		if c.flag {
			return c.fact.Key() + " is empty"
		}
		return c.fact.Key() + " is not empty"
	case opKindIn:
		return c.whichKind() + " is " + joinOr(c.values)
	case opKindHas:
		return c.whichKind() + " " + propertyPhrase[c.prop]
	case opTerm:
		return c.term.Name
	case opNot:
		p := c.parts[0]
		switch {
		case p.op == opTerm:
			return "not " + p.term.Name
		case p.op == opFactIn && p.fact.Type() == model.SetOf:
			return p.fact.Key() + " lacks " + joinAnd(p.values)
		}
		return "not (" + p.describe(true) + ")"
	case opAll, opAny:
		sep := ", and "
		if c.op == opAny {
			sep = ", or "
		}
		parts := make([]string, len(c.parts))
		for i, p := range c.parts {
			parts[i] = p.describe(true)
		}
		s := strings.Join(parts, sep)
		if nested && len(parts) > 1 {
			return "(" + s + ")"
		}
		return s
	}
	return "?"
}

func (c *Condition) whichKind() string {
	if c.primary {
		return "the primary kind"
	}
	return "any kind"
}
