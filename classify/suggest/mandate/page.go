// Package mandate reads the structure of a mandate: a Security Council
// resolution as plain text (page furniture and all, as planners get it from
// a PDF) or any numbered list of tasks. It works in three steps: the page is
// normalised (furniture dropped wherever it falls), the paragraph markers are
// found by what number each level expects next, and the markers are built
// into a tree of paragraphs, sub-paragraphs, lead-ins and headings that holds
// every word of the operative part exactly once.
//
// The package knows layout only; what a paragraph asks for is read elsewhere.
package mandate

import (
	"fmt"
	"iter"
	"regexp"
	"strings"
	"sync"
)

// Line is one line of the normalised text, with its number in the file.
type Line struct {
	Text string
	No   int
}

// Furniture is a piece of page furniture the normalisation dropped.
type Furniture struct {
	Line int
	Text string
}

// Page is a text with its page furniture dropped.
type Page struct {
	Lines   []Line
	Dropped []Furniture
}

// The forms of page furniture, as converted PDFs of resolutions print them.
var (
	// A print job number ("05-65399", "15-17523 (E)", "03-66960* (E)"), with
	// a page number or "n/m" counter before it ("2 05-65399", "4/8
	// 14-54105") or after it, as an odd page's footer reads left to right
	// ("13-58072 3/7"), and a barcode, a row of backticks or a date code
	// after it.
	jobLine = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile("^(?:\\d{1,3}(?:/\\d{1,3})?\\s+)?(\\d{2}-\\d{5})\\*?(?:\\s*\\([A-Z]\\))?(?:\\s+\\*\\d{6,8}\\*|\\s+`+|\\s+\\d{6}|\\s+\\d{1,3}(?:/\\d{1,3})?)?\\s*$")
	})
	// The same job number inside a line of text: only the document's own
	// numbers (seen on a line of their own) are dropped there.
	jobInline = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile("(?:\\b\\d{1,3}(?:/\\d{1,3})?\\s+)?\\b(\\d{2}-\\d{5})\\*?(?:\\s*\\([A-Z]\\))?(?:\\s+\\*\\d{6,8}\\*|\\s+`+|\\s+\\d{1,3}/\\d{1,3}\\b)?")
	})
	// Other furniture that needs a line of its own: a barcode, a page number
	// or counter, the running header (the symbol, "Page n", "English"), the
	// symbol line and the continuation mark, a reissue note.
	furnitureLine = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile("^(?:" + strings.Join([]string{
			`\*\d{6,8}\*`,
			`\d{1,3}`,
			`\d{1,3}/\d{1,3}`,
			`S/RES/\d{1,5}\s*\(\d{4}\)+\*?(?:\s+English)?(?:\s+Page\s+\d{1,3})?`,
			`(?:English\s+)?Page\s+\d{1,3}`,
			`S/\d{4}/\d{1,5}(?:\s+English)?\s+Page\s+\d{1,3}`,
			`-{3,}`, `_{3,}`, "`{3,}", `\*{3,}`, `/\s?\.\.\.`,
			`\*\s*Reissued for technical reasons\..*`,
		}, "|") + ")$")
	})
	// Inline furniture that cannot be a sentence's word: a barcode and the
	// running header with its page number.
	// The header lines of an official document.
	officialHeader = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`^(?:United Nations|UNITED NATIONS|Security Council|S/RES/\d)`)
	})
	// A line that begins as a list item is never a running header.
	startsMarker = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^(?:\d|\(|[a-z]{1,5}\)|[IVX]{1,5}\.)`) })
	inlineMarks  = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`\s?\*\d{7}\*|\s?S/RES/\d{1,5}\s*\(\d{4}\)\s+Page\s+\d{1,3}\b`)
	})
)

// headerZone is how many of the first non-empty lines of a document are its
// header, whose lines a page may repeat.
const headerZone = 12

// Normalise drops the page furniture of text and splits it into trimmed
// non-empty lines. A line that only repeats one of the document's header
// lines ("United Nations", "Security Council") after the header is
// furniture too.
func Normalise(text string) Page {
	var p Page
	type raw struct {
		text string
		no   int
	}
	var lines []raw
	jobs := map[string]bool{}
	own := ownSymbol(text)
	no := 0
	for rl := range splitLines(text) {
		no++
		for piece := range strings.SplitSeq(rl, "\f") {
			t := strings.TrimSpace(piece)
			if t == "" {
				continue
			}
			if sm := jobLine().FindStringSubmatch(t); sm != nil {
				jobs[sm[1]] = true
			}
			lines = append(lines, raw{t, no})
		}
	}
	// Only an official document has a header its pages repeat; in a list of
	// tasks a line said twice is said twice.
	header := map[string]bool{}
	official := false
	for i, l := range lines {
		if i >= headerZone {
			break
		}
		official = official || officialHeader().MatchString(l.text)
		if len(l.text) <= 60 && !endsClause(l.text) && !startsMarker().MatchString(l.text) {
			header[l.text] = true
		}
	}
	if !official {
		clear(header)
	}
	for i, l := range lines {
		t := l.text
		if jobLine().MatchString(t) || furnitureLine().MatchString(t) || i >= headerZone && header[t] {
			p.Dropped = append(p.Dropped, Furniture{l.no, t})
			continue
		}
		t = dropInline(t, jobs, own, func(s string) { p.Dropped = append(p.Dropped, Furniture{l.no, strings.TrimSpace(s)}) })
		if t == "" {
			continue
		}
		p.Lines = append(p.Lines, Line{t, l.no})
	}
	return p
}

// dropInline removes furniture that fell inside a line of text.
func dropInline(t string, jobs map[string]bool, own string, dropped func(string)) string {
	cut := func(re *regexp.Regexp, keep func(m []int) bool) {
		locs := re.FindAllStringSubmatchIndex(t, -1)
		if locs == nil {
			return
		}
		var b strings.Builder
		from := 0
		for _, m := range locs {
			if !keep(m) {
				continue
			}
			dropped(t[m[0]:m[1]])
			b.WriteString(t[from:m[0]])
			from = m[1]
		}
		b.WriteString(t[from:])
		t = strings.Join(strings.Fields(b.String()), " ")
	}
	// Only a job number the text's furniture gives is cut: a line that
	// holds none of them is not searched (the pattern's search, tried at
	// every hyphen, took a twentieth of a long import).
	if holdsAny(t, jobs) {
		cut(jobInline(), func(m []int) bool { return jobs[t[m[2]:m[3]]] })
	}
	if strings.Contains(t, "*") || strings.Contains(t, "Page") {
		cut(inlineMarks(), func([]int) bool { return true })
	}
	// The running header glued to the end of a clause ("…;S/RES/908 (1994)").
	if own != "" {
		if i := strings.LastIndex(t, own); i > 0 && i+len(own) == len(t) && endsClause(t[:i]) {
			dropped(own)
			t = strings.TrimSpace(t[:i])
		}
	}
	return t
}

var symbolPattern = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`S/RES/\d{1,5}\s*\(\d{4}\)`) })

// ownSymbol is the first document symbol the text gives, as printed.
func ownSymbol(text string) string {
	return symbolPattern().FindString(text[:min(len(text), 4096)])
}

// endsClause reports whether text ends with clause punctuation.
func endsClause(text string) bool {
	t := strings.TrimRight(text, " \"'”’)")
	if t == "" {
		return false
	}
	switch t[len(t)-1] {
	case '.', ';', ':', ',':
		return true
	}
	return false
}

// splitLines yields the lines of a text ended by LF, CRLF or a lone CR (as
// old Mac files and some converters end them): all three end a line alike.
func splitLines(text string) iter.Seq[string] {
	return func(yield func(string) bool) {
		for len(text) > 0 {
			i := strings.IndexAny(text, "\r\n")
			if i < 0 {
				yield(text)
				return
			}
			if !yield(text[:i]) {
				return
			}
			if text[i] == '\r' && i+1 < len(text) && text[i+1] == '\n' {
				i++
			}
			text = text[i+1:]
		}
	}
}

// MaxParts is the most numbered parts (paragraphs, sub-paragraphs, bullets)
// a text may hold, and MaxLines the most lines. The longest resolutions
// hold a few hundred parts on a few thousand lines; a worksheet of 25,000
// tasks is already past what a worksheet may hold (16 MiB) and past what a
// person reviews. A text over either limit is refused before it is read
// into lines and parts, by a count that allocates nothing: reading it would
// cost memory in proportion to its parts and lines, not to its bytes.
const (
	MaxParts = 25_000
	MaxLines = 1_000_000
)

// TooManyError refuses a text over MaxParts or MaxLines.
type TooManyError struct {
	What  string // "numbered paragraphs and sub-paragraphs" or "lines"
	Limit int
}

func (e *TooManyError) Error() string {
	return fmt.Sprintf("the text holds more than %d %s: no mandate is that long; split it and import each part", e.Limit, e.What)
}

// checkCounts counts the places a marker may begin, as candidates() looks
// for them, and the lines, stopping past the limits.
func checkCounts(text string) error {
	lines, marks := 1, 0
	for i := 0; i < len(text); i++ {
		c := text[i]
		start := i == 0
		switch c {
		case '\n', '\r':
			if c == '\r' && i+1 < len(text) && text[i+1] == '\n' {
				i++
			}
			lines++
			if lines > MaxLines {
				return &TooManyError{What: "lines", Limit: MaxLines}
			}
			if i+1 < len(text) {
				if _, ok := markerAt(text, skipBlanks(text, i+1)); ok {
					marks++
				}
			}
			continue
		case '.', ';', ':', ',':
			j := skipBlanks(text, i+1)
			if j > i+1 && j < len(text) {
				if _, ok := markerAt(text, j); ok {
					marks++
				}
			}
		}
		if start {
			if _, ok := markerAt(text, skipBlanks(text, 0)); ok {
				marks++
			}
		}
		if marks > MaxParts {
			return &TooManyError{What: "numbered paragraphs and sub-paragraphs", Limit: MaxParts}
		}
	}
	return nil
}

func skipBlanks(s string, i int) int {
	for i < len(s) && strings.IndexByte(" \t\f", s[i]) >= 0 {
		i++
	}
	return i
}

// holdsAny reports whether t holds one of the words of set.
func holdsAny(t string, set map[string]bool) bool {
	for w := range set {
		if strings.Contains(t, w) {
			return true
		}
	}
	return false
}
