package mandate

import (
	"regexp"
	"sort"
	"strings"
)

// style is how a level of the numbering counts.
type style uint8

const (
	numbers  style = iota + 1 // 1. 2. 3.
	letters                   // (a) (b) … (z) (aa)
	romans                    // (i) (ii) (iii)
	sections                  // I. II. III.
)

// candidate is a place where a paragraph marker may begin: at the start of
// a line, or after clause punctuation inside one ("…, 1. Approves",
// "…; (b) to …").
type candidate struct {
	at        int    // offset of the marker in the stream
	tok       string // "12", "a", "iv", "II"
	kind      style  // numbers, letters (a letter or a roman), sections
	lineStart bool
}

var candidatePattern = regexp.MustCompile(`(?m)(?:^|[.;:,]\s+|[;,]\s+(?:and|or)\s+)(?:(\d{1,7})(?:[.)](?:\s|$)|[ \t]{2,}[A-Z])|\(([a-z]{1,5})\)(?:\s|$)|([a-z]{1,4})\)(?:\s|$)|([IVX]{1,5})\.(?:\s|$))`)

// stream is the normalised text as one string, its lines joined by "\n".
type stream struct {
	s      string
	starts []int // offset of each line
	nos    []int // line number in the file of each line
}

func newStream(lines []Line) *stream {
	st := &stream{}
	var b strings.Builder
	for i, l := range lines {
		if i > 0 {
			b.WriteByte('\n')
		}
		st.starts = append(st.starts, b.Len())
		st.nos = append(st.nos, l.No)
		b.WriteString(l.Text)
	}
	st.s = b.String()
	return st
}

// lineNo is the file's line number at offset off.
func (st *stream) lineNo(off int) int {
	i := sort.SearchInts(st.starts, off+1) - 1
	if i < 0 {
		return 0
	}
	return st.nos[i]
}

// candidates lists the places a marker may begin, leaving out those that a
// cross-reference explains ("paragraph 12 (j)", "paragraphs 8 (a) and (b)").
func (st *stream) candidates() []candidate {
	var out []candidate
	for _, m := range candidatePattern.FindAllStringSubmatchIndex(st.s, -1) {
		c := candidate{}
		for g, k := range []style{numbers, letters, letters, sections} {
			if m[2+2*g] >= 0 {
				c.at, c.tok, c.kind = m[2+2*g], st.s[m[2+2*g]:m[3+2*g]], k
				if g == 1 {
					c.at-- // the opening parenthesis
				}
				break
			}
		}
		c.lineStart = c.at == 0 || st.s[c.at-1] == '\n'
		// A section numeral, and a number without its full stop ("18
		// Notes …", as some conversions print it), stand first on a line.
		bare := c.kind == numbers && st.s[c.at+len(c.tok)] != '.' && st.s[c.at+len(c.tok)] != ')'
		if (c.kind == sections || bare) && !c.lineStart {
			continue
		}
		if crossReference(st.s[:c.at], c.lineStart) {
			continue
		}
		out = append(out, c)
	}
	return out
}

// referenceWords end a text that a marker continues as a cross-reference.
var referenceWords = map[string]bool{"paragraph": true, "paragraphs": true, "subparagraph": true, "subparagraphs": true,
	"sub-paragraph": true, "sub-paragraphs": true, "operative": true, "article": true, "articles": true, "section": true,
	"of": true, "in": true, "to": true, "under": true, "by": true, "the": true, "with": true, "see": true}

// crossReference reports whether the text before a marker makes the marker
// part of a reference: it ends, before any "and"/"or", with a reference word,
// or inside a line with a number or another marker, and no clause
// punctuation. (At the start of a line, a number before is more often the
// end of a sentence broken by the page than a reference.)
func crossReference(before string, lineStart bool) bool {
	f := strings.Fields(before[max(0, len(before)-80):])
	for len(f) > 0 && (f[len(f)-1] == "and" || f[len(f)-1] == "or") {
		f = f[:len(f)-1]
	}
	if len(f) == 0 {
		return false
	}
	w := f[len(f)-1]
	if endsClause(w) {
		return false
	}
	if referenceWords[strings.ToLower(w)] {
		return true
	}
	if lineStart {
		return false
	}
	if w[0] >= '0' && w[0] <= '9' {
		return true
	}
	return subMarker.MatchString(w)
}

var subMarker = regexp.MustCompile(`^\([a-z]{1,5}\)$`)

// endsClauseBefore reports whether the text before offset at ends a clause.
func (st *stream) endsClauseBefore(at int) bool {
	return endsClause(strings.TrimRight(st.s[:at], " \n"))
}

// letterValue is the place of a letter marker: a=1 … z=26, aa=27 … zz=52.
func letterValue(t string) int {
	if len(t) == 0 || strings.Count(t, t[:1]) != len(t) || len(t) > 2 || t[0] < 'a' || t[0] > 'z' {
		return 0
	}
	return int(t[0]-'a') + 1 + 26*(len(t)-1)
}

// romanValue is the value of a roman numeral in lower or upper case, or 0.
func romanValue(s string) int {
	val := func(c byte) int {
		switch c | 0x20 {
		case 'i':
			return 1
		case 'v':
			return 5
		case 'x':
			return 10
		case 'l':
			return 50
		}
		return 0
	}
	total := 0
	for k := 0; k < len(s); k++ {
		v := val(s[k])
		if v == 0 {
			return 0
		}
		if k+1 < len(s) && val(s[k+1]) > v {
			total -= v
		} else {
			total += v
		}
	}
	if total <= 0 || toRoman(total) != strings.ToLower(s) {
		return 0
	}
	return total
}

func toRoman(n int) string {
	var b strings.Builder
	for _, p := range []struct {
		v int
		s string
	}{{50, "l"}, {40, "xl"}, {10, "x"}, {9, "ix"}, {5, "v"}, {4, "iv"}, {1, "i"}} {
		for n >= p.v {
			b.WriteString(p.s)
			n -= p.v
		}
	}
	return b.String()
}
