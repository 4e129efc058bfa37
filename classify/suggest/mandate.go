package suggest

import (
	"errors"
	"fmt"
	"regexp"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/pocssr/pocssr/classify/suggest/mandate"
)

// Role says what a part of a mandate's operative text is.
type Role uint8

// The roles of the parts of a mandate.
const (
	// Task is a paragraph or sub-paragraph that calls for action: one draft
	// activity each.
	Task Role = iota + 1
	// LeadIn is the opening of a paragraph before its sub-paragraphs ("Decides
	// that the mission shall have the following mandate:"), or a heading-only
	// item ("(a) Protection of civilians:"): context for them.
	LeadIn
	// Heading is a heading line ("Protection of civilians", "I. Secure and
	// Stable Environment:"): context for what follows it.
	Heading
	// LeftOut is a paragraph or sub-paragraph that asks for no activity: it
	// only welcomes, condemns, recalls or expresses intent, or it extends a
	// mandate by reference, sets a troop ceiling, requests a report or makes
	// demands of armed groups. Its Reason says which.
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
// (page numbers, job numbers, barcodes, running headers) is dropped.
type Part struct {
	Role Role
	// Ref numbers the part as the text does: "3", "12(a)", "6(ii)",
	// "4(a)(i)", "7.I(b)" for sub-paragraph (b) under section I of paragraph
	// 7. A heading has the reference of the paragraph it stands in, or none
	// between paragraphs.
	Ref string
	// Text is the part's text with its number, lines joined.
	Text string
	// Context is what frames a sub-paragraph: the headings above it and the
	// lead-ins of the paragraphs it belongs to, outermost first. Each is the
	// Text of a LeadIn or Heading part.
	Context []string
	// Line is the line of the file where the part begins.
	Line int
	// Reason says why a LeftOut part is left out; "" for the other roles.
	Reason Reason
	// TaskFrom is where in Text the decision begins that keeps a task
	// which opens with a decision left out ("Decides to renew the mandate
	// ... and decides further that the mission shall deploy ..."); 0 when
	// the part opens with its task.
	TaskFrom int
	// TitleFrom is where in Text the decision begins that asks the one who
	// acts, when an earlier decision of the part asks others ("Calls on
	// member states to respond ..., and encourages the Special
	// Representative to continue to coordinate ..."): the task is titled
	// from it. 0 when the title is read from the part's opening.
	TitleFrom int
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
	// LeftOutParagraphs counts the parts left out: paragraphs and
	// sub-paragraphs.
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

// LeftOutPart is a paragraph or sub-paragraph an import leaves out, with why.
type LeftOutPart struct {
	Ref    string
	Reason Reason
	Text   string
	Line   int
}

// LeftOut lists the parts left out, in order.
func (m *Mandate) LeftOut() []LeftOutPart {
	var out []LeftOutPart
	for _, p := range m.Parts {
		if p.Role == LeftOut {
			out = append(out, LeftOutPart{Ref: p.Ref, Reason: p.Reason, Text: p.Text, Line: p.Line})
		}
	}
	return out
}

// MaxMandateSize is the largest mandate read: 16 MiB. (What an import may
// write is bounded apart: see ErrWorksheetTooLarge.)
const MaxMandateSize = 16 << 20

// ErrNoTasks is returned when a text holds no numbered paragraph.
var ErrNoTasks = mandate.ErrNoParagraphs

var symbolPattern = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`S/RES/(\d+)\s*\((\d{4})\)`) })

// ReadMandate splits a mandate, a Security Council resolution as plain text
// or any numbered list of tasks, into parts. The preamble is skipped; page
// furniture is dropped wherever it falls; a paragraph that runs across a page
// break or over several lines is joined. Each paragraph and sub-paragraph
// that asks for no activity is left out, with its reason.
func ReadMandate(rd *Reader, text string) (*Mandate, error) {
	if err := checkMandateText(text); err != nil {
		return nil, err
	}
	m := &Mandate{}
	head := text[:min(len(text), 1<<16)]
	if sm := symbolPattern().FindStringSubmatch(head); sm != nil {
		m.Document = fmt.Sprintf("S/RES/%s (%s)", sm[1], sm[2])
	}
	tree, err := mandate.Read(text)
	if errors.Is(err, mandate.ErrNoParagraphs) {
		return nil, ErrNoTasks
	}
	if err != nil {
		return nil, err
	}
	m.Mission = rd.lx.givenTo(tree.Operative[:min(len(tree.Operative), 1<<20)])
	m.Parts = make([]Part, len(tree.Nodes))
	for i, n := range tree.Nodes {
		p := &m.Parts[i]
		p.Ref, p.Text, p.Line = n.Ref, n.Text, n.Line
		for _, c := range n.Context {
			p.Context = append(p.Context, tree.Nodes[c].Text)
		}
		switch {
		case n.Kind == mandate.Heading || n.Kind == mandate.Section:
			p.Role = Heading
		case n.Children > 0:
			p.Role = LeadIn
		default:
			p.Role = Task
		}
	}
	rd.leaveOut(m, tree)
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
