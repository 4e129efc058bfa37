package model

import "slices"

// Choice is one allowed value of a fact, with the label shown to people.
type Choice struct {
	Value string
	Label string
}

// Vocabulary lists, for each OneOf and SetOf fact, the values a worksheet may
// use, and the risk ids its register may name. The rulebook provides it, so a
// facilitator's rulebook that renames or removes a risk makes a register entry
// for the old id an error.
type Vocabulary struct {
	choices [NumFacts][]Choice
	risks   []string
	riskSet riskSet // risks, for AllowsRisk: a file may name one per risk of each activity
}

// Add appends an allowed value of fact f.
func (v *Vocabulary) Add(f Fact, c Choice) { v.choices[f] = append(v.choices[f], c) }

// Choices lists the allowed values of fact f with their labels.
func (v *Vocabulary) Choices(f Fact) []Choice { return v.choices[f] }

// Allows reports whether v is an allowed value of fact f.
func (v *Vocabulary) Allows(f Fact, val string) bool {
	for _, c := range v.choices[f] {
		if c.Value == val {
			return true
		}
	}
	return false
}

// Values lists the allowed values of fact f.
func (v *Vocabulary) Values(f Fact) []string {
	out := make([]string, len(v.choices[f]))
	for i, c := range v.choices[f] {
		out[i] = c.Value
	}
	return out
}

// Label returns the label of value val of fact f, or val itself when it has none.
func (v *Vocabulary) Label(f Fact, val string) string {
	for _, c := range v.choices[f] {
		if c.Value == val {
			return c.Label
		}
	}
	return val
}

// SetRisks sets the risk ids a register may name, in rulebook order.
func (v *Vocabulary) SetRisks(ids []string) {
	v.risks = slices.Clone(ids)
	v.riskSet = riskSet{}
	for _, id := range ids {
		b := riskBucket(id)
		v.riskSet[b] = append(v.riskSet[b], id)
	}
}

// riskSet holds the risk ids by a hash of their length and end letters:
// with a few dozen ids a bucket holds one or none, and a look-up costs one
// comparison of text, less than a map's hashing of the whole id.
type riskSet [256][]string

func riskBucket(id string) byte {
	if id == "" {
		return 0
	}
	return byte(len(id)*37 + int(id[0])*11 + int(id[len(id)-1]) + int(id[len(id)/2])*3)
}

// Risks lists the risk ids a register may name.
func (v *Vocabulary) Risks() []string { return v.risks }

// AllowsRisk reports whether a register may name risk id.
func (v *Vocabulary) AllowsRisk(id string) bool {
	return slices.Contains(v.riskSet[riskBucket(id)], id)
}
