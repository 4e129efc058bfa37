package suggest

import (
	"maps"
	"regexp"
	"strings"
)

// The mission of an imported mandate: the one the text gives the mandate to
// ("decides that MONUSCO shall have the following mandate"), else the one it
// establishes or whose mandate it extends, else the one it names most. Only
// the names of the rulebook's set "missions" count, so that other acronyms
// (UNCT, FARDC, DDRRR) are never taken for a mission.

// setName is the name of one of the rulebook's cue sets: an id, not a word
// read.
type setName = string

// missionSet is the name of the cue set that lists the missions.
const missionSet setName = "missions"

// acronyms calls yield with where each word of 3 to 10 capital letters
// (A to Z) stands alone in text, as the pattern `\b[A-Z]{3,10}\b` would
// find them (a word character being an ASCII letter, digit or "_"), and
// stops when yield returns false. A scan by hand, since the pattern's
// engine took a tenth of an import's time on a long mandate.
func acronyms(text string, yield func(start, end int) bool) {
	for i := 0; i < len(text); {
		if !isCapital(text[i]) || i > 0 && isBoundaryWord(text[i-1]) {
			i++
			continue
		}
		j := i
		for j < len(text) && isCapital(text[j]) {
			j++
		}
		if n := j - i; n >= 3 && n <= 10 && (j == len(text) || !isBoundaryWord(text[j])) {
			if !yield(i, j) {
				return
			}
		}
		i = j
	}
}

func isCapital(c byte) bool { return c >= 'A' && c <= 'Z' }

// isBoundaryWord is a word character as a pattern's \b reads it: ASCII
// only.
func isBoundaryWord(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
}

// establishesSet names the cue set of the words after which a mission's name
// says that the text is about that mission: it establishes it or extends its
// mandate.
const establishesSet setName = "establishes"

// lendsSet names the cue set of the words right before a mission's name that
// make it the mission lending troops or assets to the one the text is about
// ("extend the temporary redeployment from UNMIL to UNOCI").
const lendsSet setName = "lends"

// lending reports whether the last word of before is one of the set "lends".
func (lx *lexicon) lending(before string) bool {
	if lx.lends == nil {
		return false
	}
	before = strings.TrimRight(before, " \t\n")
	last := before[strings.LastIndexAny(before, " \t\n")+1:]
	return lx.lends.MatchString(last)
}

// wordsPattern compiles a set's words into a pattern over text: "word*" any
// word so beginning, "a_b" the words in a row; nil for no words.
func wordsPattern(words []string) *regexp.Regexp {
	if len(words) == 0 {
		return nil
	}
	alts := make([]string, len(words))
	for i, w := range words {
		w = strings.TrimPrefix(strings.TrimSuffix(w, "~"), "=")
		star := strings.HasSuffix(w, "*")
		w = regexp.QuoteMeta(strings.ReplaceAll(strings.TrimSuffix(w, "*"), "_", " "))
		if star {
			w += `\w*`
		}
		alts[i] = w
	}
	return regexp.MustCompile(`(?i)\b(?:` + strings.Join(alts, "|") + `)\b`)
}

// mission is the mission a mandate is given to, "" when its text names none
// of the rulebook's missions.
func (r *Reader) mission(m *Mandate, text string) string {
	if m.Mission != "" {
		return m.Mission
	}
	// The rulebook's missions, as the naming keeps them, and those the
	// text names in full.
	var known map[string]bool
	if r.lx.naming != nil {
		known = r.lx.naming.known
	}
	if len(r.lx.names) > 0 {
		known = maps.Clone(known)
		for w, as := range r.lx.names {
			if as == r.lx.naming.standIn {
				known[strings.ToUpper(w)] = true
			}
		}
	}
	if len(known) == 0 {
		return ""
	}
	text = text[:min(len(text), 1<<20)]
	counts := map[string]int{}
	best, bestCount := "", 0
	established := ""
	acronyms(text, func(start, end int) bool {
		name := text[start:end]
		if !known[name] {
			return true
		}
		// Named within a sentence after "establish" or "extend": the
		// mission the text is about.
		before := text[max(0, start-240):start]
		if i := strings.LastIndexAny(before, ".;"); i >= 0 {
			before = before[i+1:]
		}
		if r.lx.establishes != nil && r.lx.establishes.MatchString(before) && !r.lx.lending(before) {
			established = name
			return false
		}
		counts[name]++
		if counts[name] > bestCount {
			best, bestCount = name, counts[name]
		}
		return true
	})
	if established != "" {
		return established
	}
	return best
}
