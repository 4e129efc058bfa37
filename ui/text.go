package ui

import (
	"github.com/pocssr/pocssr/ui/component"
	"strconv"

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

// severityTag is a risk's severity as a fixed-width tag, readable without colour.
func severityTag(s classify.Severity) string {
	switch s {
	case classify.Critical:
		return "[CRIT]"
	case classify.High:
		return "[HIGH]"
	case classify.Medium:
		return "[MED] "
	case classify.Low:
		return "[LOW] "
	}
	return "[?]   "
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

// plural says "1 activity" or "3 activities".
func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}
