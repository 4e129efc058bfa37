package framework

import (
	"strconv"
	"strings"

	"github.com/charmbracelet/x/ansi"
	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/ui/component"
)

// The framework for the plain prompts (--accessible): the screen's own
// sections, drawn by the same code from the same rulebook and worksheet,
// as plain lines. What the screen shows one reading at a time (r), the
// plain prompts give both of, the 2015 policy's first; the drawing of the
// readings, which no screen reader reads, is left out, the words under it
// kept; and the findings are named by the menu's command, not by P.

// Sections are the names of the framework's sections, in their order, as
// the screen's tabs name them: Kinds, Readings, Risks, Recommendations.
func Sections() []string { return append([]string(nil), frameworkSections...) }

// SectionOf is the place among Sections of the section named by name, its
// name in any case or its number from 1; -1 for no section.
func SectionOf(name string) int {
	name = strings.TrimSpace(name)
	for i, n := range frameworkSections {
		if strings.EqualFold(name, n) || name == strconv.Itoa(i+1) {
			return i
		}
	}
	return -1
}

// Plain is section i of the framework (in the order of Sections) as plain
// lines w columns wide, for the plain prompts: ctx gives the worksheet whose
// activities the risks name and the styles, which leave no mark in the
// lines.
func Plain(ctx *component.Context, rb *classify.Rulebook, i, w int) []string {
	g := New(ctx, rb, nil)
	g.plain, g.width, g.section = true, w, i
	var out []string
	switch i {
	case 0, 1:
		out = append(g.sectionLines(), "")
		g.narrow = true
		if i == 0 {
			// The readings name theirs; the kinds by agenda have none.
			out = append(out, "The kinds in the narrow reading, by the agenda each takes")
		}
		out = append(out, g.sectionLines()...)
	default:
		out = g.sectionLines()
	}
	// A line of the screen may hold several (a kind's description): each
	// is one line here, with no padding after it.
	lines := out[:0:0]
	for _, l := range out {
		for _, part := range strings.Split(ansi.Strip(l), "\n") {
			lines = append(lines, strings.TrimRight(part, " "))
		}
	}
	out = lines
	// No blank line ends a section: the plain prompts put one between them.
	for len(out) > 0 && out[len(out)-1] == "" {
		out = out[:len(out)-1]
	}
	return out
}

// findingsKey names how the portfolio findings are opened: P on the
// worksheet, the findings command in the plain prompts.
func (g *Screen) findingsKey() string {
	if g.plain {
		return "the findings command"
	}
	return "P on the worksheet"
}

// findingsShort is findingsKey in short, beside a count.
func (g *Screen) findingsShort() string {
	if g.plain {
		return "findings"
	}
	return "P"
}
