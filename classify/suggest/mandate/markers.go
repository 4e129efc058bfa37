package mandate

import (
	"regexp"
	"sort"
	"strings"
	"sync"
)

// style is how a level of the numbering counts.
type style uint8

const (
	numbers  style = iota + 1 // 1. 2. 3.
	letters                   // (a) (b) … (z) (aa)
	romans                    // (i) (ii) (iii)
	sections                  // I. II. III.
	bullets                   // · • – — or a soft hyphen first on a line: counted in order
)

// bulletMarks are the characters that open an item of an unnumbered list when
// they stand first on a line before a space. (Converted resolutions print
// the bullet as a middle dot, or as the soft hyphen of the original.)
var bulletMarks = []string{"·", "•", "\u00ad", "–", "—", "-"}

// candidate is a place where a paragraph marker may begin: at the start of
// a line, or after clause punctuation inside one ("…, 1. Approves",
// "…; (b) to …").
type candidate struct {
	at        int    // offset of the marker in the stream
	tok       string // "12", "a", "iv", "II"
	kind      style  // numbers, letters (a letter or a roman), sections, bullets
	lineStart bool
	bare      bool // a number without its full stop
}

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
// It looks at the start of every line and after every clause mark.
func (st *stream) candidates() []candidate {
	var out []candidate
	s := st.s
	try := func(at int, lineStart bool) {
		c, ok := markerAt(s, at)
		if !ok {
			return
		}
		c.lineStart = lineStart
		// A section numeral, and a number without its full stop ("18
		// Notes …", as some conversions print it), stand first on a line.
		if (c.kind == sections || c.kind == bullets || c.bare) && !lineStart {
			return
		}
		if crossReference(s[:c.at], lineStart) {
			return
		}
		out = append(out, c)
	}
	for i := 0; i < len(s); i++ {
		if i == 0 || s[i-1] == '\n' {
			try(i, true)
		}
		switch s[i] {
		case '.', ';', ':', ',':
			j := i + 1
			for j < len(s) && (s[j] == ' ' || s[j] == '\t') {
				j++
			}
			if j == i+1 || j >= len(s) {
				continue // no space after it, or a line break: the line start is tried
			}
			try(j, false)
			if s[i] == ';' || s[i] == ',' {
				for _, w := range []string{"and ", "or "} {
					if strings.HasPrefix(s[j:], w) {
						k := j + len(w)
						for k < len(s) && s[k] == ' ' {
							k++
						}
						try(k, false)
					}
				}
			}
		}
	}
	return out
}

// markerAt reads a marker at offset at: "12." or "12)" (or "12" and two
// spaces before a capital), "(a)", "a)", "IV.", followed by a space or the
// end of the line; or a bullet followed by a space.
func markerAt(s string, at int) (candidate, bool) {
	c := candidate{at: at}
	spaceAfter := func(i int) bool { return i >= len(s) || s[i] == ' ' || s[i] == '\t' || s[i] == '\n' }
	i := at
	for _, b := range bulletMarks {
		if strings.HasPrefix(s[i:], b) && i+len(b) < len(s) && (s[i+len(b)] == ' ' || s[i+len(b)] == '\t') {
			c.tok, c.kind = b, bullets
			return c, true
		}
	}
	switch {
	case i < len(s) && s[i] >= '0' && s[i] <= '9':
		for i < len(s) && s[i] >= '0' && s[i] <= '9' && i-at < 7 {
			i++
		}
		c.tok, c.kind = s[at:i], numbers
		if i < len(s) && (s[i] == '.' || s[i] == ')') && spaceAfter(i+1) {
			return c, true
		}
		j := i
		for j < len(s) && (s[j] == ' ' || s[j] == '\t') {
			j++
		}
		if j-i >= 2 && j < len(s) && s[j] >= 'A' && s[j] <= 'Z' {
			c.bare = true
			return c, true
		}
	case i < len(s) && s[i] == '(':
		j := i + 1
		for j < len(s) && s[j] >= 'a' && s[j] <= 'z' && j-i <= 5 {
			j++
		}
		if j > i+1 && j < len(s) && s[j] == ')' && spaceAfter(j+1) {
			c.tok, c.kind = s[i+1:j], letters
			return c, true
		}
	case i < len(s) && s[i] >= 'a' && s[i] <= 'z':
		j := i
		for j < len(s) && s[j] >= 'a' && s[j] <= 'z' && j-i < 4 {
			j++
		}
		if j < len(s) && s[j] == ')' && spaceAfter(j+1) {
			c.tok, c.kind = s[i:j], letters
			return c, true
		}
	case i < len(s) && (s[i] == 'I' || s[i] == 'V' || s[i] == 'X'):
		j := i
		for j < len(s) && (s[j] == 'I' || s[j] == 'V' || s[j] == 'X') && j-i < 5 {
			j++
		}
		if j < len(s) && s[j] == '.' && spaceAfter(j+1) {
			c.tok, c.kind = s[i:j], sections
			return c, true
		}
	}
	return c, false
}

// referenceWords end a text that a marker continues as a cross-reference.
// Made when a mandate is first read, not at every start of the program.
var referenceWords = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"paragraph": true, "paragraphs": true, "subparagraph": true, "subparagraphs": true,
		"sub-paragraph": true, "sub-paragraphs": true, "operative": true, "article": true, "articles": true, "section": true,
		"of": true, "in": true, "to": true, "under": true, "by": true, "the": true, "with": true, "see": true}
})

// paragraphWords name what a number after them refers to.
var paragraphWords = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"paragraph": true, "paragraphs": true, "subparagraph": true, "subparagraphs": true,
		"sub-paragraph": true, "sub-paragraphs": true, "resolution": true, "resolutions": true}
})

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
	if referenceWords()[strings.ToLower(w)] {
		return true
	}
	number := w[0] >= '0' && w[0] <= '9'
	if lineStart {
		// "paragraph 16" at the end of a line is still a reference.
		return number && len(f) >= 2 && paragraphWords()[strings.ToLower(f[len(f)-2])]
	}
	if number {
		return true
	}
	return subMarker().MatchString(w)
}

var subMarker = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^\([a-z]{1,5}\)$`) })

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

// MarkerEnd is where a part's own words begin: after the marker that opens
// its text ("12.", "(aa)", "b)", "IV.", a bullet) and the white space after
// it; 0 when it opens with no marker.
func MarkerEnd(text string) int {
	c, ok := markerAt(text, 0)
	if !ok {
		return 0
	}
	end := len(c.tok)
	switch {
	case c.kind == letters && text[0] == '(':
		end += 2
	case c.kind == bullets, c.bare:
	default:
		end++ // the full stop or the closing bracket
	}
	for end < len(text) && (text[end] == ' ' || text[end] == '\t' || text[end] == '\n') {
		end++
	}
	return end
}
