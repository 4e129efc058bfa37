package suggest

import (
	"sort"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
)

// candidate is one cue occurrence, read in its context: the value it suggests,
// or why it suggests nothing.
type candidate struct {
	cue      *classify.Cue
	phrase   *phrase
	from, to int // words
	value    classify.CueValue
	negated  bool
	span     [2]int // words of the evidence: the occurrence with its negation
	used     wordSet
	zone     int // 0 the main clause, else 1 + the scope's index
	declined string
	// overlapped: declined because a stronger occurrence covers the same
	// words; not worth showing.
	overlapped bool
}

// reading is the work of reading one text.
type reading struct {
	lx    *lexicon
	text  string
	ws    []word
	cands []candidate
	// weight is, per one-value fact, the weight of the cue chosen.
	weight [model.NumFacts]int
	// lead is why the primary kind leads, once kinds are chosen.
	lead *Lead
	// leadsParts: the text ends with the marker of a scope that makes the
	// parts under it what its action is for (a lead-in "..., with a view
	// to:").
	leadsParts bool
	// noKind holds the occurrences of the rulebook's no_kind phrases: work
	// the framework has no kind for.
	noKind []match
}

func (lx *lexicon) newReading(text string) *reading {
	rd := &reading{lx: lx, text: text}
	rd.ws = splitWords(text, make([]word, 0, len(text)/5+1))
	matches := lx.scan(rd.ws, make([]match, 0, 32))
	var wholes, notAfter, notBefore, notAfterNarrowed, notBeforeNarrowed matchList
	var neg negationMarks
	var scopes, within []match
	for _, m := range matches {
		switch lx.phrases[m.phrase].role {
		case roleWhole:
			wholes.add(m)
		case roleNegBefore:
			neg.before.add(m)
		case roleNegAfter:
			neg.after.add(m)
		case roleNegEnd:
			neg.ends.add(m)
		case roleNegJoin:
			neg.joins.add(m)
		case roleNegRelative:
			neg.relatives.add(m)
		case roleNotAfter:
			if lx.phrases[m.phrase].scope == narrowed {
				notAfterNarrowed.add(m)
			} else {
				notAfter.add(m)
			}
		case roleNotBefore:
			if lx.phrases[m.phrase].scope == narrowed {
				notBeforeNarrowed.add(m)
			} else {
				notBefore.add(m)
			}
		case roleScope:
			scopes = append(scopes, m)
			if m.to == len(rd.ws) && lx.cues.Scopes[lx.phrases[m.phrase].scope].Parts {
				rd.leadsParts = true
			}
		case roleNotWithin:
			within = append(within, m)
		case roleNoKind:
			rd.noKind = append(rd.noKind, m)
		}
	}
	zones := rd.zones(scopes)
	for _, m := range matches {
		p := &lx.phrases[m.phrase]
		if p.role != roleCue {
			continue
		}
		// A phrase belongs to the scope of its last word, which usually
		// names what it is about: "strengthen ..., including military
		// justice" is about military justice, an elaboration.
		c := candidate{cue: p.cue, phrase: p, from: m.from, to: m.to, value: p.cue.CueValue, zone: zones[m.to-1], span: [2]int{m.from, m.to}, used: m.used}
		// A kind is read within one decision: a phrase that begins before
		// a later decision of its sentence opens belongs where it begins
		// ("notes the efforts to protect civilians and requests it to deter
		// attacks" asks for deterrence, not protection).
		if p.cue.Fact == model.Kinds && zones[m.from] != c.zone && c.zone > 0 && lx.cues.Scopes[c.zone-1].Decision {
			c.zone = zones[m.from]
		}
		// A phrase that begins with the action and ends in what it is for
		// reads both as one ("support the army with a view to disarming the
		// armed groups" is combined operations): it belongs where it begins.
		if p.cue.Fact == model.Kinds && zones[m.from] == 0 && c.zone > 0 && lx.cues.Scopes[c.zone-1].Kinds == classify.KindsFallback {
			c.zone = 0
		}
		if splitsWhole(m, &wholes, p.cue.Fact == model.Implementer) {
			continue // part of an expression read whole says nothing by itself
		}
		if p.cue.Fact == model.Implementer && rd.ws[m.from].notActor && rd.ws[m.to-1].notActor {
			c.declined = "an inserted clause names someone other than who acts"
		} else if why, ok := rd.within(m, p.cue, within); ok {
			c.declined = why
		} else if rd.near(m, &notAfter, p.cue.Fact, true) {
			c.declined = "planned or under way, not in place"
		} else if rd.near(m, &notBefore, p.cue.Fact, false) || rd.narrowedNear(m, p.cue, &notAfterNarrowed, &notBeforeNarrowed) {
			c.declined = "not about the host state's forces or institutions"
		} else if n, ok := rd.negatedBy(m, &neg); ok && lx.negatable[p.cue.Fact] {
			c.negated = true
			c.span = [2]int{min(n.from, m.from), max(n.to, m.to)}
			if p.cue.Negated == nil {
				c.declined = "negated"
			} else {
				c.value = *p.cue.Negated
			}
		}
		if c.declined == "" && p.cue.Fact == model.Kinds && c.zone > 0 && lx.cues.Scopes[c.zone-1].Kinds == classify.KindsIgnored {
			c.declined = purposeDeclined(lx.cues.Scopes[c.zone-1].Name)
		}
		rd.cands = append(rd.cands, c)
	}
	rd.resolveOverlaps()
	return rd
}

// within reports whether a not_within phrase of the cue's fact stands in the
// same part of the sentence as m (the sentence, or the clause up to a comma,
// as the rulebook says), and why that voids m: for kinds, only those of the
// properties the context names, when it names any.
func (rd *reading) within(m match, cue *classify.Cue, within []match) (string, bool) {
	f := cue.Fact
	for _, n := range within {
		p := &rd.lx.phrases[n.phrase]
		if p.fact != f {
			continue
		}
		ctx := &rd.lx.facts[f].NotWithin[p.scope]
		a, b := &rd.ws[n.from], &rd.ws[m.from]
		if a.sent != b.sent {
			continue
		}
		if ctx.Until == classify.UntilComma && a.clause != b.clause && a.clause != rd.ws[m.to-1].clause {
			continue
		}
		if ctx.Until == classify.UntilWords && (m.to <= n.from || n.to <= m.from) {
			continue
		}
		if len(ctx.Only) > 0 {
			if k := rd.lx.rb.Kind(cue.Value); k == nil || !takesLead(k, ctx.Only) {
				continue
			}
		}
		return ctx.Why, true
	}
	return "", false
}

// matchList holds matches in order of their first word, with the longest
// span, so that those near a word are found without looking at all.
type matchList struct {
	ms     []match
	maxLen int
}

func (l *matchList) add(m match) {
	l.ms = append(l.ms, m)
	l.maxLen = max(l.maxLen, m.to-m.from)
}

// startingIn returns the matches whose first word lies in [lo, hi].
func (l *matchList) startingIn(lo, hi int) []match {
	i := sort.Search(len(l.ms), func(k int) bool { return l.ms[k].from >= lo })
	j := i
	for j < len(l.ms) && l.ms[j].from <= hi {
		j++
	}
	return l.ms[i:j]
}

// splitsWhole reports whether m covers part, but not all, of an expression
// read whole. With head, a phrase that comes from before the expression and
// ends on its first word reads it as the head of a name: "support the
// Government of National Reconciliation" still names who acts.
func splitsWhole(m match, wholes *matchList, head bool) bool {
	for _, w := range wholes.startingIn(m.from-wholes.maxLen, m.to-1) {
		if m.from < w.to && w.from < m.to && !(m.from <= w.from && m.to >= w.to) && !(head && m.from < w.from && m.to == w.from+1) {
			return true
		}
	}
	return false
}

// zones gives each word the scope it sits in: that of the latest scope marker
// before it whose scope has not ended (at the end of the sentence, or at a
// comma), or the main clause (0).
func (rd *reading) zones(scopes []match) []int {
	zones := make([]int, len(rd.ws)+1)
	k := 0
	current := 0
	var openedSent, openedClause int32 = -1, -1
	for i := range rd.ws {
		w := &rd.ws[i]
		if current > 0 {
			s := &rd.lx.cues.Scopes[current-1]
			if w.sent != openedSent || s.Until == classify.UntilComma && w.clause != openedClause {
				current = 0
			}
		}
		openedLen := 0
		for k < len(scopes) && scopes[k].from <= i {
			// Of markers opening at one word, the longest says most:
			// "including the police" lists, "including" elaborates.
			start := &rd.ws[scopes[k].from]
			if rd.lx.cues.Scopes[rd.lx.phrases[scopes[k].phrase].scope].AtClause && !rd.afterComma(scopes[k].from) {
				k++
				continue
			}
			if start.sent == w.sent && (scopes[k].from < i || scopes[k].to-scopes[k].from >= openedLen) {
				current = 1 + rd.lx.phrases[scopes[k].phrase].scope
				openedSent, openedClause = start.sent, start.clause
				openedLen = scopes[k].to - scopes[k].from
			}
			k++
		}
		zones[i] = current
	}
	return zones
}

// afterComma reports whether word i begins a clause after a comma (or other
// mark that ends a clause) within its sentence: not the sentence's first word.
func (rd *reading) afterComma(i int) bool {
	return i > 0 && rd.ws[i-1].sent == rd.ws[i].sent && rd.ws[i-1].clause != rd.ws[i].clause
}

// negationMarks are the words of a text that make or bound a negation.
type negationMarks struct {
	before, after, ends, joins matchList
	// relatives open a relative clause ("that", "which", "who"): a
	// negation in it is about the noun it follows.
	relatives matchList
}

// negatedBy reports whether a negation reaches the occurrence m: one before it
// ("no vetting", "without oversight") or after it ("vetting not yet begun"),
// within reach, in the same clause, with no word such as "but" between. A
// negation before a list reaches every item of the list ("no internal
// controls, discipline, code of conduct or external oversight").
func (rd *reading) negatedBy(m match, neg *negationMarks) (match, bool) {
	reach := rd.lx.cues.Negation.Reach
	for _, n := range neg.before.startingIn(m.from-reach-neg.before.maxLen, m.from) {
		if n.to <= m.from && m.from-n.to <= reach && rd.sameClause(n.to-1, m.from) && !rd.endsBetween(&neg.ends, n.to, m.from) {
			return n, true
		}
	}
	if len(neg.joins.ms) > 0 {
		for _, n := range neg.before.startingIn(m.from-maxListWords-neg.before.maxLen, m.from) {
			if n.to <= m.from && rd.listReaches(n.to, m, &neg.ends, &neg.joins) {
				return n, true
			}
		}
	}
	// A cue that opens its clause is its subject, and a negation after it
	// is its predicate however long the subject: "training of the army's
	// new battalions has been suspended". A negation in a relative clause
	// of the subject is not: "mediation between the Government and the
	// movements that have not signed" negates the signing.
	afterReach := reach
	if rd.opensClause(m.from) {
		afterReach = 2*reach + 2
	}
	for _, n := range neg.after.startingIn(m.to, m.to+afterReach) {
		if n.from >= m.to && n.from-m.to <= afterReach && rd.sameClause(m.to-1, n.from) && !rd.endsBetween(&neg.ends, m.to, n.from) &&
			(n.from-m.to <= reach || !rd.endsBetween(&neg.relatives, m.to, n.from)) {
			return n, true
		}
	}
	return match{}, false
}

// opensClause reports whether word i is the first or second word of its
// clause ("Training ...", "The training ...").
func (rd *reading) opensClause(i int) bool {
	return i == 0 || rd.ws[i-1].clause != rd.ws[i].clause || i == 1 || rd.ws[i-2].clause != rd.ws[i].clause
}

// maxListWords bounds how far a negation reaches through a list.
const maxListWords = 40

// listReaches reports whether the words from `from` on form a list that m
// stands in: items separated by commas or join words ("or", "nor", "and"), a
// join word before the last item, and every item but the last of at most
// reach+1 words, so that a clause after a comma ("without oversight, the
// mission trains ...") is not taken for an item. A negation just before such a
// list reaches each of its items.
func (rd *reading) listReaches(from int, m match, ends, joins *matchList) bool {
	reach := rd.lx.cues.Negation.Reach
	if m.from-from > maxListWords || rd.endsBetween(ends, from, m.from) {
		return false
	}
	sent := rd.ws[from].sent
	items, item, joined, in := 1, 0, false, false
	for k := from; k < len(rd.ws) && rd.ws[k].sent == sent && k <= m.from+maxListWords; {
		comma := k > from && rd.ws[k].clause != rd.ws[k-1].clause
		if j, ok := joinAt(joins, k); ok {
			// One join closes a list; ", and" after a single item opens
			// a new clause ("without vetting, and with oversight").
			if item == 0 || joined || comma && items < 2 {
				break
			}
			joined, item = true, 0
			items++
			k = j
			continue
		}
		if comma {
			// After the join, a comma ends the list.
			if item == 0 || joined {
				break
			}
			item = 0
			items++
		}
		if item++; item > reach+1 {
			// The last item may run on into the rest of the sentence.
			break
		}
		in = in || k == m.from
		k++
	}
	return joined && in
}

// joinAt returns the end of the longest join starting at word k ("and or"
// rather than "and").
func joinAt(joins *matchList, k int) (int, bool) {
	end := 0
	for _, j := range joins.startingIn(k, k) {
		end = max(end, j.to)
	}
	return end, end > 0
}

// near reports whether one of the phrases ns of fact f comes within reach
// before m (or after it), in the same sentence.
func (rd *reading) near(m match, ns *matchList, f model.Fact, before bool) bool {
	reach := rd.lx.cues.Negation.Reach
	lo, hi := m.from-reach-ns.maxLen, m.from
	if !before {
		// After the cue, or inside it: "provide training to UNMIL personnel
		// on ..." is about the mission's own.
		lo, hi = m.from+1, m.to+reach
	}
	for _, n := range ns.startingIn(lo, hi) {
		if rd.lx.phrases[n.phrase].fact != f || rd.ws[n.from].sent != rd.ws[m.from].sent {
			continue
		}
		if before && n.to <= m.from && m.from-n.to <= reach || !before && n.from > m.from && n.from-m.to <= reach {
			return true
		}
	}
	return false
}

// narrowedNear reports whether a phrase of the fact's not_after_only or
// not_before_only near the cue voids it: only a kind with one of the
// properties the phrase's rule names.
func (rd *reading) narrowedNear(m match, cue *classify.Cue, after, before *matchList) bool {
	k := rd.lx.rb.Kind(cue.Value)
	if k == nil {
		return false
	}
	fc := rd.lx.facts[cue.Fact]
	return rd.near(m, after, cue.Fact, true) && takesLead(k, fc.NotAfterOnly.Only) ||
		rd.near(m, before, cue.Fact, false) && takesLead(k, fc.NotBeforeOnly.Only)
}

func (rd *reading) sameClause(i, j int) bool { return rd.ws[i].clause == rd.ws[j].clause }

func (rd *reading) endsBetween(ends *matchList, from, to int) bool {
	for _, e := range ends.startingIn(from, to) {
		if e.from >= from && e.to <= to {
			return true
		}
	}
	return false
}

// resolveOverlaps keeps, where occurrences of the same fact share a matched
// word, only the heavier one (then the longer, then the earlier): "human
// rights training" is rights training, not also training in general. A word
// inside another phrase's gap is not shared: "providing training and
// vehicles" is training and equipment.
func (rd *reading) resolveOverlaps() {
	cs := rd.cands // in order of their first word
	maxLen := 0
	for i := range cs {
		maxLen = max(maxLen, cs[i].to-cs[i].from)
	}
	for i := range cs {
		if cs[i].declined != "" {
			continue
		}
		lo := sort.Search(len(cs), func(k int) bool { return cs[k].from >= cs[i].from-maxLen })
		for j := lo; j < len(cs) && cs[j].from < cs[i].to; j++ {
			if i == j || cs[j].declined != "" || cs[i].cue.Fact != cs[j].cue.Fact || cs[i].value == cs[j].value {
				continue
			}
			if !shareWord(&cs[i], &cs[j]) {
				continue
			}
			// A kind read in the main clause and one that ends in its
			// elaboration say what different parts say: "basic training,
			// including in human rights" is training, and rights as the
			// elaboration. (A purpose says what the work is for: "train
			// instructors so that they teach humanitarian law" stays one
			// reading.)
			if cs[i].cue.Fact == model.Kinds && rd.kindsRank(cs[i].zone)+rd.kindsRank(cs[j].zone) == 1 {
				continue
			}
			if beats(&cs[j], &cs[i]) {
				cs[i].declined = "overlaps the stronger reading " + cs[j].value.String()
				cs[i].overlapped = true
				cs[i].overlapped = true
				break
			}
		}
	}
}

// shareWord reports whether two occurrences matched a word in common.
func shareWord(a, b *candidate) bool {
	for k := max(a.from, b.from); k < min(a.to, b.to); k++ {
		if a.used.has(k-a.from) && b.used.has(k-b.from) {
			return true
		}
	}
	return false
}

// beats orders overlapping occurrences: heavier, then longer, then earlier.
func beats(a, b *candidate) bool {
	if a.cue.Default != b.cue.Default {
		return b.cue.Default // a default reading gives way to any other
	}
	if a.cue.Weight != b.cue.Weight {
		return a.cue.Weight > b.cue.Weight
	}
	if la, lb := a.to-a.from, b.to-b.from; la != lb {
		return la > lb
	}
	return a.from < b.from
}

// evidence turns an occurrence into evidence with byte offsets.
func (rd *reading) evidence(c *candidate) Evidence {
	start, end := rd.ws[c.span[0]].start, rd.ws[c.span[1]-1].end
	e := Evidence{Fact: c.cue.Fact, Value: c.value.String(), Phrase: rd.text[start:end], Start: start, End: end,
		Cue: c.phrase.src, Negated: c.negated}
	if c.cue.Fact == model.Kinds && rd.effect(c.zone) == classify.KindsFallback {
		e.Purpose = rd.lx.cues.Scopes[c.zone-1].Name
	}
	return e
}
