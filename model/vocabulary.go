package model

// Choice is one allowed value of a fact, with the label shown to people.
type Choice struct {
	Value string
	Label string
}

// Vocabulary lists, for each OneOf and SetOf fact, the values a worksheet may use.
// The rulebook provides it.
type Vocabulary [NumFacts][]Choice

// Allows reports whether v is an allowed value of fact f.
func (v *Vocabulary) Allows(f Fact, val string) bool {
	for _, c := range v[f] {
		if c.Value == val {
			return true
		}
	}
	return false
}

// Values lists the allowed values of fact f.
func (v *Vocabulary) Values(f Fact) []string {
	out := make([]string, len(v[f]))
	for i, c := range v[f] {
		out[i] = c.Value
	}
	return out
}

// Label returns the label of value val of fact f, or val itself when it has none.
func (v *Vocabulary) Label(f Fact, val string) string {
	for _, c := range v[f] {
		if c.Value == val {
			return c.Label
		}
	}
	return val
}
