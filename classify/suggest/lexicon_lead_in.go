package suggest

import (
	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
)

// leadInYield is a lead_in_gives_way rule, compiled: the lead-in's value
// that gives way to the task's own where the task opens with one of the
// opening phrases and none of the unless ones.
type leadInYield struct {
	leadIn, own     string
	opening, unless []phrase
}

// compileLeadInYields compiles the lead_in_gives_way rules of every fact.
func (lx *lexicon) compileLeadInYields(c *classify.Cues) {
	for _, fc := range c.Facts {
		for _, y := range fc.LeadInYields {
			lx.yields[fc.Fact] = append(lx.yields[fc.Fact], leadInYield{leadIn: y.LeadIn, own: y.Own,
				opening: compilePhrases(y.Opening, &lx.states), unless: compilePhrases(y.Unless, &lx.states)})
		}
	}
}

// leadInYields reports whether a lead_in_gives_way rule of fact f makes the
// lead-in's value v give way to the task's own value own: the task's words
// ws open with one of the rule's opening phrases and none of its unless
// ones.
func (lx *lexicon) leadInYields(f model.Fact, v, own string, ws []word) bool {
	for _, y := range lx.yields[f] {
		if y.leadIn == v && y.own == own && lx.opensWithAny(ws, y.opening) && !lx.opensWithAny(ws, y.unless) {
			return true
		}
	}
	return false
}
