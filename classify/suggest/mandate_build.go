package suggest

import "strings"

// rawPart is a part as the lines are read, before roles are settled.
type rawPart struct {
	heading bool
	level   int // paragraph 0, sub-paragraph 1, sub-sub-paragraph 2; headings -1
	para    int // index of the paragraph's group
	ref     string
	text    string   // the first line, then all lines once finished
	more    []string // the lines that continue it
	line    int
	// topLevel: a heading that stands between paragraphs, not inside one.
	topLevel bool
}

// mandateBuilder reads operative lines into parts, keeping the numbering
// across page breaks and joined lines.
type mandateBuilder struct {
	rd *Reader
	m  *Mandate

	raw        []rawPart
	group      int    // paragraph groups seen
	number     int    // current paragraph number, 0 before the first
	section    string // current section numeral ("I"), "" none
	lastLetter byte   // last lettered sub-paragraph, 0 none
	letterRef  string
	lastRoman  int // last roman sub-paragraph, 0 none
	// pending are headings whose place (inside the paragraph or between
	// paragraphs) the next numbered line decides.
	pending []int
}

func (b *mandateBuilder) current() *rawPart {
	if len(b.raw) == 0 {
		return nil
	}
	return &b.raw[len(b.raw)-1]
}

// paraRef is the reference of the current paragraph and section: "7", "7.I".
func (b *mandateBuilder) paraRef() string {
	ref := ""
	if b.number > 0 {
		ref = itoa(b.number)
	}
	if b.section != "" {
		if ref != "" {
			ref += "."
		}
		ref += b.section
	}
	return ref
}

// canOpen reports whether a numbered line may begin a new part here: at the
// start, after a heading, or where the text so far ends a clause. A number in
// the middle of a sentence ("paragraph 12 (j)") that a line break happens to
// put first on a line continues the sentence.
func (b *mandateBuilder) canOpen() bool {
	cur := b.current()
	if cur == nil || cur.heading {
		return true
	}
	last := strings.TrimRight(cur.last(), " \"'”’)")
	if last == "" {
		return true
	}
	switch last[len(last)-1] {
	case '.', ';', ':', ',':
		return true
	}
	return strings.HasSuffix(last, " and") || strings.HasSuffix(last, " or")
}

func (b *mandateBuilder) line(ln srcLine) {
	text := ln.text
	if !b.canOpen() {
		b.current().more = append(b.current().more, text)
		return
	}
	if sm := paraMarker.FindStringSubmatch(text); sm != nil {
		n := atoi(sm[1])
		if b.number == 0 && len(b.raw) == 0 || n > b.number && n <= b.number+3 {
			b.settleHeadings(true)
			b.group++
			b.number, b.section, b.lastLetter, b.lastRoman, b.letterRef = n, "", 0, 0, ""
			b.raw = append(b.raw, rawPart{level: 0, para: b.group, ref: itoa(n), text: text, line: ln.no})
			return
		}
	}
	if sm := subMarker.FindStringSubmatch(text); sm != nil {
		tok := sm[1] + sm[2]
		if b.sub(tok, text, ln.no) {
			return
		}
	}
	if sm := sectionMarker.FindStringSubmatch(text); sm != nil && b.group > 0 {
		b.settleHeadings(false)
		b.section, b.lastLetter, b.lastRoman, b.letterRef = sm[1], 0, 0, ""
		b.raw = append(b.raw, rawPart{heading: true, level: -1, para: b.group, ref: b.paraRef(), text: text, line: ln.no})
		return
	}
	cur := b.current()
	if cur == nil {
		return
	}
	if ends(cur.last()) && looksLikeHeading(text) {
		b.raw = append(b.raw, rawPart{heading: true, level: -1, para: b.group, ref: b.paraRef(), text: text, line: ln.no})
		b.pending = append(b.pending, len(b.raw)-1)
		return
	}
	cur.more = append(cur.more, text)
}

// last is the part's last line so far.
func (r *rawPart) last() string {
	if len(r.more) > 0 {
		return r.more[len(r.more)-1]
	}
	return r.text
}

// join makes the part's text of its lines: with a space between, or directly
// after a hyphen that broke a word.
func (r *rawPart) join() {
	if len(r.more) == 0 {
		return
	}
	var b strings.Builder
	b.WriteString(r.text)
	prev := r.text
	for _, l := range r.more {
		if !strings.HasSuffix(prev, "-") || strings.HasSuffix(prev, " -") {
			b.WriteByte(' ')
		}
		b.WriteString(l)
		prev = l
	}
	r.text, r.more = b.String(), nil
}

// sub starts a sub-paragraph marked tok, if tok continues the numbering:
// "(i)" after "(h)" is a letter, after nothing or "(ii)" a roman numeral.
func (b *mandateBuilder) sub(tok, text string, line int) bool {
	next := byte('a')
	if b.lastLetter != 0 {
		next = b.lastLetter + 1
	}
	roman := romanValue(tok)
	var letter bool
	switch {
	case len(tok) == 1 && tok[0] == next:
		letter = true
	case roman > 0 && roman == b.lastRoman+1:
		letter = false
	case tok == "a":
		letter = true
	case len(tok) == 1 && roman == 0:
		letter = true
	case roman > 0:
		letter = false
	default:
		return false
	}
	if b.group == 0 {
		b.group = 1 // a list of lettered tasks without paragraph numbers
	}
	b.settleHeadings(false)
	if letter {
		b.lastLetter, b.lastRoman = tok[0], 0
		b.letterRef = b.paraRef() + "(" + tok + ")"
		b.raw = append(b.raw, rawPart{level: 1, para: b.group, ref: b.letterRef, text: text, line: line})
		return true
	}
	b.lastRoman = roman
	if b.lastLetter != 0 {
		b.raw = append(b.raw, rawPart{level: 2, para: b.group, ref: b.letterRef + "(" + tok + ")", text: text, line: line})
		return true
	}
	b.raw = append(b.raw, rawPart{level: 1, para: b.group, ref: b.paraRef() + "(" + tok + ")", text: text, line: line})
	return true
}

// settleHeadings decides the headings read since the last numbered line: a
// heading followed by a new paragraph stands between paragraphs.
func (b *mandateBuilder) settleHeadings(newParagraph bool) {
	for _, i := range b.pending {
		b.raw[i].topLevel = newParagraph
		if newParagraph {
			b.raw[i].para, b.raw[i].ref = b.group+1, ""
		}
	}
	b.pending = b.pending[:0]
}

// finish settles roles and context, and leaves out the paragraphs that call
// for no action.
func (b *mandateBuilder) finish() {
	b.settleHeadings(false)
	for i := range b.raw {
		b.raw[i].join()
	}
	leftOut := map[int]bool{}
	for _, g := range b.groups() {
		texts := make([]string, len(g))
		for k, i := range g {
			texts[k] = b.raw[i].text
		}
		if b.rd.lx.callsForNoAction(strings.Join(texts, "\n\n")) {
			leftOut[b.raw[g[0]].para] = true
			b.m.LeftOutParagraphs++
		}
	}
	var top string               // heading between paragraphs
	var inside string            // heading inside the current paragraph
	leadIns := make([]string, 3) // lead-in of levels 0 and 1
	for i := range b.raw {
		r := &b.raw[i]
		p := Part{Ref: r.ref, Text: r.text, Line: r.line}
		if r.heading {
			p.Role = Heading
			if r.topLevel {
				top, inside = r.text, ""
			} else {
				inside = r.text
			}
			b.m.Parts = append(b.m.Parts, p)
			continue
		}
		if r.level == 0 {
			inside = ""
			leadIns[0], leadIns[1] = "", ""
		}
		hasChildren := b.hasChildren(i)
		switch {
		case leftOut[r.para]:
			p.Role = LeftOut
		case hasChildren:
			p.Role = LeadIn
		default:
			p.Role = Task
		}
		p.Context = appendNonEmpty(p.Context, top)
		if r.level >= 1 {
			p.Context = appendNonEmpty(p.Context, leadIns[0])
			p.Context = appendNonEmpty(p.Context, inside)
		}
		if r.level == 2 {
			p.Context = appendNonEmpty(p.Context, leadIns[1])
		}
		if hasChildren && r.level < 2 {
			leadIns[r.level] = r.text
			if r.level == 0 {
				leadIns[1] = ""
			}
		} else if r.level == 1 {
			leadIns[1] = ""
		}
		b.m.Parts = append(b.m.Parts, p)
	}
}

// hasChildren reports whether raw part i is followed by a deeper part of the
// same paragraph before any part of its own level.
func (b *mandateBuilder) hasChildren(i int) bool {
	r := b.raw[i]
	for j := i + 1; j < len(b.raw); j++ {
		n := b.raw[j]
		if n.para != r.para {
			return false
		}
		if n.heading {
			continue
		}
		return n.level > r.level
	}
	return false
}

// groups lists, per paragraph, the indices of its parts (headings aside).
func (b *mandateBuilder) groups() [][]int {
	var out [][]int
	for i, r := range b.raw {
		if r.heading {
			continue
		}
		if r.level == 0 || len(out) == 0 || b.raw[out[len(out)-1][0]].para != r.para {
			out = append(out, nil)
		}
		out[len(out)-1] = append(out[len(out)-1], i)
	}
	return out
}

func appendNonEmpty(list []string, s string) []string {
	if s == "" {
		return list
	}
	return append(list, s)
}

func atoi(s string) int {
	n := 0
	for k := 0; k < len(s); k++ {
		n = n*10 + int(s[k]-'0')
	}
	return n
}

// callsForNoAction reports whether a paragraph only welcomes, condemns,
// recalls or expresses intent: it opens with such words and holds no word that
// calls for action after them.
func (lx *lexicon) callsForNoAction(text string) bool {
	ws := splitWords(text, nil)
	opening := -1
	var actions []match
	for _, m := range lx.scan(ws, nil) {
		switch lx.phrases[m.phrase].role {
		case roleLeaveOut:
			if m.from == 0 && m.to > opening {
				opening = m.to
			}
		case roleAction:
			actions = append(actions, m)
		}
	}
	if opening < 0 {
		return false
	}
	for _, a := range actions {
		if a.from >= opening {
			return false
		}
	}
	return true
}
