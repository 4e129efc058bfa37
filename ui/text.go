package ui

import (
	"github.com/pocssr/pocssr/ui/component"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/report"
)

// severityShort is the most serious risk in a table cell, "-" when none fires.
func severityShort(s classify.Severity) string {
	if s == "" {
		return "-"
	}
	return string(s)
}

// severityTag is a risk's severity as a fixed-width tag (component.SeverityTag).
func severityTag(s classify.Severity) string { return component.SeverityTag(s) }

// The two readings drawn in text live in ui/component, shared with the
// screens in packages of their own; these names keep this package's short.
const (
	drawingWidth = component.DrawingWidth
	markerGlyph  = component.MarkerGlyph
)

func readingsDrawing(sh *shared, r *classify.Result, w int) []string {
	return component.Readings(sh.rb, sh.st, r, w)
}
func mark2015(sh *shared, want rune) []string   { return component.Mark2015(sh.rb, sh.st, want) }
func markNarrow(sh *shared, want rune) []string { return component.MarkNarrow(sh.rb, sh.st, want) }
func place2015(rb *classify.Rulebook, r *classify.Result) (rune, string) {
	return component.Place2015(rb, r)
}

// oneLine is text read from a file, safe for the terminal and on one line.
func oneLine(s string) string { return report.OneLine(s) }

// The measuring and cutting of text every screen shares lives in
// ui/component; these names keep the screens of this package short.
func fit(s string, w int) string                     { return component.Fit(s, w) }
func cut(s string, w int) string                     { return component.Cut(s, w) }
func wrap(s string, w int) []string                  { return component.Wrap(s, w) }
func wrapIndent(prefix, text string, w int) []string { return component.WrapIndent(prefix, text, w) }
func block(s string, w, h int) string                { return component.Block(s, w, h) }

// plural says "1 activity" or "3 activities" (component.Plural).
func plural(n int, one, many string) string { return component.Plural(n, one, many) }
