package suggest

import (
	"regexp"
	"strings"
)

// A mandate names the host state's forces in full before their acronyms
// ("the Sudan Armed Forces (SAF)", "the Arcadian National Police (ANP)"),
// and the rulebook's sets "army_names" and "police_names" cannot list every
// one. A full name that ends with words of the set "army_heads" or
// "police_heads", and holds no word of the set "armed_group_words" ("the Lord's
// Resistance Army") nor a mission's owner, makes its acronym one of those
// names for the reading of that text: every phrase that reads "@army_names"
// or "@police_names" reads it too.
const (
	armyNamesSet       setName = "army_names"
	policeNamesSet     setName = "police_names"
	armyHeadsSet       setName = "army_heads"
	policeHeadsSet     setName = "police_heads"
	armedGroupWordsSet setName = "armed_group_words"
)

// forceNaming reads full names of the host state's forces before their
// acronyms.
type forceNaming struct {
	army, police     *regexp.Regexp // the last words of a force's full name
	groups           *regexp.Regexp // a word that makes a name an armed group's
	armyIn, policeIn string         // the first word of each set of names
	known            map[string]bool
	// lasts are the last words of the heads, in lower case: a name that
	// ends with none of them is no force's, without a pattern tried.
	lasts map[string]bool
}

func newForceNaming(sets map[string][]string) *forceNaming {
	army, police := sets[armyNamesSet], sets[policeNamesSet]
	f := &forceNaming{
		army:   endsPattern(sets[armyHeadsSet]),
		police: endsPattern(sets[policeHeadsSet]),
		groups: wordsPattern(sets[armedGroupWordsSet]),
		known:  map[string]bool{},
		lasts:  map[string]bool{},
	}
	for _, h := range append(append([]string(nil), sets[armyHeadsSet]...), sets[policeHeadsSet]...) {
		ws := strings.Split(h, "_")
		f.lasts[ws[len(ws)-1]] = true
	}
	if f.army == nil && f.police == nil || len(army) == 0 || len(police) == 0 {
		return nil
	}
	f.armyIn, f.policeIn = army[0], police[0]
	for _, w := range append(append([]string(nil), army...), police...) {
		f.known[w] = true
	}
	return f
}

// endsPattern is wordsPattern held to the end of the text read; nil for no
// words.
func endsPattern(words []string) *regexp.Regexp {
	p := wordsPattern(words)
	if p == nil {
		return nil
	}
	return regexp.MustCompile(p.String() + `$`)
}

// standIn is the word of the sets of names that the acronym named in full
// as full stands for, "" when the name is not a host force's.
func (f *forceNaming) standIn(acronym, full string) string {
	if f == nil || full == "" {
		return ""
	}
	last := full[strings.LastIndexByte(full, ' ')+1:]
	if !f.lasts[strings.ToLower(last)] || f.known[strings.ToLower(acronym)] || f.groups != nil && f.groups.MatchString(full) {
		return ""
	}
	switch {
	case f.army != nil && f.army.MatchString(full):
		return f.armyIn
	case f.police != nil && f.police.MatchString(full):
		return f.policeIn
	}
	return ""
}
