package suggest

// The decisions lexicon: whether a paragraph asks for an activity at all is
// read from some 125 of the lexicon's thousand phrases (leave_out, action,
// no_activity and its unless), and a paragraph is scanned for them alone,
// not for the whole lexicon.

// isDecision tells the roles of the decisions lexicon's phrases.
func isDecision(r role) bool {
	return r == roleLeaveOut || r == roleAction || r == roleNoActivity || r == roleNoActivityUnless
}

// only is the lexicon of lx's phrases whose role keep holds, with the same
// inserts and names: a phrase is found where lx finds it.
func (lx *lexicon) only(keep func(role) bool) *lexicon {
	sub := *lx
	sub.phrases, sub.anyWord, sub.noActivityOpenings, sub.decisions = nil, nil, nil, nil
	sub.exact, sub.prefix, sub.stemmed = map[string][]int32{}, map[string][]prefixEntry{}, map[string][]int32{}
	// Its table of tries is as large as its own phrases and the inserts
	// need, most often a fraction of the whole lexicon's: a scan makes one.
	sub.states = 0
	for _, p := range lx.inserts {
		sub.states = max(sub.states, p.states())
	}
	for _, p := range lx.phrases {
		if keep(p.role) {
			sub.add(p)
		}
	}
	return &sub
}

// scanDecisions finds the decisions lexicon's phrases in ws; the matches
// name phrases of the table it returns.
func (lx *lexicon) scanDecisions(ws []word) ([]match, []phrase) {
	return lx.decisions.scan(ws, nil), lx.decisions.phrases
}
