package classify

// The phrase language of the cue lexicon: words, alternatives, prefixes,
// stems, gaps and named sets (RULEBOOK_FORMAT.md, "Phrases").

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// ParseCuePattern reads a phrase of the cue language: words separated by
// spaces, where "a|b" gives alternatives, "a_b" two words as one alternative,
// "word*" a prefix, "word~" a stem and its inflections, "=word" the word
// exactly (not its plural), "#" any number, "*" any word, "word?" an
// optional element, "+word" a word in the same clause as the one before, "..." (or "...N") a gap of up to gap (or N) words,
// ",...N," optionally a clause of up to N words set off by commas, a
// leading "^" the start of a sentence and a last "$" the end of the text.
func ParseCuePattern(src string, gap int) (CuePattern, error) {
	return parseCuePatternSets(src, gap, nil)
}

// phraseReach bounds what a phrase may span: its gaps and asides, and
// whether a word may be joined to the one before with a hyphen.
type phraseReach struct {
	maxGap  int
	hyphens bool
}

// cueReach is the reach of the phrases scanned over the whole text (cues,
// scope markers, negations): short gaps keep that scan in proportion to
// the text. leftOutReach is the reach of the left-out phrases, tried only
// where a part or a decision opens: they read "decides ... to extend ... the
// mandate" across a mission's full name and its resolutions, and tell
// "Secretary-General" from "Secretary General" as the regular expressions
// they replace did.
var (
	cueReach     = phraseReach{maxGap: maxCueGap}
	leftOutReach = phraseReach{maxGap: maxPhraseGap, hyphens: true}
)

// parseCueSets reads the named sets: each a list of word alternatives, as in
// a phrase ("united_nations", "monuc", "civil_affairs").
func (p *rulebookParser) parseCueSets(n *yaml.Node) {
	c := &p.rb.cues
	c.Sets = map[string][]string{}
	if n == nil {
		return
	}
	if n.Kind != yaml.MappingNode {
		p.errs.at(n, "sets must be a map of names to lists of words, found %s", describe(n))
		return
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		name, list := n.Content[i], n.Content[i+1]
		if _, dup := c.Sets[name.Value]; dup {
			p.errs.at(name, "set %q is defined twice", name.Value)
			continue
		}
		var words []string
		for _, item := range p.list(list, "a set") {
			if item.Kind != yaml.ScalarNode || item.Tag == "!!null" {
				p.errs.at(item, "a word of a set must be text, found %s", describe(item))
				continue
			}
			if inner, ok := strings.CutPrefix(item.Value, "@"); ok {
				// A set may take in a set defined before it.
				if ws, known := c.Sets[inner]; known {
					words = append(words, ws...)
				} else {
					p.errs.at(item, "set %s: unknown set %q (a set may name only sets above it); sets are: %s", name.Value, item.Value, setNames(c.Sets))
				}
				continue
			}
			w, err := cueWord(item.Value)
			if err != nil {
				p.errs.at(item, "set %s: %s", name.Value, err)
				continue
			}
			words = append(words, w)
		}
		if len(words) == 0 {
			p.errs.at(list, "set %q needs at least one word", name.Value)
		}
		c.Sets[name.Value] = words
	}
}

// parseCuePatternSets is parseCuePattern where "@name" stands for the words
// of a named set.
func parseCuePatternSets(src string, gap int, sets map[string][]string) (CuePattern, error) {
	return parseCuePatternReach(src, gap, sets, cueReach)
}

// parseCuePatternReach is parseCuePatternSets for a phrase of the given reach.
func parseCuePatternReach(src string, gap int, sets map[string][]string, reach phraseReach) (CuePattern, error) {
	pat := CuePattern{Source: src}
	fields := strings.Fields(src)
	if len(fields) > 0 && fields[0] == "^" {
		pat.Anchored = true
		fields = fields[1:]
	}
	words := 0
	for i, f := range fields {
		if strings.HasPrefix(f, ",...") {
			v, err := strconv.Atoi(strings.TrimSuffix(f[4:], ","))
			if !strings.HasSuffix(f, ",") || err != nil || v < 1 || v > reach.maxGap {
				return pat, fmt.Errorf("a clause set off by commas is \",...N,\" with N from 1 to %d, found %q", reach.maxGap, f)
			}
			if i == 0 || i == len(fields)-1 {
				return pat, fmt.Errorf("a clause set off by commas cannot begin or end a phrase")
			}
			pat.Elems = append(pat.Elems, CueElem{Aside: v})
			continue
		}
		if strings.HasPrefix(f, "...") {
			n := gap
			if rest := f[3:]; rest != "" {
				v, err := strconv.Atoi(rest)
				if err != nil || v < 1 || v > reach.maxGap {
					return pat, fmt.Errorf("a gap is \"...\" or \"...N\" with N from 1 to %d, found %q", reach.maxGap, f)
				}
				n = v
			}
			if i == 0 || i == len(fields)-1 {
				return pat, fmt.Errorf("a gap cannot begin or end a phrase")
			}
			if pat.Elems[len(pat.Elems)-1].Gap > 0 {
				return pat, fmt.Errorf("two gaps in a row")
			}
			pat.Elems = append(pat.Elems, CueElem{Gap: n})
			continue
		}
		if f == "^" {
			return pat, fmt.Errorf("\"^\" may only begin a phrase")
		}
		if f == "$" {
			if i != len(fields)-1 || i == 0 {
				return pat, fmt.Errorf("\"$\" (the end of the text) may only end a phrase, after a word")
			}
			pat.Elems = append(pat.Elems, CueElem{End: true})
			continue
		}
		el := CueElem{}
		if strings.HasSuffix(f, "?") {
			el.Optional = true
			f = strings.TrimSuffix(f, "?")
		}
		if rest, ok := strings.CutPrefix(f, "+"); ok {
			if len(pat.Elems) == 0 {
				return pat, fmt.Errorf("%q: \"+\" (in the same clause as the word before) cannot begin a phrase", f)
			}
			el.SameClause, f = true, rest
		}
		for _, alt := range strings.Split(f, "|") {
			if name, ok := strings.CutPrefix(alt, "=@"); ok {
				exact, err := exactSet(sets, name)
				if err != nil {
					return pat, err
				}
				el.Words = append(el.Words, exact...)
				continue
			}
			if name, ok := strings.CutPrefix(alt, "@"); ok {
				set, known := sets[name]
				if !known {
					return pat, fmt.Errorf("unknown set %q; sets are: %s", alt, setNames(sets))
				}
				el.Words = append(el.Words, set...)
				continue
			}
			w, err := cueWordIn(alt, reach.hyphens)
			if err != nil {
				return pat, err
			}
			el.Words = append(el.Words, w)
		}
		if !el.Optional {
			words++
		}
		pat.Elems = append(pat.Elems, el)
	}
	if words == 0 {
		return pat, fmt.Errorf("a phrase needs at least one word that is not optional")
	}
	if len(pat.Elems) > maxCueElems {
		return pat, fmt.Errorf("a phrase has at most %d elements (words, alternatives and gaps), found %d", maxCueElems, len(pat.Elems))
	}
	return pat, nil
}

// cueWord checks one alternative: words joined by "_" ("human_rights") or,
// where hyphens are allowed, by "-" ("secretary-general"), each
// of letters and digits with an optional trailing "*" or leading "=". Text is
// split into words at anything else, so a word holding a hyphen or an
// apostrophe could never match.
func cueWord(alt string) (string, error) { return cueWordIn(alt, false) }

// cueWordIn is cueWord, with hyphens allowed or not.
func cueWordIn(alt string, hyphens bool) (string, error) {
	if alt == AnyNumber || alt == AnyWord {
		return alt, nil
	}
	if alt == "" {
		return "", fmt.Errorf("an empty word (check \"|\")")
	}
	if !hyphens && strings.Contains(alt, "-") {
		return "", fmt.Errorf("%q: words hold only letters and digits; text is split into words at '-', so write the parts as separate words", alt)
	}
	parts := strings.FieldsFunc(alt, func(r rune) bool { return r == '_' || r == '-' })
	if len(parts) > maxCueAltWords {
		return "", fmt.Errorf("%q: an alternative joins at most %d words with \"_\" or \"-\", found %d", alt, maxCueAltWords, len(parts))
	}
	if strings.Contains(alt, "__") || strings.Contains(alt, "--") || strings.Contains(alt, "_-") || strings.Contains(alt, "-_") ||
		strings.HasPrefix(alt, "_") || strings.HasPrefix(alt, "-") || strings.HasSuffix(alt, "_") || strings.HasSuffix(alt, "-") {
		return "", fmt.Errorf("%q: an empty word (check \"_\" and \"-\")", alt)
	}
	for _, part := range parts {
		body := strings.TrimSuffix(strings.TrimSuffix(strings.TrimPrefix(part, "="), "*"), "~")
		if body == "" {
			return "", fmt.Errorf("%q: an empty word (check \"|\", \"_\", \"=\", \"*\" and \"~\")", alt)
		}
		marks := 0
		for _, m := range []bool{strings.HasPrefix(part, "="), strings.HasSuffix(part, "*"), strings.HasSuffix(part, "~")} {
			if m {
				marks++
			}
		}
		if marks > 1 {
			return "", fmt.Errorf("%q: a word is either exact (=) or a prefix (*) or a stem (~), only one of them", alt)
		}
		for _, r := range body {
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				return "", fmt.Errorf("%q: words hold only letters and digits; text is split into words at %q, so write the parts as separate words", alt, r)
			}
		}
		if strings.HasSuffix(part, "*") && utf8.RuneCountInString(body) < 2 {
			return "", fmt.Errorf("%q: a prefix needs at least two letters", alt)
		}
	}
	return strings.ToLower(alt), nil
}

func setNames(sets map[string][]string) string {
	names := make([]string, 0, len(sets))
	for n := range sets {
		names = append(names, "@"+n)
	}
	sort.Strings(names)
	if len(names) == 0 {
		return "(none)"
	}
	return strings.Join(names, ", ")
}

// exactSet is set name read exactly ("=@task_verbs"): each of its words
// itself, not its plural ("support", not "supports"). Only a set of plain
// words can be read so.
func exactSet(sets map[string][]string, name string) ([]string, error) {
	set, known := sets[name]
	if !known {
		return nil, fmt.Errorf("unknown set \"@%s\"; sets are: %s", name, setNames(sets))
	}
	out := make([]string, len(set))
	for i, w := range set {
		if strings.ContainsAny(w, "*=~#") {
			return nil, fmt.Errorf("\"=@%s\": a set read exactly holds plain words only, and %q is not one", name, w)
		}
		out[i] = "=" + w
	}
	return out, nil
}
