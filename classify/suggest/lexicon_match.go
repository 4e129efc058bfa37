package suggest

import "strings"

// search is the state of one scan's matching. A phrase is matched by trying
// its elements in order, backtracking over optional elements, gaps and
// alternatives; failed remembers, for the phrase being tried, from which words
// each element was already found not to lead to a match, so that no element
// is tried twice from the same word. Without it "xx? xx? ... xx? yy" would
// try two to the power of its length ways on a run of "xx".
type search struct {
	ws   []word
	sent int32
	base int
	used wordSet // the words the try's elements matched, as offsets from base
	p    *phrase
	// failed holds, per element and offset from base, the try that found no
	// match from there; try numbers the tries, so the table is never cleared.
	failed []uint32
	try    uint32
	// steps counts the elements tried, the measure of the work done; a try
	// stops, finding nothing, once steps reaches limit (0: no limit).
	steps, limit int
	// joins are the join words of a list ("and"): one of them alone may
	// follow the end of the text ("...; and").
	joins map[string]bool
}

// start begins the try of phrase p at word i.
func (s *search) start(p *phrase, i int) {
	s.p, s.base, s.sent, s.used = p, i, s.ws[i].sent, wordSet{}
	s.try++
}

// match returns the end of the shortest occurrence of the phrase's elements
// from e on, starting at word i, or -1; it marks in used the words matched,
// as offsets from base. A jump over an inserted clause can take a try past
// its phrase's span; such words are not remembered, and each clause is
// jumped at most once per element, so the work stays bounded.
func (s *search) match(e, i int) int {
	p := s.p
	if e == len(p.elems) {
		return i
	}
	if el := &p.elems[e]; el.needed && !s.mayMatch(el, e, i) {
		return -1
	}
	off := i - s.base
	memo := off <= p.span
	slot := e*(p.span+1) + off
	if memo && s.failed[slot] == s.try || s.limit > 0 && s.steps >= s.limit {
		return -1
	}
	s.steps++
	if end := s.matchElem(e, i); end >= 0 {
		return end
	}
	if memo {
		s.failed[slot] = s.try
	}
	return -1
}

// mayMatch is a quick look before a needed element is tried at word i: false
// when no word is there, or its first letter or its length is that of none
// of the words the element's alternatives match, and no inserted clause
// there is to be read across.
func (s *search) mayMatch(el *elem, e, i int) bool {
	ws := s.ws
	if i >= len(ws) {
		return false
	}
	return el.mayBegin(ws[i].w) || e > 0 && ws[i].skip > 0 && ws[i].sent == s.sent
}

func (s *search) matchElem(e, i int) int {
	ws, sent, p := s.ws, s.sent, s.p
	if e > 0 && i < len(ws) && ws[i].skip > 0 && ws[i].sent == sent {
		if end := s.match(e, int(ws[i].skip)); end >= 0 {
			return end
		}
	}
	el := &p.elems[e]
	if el.aside > 0 {
		// A clause set off by commas: from a word after a comma to the
		// next word after one, in the same sentence.
		if i > 0 && i < len(ws) && ws[i].comma && ws[i].sent == sent {
			for j := i + 1; j < len(ws) && j-i <= el.aside && ws[j].sent == sent; j++ {
				if ws[j].comma {
					if end := s.match(e+1, j); end >= 0 {
						return end
					}
					break
				}
			}
		}
		return s.match(e+1, i)
	}
	if el.end {
		if s.atEnd(i) {
			return s.match(e+1, i)
		}
		return -1
	}
	if el.gap > 0 {
		for k := 0; k <= el.gap; k++ {
			j := i + k
			if j >= len(ws) || ws[j].sent != sent {
				if e+1 < len(p.elems) && p.elems[e+1].end {
					return s.match(e+1, j) // a gap reaches the end of the text
				}
				break
			}
			if end := s.match(e+1, j); end >= 0 {
				return end
			}
		}
		return -1
	}
	if el.sameClause && i > 0 && i < len(ws) && ws[i].clause != ws[i-1].clause {
		if el.optional {
			return s.match(e+1, i)
		}
		return -1
	}
	if i < len(ws) && el.mayBegin(ws[i].w) {
		if end := s.matchAlts(el, e, i); end >= 0 {
			return end
		}
	}
	if el.optional {
		return s.match(e+1, i)
	}
	return -1
}

// matchAlts matches the element's alternatives at word i and the elements
// after it, as matchElem does.
func (s *search) matchAlts(el *elem, e, i int) int {
	ws, sent := s.ws, s.sent
	alts := el.alts
	if el.index != nil {
		alts = el.multi
		if ws[i].sent == sent && el.index.matches(ws[i].w) {
			if end := s.match(e+1, i+1); end >= 0 {
				s.used.add(i - s.base)
				return end
			}
		}
	}
	if el.leads != nil && ws[i].w != "" {
		for _, k := range el.leads.of(ws[i].w) {
			if end := s.matchAlt(alts[k], e, i); end >= 0 {
				return end
			}
		}
		return -1
	}
	for _, alt := range alts {
		if end := s.matchAlt(alt, e, i); end >= 0 {
			return end
		}
	}
	return -1
}

// matchAlt matches one alternative at word i and the elements after it.
func (s *search) matchAlt(alt []token, e, i int) int {
	if n := altMatches(alt, s.ws, i, s.sent); n > 0 {
		if end := s.match(e+1, i+n); end >= 0 {
			for k := i; k < i+n; k++ {
				s.used.add(k - s.base)
			}
			return end
		}
	}
	return -1
}

// atEnd reports whether word i is the end of the text: no word is left
// but one join of a list ("troops; and").
func (s *search) atEnd(i int) bool {
	return i >= len(s.ws) || i == len(s.ws)-1 && s.joins[s.ws[i].w]
}

// altMatches returns how many words an alternative covers from word i, or 0.
func altMatches(alt []token, ws []word, i int, sent int32) int {
	for k := range alt {
		w, j := &alt[k], i+k
		if j >= len(ws) || ws[j].sent != sent || w.lead != 0 && (ws[j].w == "" || ws[j].w[0] != w.lead) || !wordMatches(*w, ws[j].w) || w.hyphen && !ws[j].hyphen {
			return 0
		}
	}
	return len(alt)
}

// wordMatches reports whether word t matches token w: the word itself or its
// plural, a word beginning with a prefix ("train*"), or exactly ("=patrol").
func wordMatches(w token, t string) bool {
	switch w.mode {
	case matchPrefix:
		return strings.HasPrefix(t, w.w)
	case matchExact:
		return t == w.w
	case matchStem:
		return inflects(t, w.w)
	case matchNumber:
		return isDigits(t)
	case matchAny:
		return true
	}
	// A plural is longer and begins as the word does: most words of a text
	// fail at their length or first letter, before any comparison.
	if len(t) <= len(w.w) {
		return t == w.w
	}
	return len(w.w) > 0 && t[0] == w.w[0] && plural(t, w.w)
}

// plural reports whether t is a plural of w: "forces", "bodies".
func plural(t, w string) bool {
	n := len(w)
	switch {
	case len(t) == n+1 && t[n] == 's' && t[:n] == w:
		return true
	case len(t) == n+2 && t[n:] == "es" && t[:n] == w:
		return true
	case n > 1 && w[n-1] == 'y' && len(t) == n+2 && t[n-1:] == "ies" && t[:n-1] == w[:n-1]:
		return true
	}
	return false
}

// singulars lists the forms a word may have in the lexicon: itself and, for a
// plural, its singular ("forces" → "force", "bodies" → "body").
func singulars(t string) [4]string {
	var s [4]string
	s[0] = t
	n := len(t)
	if n > 2 && t[n-1] == 's' {
		s[1] = t[:n-1]
		if t[n-2] == 'e' {
			s[2] = t[:n-2]
		}
		if n > 3 && strings.HasSuffix(t, "ies") {
			s[3] = t[:n-3] + "y"
		}
	}
	return s
}
