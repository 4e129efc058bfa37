package mandate

import (
	"errors"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Kind says what a node of the tree is.
type Kind uint8

// The kinds of node.
const (
	// Item is a numbered paragraph or a lettered or roman sub-paragraph.
	Item Kind = iota + 1
	// Section is a section of a paragraph ("I. Secure and stable
	// environment"), whose sub-paragraphs it frames.
	Section
	// Heading is a heading line between items ("Protection of civilians"),
	// framing the items after it at its level.
	Heading
)

// Node is one piece of the operative part, in document order.
type Node struct {
	Kind Kind
	// Ref numbers the node as the text does: "3", "12(a)", "12(a)(i)",
	// "7.I", "7.I(b)". A heading has the reference of the item it stands
	// in, or "" between paragraphs.
	Ref string
	// Text is the node's text with its marker, lines joined.
	Text string
	// Line is the line of the file where the node begins.
	Line int
	// Parent is the index of the item or section it belongs to, -1 none.
	Parent int
	// Children is the number of items and sections directly below it.
	Children int
	// Context lists the indices of the nodes that frame it: the headings
	// above it and the items and sections it belongs to, outermost first.
	Context []int
}

// Tree is the operative part of a mandate read into nodes.
type Tree struct {
	Nodes []Node
	// Page is the normalised text the tree was read from.
	Page Page
	// Operative is the operative part of the normalised text, from its
	// first marker to the end, lines joined by "\n": what the nodes hold.
	Operative string
}

// ErrNoParagraphs is returned when a text holds no numbered or lettered
// paragraph.
var ErrNoParagraphs = errors.New("no numbered paragraphs found: a mandate's operative paragraphs start with \"1.\", or tasks with \"(a)\"")

// Read reads the operative part of a text into a tree: the preamble, up to
// the paragraph numbered 1 (or the first numbered or lettered item of a
// list), is skipped. A text of more than MaxParts parts or MaxLines lines is
// refused (TooManyError) before it is read.
func Read(text string) (*Tree, error) {
	if err := checkCounts(text); err != nil {
		return nil, err
	}
	page := Normalise(text)
	st := newStream(page.Lines)
	marks := sequence(st, st.candidates(), st.annexOffsets())
	if len(marks) == 0 {
		return nil, ErrNoParagraphs
	}
	t := &Tree{Page: page, Operative: st.s[marks[0].at:]}
	t.build(st, marks)
	return t, nil
}

// build makes the nodes of the accepted markers, peeling off the heading
// lines that stand at the end of an item's text before the next item.
func (t *Tree) build(st *stream, marks []mark) {
	scope := []int{} // the open items and sections, outermost first
	for k, mk := range marks {
		end := len(st.s)
		if k+1 < len(marks) {
			end = marks[k+1].at
		}
		body := strings.TrimRight(st.s[mk.at:end], " \n")
		if mk.style == annexStyle {
			// An annex heading, with what stands before its first
			// paragraph, frames the annex; it belongs to no paragraph.
			scope = scope[:0]
			t.Nodes = append(t.Nodes, Node{Kind: Heading, Ref: mk.ref, Text: join(body), Line: st.lineNo(mk.at), Parent: -1})
			continue
		}
		var headings []string
		var headingAt []int
		if k+1 < len(marks) {
			body, headings, headingAt = peelHeadings(body)
		}
		for len(scope) > mk.depth {
			scope = scope[:len(scope)-1]
		}
		parent := -1
		if len(scope) > 0 {
			parent = scope[len(scope)-1]
			t.Nodes[parent].Children++
		}
		kind := Item
		if mk.style == sections {
			kind = Section
		}
		t.Nodes = append(t.Nodes, Node{Kind: kind, Ref: mk.ref, Text: join(body), Line: st.lineNo(mk.at), Parent: parent})
		scope = append(scope, len(t.Nodes)-1)
		// The headings frame what comes next: their parent is the next
		// marker's parent, which is only known then; keep them pending.
		for i, h := range headings {
			t.Nodes = append(t.Nodes, Node{Kind: Heading, Text: h, Line: st.lineNo(mk.at + headingAt[i]), Parent: -2})
		}
	}
	t.settle(marks)
}

// settle gives each heading its parent and reference, and each node its
// context.
func (t *Tree) settle(marks []mark) {
	// A pending heading belongs to the scope of the next item (read from the
	// end, so that a run of headings costs one pass).
	nextParent := -1
	for i := len(t.Nodes) - 1; i >= 0; i-- {
		if t.Nodes[i].Parent != -2 {
			nextParent = t.Nodes[i].Parent
			continue
		}
		t.Nodes[i].Parent = nextParent
		if p := nextParent; p >= 0 {
			t.Nodes[i].Ref = t.Nodes[p].Ref
		}
	}
	// active[p] is the latest heading seen directly in scope p (root: -1).
	active := map[int]int{}
	for i := range t.Nodes {
		n := &t.Nodes[i]
		if n.Kind == Heading {
			active[n.Parent] = i
			continue
		}
		// A new item closes the headings of the scopes it ends.
		delete(active, i)
		var chain []int
		for p := n.Parent; p >= 0; p = t.Nodes[p].Parent {
			chain = append(chain, p)
		}
		if h, ok := active[-1]; ok {
			n.Context = append(n.Context, h)
		}
		for k := len(chain) - 1; k >= 0; k-- {
			n.Context = append(n.Context, chain[k])
			if h, ok := active[chain[k]]; ok {
				n.Context = append(n.Context, h)
			}
		}
	}
}

// peelHeadings splits off the heading lines at the end of an item's body:
// short lines that begin with a capital and end no sentence, after a line
// that ends a clause.
//
// A heading wrapped onto a second line ("Protection of civilians,
// humanitarian personnel and United Nations" / "personnel and facilities")
// is one heading: its last line begins in lower case.
func peelHeadings(body string) (string, []string, []int) {
	lines := strings.Split(body, "\n")
	if n := len(lines); n > 2 && wrappedHeading(lines[n-2], lines[n-1]) {
		if rest, hs, at := peelHeadings(strings.Join(lines[:n-2], "\n") + "\n" + lines[n-2] + " " + lines[n-1]); len(hs) > 0 {
			return rest, hs, at
		}
	}
	k := len(lines)
	for k > 1 && isHeading(lines[k-1]) {
		k--
	}
	// The headings begin after a line that ends a clause: a short line
	// before them may be the end of the item's own sentence.
	for k < len(lines) && !endsClause(lines[k-1]) {
		k++
	}
	if k == len(lines) {
		return body, nil, nil
	}
	// After a comma the clause may go on: "…, drawing from the
	// recommendations,\nUNAMIR shall have the following mandate:" is no
	// heading; a heading there ends no clause of its own.
	if strings.HasSuffix(strings.TrimRight(lines[k-1], " "), ",") && strings.HasSuffix(strings.TrimRight(lines[k], " "), ":") {
		return body, nil, nil
	}
	at := len(strings.Join(lines[:k], "\n")) + 1
	var offs []int
	for _, h := range lines[k:] {
		offs = append(offs, at)
		at += len(h) + 1
	}
	return strings.Join(lines[:k], "\n"), lines[k:], offs
}

// wrappedHeading reports whether two lines are one heading wrapped: the
// second goes on in lower case, and together they read as a heading.
func wrappedHeading(first, second string) bool {
	r, _ := utf8.DecodeRuneInString(second)
	return unicode.IsLower(r) && isHeading(first) && isHeading(first+" "+second)
}

// isHeading reports whether a line reads as a heading: short, begins with a
// capital, and does not end a sentence (a colon may end it, but not a long
// line's: "To carry out, within its capabilities, the following tasks in
// support of the implementation of the Agreement:" leads into a list).
func isHeading(line string) bool {
	words := len(strings.Fields(line))
	if len(line) > 140 || words > 20 {
		return false
	}
	// a heading may stand in brackets and quotes: ("Renewing the mandate
	// of the United Nations Operation in Côte d'Ivoire")
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(line, "(\"'“‘"))
	if !unicode.IsUpper(r) {
		return false
	}
	t := strings.TrimRight(line, " \"'”’)")
	last := t[len(t)-1]
	if last == ':' && (len(line) > 120 || words > 16) {
		return false
	}
	return last != ';' && last != ',' && last != '.'
}

// join makes one text of a node's lines: a space between, or nothing after
// a hyphen that broke a word.
func join(body string) string {
	if !strings.Contains(body, "\n") {
		return body
	}
	var b strings.Builder
	prev := ""
	for i, l := range strings.Split(body, "\n") {
		if i > 0 && (!strings.HasSuffix(prev, "-") || strings.HasSuffix(prev, " -")) {
			b.WriteByte(' ')
		}
		b.WriteString(l)
		prev = l
	}
	return b.String()
}
