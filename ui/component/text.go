package component

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
	"github.com/pocssr/pocssr/classify/report"
)

// Fit cuts s to width w (measuring display cells, styles included) and pads it
// with spaces to exactly w.
func Fit(s string, w int) string {
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

// Cut cuts s to width w without padding.
func Cut(s string, w int) string {
	if w <= 0 {
		return ""
	}
	if ansi.StringWidth(s) > w {
		return ansi.Truncate(s, w, "…")
	}
	return s
}

// Wrap word-wraps safe text to width w, measuring terminal cells.
func Wrap(s string, w int) []string {
	return report.Wrap(report.OneLine(s), w)
}

// WrapIndent wraps text after a first-line prefix, indenting the rest to match.
func WrapIndent(prefix, text string, w int) []string {
	pw := ansi.StringWidth(prefix)
	lines := Wrap(text, w-pw)
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

// Block makes exactly h lines of width w from s: longer content is cut,
// shorter is padded, so a screen never draws past its area.
func Block(s string, w, h int) string {
	if h <= 0 {
		return ""
	}
	lines := strings.Split(s, "\n")
	if len(lines) > h {
		lines = lines[:h]
	}
	for i := range lines {
		lines[i] = Fit(lines[i], w)
	}
	for len(lines) < h {
		lines = append(lines, strings.Repeat(" ", w))
	}
	return strings.Join(lines, "\n")
}
