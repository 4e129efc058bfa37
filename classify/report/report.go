// Package report renders classification results: the JSON of FRAMEWORK §6, YAML
// of the same shape, a readable text account, a markdown briefing and CSV. Every
// format renders classify.Result values; none re-derives a classification.
package report

import (
	"fmt"
	"io"
	"strings"

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
)

// Formats lists every output format.
var Formats = []Format{Text, JSON, YAML, Markdown, CSV}

// ParseFormat checks a format name.
func ParseFormat(s string) (Format, error) {
	for _, f := range Formats {
		if string(f) == s {
			return f, nil
		}
	}
	if s == "md" {
		return Markdown, nil
	}
	names := make([]string, len(Formats))
	for i, f := range Formats {
		names[i] = string(f)
	}
	return "", fmt.Errorf("unknown format %q; formats are: %s", s, strings.Join(names, ", "))
}

// Sheet is one worksheet with the file it came from: either a Worksheet in
// memory, or a Stream over a file's activities (a batch run over a large file).
type Sheet struct {
	File      string
	Worksheet *model.Worksheet
	Stream    *model.Stream
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

// Write renders the classification of each sheet in format f.
func Write(w io.Writer, rb *classify.Rulebook, f Format, sheets []Sheet) error {
	switch f {
	case JSON:
		return writeJSON(w, rb, sheets)
	case YAML:
		return writeYAML(w, rb, sheets)
	case CSV:
		return writeCSV(w, rb, sheets)
	case Markdown:
		return writeMarkdown(w, rb, sheets)
	case Text:
		return writeText(w, rb, sheets)
	}
	return fmt.Errorf("unknown format %q", f)
}

// classifyAll classifies every activity of a worksheet.
func classifyAll(rb *classify.Rulebook, ws *model.Worksheet) []classify.Result {
	out := make([]classify.Result, len(ws.Activities))
	for i, a := range ws.Activities {
		out[i] = rb.Classify(a)
	}
	return out
}

// Safe neutralises control characters and escape sequences in text read from a
// file, so that it can never drive the terminal or break a table.
func Safe(s string) string {
	clean := true
	for _, r := range s {
		if r < 0x20 && r != '\n' && r != '\t' || r == 0x7f || r >= 0x80 && r < 0xa0 {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '\n' || r == '\t':
			b.WriteRune(r)
		case r < 0x20 || r == 0x7f || r >= 0x80 && r < 0xa0:
			b.WriteRune('\ufffd')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// OneLine is Safe text folded onto one line.
func OneLine(s string) string {
	return strings.Join(strings.Fields(Safe(s)), " ")
}

// TierText is "T1".."T3", or "-" when undetermined.
func TierText(t classify.Tier) string {
	if t == 0 {
		return "-"
	}
	return fmt.Sprintf("T%d", t)
}
