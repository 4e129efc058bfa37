package suggest

import (
	"regexp"
	"strings"
	"sync"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
)

// role says what a phrase of the lexicon is for.
type role uint8

const (
	roleCue role = iota + 1
	roleNegBefore
	roleNegAfter
	roleNegEnd
	roleNegJoin
	roleScope
	roleWhole
	roleNotAfter
	roleNotBefore
	roleLeaveOut
	roleAction
	roleInsert
	roleNotWithin
	roleNoActivity
	roleNoActivityUnless
	roleNegRelative // testdata/dead-phrases.txt names roles by number: new ones come after
	roleNoKind
)

// narrowed marks, in a roleNotBefore or roleNotAfter phrase's scope, a
// phrase of the fact's not_before_only or not_after_only: it voids only the
// kinds with the properties it names.
const narrowed = 1

// phrase is a compiled phrase of the cue language.
type phrase struct {
	src      string
	anchored bool
	elems    []elem
	span     int // the most words an occurrence can cover, inserted clauses aside
	role     role
	cue      *classify.Cue // roleCue
	scope    int           // roleScope: index into Cues.Scopes; roleNotWithin: into FactCues.NotWithin; roleNoActivity*: into MandateCues.NoActivity; roleNoKind: into Cues.NoKind
	fact     model.Fact    // roleNotAfter, roleNotBefore, roleNotWithin
	// notActor: an insert whose clause names someone other than who acts.
	notActor bool
}

// elem is one element of a phrase: alternatives of one or more words each
// ("human_rights|ihl"), or a gap.
type elem struct {
	alts     [][]token
	optional bool
	gap      int
	// end: the end of the text ("$"), where at most one join word is left.
	end bool
	// aside > 0: optionally, a clause of up to aside words set off by commas.
	aside int
	// sameClause: the element's word stands in the clause of the word before.
	sameClause bool
	// index holds the single-word alternatives of an element that has many,
	// for lookup; multi its alternatives of several words, tried after.
	index *wordIndex
	multi [][]token
	// leads finds, among many alternatives of several words, those a word
	// may begin by its first letter.
	leads *leadIndex
	// firsts has a bit for each first letter of its alternatives (see
	// firstBit), lengths one for each length of word they match (see
	// lengthBit): a word one of whose bits is not set matches none of
	// them. needed: the element is words to match, neither optional nor a
	// gap, an aside or the end, so that such a word fails it at once.
	firsts, lengths uint64
	needed          bool
}

// indexFrom is the number of alternatives from which an element is indexed.
const indexFrom = 4

// wordIndex finds which of many single-word alternatives a word matches.
type wordIndex struct {
	forms    map[string]uint8
	prefixes []string
	stems    bool // some alternative is a stem: inflections are looked up
	number   bool // some alternative is any number ("#")
	any      bool // some alternative is any word ("*")
}

// The kinds of key in a wordIndex.
const (
	formPlain  uint8 = 1 << iota // a plain word: matches it and its plurals
	formIeStem                   // "bodie" for "body": "bodies" less its "s"
	formExact                    // an exact word
	formStem                     // a stem: matches its inflections
)

func newWordIndex(alts [][]token) (*wordIndex, [][]token) {
	ix := &wordIndex{forms: map[string]uint8{}}
	var multi [][]token
	for _, alt := range alts {
		if len(alt) > 1 {
			multi = append(multi, alt)
			continue
		}
		t := alt[0]
		switch t.mode {
		case matchPrefix:
			ix.prefixes = append(ix.prefixes, t.w)
		case matchExact:
			ix.forms[t.w] |= formExact
		case matchStem:
			ix.forms[t.w] |= formStem
			ix.stems = true
		case matchNumber:
			ix.number = true
		case matchAny:
			ix.any = true
		default:
			ix.forms[t.w] |= formPlain
			if n := len(t.w); n > 1 && t.w[n-1] == 'y' {
				ix.forms[t.w[:n-1]+"ie"] |= formIeStem
			}
		}
	}
	return ix, multi
}

// matches reports whether word t matches one of the indexed alternatives, as
// wordMatches would.
func (ix *wordIndex) matches(t string) bool {
	if ix.forms[t]&(formPlain|formExact|formStem) != 0 || ix.any || ix.number && isDigits(t) {
		return true
	}
	if n := len(t); n >= 2 && t[n-1] == 's' {
		if ix.forms[t[:n-1]]&(formPlain|formIeStem) != 0 {
			return true
		}
		if n >= 3 && t[n-2] == 'e' && ix.forms[t[:n-2]]&formPlain != 0 {
			return true
		}
	}
	for _, p := range ix.prefixes {
		if strings.HasPrefix(t, p) {
			return true
		}
	}
	if !ix.stems {
		return false
	}
	var buf [64]byte
	cands, n := stemCands(t)
	for _, c := range cands[:n] {
		if b := c.key(buf[:]); ix.forms[string(b)]&formStem != 0 && inflects(t, string(b)) {
			return true
		}
	}
	return false
}

// token is one word of a phrase, compiled: what it matches and how.
type token struct {
	w    string // without "*" or "="
	mode matchMode
	// hyphen: the word follows the one before with a hyphen between
	// ("secretary-general").
	hyphen bool
	// lead is the first letter of every word the token matches, 0 when
	// they may begin with any.
	lead byte
}

// matchMode says how a token matches a word of the text.
type matchMode uint8

const (
	matchPlain  matchMode = iota // the word or its plural
	matchPrefix                  // any word beginning so ("train*")
	matchExact                   // exactly the word ("=patrol")
	matchStem                    // the word and its inflections ("patrol~")
	matchNumber                  // a word of digits ("#")
	matchAny                     // any word ("*")
)

func compileToken(w string) token {
	switch w {
	case classify.AnyNumber:
		return token{w: w, mode: matchNumber}
	case classify.AnyWord:
		return token{w: w, mode: matchAny}
	}
	if body, ok := strings.CutSuffix(w, "*"); ok {
		return token{w: body, mode: matchPrefix}
	}
	if exact, ok := strings.CutPrefix(w, "="); ok {
		return token{w: exact, mode: matchExact}
	}
	if stem, ok := strings.CutSuffix(w, "~"); ok {
		return token{w: stem, mode: matchStem}
	}
	return token{w: w}
}

func compileElems(ces []classify.CueElem) []elem {
	out := make([]elem, len(ces))
	for i, ce := range ces {
		out[i] = elem{optional: ce.Optional, gap: ce.Gap, end: ce.End, aside: ce.Aside, sameClause: ce.SameClause}
		for _, w := range ce.Words {
			var alt []token
			for _, part := range strings.Split(w, "_") {
				for h, word := range strings.Split(part, "-") {
					t := compileToken(word)
					t.hyphen = h > 0
					t.lead = leadOf(t)
					alt = append(alt, t)
				}
			}
			out[i].alts = append(out[i].alts, alt)
		}
		for _, alt := range out[i].alts {
			if t := alt[0]; t.lead == 0 {
				out[i].firsts = ^uint64(0)
			} else {
				out[i].firsts |= firstBit(t.w)
			}
			out[i].lengths |= lengthBits(alt[0])
		}
		out[i].needed = !ce.Optional && ce.Gap == 0 && !ce.End && ce.Aside == 0
		if len(out[i].alts) >= indexFrom {
			out[i].index, out[i].multi = newWordIndex(out[i].alts)
			if len(out[i].multi) >= indexFrom && len(out[i].multi) < 1<<15 {
				out[i].leads = newLeadIndex(out[i].multi)
			}
		}
	}
	return out
}

// span is the most words elements can cover: each gap its length, each
// element its longest alternative.
func span(els []elem) int {
	n := 0
	for _, el := range els {
		w := max(el.gap, el.aside)
		for _, alt := range el.alts {
			w = max(w, len(alt))
		}
		n += w
	}
	return n
}

// prefixEntry indexes a phrase whose first word is a prefix ("train*").
type prefixEntry struct {
	prefix string
	phrase int32
}

// lexicon is the rulebook's cue lexicon compiled for reading: every phrase
// indexed by the words it may begin with.
type lexicon struct {
	rb      *classify.Rulebook
	cues    *classify.Cues
	phrases []phrase
	exact   map[string][]int32
	prefix  map[string][]prefixEntry // by the prefix's first two bytes
	// stemmed indexes the phrases by the stems they may begin with, looked
	// up with the possible stems of a word ("patrolled" → "patrol").
	stemmed map[string][]int32
	// anyWord are the phrases that may begin with any word or any number
	// ("*", "#"): they are tried at every word.
	anyWord []int32
	// states is the most (element, word) pairs a try of one phrase can visit.
	states int
	// negatable tells, per fact, whether a negation changes its cues.
	negatable [model.NumFacts]bool
	// facts holds each fact's cues, for its reading rules (together,
	// not_within).
	facts [model.NumFacts]*classify.FactCues
	// inserts open clauses that phrases read across; they are tried only at
	// the start of a clause, so they are kept apart from the index.
	inserts []phrase
	// titles are the words by which imported tasks are titled.
	titles *titling
	// leftOut are the reasons read at a part's opening and at each later
	// decision in it.
	leftOut *leftOutCues
	// noActivityOpenings are the phrases of the no_activity reasons, tried
	// at a paragraph's first word before it is read whole.
	noActivityOpenings []phrase
	// joinWords are the one-word joins of a list ("and", "or").
	joinWords map[string]bool
	// establishes finds the words after which a mission's name says that a
	// text is about that mission (the rulebook's set "establishes").
	establishes *regexp.Regexp
	// lends finds the word right before a mission's name that makes it the
	// mission lending troops or assets to another (the rulebook's set
	// "lends"): a sentence that extends the loan is not about it.
	lends *regexp.Regexp
	// naming finds missions a text names in full that the rulebook does not
	// list; names, in the lexicon of one such text, reads their acronyms as
	// missions (mission_named.go).
	naming *missionNaming
	names  map[string]string
	// yields are, per fact, the values of a task's lead-in that give way to
	// the value the task opens with (lead_in_gives_way).
	yields [model.NumFacts][]leadInYield
	// decisions is the lexicon of the phrases that decide whether a
	// paragraph asks for an activity at all (leave_out, action, no_activity
	// and its unless): those decisions read a paragraph for them alone.
	decisions *lexicon
}

var lexicons sync.Map // *classify.Rulebook → *lexicon

// lexiconFor compiles the cues of rb once and keeps them.
func lexiconFor(rb *classify.Rulebook) *lexicon {
	if lx, ok := lexicons.Load(rb); ok {
		return lx.(*lexicon)
	}
	lx, _ := lexicons.LoadOrStore(rb, compile(rb))
	return lx.(*lexicon)
}

// newIndex is a lexicon with its indexes made and no phrase yet: every
// lexicon starts so, the tests' own included, so that add never meets an
// index that is not there.
func newIndex() *lexicon {
	return &lexicon{exact: map[string][]int32{}, prefix: map[string][]prefixEntry{}, stemmed: map[string][]int32{}}
}

func compile(rb *classify.Rulebook) *lexicon {
	c := rb.Cues()
	lx := newIndex()
	lx.rb, lx.cues = rb, c
	lx.titles, lx.joinWords, lx.establishes = newTitling(rb, &c.Titles), map[string]bool{}, wordsPattern(c.Sets[establishesSet])
	lx.lends = wordsPattern(c.Sets[lendsSet])
	lx.naming = newMissionNaming(c.Sets)
	for _, j := range c.Negation.Joins {
		if len(j.Elems) == 1 {
			for _, w := range j.Elems[0].Words {
				lx.joinWords[w] = true
			}
		}
	}
	add := func(ps []classify.CuePattern, p phrase) {
		for _, cp := range ps {
			p.src, p.anchored, p.elems = cp.Source, cp.Anchored, compileElems(cp.Elems)
			p.span = span(p.elems)
			lx.add(p)
		}
	}
	for _, fc := range c.Facts {
		lx.negatable[fc.Fact] = fc.Negatable
		lx.facts[fc.Fact] = fc
		for i, ctx := range fc.NotWithin {
			add(ctx.Phrases, phrase{role: roleNotWithin, fact: fc.Fact, scope: i})
		}
		for _, cue := range fc.Values {
			add(cue.Phrases, phrase{role: roleCue, cue: cue})
		}
		add(fc.NotAfter, phrase{role: roleNotAfter, fact: fc.Fact})
		add(fc.NotBefore, phrase{role: roleNotBefore, fact: fc.Fact})
		add(fc.NotBeforeOnly.Phrases, phrase{role: roleNotBefore, fact: fc.Fact, scope: narrowed})
		add(fc.NotAfterOnly.Phrases, phrase{role: roleNotAfter, fact: fc.Fact, scope: narrowed})
	}
	add(c.Negation.Before, phrase{role: roleNegBefore})
	add(c.Negation.After, phrase{role: roleNegAfter})
	add(c.Negation.Ends, phrase{role: roleNegEnd})
	add(c.Negation.Joins, phrase{role: roleNegJoin})
	add(c.Negation.Relatives, phrase{role: roleNegRelative})
	for i, s := range c.Scopes {
		add(s.Markers, phrase{role: roleScope, scope: i})
	}
	add(c.Whole, phrase{role: roleWhole})
	for i, nk := range c.NoKind {
		add(nk.Phrases, phrase{role: roleNoKind, scope: i})
	}
	add(c.Mandate.LeaveOut, phrase{role: roleLeaveOut})
	add(c.Mandate.Action, phrase{role: roleAction})
	for i, r := range c.Mandate.NoActivity {
		from := int32(len(lx.phrases))
		add(r.Phrases, phrase{role: roleNoActivity, scope: i})
		lx.noActivityOpenings = append(lx.noActivityOpenings, lx.phrases[from:]...)
		add(r.Unless, phrase{role: roleNoActivityUnless, scope: i})
	}
	lx.leftOut = newLeftOutCues(&c.Mandate)
	storeWhys(c)
	for _, cp := range c.Inserts {
		p := phrase{src: cp.Source, elems: compileElems(cp.Elems), role: roleInsert, notActor: cp.NotActor}
		p.span = span(p.elems)
		lx.states = max(lx.states, p.states())
		lx.inserts = append(lx.inserts, p)
	}
	lx.compileLeadInYields(c)
	lx.decisions = lx.only(isDecision)
	return lx
}

// compilePhrases compiles phrases tried apart from the index (at given
// words: an opening, a lead-in rule's), making *states, the size of the
// search table, large enough for them.
func compilePhrases(cps []classify.CuePattern, states *int) []phrase {
	out := make([]phrase, len(cps))
	for i, cp := range cps {
		out[i] = phrase{src: cp.Source, anchored: cp.Anchored, elems: compileElems(cp.Elems)}
		out[i].span = span(out[i].elems)
		*states = max(*states, out[i].states())
	}
	return out
}

// states is the most (element, word) pairs a try of p can visit: the size
// of the search table its tries need.
func (p *phrase) states() int { return (len(p.elems) + 1) * (p.span + 1) }

// add registers a phrase under every word it may begin with: its first word,
// and the next ones while those before are optional.
func (lx *lexicon) add(p phrase) {
	id := int32(len(lx.phrases))
	lx.phrases = append(lx.phrases, p)
	lx.states = max(lx.states, p.states())
	for _, el := range p.elems {
		for _, alt := range el.alts {
			t := alt[0]
			if t.mode == matchStem {
				lx.stemmed[t.w] = append(lx.stemmed[t.w], id)
			}
			if t.mode == matchNumber || t.mode == matchAny {
				if len(lx.anyWord) == 0 || lx.anyWord[len(lx.anyWord)-1] != id {
					lx.anyWord = append(lx.anyWord, id)
				}
				continue
			}
			if t.mode == matchPrefix {
				lx.prefix[t.w[:2]] = append(lx.prefix[t.w[:2]], prefixEntry{prefix: t.w, phrase: id})
			} else {
				lx.exact[t.w] = append(lx.exact[t.w], id)
			}
		}
		if !el.optional {
			break
		}
	}
}

// match is one occurrence of a phrase: words [from, to).
type match struct {
	phrase   int32
	from, to int
	// used marks the words the phrase's elements matched, as offsets from
	// from (words skipped by a gap are not marked); beyond 128 words all are
	// taken as used.
	used wordSet
}

// wordSet is a set of word offsets below 128.
type wordSet [2]uint64

func (s *wordSet) add(k int) {
	if k >= 0 && k < 128 {
		s[k/64] |= 1 << (k % 64)
	}
}

func (s *wordSet) has(k int) bool { return k >= 128 || k >= 0 && s[k/64]&(1<<(k%64)) != 0 }

// scan finds every phrase of the lexicon in ws, in order of their first word,
// after marking the inserted clauses in ws that phrases read across.
func (lx *lexicon) scan(ws []word, out []match) []match {
	out, _ = lx.scanSteps(ws, out)
	return out
}

// opensWithAny reports whether one of ps matches at the first word of ws.
func (lx *lexicon) opensWithAny(ws []word, ps []phrase) bool {
	if len(ws) == 0 || len(ps) == 0 {
		return false
	}
	tables := scanTablesPool.Get().(*scanTables)
	defer scanTablesPool.Put(tables)
	failed, _ := tables.cleared(lx.states, 0)
	s := search{ws: ws, failed: failed}
	for k := range ps {
		s.start(&ps[k], 0)
		if s.match(0, 0) > 0 {
			return true
		}
	}
	return false
}

// The matching budget: a scan tries at most stepsPerWord phrase elements per
// word of its text (plus stepsBase), and keeps at most matchesPerWord
// occurrences per word (plus matchesBase). The built-in lexicon needs under
// 30 steps and 3 occurrences per word on the corpus's paragraphs; a rulebook
// whose phrases would need more (thousands of phrases built to match every
// word) has its reading stopped at the budget, so that reading takes time and
// memory in proportion to the text whatever the phrases.
const (
	stepsPerWord   = 500
	stepsBase      = 3000
	matchesPerWord = 32
	matchesBase    = 256
)

// budget is the most steps and occurrences a scan of n words may use.
func budget(n int) (steps, matches int) {
	return stepsBase + stepsPerWord*n, matchesBase + matchesPerWord*n
}

// scanSteps is scan that also returns the work done: the number of phrase
// elements and phrases tried, never more than the budget of len(ws) words.
func (lx *lexicon) scanSteps(ws []word, out []match) ([]match, int) {
	maxSteps, maxMatches := budget(len(ws))
	maxMatches += len(out)
	lx.readNames(ws)
	tables := scanTablesPool.Get().(*scanTables)
	defer scanTablesPool.Put(tables)
	// seen[id] is the word (+1) at which phrase id was last tried. (Its size
	// follows the rulebook's, which the rulebook's size limit bounds.)
	failed, seen := tables.cleared(lx.states, len(lx.phrases))
	s := search{ws: ws, failed: failed, limit: maxSteps, joins: lx.joinWords}
	lx.markInserts(ws, &s)
	lx.markListJoins(ws)
	try := func(id int32, i int) {
		if seen[id] == int32(i+1) || s.steps >= maxSteps || len(out) >= maxMatches {
			return
		}
		seen[id] = int32(i + 1)
		s.steps++
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
		if s.steps >= maxSteps || len(out) >= maxMatches {
			break
		}
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
		for _, id := range lx.anyWord {
			try(id, i)
		}
	}
	return out, s.steps
}

// scanTables are the tables of one scan: the tries that found nothing, by
// element and word (search.failed), and the word each phrase was last tried
// at. An import makes thousands of scans: the tables are kept for the next
// one, cleared, rather than made anew.
type scanTables struct {
	failed []uint32
	seen   []int32
}

var scanTablesPool = sync.Pool{New: func() any { return new(scanTables) }}

// cleared returns the tables, of the given sizes, all zero.
func (t *scanTables) cleared(states, phrases int) ([]uint32, []int32) {
	if cap(t.failed) < states {
		t.failed = make([]uint32, states)
	}
	if cap(t.seen) < phrases {
		t.seen = make([]int32, phrases)
	}
	t.failed, t.seen = t.failed[:states], t.seen[:phrases]
	clear(t.failed)
	clear(t.seen)
	return t.failed, t.seen
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
