package suggest

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Role says what a part of a mandate's operative text is.
type Role uint8

// The roles of the parts of a mandate.
const (
	// Task is a paragraph or sub-paragraph that calls for action: one draft
	// activity each.
	Task Role = iota + 1
	// LeadIn is the opening of a paragraph before its sub-paragraphs ("Decides
	// that the mission shall have the following mandate:"): context for them.
	LeadIn
	// Heading is a heading line ("Protection of civilians", "I. Secure and
	// Stable Environment:"): context for what follows it.
	Heading
	// LeftOut is a paragraph that only welcomes, condemns, recalls or
	// expresses intent.
	LeftOut
)

func (r Role) String() string {
	switch r {
	case Task:
		return "task"
	case LeadIn:
		return "lead-in"
	case Heading:
		return "heading"
	case LeftOut:
		return "left out"
	}
	return "?"
}

// Part is one piece of a mandate's operative text. Together the parts hold
// the whole operative text, each piece once, in order; only page furniture
// (page numbers, running headers) is dropped.
type Part struct {
	Role Role
	// Ref numbers the part as the text does: "3", "12(a)", "6(ii)",
	// "7.I(b)" for sub-paragraph (b) under section I of paragraph 7. A
	// heading has the reference of the paragraph it stands in, or none
	// between paragraphs.
	Ref string
	// Text is the part's text with its number, lines joined.
	Text string
	// Context is what frames a sub-paragraph: the headings above it and the
	// lead-ins of the paragraphs it belongs to, outermost first.
	Context []string
	// Line is the line of the file where the part begins.
	Line int
}

// Mandate is a mandate read into parts.
type Mandate struct {
	// Document is the symbol the text gives itself, e.g. "S/RES/1925 (2010)",
	// or "" when it names none.
	Document string
	// Mission is the mission the text gives the mandate to, when it says so
	// ("decides that MONUSCO shall have the following mandate"), else "".
	Mission string
	Parts   []Part
	// LeftOutParagraphs counts the paragraphs left out.
	LeftOutParagraphs int
}

// Tasks lists the parts that are tasks.
func (m *Mandate) Tasks() []Part {
	var out []Part
	for _, p := range m.Parts {
		if p.Role == Task {
			out = append(out, p)
		}
	}
	return out
}

// MaxMandateSize is the largest mandate read: 16 MiB.
const MaxMandateSize = 16 << 20

// ErrNoTasks is returned when a text holds no numbered paragraph.
var ErrNoTasks = fmt.Errorf("no numbered paragraphs found: a mandate's operative paragraphs start with \"1.\", or tasks with \"(a)\"")

var (
	symbolPattern  = regexp.MustCompile(`S/RES/(\d+)\s*\((\d{4})\)`)
	missionPattern = regexp.MustCompile(`[Dd]ecides that (?:the )?([A-Z][A-Za-z]*[A-Z])\b[^.;:]{0,80}?shall have the following mandate`)
	jobNumber      = regexp.MustCompile(`^\d{2}-\d{4,6}\s*\([A-Z]\)$`)
	barcode        = regexp.MustCompile(`^\*\d+\*$`)
	paraMarker     = regexp.MustCompile(`^(\d{1,3})[.)]\s+\S`)
	subMarker      = regexp.MustCompile(`^\(([a-z]{1,5})\)\s*|^([a-z]{1,5})\)\s+`)
	sectionMarker  = regexp.MustCompile(`^([IVX]{1,5})\.\s+\S`)
	inlineSub      = regexp.MustCompile(`[;:]\s+\([a-z]{1,5}\)\s`)
)

// ReadMandate splits a mandate, a Security Council resolution as plain text
// or any numbered list of tasks, into parts. The preamble is skipped; page
// numbers and running headers are dropped; a paragraph that runs across a
// page break or over several lines is joined.
func ReadMandate(rd *Reader, text string) (*Mandate, error) {
	if err := checkMandateText(text); err != nil {
		return nil, err
	}
	m := &Mandate{}
	if sm := symbolPattern.FindStringSubmatch(text); sm != nil {
		m.Document = fmt.Sprintf("S/RES/%s (%s)", sm[1], sm[2])
	}
	if mm := missionPattern.FindStringSubmatch(text); mm != nil {
		m.Mission = mm[1]
	}
	lines := mandateLines(text, m.Document)
	start := operativeStart(lines)
	if start < 0 {
		return nil, ErrNoTasks
	}
	b := &mandateBuilder{rd: rd, m: m}
	for _, ln := range lines[start:] {
		b.line(ln)
	}
	b.finish()
	return m, nil
}

// checkMandateText refuses what cannot be a mandate.
func checkMandateText(text string) error {
	switch {
	case len(text) > MaxMandateSize:
		return fmt.Errorf("the text is %.1f MiB; the limit is %d MiB", float64(len(text))/(1<<20), MaxMandateSize>>20)
	case strings.TrimSpace(text) == "":
		return fmt.Errorf("the text is empty")
	case !utf8.ValidString(text):
		return fmt.Errorf("the text is not valid UTF-8: save it as UTF-8 plain text")
	}
	return nil
}

// srcLine is one line of the mandate, with its number in the file.
type srcLine struct {
	text string
	no   int
}

// mandateLines splits the text into lines, drops page furniture and blank
// lines, and splits a line where a sub-paragraph starts in its middle
// ("...; (b) ...").
func mandateLines(text, symbol string) []srcLine {
	var out []srcLine
	no := 0
	for raw := range strings.SplitSeq(text, "\n") {
		no++
		for _, piece := range strings.Split(raw, "\f") {
			line := strings.TrimSpace(strings.TrimSuffix(piece, "\r"))
			if line == "" || isFurniture(line, symbol) {
				continue
			}
			from := 0
			for _, loc := range inlineSub.FindAllStringIndex(line, -1) {
				cut := loc[0] + 1
				out = append(out, srcLine{strings.TrimSpace(line[from:cut]), no})
				from = cut
			}
			out = append(out, srcLine{strings.TrimSpace(line[from:]), no})
		}
	}
	return out
}

// isFurniture reports whether a line is a page number, a running header
// repeating the document symbol, or a print job number.
func isFurniture(line, symbol string) bool {
	if isDigits(line) && len(line) <= 4 {
		return true
	}
	if symbol != "" && symbolPattern.MatchString(line) && len(line) <= len(symbol)+4 {
		return true
	}
	return jobNumber.MatchString(line) || barcode.MatchString(line)
}

// operativeStart finds the first numbered paragraph ("1."), or failing that
// the first numbered or lettered line.
func operativeStart(lines []srcLine) int {
	first := -1
	for i, ln := range lines {
		if sm := paraMarker.FindStringSubmatch(ln.text); sm != nil {
			if sm[1] == "1" {
				return i
			}
			if first < 0 {
				first = i
			}
		}
	}
	if first >= 0 {
		return first
	}
	for i, ln := range lines {
		if sm := subMarker.FindStringSubmatch(ln.text); sm != nil && (sm[1] == "a" || sm[2] == "a") {
			return i
		}
	}
	return -1
}

// romanValue is the value of a lower-case roman numeral, or 0.
func romanValue(s string) int {
	val := func(c byte) int {
		switch c {
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
	if total <= 0 || toRoman(total) != s {
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

// looksLikeHeading reports whether a line reads as a heading: short, begins
// with a capital, and does not end a sentence.
func looksLikeHeading(line string) bool {
	if len(line) > 80 || len(strings.Fields(line)) > 8 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(line)
	if !unicode.IsUpper(r) {
		return false
	}
	last := line[len(line)-1]
	return last != ';' && last != ',' && last != '.'
}

// ends reports whether text ends a paragraph or clause: . ; or :
func ends(text string) bool {
	t := strings.TrimRight(text, " \"'”’)")
	if t == "" {
		return false
	}
	switch t[len(t)-1] {
	case '.', ';', ':':
		return true
	}
	return false
}

func itoa(n int) string { return strconv.Itoa(n) }
