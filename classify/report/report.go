// Package report renders classification results: the JSON of docs/json-output.md,
// YAML of the same shape, a readable text account, CSV, and a briefing as
// markdown, HTML and a Word document. Every format renders classify.Result
// values; none re-derives a classification.
package report

import (
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
)

// Format is an output format.
type Format string

// The output formats.
const (
	Text     Format = "text"
	JSON     Format = "json"
	YAML     Format = "yaml"
	Markdown Format = "markdown"
	CSV      Format = "csv"
	// HTML is the briefing as one printable page (classify -f html), and the
	// handout (rules -f html).
	HTML Format = "html"
	// DOCX is the briefing as a Word document (classify -f docx): binary,
	// for a file and never for a terminal.
	DOCX Format = "docx"
	// TextBriefing is the briefing as plain text, laid out as the briefing
	// screen lays it out, at the text account's width: a file the export
	// dialog writes. The command line has no name for it (its text is the
	// account), so it is in neither list below.
	TextBriefing Format = "text-briefing"
)

// Formats lists every output format written as text.
var Formats = []Format{Text, JSON, YAML, Markdown, CSV, HTML}

// Ext is the file name extension of a format, without the dot: the one
// place that maps formats to extensions (exports, -o names, goldens).
func (f Format) Ext() string {
	switch f {
	case Text, TextBriefing:
		return "txt"
	case Markdown:
		return "md"
	}
	return string(f)
}

// Documents lists the binary output formats.
var Documents = []Format{DOCX}

// AllFormats lists every output format, text first.
func AllFormats() []Format { return append(slices.Clone(Formats), Documents...) }

// Binary says whether the format is a binary file rather than text.
func (f Format) Binary() bool { return slices.Contains(Documents, f) }

// ParseFormat checks a format name.
func ParseFormat(s string) (Format, error) {
	all := AllFormats()
	for _, f := range all {
		if string(f) == s {
			return f, nil
		}
	}
	if s == "md" {
		return Markdown, nil
	}
	names := make([]string, len(all))
	for i, f := range all {
		names[i] = string(f)
	}
	return "", model.UnknownValue("format", "formats", s, names)
}

// Sheet is one worksheet with the file it came from: either a Worksheet in
// memory, or a Stream over a file's activities (a batch run over a large file).
type Sheet struct {
	File      string
	Worksheet *model.Worksheet
	Stream    *model.Stream
	// PreparedBy names who prepared the briefing (author, organisation), shown
	// at its top; "" shows nothing.
	PreparedBy string

	// Set by Select: what was kept, the position (from 1) of each kept
	// activity in the whole worksheet, and how many the whole one holds.
	Selection Selection
	Positions []int
	Of        int
	// Filter is the text of the worksheet screen's filter the activities
	// were kept by, said in the briefing's heading beside the selection;
	// "" when none. Positions, Of and Whole are set with it.
	Filter string

	// Today is the day the register is read on (FRAMEWORK §9: what is
	// overdue); "" reports nothing overdue.
	Today model.Date
	// Whole is the worksheet the selection was made from. Portfolio findings
	// are judged over it, never over the activities kept: an activity that
	// answers a finding still answers it when a selection hides it.
	Whole *model.Worksheet
	// Readings, when set, gives the reader's reading of an imported
	// activity's source, shown under it by the text account and the
	// --explain trace.
	Readings Readings
	// Confirmed, when set, tells which answers of a draft the planner
	// confirmed in the session the report is written from: those are not
	// marked "~". A file keeps no confirmation, so a report read from one
	// leaves it nil and marks every answer the words suggest.
	Confirmed Confirmations
	// LeftOut, when set, is what the session the briefing is written
	// from knows each of its imports left out: the briefing lists it. A
	// file keeps none, so a briefing read from one says, per imported
	// document, that its left-out paragraphs are not in it.
	LeftOut []LeftOut
}

// portfolio gathers the portfolio findings of the sheet's whole worksheet.
func (sh Sheet) portfolio(rb *classify.Rulebook) *classify.Portfolio {
	if sh.Whole != nil {
		return portfolioOf(rb, sh.Whole)
	}
	return portfolioOf(rb, sh.worksheet())
}

// stream returns the sheet's activities as a stream.
func (sh Sheet) stream() *model.Stream {
	if sh.Stream != nil {
		return sh.Stream
	}
	return model.StreamOf(sh.Worksheet)
}

// worksheet returns the sheet whole, reading a stream to its end.
func (sh Sheet) worksheet() *model.Worksheet {
	if sh.Worksheet != nil {
		return sh.Worksheet
	}
	ws := &model.Worksheet{Mission: sh.Stream.Mission, Mandate: sh.Stream.Mandate}
	for a := range sh.Stream.All() {
		ws.Activities = append(ws.Activities, a)
	}
	return ws
}

// Meta is what a document says about itself beyond its content: who wrote
// it, for which organisation, and when. Only the DOCX briefing carries it,
// in its properties.
type Meta struct {
	Author       string
	Organisation string    // the Company a word processor shows; "" leaves it out
	Date         time.Time // the zero time is now
}

// Write renders the classification of each sheet in format f.
func Write(w io.Writer, rb *classify.Rulebook, f Format, sheets []Sheet) error {
	return WriteMeta(w, rb, f, sheets, Meta{})
}

// WriteMeta is Write with what the document says about itself.
func WriteMeta(w io.Writer, rb *classify.Rulebook, f Format, sheets []Sheet, meta Meta) error {
	// The text account and the briefings of one sheet read its activities
	// once before they write anything, and that pass checks a file not yet
	// checked (model.OpenStreamUnchecked); any other report checks every
	// file first.
	if len(sheets) > 1 || f != Text && f != Markdown && f != HTML {
		if err := checkSheets(sheets); err != nil {
			return err
		}
	}
	switch f {
	case DOCX:
		if meta.Date.IsZero() {
			meta.Date = time.Now()
		}
		return writeDOCX(w, rb, sheets, meta)
	case JSON:
		return writeJSON(w, rb, sheets)
	case YAML:
		return writeYAML(w, rb, sheets)
	case CSV:
		return writeCSV(w, rb, sheets)
	case Markdown:
		return writeMarkdown(w, rb, sheets)
	case HTML:
		return writeHTML(w, rb, sheets)
	case Text:
		return writeText(w, rb, sheets)
	case TextBriefing:
		return WriteBriefingTerminal(w, rb, sheets, textWidth)
	}
	return fmt.Errorf("unknown format %q", f)
}

// checkSheets checks each sheet's file, where it is not yet checked, before
// a report writes anything of any of them.
func checkSheets(sheets []Sheet) error {
	for _, sh := range sheets {
		if sh.Stream != nil {
			if err := sh.Stream.Check(); err != nil {
				return err
			}
		}
	}
	return nil
}

// classifyAll classifies every activity of a worksheet, the register read
// on today.
func classifyAll(rb *classify.Rulebook, ws *model.Worksheet, today model.Date) []classify.Result {
	out := make([]classify.Result, len(ws.Activities))
	for i, a := range ws.Activities {
		out[i] = rb.ClassifyOn(a, today)
	}
	return out
}

// Safe neutralises text read from a file for display, so that it can never
// drive the terminal, break a table or shift a layout: control characters
// (C0 but newline and tab, DEL, C1) and the bidirectional embeddings,
// overrides and isolates (U+202A-U+202E, U+2066-U+2069, which would reorder
// what follows them) become U+FFFD; the line and paragraph separators
// (U+2028, U+2029) become newlines; other format characters, invisible and
// of a width the terminal and the layout disagree on (soft hyphen, zero-width
// space and joiners, word joiner, byte order mark, directional marks), are
// dropped. Every renderer and screen shows file text through it.
func Safe(s string) string {
	if safeAlready(s) {
		return s // most text is: a long report shows a great deal of it
	}
	return safeRunes(s)
}

// safeAlready reports whether Safe leaves s as it is: eight bytes at a time
// through printable ASCII, each character beyond it (the program's own
// dashes and quotation marks, a name's accents) as safeRunes would see it.
func safeAlready(s string) bool {
	for i := 0; i < len(s); {
		for i+8 <= len(s) && printableWord(s[i:]) {
			i += 8
		}
		if i >= len(s) {
			break
		}
		if c := s[i]; c < utf8.RuneSelf {
			if c < 0x20 && c != '\n' && c != '\t' || c == 0x7f {
				return false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if out, keep := displayRune(r); out != r || !keep {
			return false
		}
		i += size
	}
	return true
}

// safeRunes is Safe, character by character.
func safeRunes(s string) string {
	var b strings.Builder
	changed := false
	for i, r := range s {
		out, keep := displayRune(r)
		if out == r && keep {
			if changed {
				b.WriteRune(r)
			}
			continue
		}
		if !changed {
			changed = true
			b.Grow(len(s))
			b.WriteString(s[:i])
		}
		if keep {
			b.WriteRune(out)
		}
	}
	if !changed {
		return s
	}
	return b.String()
}

// displayRune says how Safe shows r: as out, or not at all.
func displayRune(r rune) (out rune, keep bool) {
	switch {
	case r == '\n' || r == '\t':
		return r, true
	case r < 0x20 || r >= 0x7f && r < 0xa0:
		return '\ufffd', true
	case r < 0xa0:
		return r, true
	case r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069:
		return '\ufffd', true
	case r == '\u2028' || r == '\u2029':
		return '\n', true
	case unicode.Is(unicode.Cf, r):
		return 0, false
	}
	return r, true
}

// OneLine is Safe text folded onto one line.
func OneLine(s string) string {
	if oneLineAlready(s) {
		return s // most text is: a long report folds a great deal of it
	}
	return strings.Join(strings.Fields(Safe(s)), " ")
}

// oneLineAlready says whether OneLine leaves s as it is: printable ASCII,
// words apart by one space, none before or after them.
func oneLineAlready(s string) bool {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' {
		return s == ""
	}
	// Eight bytes at a time, as one word: a briefing folds two of the
	// rulebook's sentences an activity, and a byte at a time was half of
	// making its part. Each test below sets a byte's high bit where it
	// holds; space carries the high bit of a space that ends a word read.
	const ones, highs, lows = 0x0101010101010101, 0x8080808080808080, 0x7f7f7f7f7f7f7f7f
	i, space := 0, uint64(0)
	for ; i+8 <= len(s); i += 8 {
		b := s[i : i+8]
		w := uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
			uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
		beyond := w & highs                     // a byte beyond ASCII
		control := (w - 0x20*ones) &^ w & highs // a byte below a space
		del := w ^ 0x7f*ones
		del = (del - ones) &^ del & highs // a DEL
		sp := w ^ 0x20*ones
		sp = ^((sp&lows + lows) | sp | lows) // exactly the spaces
		if beyond|control|del|sp&(sp>>8)|space&sp != 0 {
			return false
		}
		space = sp >> 56
	}
	for i = max(i-1, 0); i < len(s); i++ {
		c := s[i]
		if c < ' ' || c >= 0x7f || c == ' ' && s[i+1] == ' ' {
			return false
		}
	}
	return true
}

// TierText is "T1".."T3", or "-" when undetermined.
func TierText(t classify.Tier) string {
	if t == 0 {
		return "-"
	}
	return "T" + strconv.Itoa(int(t))
}
