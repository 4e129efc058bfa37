package suggest

import (
	"slices"
	"strings"

	"github.com/pocssr/pocssr/model"
)

// lastLeadIn reads the last lead-in of a context (its lead-ins and headings
// joined by contextSep): the one the parts stand under. cs is the
// whole context's reading, which serves when the context is one lead-in.
// Offsets count in the whole context.
func (lx *lexicon) lastLeadIn(context string, cs *Suggestion) *Suggestion {
	at := strings.LastIndex(context, contextSep) + len(contextSep)
	if at < len(contextSep) {
		return cs
	}
	ls := &Suggestion{Text: context[at:]}
	lx.newReading(context[at:]).choose(ls)
	for i := range ls.Evidence {
		ls.Evidence[i].Start += at
		ls.Evidence[i].End += at
	}
	return ls
}

// leadInLeads reads a part under a lead-in that names the action and ends
// with what it is for ("Requests the mission to continue its operations with
// the army ..., with a view to: (a) disarming armed groups ..."): the action
// is the lead-in's, so its primary kind leads and the part's own kinds
// follow as what the action is for. The forces the lead-in names are the
// part's when the part names none. A lead-in that names no kind (an
// authorization "to take the necessary action ... in order to:") leaves its
// parts as they read.
func leadInLeads(s *Suggestion, cs *Suggestion) {
	lead := cs.Facts.Primary()
	own, _ := s.Facts.Set(model.Kinds)
	if lead == "" || len(own) > 0 && own[0] == lead {
		return
	}
	var leadPhrase string
	for _, e := range cs.EvidenceFor(model.Kinds) {
		if e.Value == lead {
			e.InContext = true
			s.Evidence = append(s.Evidence, e)
			if leadPhrase == "" {
				leadPhrase = e.Phrase
			}
		}
	}
	if len(own) > 0 {
		l := &Lead{Kind: lead, Over: own[0], Phrase: leadPhrase, Rule: LeadLeadIn}
		for _, e := range s.EvidenceFor(model.Kinds) {
			if e.Value == own[0] && !e.InContext {
				l.OverPhrase = e.Phrase
				break
			}
		}
		s.Lead = l
	}
	s.Facts.SetSet(model.Kinds, append([]string{lead}, slices.DeleteFunc(slices.Clone(own), func(k string) bool { return k == lead })...))
	if !s.Facts.Known(model.Forces) {
		if fs, ok := cs.Facts.Set(model.Forces); ok && len(fs) > 0 {
			s.Facts.SetSet(model.Forces, fs)
			for _, e := range cs.EvidenceFor(model.Forces) {
				e.InContext = true
				s.Evidence = append(s.Evidence, e)
			}
		}
	}
}
