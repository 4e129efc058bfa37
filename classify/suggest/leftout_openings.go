package suggest

import (
	"math"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/suggest/mandate"
)

// leftOutCues are the rulebook's reasons read at a part's opening and at each
// later decision in it (cues.mandate.openings), compiled. They are kept apart
// from the lexicon's index: they are tried only where a part or a decision
// opens, never scanned over the text as the cues are.
type leftOutCues struct {
	reasons []openingReason
	// later open a later decision at the start of a clause; joined one
	// joined inside a clause.
	later, joined []phrase
	// ownPart and ownLeadIn say which parts under a lead-in left out read as
	// tasks of their own.
	ownPart, ownLeadIn []phrase
	// passedDown holds the reasons the parts under a lead-in take from it.
	passedDown map[Reason]bool
	// givenTo find the mission a text gives its mandate to.
	givenTo []phrase
	// states is the most (element, word) pairs a try of one phrase can visit.
	states int
}

// openingReason is one reason of cues.mandate.openings, compiled.
type openingReason struct {
	id      Reason
	phrases []phrase
	// unless are read anywhere in the opening; unlessAt at its first word.
	unless, unlessAt []phrase
}

func (lo *leftOutCues) compile(cps []classify.CuePattern) []phrase {
	return compilePhrases(cps, &lo.states)
}

func newLeftOutCues(m *classify.MandateCues) *leftOutCues {
	lo := &leftOutCues{passedDown: map[Reason]bool{}}
	for _, r := range m.Openings {
		or := openingReason{id: Reason(r.ID), phrases: lo.compile(r.Phrases)}
		for _, u := range lo.compile(r.Unless) {
			if u.anchored {
				or.unlessAt = append(or.unlessAt, u)
			} else {
				or.unless = append(or.unless, u)
			}
		}
		lo.reasons = append(lo.reasons, or)
	}
	lo.later, lo.joined = lo.compile(m.LaterDecisions), lo.compile(m.JoinedDecisions)
	lo.ownPart, lo.ownLeadIn = lo.compile(m.OwnTask.Part), lo.compile(m.OwnTask.LeadIn)
	lo.givenTo = lo.compile(m.GivenTo)
	for _, id := range m.PassedDown {
		lo.passedDown[Reason(id)] = true
	}
	return lo
}

// The reach of the openings' reading, in bytes of the part's text: a reason's
// unless phrases are read in the first openingLength bytes of the decision
// they qualify, later decisions in the first laterReach bytes of the part.
// (No real opening is longer; a hostile paragraph is not read whole.)
const (
	openingLength = 400
	laterReach    = 4096
	// openingHead is more than an opening phrase spans: a part whose head
	// opens with none is not read further.
	openingHead = 480
)

// leftOutSearch matches the openings' phrases at given words of one text.
type leftOutSearch struct {
	text string
	ws   []word
	s    search
}

// leftOutSearches keeps the searches done with, their words and tables,
// for the next part: an import reads the opening of every part, and
// allocating them anew for each was a fifth of its memory.
var leftOutSearches = sync.Pool{New: func() any { return new(leftOutSearch) }}

// newLeftOutSearch splits text into words for the openings' phrases; the
// caller releases the search when done with it.
func (lx *lexicon) newLeftOutSearch(text string) *leftOutSearch {
	ls := leftOutSearches.Get().(*leftOutSearch)
	ls.text, ls.ws = text, splitWords(text, ls.ws)
	failed, try := ls.s.failed, ls.s.try
	if n := lx.leftOut.states; cap(failed) < n || try > math.MaxUint32/2 {
		// A table too small, or one whose tries would soon wrap round and
		// be taken for a current one's, is made anew.
		failed, try = make([]uint32, n), 0
	}
	ls.s = search{ws: ls.ws, failed: failed[:lx.leftOut.states], try: try, joins: lx.joinWords}
	return ls
}

// release returns the search for reuse; it is not to be read after.
func (ls *leftOutSearch) release() {
	ls.text, ls.s.ws, ls.s.p, ls.s.joins = "", nil, nil, nil
	leftOutSearches.Put(ls)
}

// at returns the end of phrase p's shortest occurrence from word i, or -1.
func (ls *leftOutSearch) at(p *phrase, i int) int {
	if i >= len(ls.ws) {
		return -1
	}
	ls.s.start(p, i)
	return ls.s.match(0, i)
}

// any reports whether one of ps occurs from word i.
func (ls *leftOutSearch) any(ps []phrase, i int) bool {
	for k := range ps {
		if ls.at(&ps[k], i) > i {
			return true
		}
	}
	return false
}

// opens says for which reason the decision beginning at word i is left out,
// or "": the first reason one of whose phrases matches there while none of
// its unless phrases stands in the opening.
func (lx *lexicon) opens(ls *leftOutSearch, i int) Reason {
	lo := lx.leftOut
	if i >= len(ls.ws) {
		return "" // a decision with no words: a rulebook's later phrase of one join word
	}
	end := i
	for end < len(ls.ws) && ls.ws[end].start-ls.ws[i].start < openingLength {
		end++
	}
	for k := range lo.reasons {
		r := &lo.reasons[k]
		if !ls.any(r.phrases, i) || ls.any(r.unlessAt, i) {
			continue
		}
		kept := false
		for j := i; j < end && !kept; j++ {
			kept = ls.any(r.unless, j)
		}
		if !kept {
			return r.id
		}
	}
	return ""
}

// opensAfterJoin is opens at word i, or after it when word i joins the
// decision to the one before ("..., and requests ...").
func (lx *lexicon) opensAfterJoin(ls *leftOutSearch, i int) Reason {
	if r := lx.opens(ls, i); r != "" {
		return r
	}
	if lx.joinWords[ls.ws[i].w] {
		return lx.opens(ls, i+1)
	}
	return ""
}

// byOpening says for which of the openings' reasons a part is left out, or
// "": it opens with the reason's words, and every later decision at the
// start of a clause opens with the words of a reason too. asks, when not
// nil, tells whether a decision joined inside a clause asks for an activity,
// which keeps the part.
func (lx *lexicon) byOpening(text string, asks func(clause string) bool) Reason {
	r, kept := lx.openingAndKept(text, asks)
	if kept >= 0 {
		return ""
	}
	return r
}

// keptOffset turns an offset in a part's own words (ownWords) into one in
// its text.
func keptOffset(text string, kept int) int {
	return len(strings.TrimRightFunc(text, unicode.IsSpace)) - len(ownWords(text)) + kept
}

// openingAndKept reads a part's decisions: the reason its opening is left
// out for ("" if none), and where in its own words (ownWords) the first
// later decision starts that is not left out, -1 if none. Later decisions
// are read only after an opening left out.
func (lx *lexicon) openingAndKept(text string, asks func(clause string) bool) (Reason, int) {
	lo := lx.leftOut
	if len(lo.reasons) == 0 {
		return "", -1
	}
	text = ownWords(text)
	text = text[:min(len(text), laterReach)]
	head := lx.newLeftOutSearch(text[:min(len(text), openingHead)])
	defer head.release()
	if len(head.ws) == 0 || lx.opens(head, 0) == "" {
		return "", -1
	}
	ls := head
	if len(text) > openingHead {
		ls = lx.newLeftOutSearch(text)
		defer ls.release()
	}
	r := lx.opens(ls, 0)
	if r == "" {
		return "", -1
	}
	kept := -1
	for i := 1; i < len(ls.ws); i++ {
		if ls.afterClauseMark(i) && ls.any(lo.later, i) && lx.opensAfterJoin(ls, i) == "" && !lx.asksNoActivity(ls.text[ls.ws[i].start:]) {
			kept = ls.ws[lx.pastJoin(ls, i)].start
			break
		}
	}
	if asks == nil {
		return r, kept
	}
	for i := 1; i < len(ls.ws); i++ {
		if kept >= 0 && ls.ws[i].start >= kept {
			break
		}
		if !ls.any(lo.joined, i) {
			continue
		}
		c := lx.pastJoin(ls, i)
		if lx.opens(ls, c) == "" && asks(ls.text[ls.ws[c].start:]) {
			return r, ls.ws[c].start
		}
	}
	return r, kept
}

// asksNoActivity reports whether a later decision asks for no activity by
// the rulebook's no_activity reasons or its leave_out phrases ("..., and
// decides to reconsider the mandate in the light of that report"), as a
// paragraph that opened with it would be left out.
func (lx *lexicon) asksNoActivity(decision string) bool {
	d := strings.TrimLeft(decision, " ,;")
	if w, rest, ok := strings.Cut(d, " "); ok && lx.joinWords[strings.ToLower(w)] {
		d = rest
	}
	return lx.noActivityCue(d) != "" || lx.callsForNoAction(d)
}

// pastJoin is word i, or the word after it when word i joins a decision to
// the one before ("and").
func (lx *lexicon) pastJoin(ls *leftOutSearch, i int) int {
	if lx.joinWords[ls.ws[i].w] && i+1 < len(ls.ws) {
		return i + 1
	}
	return i
}

// ownWords is a part's text after its marker, where its opening is read;
// "" when a sign other than a letter or digit stands first there (a bullet
// after the marker, "(k) ­ report to the Council"): such a part has no
// opening of its own and is read with its lead-in.
func ownWords(text string) string {
	text = strings.TrimSpace(text)
	text = strings.TrimLeftFunc(text[mandate.MarkerEnd(text):], unicode.IsSpace)
	if r, _ := utf8.DecodeRuneInString(text); r != utf8.RuneError && !unicode.IsLetter(r) && !unicode.IsDigit(r) {
		return ""
	}
	return text
}

// afterClauseMark reports whether word i follows a comma, a semicolon or a
// colon: where a later decision of the sentence begins.
func (ls *leftOutSearch) afterClauseMark(i int) bool {
	return ls.ws[i].clause != ls.ws[i-1].clause && strings.ContainsAny(ls.text[ls.ws[i-1].end:ls.ws[i].start], ",;:")
}

// ownTask reports whether a sub-paragraph reads as a task of its own under
// its lead-in: it opens with an own_task part phrase, or the lead-in holds a
// lead_in phrase.
func (lx *lexicon) ownTask(leadIn, text string) bool {
	lo := lx.leftOut
	text = ownWords(text)
	part := lx.newLeftOutSearch(text[:min(len(text), openingHead)])
	defer part.release()
	if part.any(lo.ownPart, 0) {
		return true
	}
	if len(lo.ownLeadIn) == 0 {
		return false
	}
	li := lx.newLeftOutSearch(opening(leadIn))
	defer li.release()
	for i := range li.ws {
		if li.any(lo.ownLeadIn, i) {
			return true
		}
	}
	return false
}
