package mandate

import "strconv"

// mark is an accepted paragraph marker.
type mark struct {
	at    int
	depth int
	style style
	ref   string
}

// level is one open level of the numbering.
type level struct {
	style style
	last  int
	ref   string // the reference of the item that opened the level's last item
}

// maxGap is the most paragraph numbers a text may skip (a source that lost
// a page): the next number is taken when it stands first on a line after the
// end of a clause. The reading reports the gap.
const maxGap = 5

// lookahead is how many candidates are looked at to tell "(i)" the letter
// from "(i)" the roman numeral.
const lookahead = 64

// sequence keeps the candidates that continue the numbering: each level
// expects its next number, letter or numeral, and a candidate that neither
// continues an open level nor starts a new one is text. The first marker is
// the paragraph numbered 1; failing that the first numbered paragraph; failing
// that the first "(a)" of a list of tasks.
func sequence(st *stream, cands []candidate, annexes []int) []mark {
	start := -1
	for i, c := range cands {
		if c.kind == numbers && c.tok == "1" {
			start = i
			break
		}
	}
	// A text that numbers its paragraphs from another number, or backwards,
	// starts at its first numbered paragraph that stands first on a line
	// after the end of a clause (no resolution's preamble holds one).
	for i := 0; i < start; i++ {
		if c := cands[i]; c.kind == numbers && (opensParagraph(st, c) || st.underAnnex(c, annexes)) {
			start = i
			break
		}
	}
	if start < 0 {
		for i, c := range cands {
			if c.kind == numbers || c.kind == letters && c.tok == "a" {
				start = i
				break
			}
		}
	}
	if start < 0 {
		return nil
	}
	var marks []mark
	var stack []level
	parts := newParts(cands[start].at, annexes)
	for i := start; i < len(cands); i++ {
		c := cands[i]
		if heads := parts.annexesBefore(c.at); len(heads) > 0 {
			stack = stack[:0]
			marks = append(marks, heads...)
		}
		if c.kind == numbers {
			n, err := strconv.Atoi(c.tok)
			if err != nil || len(stack) > 0 && stack[0].style != numbers {
				continue
			}
			next := len(stack) == 0 && parts.fresh || len(stack) > 0 && n == stack[0].last+1
			gap := len(stack) > 0 && n > stack[0].last+1 && n <= stack[0].last+maxGap && c.lineStart && st.endsClauseBefore(c.at)
			// Numbering that runs backwards, repeats or jumps is still a
			// paragraph when it stands first on a line after the end of a
			// clause, before a capital: every numbered part is read, none
			// folded into another. (A number of four digits there is more
			// often a year.) A number given again at once is the source
			// repeating itself (and keeps its reference, as "(a)" after
			// "(a)" does); one seen earlier begins the numbering again, in a
			// part of its own.
			again := !next && !gap && len(stack) > 0 && n < 1000 && opensParagraph(st, c)
			if again && n < stack[0].last && parts.seen[c.tok] {
				parts.restart()
			}
			if next || gap || again {
				ref := parts.ref(c.tok)
				parts.number(c.tok)
				stack = append(stack[:0], level{style: numbers, last: n, ref: ref})
				marks = append(marks, mark{at: c.at, depth: 0, style: numbers, ref: ref})
			}
			continue
		}
		depth, st, val, ok := place(stack, c, cands[i+1:min(len(cands), i+1+lookahead)])
		if !ok {
			continue
		}
		stack = stack[:depth]
		parent := ""
		if depth > 0 {
			parent = stack[depth-1].ref
		}
		ref := parent + "(" + c.tok + ")"
		if st == bullets {
			// An unnumbered item is numbered by its place in the list:
			// "7(•2)" is the second bullet of paragraph 7.
			ref = parent + "(•" + strconv.Itoa(val) + ")"
		}
		if st == sections {
			ref = parent + "." + c.tok
			if parent == "" {
				ref = c.tok
			}
		}
		if parent == "" {
			ref = parts.ref(ref)
		}
		parts.fresh = false
		stack = append(stack, level{style: st, last: val, ref: ref})
		marks = append(marks, mark{at: c.at, depth: depth, style: st, ref: ref})
	}
	return marks
}

// place decides where a letter, roman or section candidate goes: as the next
// item of an open level (innermost first), or as the first item of a new
// level below the innermost one; a first item right after the first item of
// its level ("(a)" after "(a)") begins the list again, as a sibling with the
// same reference, rather than be read as text. "(i)" after "(h)" could be either; the
// candidates after it decide: "(ii)" before "(j)" makes it a numeral.
func place(stack []level, c candidate, next []candidate) (depth int, st style, val int, ok bool) {
	cont := -1
	var contStyle style
	var contVal int
	for k := len(stack) - 1; k >= 0 && cont < 0; k-- {
		lv := stack[k]
		var v int
		switch {
		case c.kind == bullets && lv.style == bullets:
			v = lv.last + 1 // a bullet continues any open list of bullets
		case c.kind == sections && lv.style == sections:
			v = romanValue(c.tok)
		case c.kind == letters && lv.style == letters:
			v = letterValue(c.tok)
		case c.kind == letters && lv.style == romans:
			v = romanValue(c.tok)
		default:
			continue
		}
		if v == lv.last+1 {
			cont, contStyle, contVal = k, lv.style, v
		}
	}
	newStyle := style(0)
	switch {
	case c.kind == sections && c.tok == "I":
		newStyle = sections
	case c.kind == letters && c.tok == "a":
		newStyle = letters
	case c.kind == letters && c.tok == "i":
		newStyle = romans
	case c.kind == bullets:
		newStyle = bullets
	}
	for _, lv := range stack {
		if lv.style == newStyle {
			newStyle = 0 // a level never nests in a level of its own style
		}
	}
	restart := -1 // a list that begins again: "(a)" after "(a)"
	if newStyle == 0 && cont < 0 && (c.tok == "a" || c.tok == "i" || c.tok == "I") {
		for k, lv := range stack {
			if lv.last == 1 && (lv.style == letters && c.tok == "a" || lv.style == romans && c.tok == "i" || lv.style == sections && c.tok == "I") {
				restart = k
			}
		}
	}
	switch {
	case restart >= 0:
		return restart, stack[restart].style, 1, true
	case cont >= 0 && newStyle != 0:
		if opensRomans(next) {
			return len(stack), romans, 1, true
		}
		return cont, contStyle, contVal, true
	case cont >= 0:
		return cont, contStyle, contVal, true
	case newStyle != 0:
		return len(stack), newStyle, 1, true
	}
	return 0, 0, 0, false
}

// opensRomans reports whether "(ii)" comes before "(j)" among the next
// candidates.
func opensRomans(next []candidate) bool {
	for _, c := range next {
		switch {
		case c.kind == numbers:
			return false
		case c.tok == "ii":
			return true
		case c.tok == "j":
			return false
		}
	}
	return false
}
