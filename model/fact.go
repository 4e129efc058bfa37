// Package model holds the domain of pocssr: the facts known about a mission
// activity, activities and worksheets, and reading and writing worksheet files.
//
// A fact that is absent is unknown; it is never read as false or none. The
// vocabulary of allowed values comes from the rulebook (package classify), so a
// facilitator's rulebook can extend it; the keys and their types are the file
// format's contract and live here.
package model

// Fact identifies one fact about an activity (FRAMEWORK §1).
type Fact uint8

// The facts, in the order a worksheet file lists them.
const (
	Implementer Fact = iota
	Kinds
	Forces
	CombinedOps
	Accountability
	TrainingFormat
	RightsRecord
	HRDDP
	CommunityTrust
	CommunityInput
	Horizon
	ExitStrategy
	PoliticalWill
	StateForcesAttackingCivilians
	DualRole
	ChangesControlLines
	EncouragesReporting
	PublicReporting
	ResponseSpectrum
	NumFacts
)

// FactType says what shape of answer a fact takes.
type FactType uint8

const (
	// OneOf facts take one value from a list.
	OneOf FactType = iota + 1
	// SetOf facts take a list of distinct values; an empty list means none.
	SetOf
	// YesNo facts are true or false.
	YesNo
)

func (t FactType) String() string {
	switch t {
	case OneOf:
		return "one value"
	case SetOf:
		return "a list of values"
	case YesNo:
		return "true or false"
	}
	return "?"
}

var factSpecs = [NumFacts]struct {
	key string
	typ FactType
}{
	Implementer:                   {"implementer", OneOf},
	Kinds:                         {"kinds", SetOf},
	Forces:                        {"forces", SetOf},
	CombinedOps:                   {"combined_ops", YesNo},
	Accountability:                {"accountability", SetOf},
	TrainingFormat:                {"training_format", OneOf},
	RightsRecord:                  {"rights_record", OneOf},
	HRDDP:                         {"hrddp", OneOf},
	CommunityTrust:                {"community_trust", OneOf},
	CommunityInput:                {"community_input", YesNo},
	Horizon:                       {"horizon", OneOf},
	ExitStrategy:                  {"exit_strategy", YesNo},
	PoliticalWill:                 {"political_will", OneOf},
	StateForcesAttackingCivilians: {"state_forces_attacking_civilians", YesNo},
	DualRole:                      {"dual_role", YesNo},
	ChangesControlLines:           {"changes_control_lines", YesNo},
	EncouragesReporting:           {"encourages_reporting", YesNo},
	PublicReporting:               {"public_reporting", YesNo},
	ResponseSpectrum:              {"response_spectrum", YesNo},
}

// Key is the fact's key in worksheet files and JSON output, e.g. "rights_record".
func (f Fact) Key() string {
	if f >= NumFacts {
		return "?"
	}
	return factSpecs[f].key
}

// Type is the shape of the fact's answer.
func (f Fact) Type() FactType { return factSpecs[f].typ }

func (f Fact) String() string { return f.Key() }

// FactByKey finds a fact by its file key.
func FactByKey(key string) (Fact, bool) {
	for f := Fact(0); f < NumFacts; f++ {
		if factSpecs[f].key == key {
			return f, true
		}
	}
	return 0, false
}

// AllFacts lists every fact in file order.
func AllFacts() []Fact {
	fs := make([]Fact, NumFacts)
	for i := range fs {
		fs[i] = Fact(i)
	}
	return fs
}

// Value is what is known of one fact. The zero Value is unknown.
type Value struct {
	Known bool
	One   string   // OneOf facts
	Set   []string // SetOf facts, in the order given (for kinds the first is primary)
	Yes   bool     // YesNo facts
}

// Facts holds every fact of an activity, indexed by Fact.
type Facts [NumFacts]Value

// Known reports whether fact f has an answer.
func (fs *Facts) Known(f Fact) bool { return fs[f].Known }

// One returns a OneOf fact's value, and whether it is known.
func (fs *Facts) One(f Fact) (string, bool) { return fs[f].One, fs[f].Known }

// Set returns a SetOf fact's values, and whether they are known.
func (fs *Facts) Set(f Fact) ([]string, bool) { return fs[f].Set, fs[f].Known }

// Yes returns a YesNo fact's value, and whether it is known.
func (fs *Facts) Yes(f Fact) (bool, bool) { return fs[f].Yes, fs[f].Known }

// Has reports whether a SetOf fact is known and holds v.
func (fs *Facts) Has(f Fact, v string) bool {
	for _, x := range fs[f].Set {
		if x == v {
			return true
		}
	}
	return false
}

// SetOne answers a OneOf fact.
func (fs *Facts) SetOne(f Fact, v string) { fs[f] = Value{Known: true, One: v} }

// SetSet answers a SetOf fact; a nil or empty list means none.
func (fs *Facts) SetSet(f Fact, vs []string) {
	fs[f] = Value{Known: true, Set: append([]string{}, vs...)}
}

// SetYes answers a YesNo fact.
func (fs *Facts) SetYes(f Fact, b bool) { fs[f] = Value{Known: true, Yes: b} }

// Forget makes fact f unknown again.
func (fs *Facts) Forget(f Fact) { fs[f] = Value{} }

// Clone returns a deep copy, so that changing one copy's lists leaves the other alone.
func (fs Facts) Clone() Facts {
	for i := range fs {
		if fs[i].Set != nil {
			fs[i].Set = append([]string{}, fs[i].Set...)
		}
	}
	return fs
}

// Equal reports whether two sets of facts say the same.
func (fs *Facts) Equal(o *Facts) bool {
	for i := range fs {
		a, b := &fs[i], &o[i]
		if a.Known != b.Known || a.One != b.One || a.Yes != b.Yes || len(a.Set) != len(b.Set) {
			return false
		}
		for j := range a.Set {
			if a.Set[j] != b.Set[j] {
				return false
			}
		}
	}
	return true
}

// Primary is the primary kind: the first one listed, or "" when none is known.
func (fs *Facts) Primary() string {
	if len(fs[Kinds].Set) == 0 {
		return ""
	}
	return fs[Kinds].Set[0]
}
