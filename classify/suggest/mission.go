package suggest

import (
	"regexp"
	"strings"
)

// The mission of an imported mandate: the one the text gives the mandate to
// ("decides that MONUSCO shall have the following mandate"), else the one it
// establishes or whose mandate it extends, else the one it names most. Only
// the names of the rulebook's set "missions" count, so that other acronyms
// (UNCT, FARDC, DDRRR) are never taken for a mission.

// missionSet is the name of the cue set that lists the missions.
const missionSet = "missions"

var acronym = regexp.MustCompile(`\b[A-Z][A-Z]{2,9}\b`)

// establishes are the words after which a mission's name says that the text
// is about that mission: it establishes it or extends its mandate.
var establishes = regexp.MustCompile(`(?i)\b(?:establish\w*|extend\w*|renew\w*|mandate of)\b`)

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
	for _, loc := range acronym.FindAllStringIndex(text, -1) {
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
		if establishes.MatchString(before) {
			return name
		}
		counts[name]++
		if counts[name] > bestCount {
			best, bestCount = name, counts[name]
		}
	}
	return best
}
