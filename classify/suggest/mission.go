package suggest

import (
	"regexp"
	"strings"
	"sync"
)

// The mission of an imported mandate: the one the text gives the mandate to
// ("decides that MONUSCO shall have the following mandate"), else the one it
// establishes or whose mandate it extends, else the one it names most. Only
// the names of the rulebook's set "missions" count, so that other acronyms
// (UNCT, FARDC, DDRRR) are never taken for a mission.

// missionSet is the name of the cue set that lists the missions.
const missionSet = "missions"

var acronym = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`\b[A-Z][A-Z]{2,9}\b`) })

// establishesSet names the cue set of the words after which a mission's name
// says that the text is about that mission: it establishes it or extends its
// mandate.
const establishesSet = "establishes"

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
	known := map[string]bool{}
	for _, w := range r.lx.cues.Sets[missionSet] {
		known[strings.ToUpper(w)] = true
	}
	if len(known) == 0 {
		return ""
	}
	text = text[:min(len(text), 1<<20)]
	counts := map[string]int{}
	best, bestCount := "", 0
	for _, loc := range acronym().FindAllStringIndex(text, -1) {
		name := text[loc[0]:loc[1]]
		if !known[name] {
			continue
		}
		// Named within a sentence after "establish" or "extend": the
		// mission the text is about.
		before := text[max(0, loc[0]-240):loc[0]]
		if i := strings.LastIndexAny(before, ".;"); i >= 0 {
			before = before[i+1:]
		}
		if r.lx.establishes != nil && r.lx.establishes.MatchString(before) {
			return name
		}
		counts[name]++
		if counts[name] > bestCount {
			best, bestCount = name, counts[name]
		}
	}
	return best
}
