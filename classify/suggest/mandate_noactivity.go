package suggest

// noActivityCue says for which of the rulebook's no_activity reasons a
// paragraph asks for no activity, or "": it opens with one of the reason's
// phrases, holds none of its unless phrases after that opening, and every
// later decision ("..., and further requests the Secretary-General to
// report") is itself one that asks for no activity. A paragraph that renews
// a mandate and creates a task is kept, whole.
func (lx *lexicon) noActivityCue(text string) Reason {
	if len(lx.cues.Mandate.NoActivity) == 0 {
		return ""
	}
	head := text[:min(len(text), noActivityHead)]
	if !lx.opensNoActivity(splitWords(head, nil)) {
		return ""
	}
	ws := splitWords(text, nil)
	ms := lx.scan(ws, nil)
	reason, end := -1, 0
	for _, m := range ms {
		if p := &lx.phrases[m.phrase]; p.role == roleNoActivity && m.from == 0 && m.to > end {
			reason, end = p.scope, m.to
		}
	}
	if reason < 0 {
		return ""
	}
	for _, m := range ms {
		p := &lx.phrases[m.phrase]
		if m.from < end {
			continue
		}
		switch {
		case p.role == roleNoActivityUnless && p.scope == reason:
			return ""
		case p.role == roleAction:
			rest := text[ws[m.from].start:]
			if noActivity(rest, nil) == "" && !lx.callsForNoAction(rest) && lx.noActivityCue(rest) == "" {
				return ""
			}
		}
	}
	return Reason(lx.cues.Mandate.NoActivity[reason].ID)
}

// opensNoActivity reports whether a no_activity phrase may match at the first
// word: a quick look before the whole paragraph is read.
// Only the reasons' own phrases are tried, at the first word: most
// paragraphs open otherwise, and the whole lexicon need not be read for them.
func (lx *lexicon) opensNoActivity(ws []word) bool {
	if len(ws) == 0 {
		return false
	}
	s := search{ws: ws, failed: make([]uint32, lx.states)}
	for _, id := range lx.noActivityPhrases {
		s.start(&lx.phrases[id], 0)
		if s.match(0, 0) > 0 {
			return true
		}
	}
	return false
}

// noActivityHead is more than a no_activity phrase of the rulebook spans at
// the start of a paragraph (some 30 words); a longer phrase is read only in
// as much of the paragraph.
const noActivityHead = 480
