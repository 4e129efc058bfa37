package ui

import (
	"strconv"
	"strings"

	"github.com/charmbracelet/x/ansi"
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

// fit cuts s to width w (measuring display cells, styles included) and pads it
// with spaces to exactly w.
func fit(s string, w int) string {
	if w <= 0 {
		return ""
	}
	if ansi.StringWidth(s) > w {
		s = ansi.Truncate(s, w, "…")
	}
	if n := w - ansi.StringWidth(s); n > 0 {
		s += strings.Repeat(" ", n)
	}
	return s
}

// cut cuts s to width w without padding.
func cut(s string, w int) string {
	if w <= 0 {
		return ""
	}
	if ansi.StringWidth(s) > w {
		return ansi.Truncate(s, w, "…")
	}
	return s
}

// wrap word-wraps safe text to width w, measuring terminal cells.
func wrap(s string, w int) []string {
	return report.Wrap(oneLine(s), w)
}

// wrapIndent wraps text after a first-line prefix, indenting the rest to match.
func wrapIndent(prefix, text string, w int) []string {
	pw := ansi.StringWidth(prefix)
	lines := wrap(text, w-pw)
	pad := strings.Repeat(" ", pw)
	for i := range lines {
		if i == 0 {
			lines[i] = prefix + lines[i]
		} else {
			lines[i] = pad + lines[i]
		}
	}
	return lines
}

// block makes exactly h lines of width w from s: longer content is cut, shorter
// is padded, so a screen never draws past its area.
func block(s string, w, h int) string {
	if h <= 0 {
		return ""
	}
	lines := strings.Split(s, "\n")
	if len(lines) > h {
		lines = lines[:h]
	}
	for i := range lines {
		lines[i] = fit(lines[i], w)
	}
	for len(lines) < h {
		lines = append(lines, strings.Repeat(" ", w))
	}
	return strings.Join(lines, "\n")
}

// plural says "1 activity" or "3 activities".
func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}
