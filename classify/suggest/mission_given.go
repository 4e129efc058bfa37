package suggest

import "strings"

// givenToReach is how much text after its first word a given_to phrase is
// read in: more than its longest occurrence.
const givenToReach = 600

// givenTo is the mission a text gives its mandate to, "" when it says so
// nowhere: the first word written in capitals ("MONUSCO", "MINUSTAH") of
// the first occurrence of a given_to phrase. The phrases are read where the
// words of their first element stand, which a pass over the text finds
// without splitting it into words.
func (lx *lexicon) givenTo(text string) string {
	lo := lx.leftOut
	for k := range lo.givenTo {
		p := &lo.givenTo[k]
		for _, first := range firstWords(p) {
			for at := indexWordFold(text, first, 0); at >= 0; at = indexWordFold(text, first, at+1) {
				if name := lx.nameGivenAt(p, text[at:min(len(text), at+givenToReach)]); name != "" {
					return name
				}
			}
		}
	}
	return ""
}

// nameGivenAt is the name in capitals of an occurrence of p at the start of
// text, or "".
func (lx *lexicon) nameGivenAt(p *phrase, text string) string {
	ls := lx.newLeftOutSearch(text)
	defer ls.release()
	if ls.at(p, 0) <= 0 {
		return ""
	}
	for i := range ls.ws {
		if w := &ls.ws[i]; ls.s.used.has(i) && !literal(p, w.w) && capitalName(ls.text[w.start:w.end]) {
			return ls.text[w.start:w.end]
		}
	}
	return ""
}

// literal reports whether w is one of the words p names.
func literal(p *phrase, w string) bool {
	for _, el := range p.elems {
		for _, alt := range el.alts {
			for _, t := range alt {
				if (t.mode == matchPlain || t.mode == matchExact) && t.w == w {
					return true
				}
			}
		}
	}
	return false
}

// firstWords are the words a phrase may begin with, when its first element
// is required and holds plain words of one word each; nil otherwise (then
// the phrase is read nowhere: given_to phrases begin with a word).
func firstWords(p *phrase) []string {
	if len(p.elems) == 0 || p.elems[0].optional || p.elems[0].gap > 0 {
		return nil
	}
	var out []string
	for _, alt := range p.elems[0].alts {
		if len(alt) != 1 || alt[0].mode != matchPlain && alt[0].mode != matchExact {
			return nil
		}
		out = append(out, alt[0].w)
	}
	return out
}

// indexWordFold is the offset of the first word from `from` on that begins
// with w in any case (ASCII), or -1: the phrase tried there decides whether
// the word is one it reads ("decides", or a plural of a plain word).
func indexWordFold(text, w string, from int) int {
	for i := from; i+len(w) <= len(text); i++ {
		if c := text[i] | 0x20; c != w[0] || !strings.EqualFold(text[i:i+len(w)], w) {
			continue
		}
		if i > 0 && isWordByte(text[i-1]) {
			continue
		}
		return i
	}
	return -1
}

// capitalName reports whether a word is a name written in capitals: it
// begins and ends with a capital letter and holds only letters ("MONUSCO").
func capitalName(w string) bool {
	if len(w) < 2 || !isCapital(w[0]) || !isCapital(w[len(w)-1]) {
		return false
	}
	for i := 0; i < len(w); i++ {
		if c := w[i]; !isCapital(c) && (c < 'a' || c > 'z') {
			return false
		}
	}
	return true
}
