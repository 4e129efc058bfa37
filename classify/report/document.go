package report

import (
	"io"
	"iter"
	"strings"

	"github.com/pocssr/pocssr/classify"
)

// sink is where a renderer writes: a strings.Builder, or a bufio.Writer over
// the output, so that a long report is written as it is rendered.
type sink interface {
	io.Writer
	io.StringWriter
	io.ByteWriter
}

// The briefing is built once as a document (briefing_doc.go) and every
// briefing format renders that one document: markdown.go, briefing_html.go
// and docx.go. A document is a flat list of blocks, each holding lines of
// runs. The builder says what a piece of text is (a value, a severity, the
// DRAFT mark, a heading); each renderer decides how that looks in its format,
// so that no sentence of the briefing is written twice.

// runKind says what a piece of text is.
type runKind uint8

const (
	runText      runKind = iota // words, escaped by each renderer
	runRaw                      // the program's own punctuation or numbering, never read as markup
	runStrong                   // a label: "Verdict:"
	runEm                       // a label inside a sentence: "Do:"
	runValue                    // a value named in a line: bold in HTML and DOCX, plain in markdown
	runSeverity                 // a severity, always shown as its word
	runDraft                    // the DRAFT mark after an activity's name
	runDraftWord                // DRAFT as a word of a sentence
	runEnd                      // where a cell of a row of cells ends; never in a line
)

// run is one piece of a line.
type run struct {
	kind runKind
	// fixed says the text is the rulebook's words (a risk's title, what to
	// do), or made of them with few of an activity's facts (a reason, a
	// risk's why, a verdict): the same for many activities, so a long
	// briefing writes it as it wrote it before (escMemo).
	fixed bool
	// suggested: a runSeverity of a risk that fires only on answers a
	// draft's words suggested (classify.Risk.OnSuggested); its text begins
	// with the "~" that marks it.
	suggested bool
	text      string
	sev       classify.Severity // of a runSeverity
}

// escMemo holds the runs of the rulebook's text a long briefing has
// written, each as it was written in its format, by its text: a risk's
// mitigation is written for every activity it fires for, twice, and
// making each piece of text safe and escaping it was a sixth of the
// briefing's time. It is bounded by the rulebook's text, and by
// escMemoSize.
type escMemo map[string]string

// escMemoSize is how many runs a memo keeps at most.
const escMemoSize = 4096

// write writes text as writeText writes it, from m when m holds it.
func (m escMemo) write(b sink, text string, writeText func(sink, string)) {
	if out, ok := m[text]; ok {
		b.WriteString(out)
		return
	}
	if m == nil || len(m) >= escMemoSize {
		writeText(b, text)
		return
	}
	var out strings.Builder
	writeText(&out, text)
	m[text] = out.String()
	b.WriteString(out.String())
}

// line is a paragraph's, a cell's or a heading's text.
type line []run

func (l line) text(s string) line   { return append(l, run{kind: runText, text: s}) }
func (l line) fixed(s string) line  { return append(l, run{kind: runText, text: s, fixed: true}) }
func (l line) raw(s string) line    { return append(l, run{kind: runRaw, text: s}) }
func (l line) strong(s string) line { return append(l, run{kind: runStrong, text: s}) }
func (l line) em(s string) line     { return append(l, run{kind: runEm, text: s}) }
func (l line) value(s string) line  { return append(l, run{kind: runValue, text: s}) }

// add appends the runs of another line.
func (l line) add(o line) line { return append(l, o...) }
func (l line) severity(s classify.Severity) line {
	return append(l, run{kind: runSeverity, text: SeverityTag(s), sev: s})
}

func (l line) draftWord() line { return append(l, run{kind: runDraftWord, text: "DRAFT"}) }

// riskSeverity adds a risk's severity, marked "~" when the risk fires only
// on suggested answers (riskSeverityRun).
func (l line) riskSeverity(k *classify.Risk) line { return append(l, riskSeverityRun(k)) }

// draft adds the DRAFT mark when draft is true.
func (l line) draft(draft bool) line {
	if !draft {
		return l
	}
	return append(l, run{kind: runDraft, text: "DRAFT"})
}

// textRun, rawRun and severityRun are runs as line's methods add them.
func textRun(s string) run  { return run{kind: runText, text: s} }
func fixedRun(s string) run { return run{kind: runText, text: s, fixed: true} }
func rawRun(s string) run   { return run{kind: runRaw, text: s} }
func severityRun(s classify.Severity) run {
	return run{kind: runSeverity, text: SeverityTag(s), sev: s}
}

// riskSeverityRun is the severity of risk k, "~CRITICAL" when it fires only
// on answers a draft's words suggested and nobody confirmed
// (classify.Risk.OnSuggested), as the worksheet's row says "~critical": a
// briefing never states as fact what only a suggestion makes.
func riskSeverityRun(k *classify.Risk) run {
	r := severityRun(k.Severity)
	if k.OnSuggested {
		r.text, r.suggested = "~"+r.text, true
	}
	return r
}

// rowRuns are a table row's runs, every cell's in one list, each cell
// followed by a runEnd: a row made of them takes two allocations, not one
// for each cell, and a long register has tens of thousands of rows.
type rowRuns []run

// cell adds a cell of the runs rs.
func (c rowRuns) cell(rs ...run) rowRuns {
	return append(append(c, rs...), run{kind: runEnd})
}

// draftCell adds a cell of the run r, with the DRAFT mark when draft is
// true (line.draft).
func (c rowRuns) draftCell(r run, draft bool) rowRuns {
	c = append(c, r)
	if draft {
		c = append(c, run{kind: runDraft, text: "DRAFT"})
	}
	return append(c, run{kind: runEnd})
}

// lines is the row, a line a cell.
func (c rowRuns) lines() []line {
	n := 0
	for _, r := range c {
		if r.kind == runEnd {
			n++
		}
	}
	out := make([]line, 0, n)
	start := 0
	for i, r := range c {
		if r.kind == runEnd {
			out = append(out, line(c[start:i:i]))
			start = i + 1
		}
	}
	return out
}

// rowRoom is the room a table's rows are made in, one after another, where
// the document is written as it is made (document.emit): each row is
// written before the next is made, so the next is made in its room; a
// document that keeps its blocks makes each row of its own.
type rowRoom struct {
	runsRoom  rowRuns
	linesRoom []line
}

// runs is an empty row with room for n runs.
func (r *rowRoom) runs(d *document, n int) rowRuns {
	if d.emit == nil || cap(r.runsRoom) < n {
		return make(rowRuns, 0, n)
	}
	return r.runsRoom[:0]
}

// lines is the row c, a line a cell, as c.lines().
func (r *rowRoom) lines(d *document, c rowRuns) []line {
	if d.emit == nil {
		return c.lines()
	}
	r.runsRoom = c
	r.linesRoom = r.linesRoom[:0]
	start := 0
	for i, x := range c {
		if x.kind == runEnd {
			r.linesRoom = append(r.linesRoom, line(c[start:i:i]))
			start = i + 1
		}
	}
	return r.linesRoom
}

// join appends the lines with sep between them.
func (l line) join(lines []line, sep string) line {
	for i, x := range lines {
		if i > 0 {
			l = l.raw(sep)
		}
		l = append(l, x...)
	}
	return l
}

// plain is the line's text without any mark-up, as a screen reader or a
// search would read it.
func (l line) plain() string {
	s := ""
	for _, r := range l {
		if r.kind == runDraft {
			s += " "
		}
		s += r.text
	}
	return s
}

// blockKind says what a block is.
type blockKind uint8

const (
	blockOpen     blockKind = iota // a part begins (style: part, activity, readings)
	blockClose                     // the part ends
	blockHeading                   // a heading of level 1..3
	blockMinor                     // a heading inside a part's text: "Critical and high risks"
	blockPara                      // a paragraph (style: lead, muted, context or none)
	blockList                      // a bulleted list
	blockTable                     // a table
	blockQuote                     // a quoted task, with its context
	blockDefs                      // labelled entries: "Tier: …", "Risk: …"
	blockDrawings                  // the two readings, side by side
)

// The styles of a part: a part starts a new page, an activity is kept
// together, the readings are pictures that markdown leaves out, with their
// key.
const (
	stylePart     = "part"
	styleActivity = "activity"
	styleReadings = "readings"
	// styleReadingsKey is the key to the readings' marks, after them: it
	// goes where the pictures go, yet may run over a page.
	styleReadingsKey = "readings-key"
	styleLead        = "lead"
	styleMuted       = "muted"
	styleContext     = "context"
	styleRegister    = "register"
)

type block struct {
	kind    blockKind
	level   int    // of a heading
	style   string // of a part, a paragraph, a list item or a table
	text    line   // of a heading, a paragraph or a quote
	context line   // of a quote: the lead-in that frames it
	items   []item // of a list or labelled entries
	table   *table
	figures []figure
}

// item is a list item, or a labelled entry (term: text).
type item struct {
	term  string
	text  line
	style string
}

// table is a table whose columns say how their cells read.
type table struct {
	cols []column
	rows [][]line
	more func(yield func([]line) bool) // rows made as they are read, after rows
	wide bool                          // too many columns for an upright page: lay it across when the format can

	// compact is the same table in fewer, narrower columns, for a renderer
	// read at 80 columns (markdown), with legend said below it.
	compact *table
	legend  line
}

// each yields the table's rows: those it holds, then those it makes.
func (t *table) each() iter.Seq[[]line] {
	return func(yield func([]line) bool) {
		for _, r := range t.rows {
			if !yield(r) {
				return
			}
		}
		if t.more != nil {
			t.more(yield)
		}
	}
}

type column struct {
	head    string
	numeric bool   // counts: right-aligned, as narrow as they allow
	class   string // the column's name in the HTML page's style, which sets its width
}

// figure is a drawing with its caption.
type figure struct {
	draw    *drawing
	caption string
}

// document is a briefing, block by block: kept in blocks, or handed to emit
// as each is made, so that a renderer that needs no look-ahead writes a
// briefing of any length without holding it.
type document struct {
	title  string
	blocks []block
	emit   func(*block)

	// Where blocks are handed to emit, each is written before the next is
	// made: the lines and entries of an activity's part are made in room
	// the part before it used (lineOf, itemsOf, reuse), and the rulebook's
	// words it counts are made once (words).
	room    []run
	items   []item
	emitted block // the block handed to emit
	words   *ruleWords
	// noPictures leaves out the part with the two readings, drawings and
	// all, for a renderer that would skip it (markdown, a terminal).
	noPictures bool
}

// lineOf is an empty line with room for n runs: of its own where the
// document keeps its blocks, else in the document's room.
func (d *document) lineOf(n int) line {
	if d.emit == nil {
		return make(line, 0, n)
	}
	if cap(d.room)-len(d.room) < n {
		d.room = make([]run, 0, max(512, n))
	}
	at := len(d.room)
	d.room = d.room[:at+n]
	return d.room[at : at : at+n]
}

// itemsOf is an empty list of entries with room for n, as lineOf.
func (d *document) itemsOf(n int) []item {
	if d.emit == nil {
		return make([]item, 0, n)
	}
	if cap(d.items) < n {
		d.items = make([]item, 0, n)
	}
	return d.items[:0]
}

// reuse lets the lines and entries made so far go, once written: the
// next are made in their room.
func (d *document) reuse() {
	if d.emit != nil {
		d.room = d.room[:0]
	}
}

func (d *document) add(b block) {
	if d.emit != nil {
		// Handed over in the document's own room, not one a block made
		// afresh: emit writes it before the next is made.
		d.emitted = b
		d.emit(&d.emitted)
		return
	}
	d.blocks = append(d.blocks, b)
}

func (d *document) open(style string) { d.add(block{kind: blockOpen, style: style}) }
func (d *document) close(style string) {
	d.add(block{kind: blockClose, style: style})
}
func (d *document) heading(level int, l line) {
	d.add(block{kind: blockHeading, level: level, text: l})
}
func (d *document) minor(s string) { d.add(block{kind: blockMinor, text: line{}.text(s)}) }
func (d *document) para(style string, l line) {
	d.add(block{kind: blockPara, style: style, text: l})
}
