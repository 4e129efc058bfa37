package framework

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/ui/component"
)

// The plain prompts' framework is the screen's sections, line for line, in
// plain text: each reading's lines of the kinds and the readings (the screen
// shows one at a time, r switching), the risks and the recommendations;
// with no drawing, no mark of a style and no line padded, and the findings
// named by the menu's command where the screen names P.
func TestPlainIsTheScreensSections(t *testing.T) {
	const w = 80
	g, ctx := opened(w, 24)
	drawing := map[string]bool{}
	for _, l := range component.Readings(classify.Default(), ctx.Styles, nil, w) {
		drawing[strings.TrimRight(ansi.Strip(l), " ")] = true
	}
	// The line above the drawing, which names the screen's key r, goes with it.
	drawing[readingsLead(false)], drawing[readingsLead(true)] = true, true
	for i, name := range Sections() {
		plain := Plain(ctx, classify.Default(), i, w)
		text := strings.Join(plain, "\n")
		var screen []string
		press(g, string(rune('1'+i)))
		for _, narrow := range []bool{false, true} {
			if narrow && !g.readingMatters() {
				break // the same under both readings: once
			}
			g.narrow = narrow
			for _, l := range g.sectionLines() {
				for _, part := range strings.Split(ansi.Strip(l), "\n") {
					screen = append(screen, strings.TrimRight(part, " "))
				}
			}
		}
		at := 0
		for _, l := range screen {
			if strings.TrimSpace(l) == "" || drawing[l] || strings.Contains(l, "(P on the worksheet)") {
				continue // blank lines, the drawing, and the key the prompts name otherwise
			}
			j := indexFrom(plain, l, at)
			if j < 0 {
				t.Errorf("%s: the plain text lacks the screen's line %q, in its order", name, l)
				continue
			}
			at = j + 1
		}
		if text != ansi.Strip(text) || strings.Contains(text, " \n") {
			t.Errorf("%s: the plain text holds a style's mark or a padded line", name)
		}
		if strings.Contains(text, "P on the worksheet") || strings.Contains(text, ", P)") {
			t.Errorf("%s: the plain text names the screen's key P", name)
		}
	}
	risks := strings.Join(Plain(ctx, classify.Default(), 2, w), "\n")
	for _, want := range []string{"[CRIT] Support to forces implicated in grave violations", "    Do: ", "    Cases that raise it:", "Across the worksheet, for each force (the findings command)"} {
		if !strings.Contains(risks, want) {
			t.Errorf("the risks lack %q", want)
		}
	}
}

// indexFrom is the index of line in lines from at on, -1 where none is.
func indexFrom(lines []string, line string, at int) int {
	for j := at; j < len(lines); j++ {
		if lines[j] == line {
			return j
		}
	}
	return -1
}
