package suggest

import (
	"regexp"
	"slices"
	"strings"
)

// A mandate may give its tasks to a mission the rulebook's set "missions"
// does not list: one established after the rulebook was written, or one it
// never knew. The resolution names it in full before its acronym ("the
// United Nations Verification Mission in Arcadia (UNVMA)"), and that name
// says what it is. A name that the rulebook's sets "mission_owners" and
// "mission_heads" both have a word of (a United Nations body that is a
// mission, an operation, a force …) makes its acronym a mission for the
// reading of that text: every phrase that reads "@missions" reads it too.

// The cue sets of a mission's full name: whose it is, and what it is.
const (
	missionOwnersSet setName = "mission_owners"
	missionHeadsSet  setName = "mission_heads"
	// nameJoinsSet lists the small words inside a full name ("Mission in
	// the Sudan", "Force for Abyei").
	nameJoinsSet setName = "name_joins"
	// mandateOfSet lists the words right before an acronym that make it a
	// mission's, where the text never names it in full ("decides to extend
	// the mandate of UNVMA"): the Council decides to extend the mandates of
	// its own missions; a regional force's it authorizes, or welcomes
	// another's decision to extend.
	mandateOfSet setName = "mandate_of"
	// The sets whose acronyms are never a mission's, whatever words come
	// before them ("the mandate of OHCHR").
	unBodiesSet setName = "un_bodies"
	donorsSet   setName = "donors"
	// missionNumbersSet lists the numbers a mission's name may carry after
	// its acronym ("UNAVEM III"): phrases read across them.
	missionNumbersSet setName = "mission_numbers"
	// capitalDesignationsSet lists the words that, written with a capital
	// after the word before them ("the_operation": "the Operation"), name
	// the mission the text is about, as its acronym would.
	capitalDesignationsSet setName = "capital_designations"
)

// missionNaming reads full names of missions before their acronyms.
type missionNaming struct {
	owners, heads *regexp.Regexp
	// mandateOf matches the words of the set "mandate_of" where they end
	// the text before an acronym.
	mandateOf *regexp.Regexp
	// mandateOfStem is a part of a word every phrase of the set holds, as
	// written and capitalised ("ecides" of "decides"), "" for none: a window
	// without it is not searched.
	mandateOfStem string
	joins         map[string]bool
	others        map[string]bool // acronyms of other bodies, lower case
	known         map[string]bool // the rulebook's missions, upper case
	numbers       map[string]bool // the set "mission_numbers"
	standIn       string          // a word of the set "missions"
	// byCapital maps each word of the set "capital_designations" to the
	// word that must come before it ("operation" → "the").
	byCapital map[string]string
	// forces reads the host forces a text names in full (force_named.go).
	forces *forceNaming
}

func newMissionNaming(sets map[string][]string) *missionNaming {
	n := &missionNaming{
		owners:  wordsPattern(sets[missionOwnersSet]),
		heads:   wordsPattern(sets[missionHeadsSet]),
		joins:   map[string]bool{},
		known:   map[string]bool{},
		others:  map[string]bool{},
		numbers: map[string]bool{},
	}
	for _, w := range sets[missionNumbersSet] {
		n.numbers[w] = true
	}
	for _, w := range sets[capitalDesignationsSet] {
		if before, head, ok := strings.Cut(w, "_"); ok {
			if n.byCapital == nil {
				n.byCapital = map[string]string{}
			}
			n.byCapital[head] = before
		}
	}
	if ws := sets[mandateOfSet]; len(ws) > 0 {
		n.mandateOfStem = sharedStem(ws)
		alts := make([]string, len(ws))
		for i, w := range ws {
			parts := strings.Split(w, "_")
			for j := range parts {
				parts[j] = regexp.QuoteMeta(parts[j])
			}
			alts[i] = strings.Join(parts, `\s+`)
		}
		n.mandateOf = regexp.MustCompile(`(?i)\b(?:` + strings.Join(alts, "|") + `)\s+$`)
	}
	for _, set := range []setName{unBodiesSet, donorsSet} {
		for _, w := range sets[set] {
			n.others[w] = true
		}
	}
	for _, w := range sets[nameJoinsSet] {
		n.joins[w] = true
	}
	for _, w := range sets[missionSet] {
		n.known[strings.ToUpper(w)] = true
	}
	if ms := sets[missionSet]; len(ms) > 0 {
		n.standIn = ms[0]
	}
	n.forces = newForceNaming(sets)
	return n
}

// named finds the missions text names in full that the rulebook does not
// list, as a map from each acronym in lower case (as a word is read) to the
// word of the set "missions" it is read as, and the host forces it so names
// (force_named.go), each to the word of its set of names; nil when there are
// none.
func (n *missionNaming) named(text string) map[string]string {
	if n == nil || n.owners == nil || n.heads == nil || n.standIn == "" {
		return nil
	}
	var out map[string]string
	text = text[:min(len(text), 1<<20)]
	acronyms(text, func(start, end int) bool {
		name := text[start:end]
		if n.known[name] || start == 0 {
			return true
		}
		inParentheses := text[start-1] == '(' && end < len(text) && text[end] == ')'
		full := ""
		if inParentheses {
			full = n.fullName(text[max(0, start-200) : start-1])
		}
		standIn := ""
		switch {
		case inParentheses && n.names(full) || n.givenMandate(text, start, name):
			standIn = n.standIn
		case inParentheses && !n.others[strings.ToLower(name)]:
			if standIn = n.forces.standIn(name, full); standIn != "" && n.owners.FindStringIndex(full) != nil {
				standIn = "" // a United Nations body's ("the United Nations Police")
			}
		}
		if standIn != "" {
			if out == nil {
				out = map[string]string{}
			}
			out[strings.ToLower(name)] = standIn
		}
		return true
	})
	return out
}

// sharedStem is the longest word that every phrase of words holds, less
// its first letter so that it is found capitalised too; "" for none.
func sharedStem(words []string) string {
	best := ""
	for _, w := range strings.Split(words[0], "_") {
		if len(w) <= len(best)+1 || len(w) < 4 {
			continue
		}
		shared := true
		for _, other := range words[1:] {
			shared = shared && slices.Contains(strings.Split(other, "_"), w)
		}
		if shared {
			best = w[1:]
		}
	}
	return best
}

// givenMandate reports whether the acronym at start, which the text may
// never name in full, comes right after words of the set "mandate_of" and
// names no other body.
func (n *missionNaming) givenMandate(text string, start int, name string) bool {
	if n.mandateOf == nil {
		return false
	}
	// A window without the stem every phrase holds is not searched (the
	// search of each acronym's window cost a fortieth of an import).
	before := text[max(0, start-80):start]
	return strings.Contains(before, n.mandateOfStem) && !n.others[strings.ToLower(name)] && n.mandateOf.MatchString(before)
}

// names reports whether a full name is a mission's: a word of the heads
// follows a word of the owners with only capitalised words between them
// ("United Nations Organization Stabilization Mission", not "the United
// Nations and the Military Observer Group").
func (n *missionNaming) names(full string) bool {
	o := n.owners.FindStringIndex(full)
	if o == nil {
		return false
	}
	h := n.heads.FindStringIndex(full[o[1]:])
	if h == nil {
		return false
	}
	for _, w := range strings.Fields(full[o[1] : o[1]+h[0]]) {
		if n.joins[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

// fullName is the name that ends before: its last words that begin with a
// capital letter, with the small words of a name between them ("United
// Nations Mission in the Sudan"), never beginning with a small word.
func (n *missionNaming) fullName(before string) string {
	words := strings.Fields(strings.TrimRight(before, " \t\n"))
	first := len(words)
	for i := len(words) - 1; i >= 0; i-- {
		w := strings.Trim(words[i], ",;:.")
		if w != words[i] && i < len(words)-1 {
			break // punctuation ends the name before this word
		}
		switch {
		case w != "" && isCapital(w[0]):
			first = i
		case n.joins[strings.ToLower(w)]:
		default:
			i = -1
		}
	}
	return strings.Join(words[first:], " ")
}

// forText is the reader of one text: r itself, or, when the text names
// missions in full that the rulebook does not list, a reader that reads
// their acronyms as missions.
func (r *Reader) forText(text string) *Reader {
	names := r.lx.naming.named(text)
	if len(names) == 0 {
		return r
	}
	lx := *r.lx
	lx.names = names
	if lx.decisions != nil {
		decisions := *lx.decisions
		decisions.names = names
		lx.decisions = &decisions
	}
	return &Reader{lx: &lx}
}

// readNames reads each word that names a mission of the text as the word of
// the set "missions" it stands for, and reads phrases across the number a
// mission's name may carry ("requests UNAVEM III to assist" reads as
// "requests UNAVEM to assist"). A designation written with a capital ("the
// Operation") is read as the mission's name too.
func (lx *lexicon) readNames(ws []word) {
	for i := range ws {
		if w, ok := lx.names[ws[i].w]; ok {
			ws[i].w = w
		}
		if n := lx.naming; n != nil && ws[i].capital && n.designatesByCapital(ws, i) {
			ws[i].w = n.standIn
		}
		if i > 0 && ws[i].skip == 0 && lx.naming != nil && lx.naming.numbers[ws[i].w] && ws[i-1].sent == ws[i].sent && lx.naming.known[strings.ToUpper(ws[i-1].w)] {
			ws[i].skip = int32(i + 1)
		}
	}
}

// designatesByCapital reports whether ws[i] is a word of the set
// "capital_designations" written with a capital after the word it needs
// ("the Operation"), and not the first of a longer name ("the Force
// Commander").
func (n *missionNaming) designatesByCapital(ws []word, i int) bool {
	if !ws[i].capital || i == 0 || ws[i-1].sent != ws[i].sent {
		return false
	}
	if before, ok := n.byCapital[ws[i].w]; !ok || ws[i-1].w != before {
		return false
	}
	return i+1 == len(ws) || ws[i+1].sent != ws[i].sent || !ws[i+1].capital
}
