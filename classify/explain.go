package classify

import (
	"fmt"
	"sync"

	"github.com/pocssr/pocssr/model"
)

// Position is a place in the rulebook file: where a kind, a term, a risk rule or
// an explanation is written, so an answer can name the line that decided it.
type Position struct {
	File      string
	Line, Col int
}

// String is "file:line:col", or "" for a position that is not known.
func (p Position) String() string {
	if p.Line == 0 {
		return ""
	}
	return fmt.Sprintf("%s:%d:%d", p.File, p.Line, p.Col)
}

// FactValue is one fact an answer read, with what was known of it then.
type FactValue struct {
	Fact  model.Fact
	Value model.Value
}

// TierPlacement is the activity's place in the 2015 policy's reading: its tier,
// the kind that decided it, whether it falls inside SSR, and why.
type TierPlacement struct {
	Tier Tier
	Info *TierInfo // the tier's caption and description; nil when undetermined
	Kind *Kind     // the primary kind, whose tier it takes; nil when none is known
	// InsideSSR: Tier 3 work on the security institutions, which the 2015
	// policy files as SSR inside its protective environment.
	InsideSSR bool
	Reason    string       // why this tier
	Also      string       // why it also touches other tiers; "" when it does not
	Pos       *Position    // what decided it: the primary kind's tier, or the explanation that there is none
	facts     *model.Facts // what was known, for Kinds
}

// Kinds is the fact the tier was read from, with its value then.
func (p *TierPlacement) Kinds() FactValue { return read(p.facts, []model.Fact{model.Kinds})[0] }

// AgendaPlacement is the activity's place in the narrow reading: its agenda, the
// basis of an overlap, the rule of FRAMEWORK §3 that decided it, and why.
type AgendaPlacement struct {
	Agenda Agenda
	Info   *AgendaInfo // the agenda's labels and description
	Basis  *BasisInfo  // nil when it is no overlap
	Rule   string      // the explanation that states the deciding rule, e.g. "agenda-capacity-ssr"
	Pos    *Position   // where that explanation is written
	Reason string
	// Waits says, of an activity not yet in an agenda, the answers that will
	// place it: only those still missing ("what the activity does"). ""
	// once it is placed, or when the rulebook has no words for it.
	Waits string
	// WaitsFor are the facts Waits names, those still missing of kinds
	// and implementer, in that order, rulebook words or none; nil once
	// the activity is placed.
	WaitsFor []model.Fact
	Reads    []model.Fact // the facts the rule read, in order
	facts    *model.Facts // what was known, for Facts
}

// Facts lists the facts the agenda rule read, with their values then.
func (n *AgendaPlacement) Facts() []FactValue { return read(n.facts, n.Reads) }

// ruleAgenda is the agenda each agenda rule of FRAMEWORK §3 states; its
// explanation names it with the rulebook's label ({agenda}).
// Made when a rulebook is first read, not at every start of the program.
var ruleAgenda = sync.OnceValue(func() map[string]Agenda {
	return map[string]Agenda{
		"agenda-no-kinds": Undetermined, "agenda-implementer-unknown": Undetermined,
		"agenda-partner-ssr": SSROnly, "agenda-partner-outside": Outside,
		"agenda-violence-overlap": Overlap, "agenda-training-overlap": Overlap, "agenda-training-poc": POCOnly,
		"agenda-capacity-overlap": Overlap, "agenda-capacity-ssr": SSROnly,
		"agenda-direct-poc": POCOnly, "agenda-institutions-ssr": SSROnly, "agenda-outside": Outside,
	}
})

// agendaRuleFacts lists, for each agenda rule, the facts it reads: the primary
// kind, then the terms and facts its branch tests.
func (rb *Rulebook) agendaRuleFacts() map[string][]model.Fact {
	var base []model.Fact
	add := func(to []model.Fact, fs ...model.Fact) []model.Fact {
		for _, f := range fs {
			seen := false
			for _, g := range to {
				seen = seen || g == f
			}
			if !seen {
				to = append(to, f)
			}
		}
		return to
	}
	base = add(base, model.Kinds, model.Implementer)
	if rb.missionSide != nil {
		base = add(base, rb.missionSide.When.Facts()...)
	}
	training := add(append([]model.Fact{}, base...), termFacts(rb.institutionalized)...)
	capacity := add(append([]model.Fact{}, base...), model.CombinedOps)
	capacity = add(capacity, termFacts(rb.accountable)...)
	out := map[string][]model.Fact{
		"agenda-no-kinds":            {model.Kinds},
		"agenda-implementer-unknown": {model.Kinds, model.Implementer},
		"agenda-training-overlap":    training,
		"agenda-training-poc":        training,
		"agenda-capacity-overlap":    capacity,
		"agenda-capacity-ssr":        capacity,
	}
	for _, k := range []string{"agenda-partner-ssr", "agenda-partner-outside", "agenda-violence-overlap",
		"agenda-direct-poc", "agenda-institutions-ssr", "agenda-outside"} {
		out[k] = base
	}
	return out
}

func termFacts(t *Term) []model.Fact {
	if t == nil {
		return nil
	}
	return t.When.Facts()
}

// explanationPos is where explanation key is written in the rulebook.
func (rb *Rulebook) explanationPos(key string) *Position {
	if p := rb.explainAt[key]; p != nil {
		return p
	}
	return &Position{}
}

// read lists facts with their values in fs. The values are read when an
// explanation is drawn, not when the result is made, which keeps classifying
// as cheap as before; a result is drawn before its activity changes.
func read(fs *model.Facts, facts []model.Fact) []FactValue {
	if fs == nil {
		return nil
	}
	out := make([]FactValue, len(facts))
	for i, f := range facts {
		out[i] = FactValue{Fact: f, Value: fs[f]}
	}
	return out
}

// ValueOf renders a value read by an answer in words, as ValueText does.
func (rb *Rulebook) ValueOf(fv FactValue) string {
	var fs model.Facts
	fs[fv.Fact] = fv.Value
	return rb.ValueText(&fs, fv.Fact)
}
