package suggest

// Finding the lexicon's phrases in a text's words: each phrase is tried
// from the words it may begin with, element by element, with memo so that the
// work stays linear in the text.

import "strings"

// scan finds every phrase of the lexicon in ws, in order of their first word,
// after marking the inserted clauses in ws that phrases read across.
func (lx *lexicon) scan(ws []word, out []match) []match {
	out, _ = lx.scanSteps(ws, out)
	return out
}

// scanSteps is scan that also returns the work done: the number of phrase
// elements tried.
func (lx *lexicon) scanSteps(ws []word, out []match) ([]match, int) {
	s := search{ws: ws, failed: make([]uint32, lx.states)}
	lx.markInserts(ws, &s)
	lx.markListJoins(ws)
	seen := make([]int32, len(lx.phrases)) // word index + 1 at which a phrase was tried
	try := func(id int32, i int) {
		if seen[id] == int32(i+1) {
			return
		}
		seen[id] = int32(i + 1)
		p := &lx.phrases[id]
		if p.anchored && i > 0 && ws[i-1].sent == ws[i].sent && !ws[i].opens {
			return
		}
		s.start(p, i)
		if end := s.match(0, i); end > i && (ws[i].insEnd == 0 || end <= int(ws[i].insEnd)) {
			out = append(out, match{phrase: id, from: i, to: end, used: s.used})
		}
	}
	for i := range ws {
		t := ws[i].w
		for _, key := range singulars(t) {
			if key == "" {
				continue
			}
			for _, id := range lx.exact[key] {
				try(id, i)
			}
		}
		if len(lx.stemmed) > 0 {
			var buf [64]byte
			cands, n := stemCands(t)
			for _, c := range cands[:n] {
				for _, id := range lx.stemmed[string(c.key(buf[:]))] {
					try(id, i)
				}
			}
		}
		if len(t) >= 2 {
			for _, pe := range lx.prefix[t[:2]] {
				if strings.HasPrefix(t, pe.prefix) {
					try(pe.phrase, i)
				}
			}
		}
	}
	return out, s.steps
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
	// steps counts the elements tried, the measure of the work done.
	steps int
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
	off := i - s.base
	memo := off <= p.span
	slot := e*(p.span+1) + off
	if memo && s.failed[slot] == s.try {
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

func (s *search) matchElem(e, i int) int {
	ws, sent, p := s.ws, s.sent, s.p
	if e > 0 && i < len(ws) && ws[i].skip > 0 && ws[i].sent == sent {
		if end := s.match(e, int(ws[i].skip)); end >= 0 {
			return end
		}
	}
	el := &p.elems[e]
	if el.gap > 0 {
		for k := 0; k <= el.gap; k++ {
			j := i + k
			if j >= len(ws) || ws[j].sent != sent {
				break
			}
			if end := s.match(e+1, j); end >= 0 {
				return end
			}
		}
		return -1
	}
	alts := el.alts
	if el.index != nil {
		alts = el.multi
		if i < len(ws) && ws[i].sent == sent && el.index.matches(ws[i].w) {
			if end := s.match(e+1, i+1); end >= 0 {
				s.used.add(i - s.base)
				return end
			}
		}
	}
	for _, alt := range alts {
		if n := altMatches(alt, ws, i, sent); n > 0 {
			if end := s.match(e+1, i+n); end >= 0 {
				for k := i; k < i+n; k++ {
					s.used.add(k - s.base)
				}
				return end
			}
		}
	}
	if el.optional {
		return s.match(e+1, i)
	}
	return -1
}

// altMatches returns how many words an alternative covers from word i, or 0.
func altMatches(alt []token, ws []word, i int, sent int32) int {
	for k, w := range alt {
		j := i + k
		if j >= len(ws) || ws[j].sent != sent || !wordMatches(w, ws[j].w) {
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
	}
	return t == w.w || plural(t, w.w)
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

// markListJoins makes the word after a sentence's opening "and" or "or" open
// the sentence for anchored phrases: the last item of a list ("­ and to
// protect civilians", "; or to assist the police") is an item like the others.
// The join words are the rulebook's negation joins of one word.
func (lx *lexicon) markListJoins(ws []word) {
	for i := 0; i+1 < len(ws); i++ {
		if (i == 0 || ws[i-1].sent != ws[i].sent) && lx.joinWords[ws[i].w] && ws[i+1].sent == ws[i].sent {
			ws[i+1].opens = true
		}
	}
}
