package ui

import (
	"strings"
	"testing"
	"unicode"

	"github.com/charmbracelet/x/ansi"
)

// terminalWidth is how many cells a terminal draws for a line: what lipgloss
// measures, plus the format characters it measures as nothing but a terminal
// draws (a soft hyphen takes a cell).
func terminalWidth(line string) int {
	w := ansi.StringWidth(line)
	for _, r := range ansi.Strip(line) {
		if unicode.Is(unicode.Cf, r) {
			w++
		}
	}
	return w
}

// Invisible characters in a title cannot shift the layout: 600 soft hyphens
// (no width to lipgloss, one cell each to the terminal), zero-width
// characters, byte order marks and bidirectional overrides are neutralised
// for display, so every line fits the terminal and the critical activity
// below stays on screen.
func TestWorksheetLayoutIgnoresInvisibleCharacters(t *testing.T) {
	const w, h = 100, 30
	hostile := "Police " + strings.Repeat("\u00ad", 600) + "training\u200b\u200d\ufeff \u202egnp.exe\u202c"
	ws := sheetOf(
		activity(t, hostile, "implementer", "mission", "kinds", "rights-training"),
		activity(t, "Joint offensive with the army", "implementer", "mission", "kinds", "combined-operations",
			"forces", "army", "rights_record", "grave-allegations"),
	)
	m := newTestModel(t, ws, w, h)
	for _, view := range []string{m.View(), func() string { press(t, m, "enter"); return m.View() }()} {
		lines := strings.Split(view, "\n")
		if len(lines) > h {
			t.Errorf("%d lines on a terminal of %d", len(lines), h)
		}
		for i, line := range lines {
			if tw := terminalWidth(line); tw > w {
				t.Errorf("line %d takes %d cells of %d: %.80q", i+1, tw, w, ansi.Strip(line))
			}
			if strings.ContainsAny(line, "\u202e\u202c") {
				t.Errorf("line %d holds a bidirectional override: %.80q", i+1, line)
			}
		}
	}
	press(t, m, "esc")
	onScreen := false
	for _, line := range strings.Split(screenText(m), "\n") {
		if strings.Contains(line, "Joint offensive with the army") && strings.Contains(line, "critical") {
			onScreen = true
		}
	}
	if !onScreen {
		t.Errorf("the critical activity is not on screen:\n%s", screenText(m))
	}
}
