package ui

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
)

// The worksheet's "Deleted …" note names the activity whole where the
// status line holds it, as the duplicate's does: at 200 columns it cut
// the title at 50 characters beside a hundred empty columns. Where the line
// cannot hold it (80), the title is cut, the key that undoes it stays, and
// the help has the note whole.
func TestDeletedNoteNamesTheTitleWhole(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := plannersSheet(t, size[0], size[1])
			// The summary hidden: the note is what the screen is for.
			press(t, m, "s", "home")
			title := m.worksheet.Selected().Title
			if len(title) <= 50 {
				t.Fatalf("the first activity's title %q is short: the test shows nothing", title)
			}
			press(t, m, "d")
			whole := "Deleted “" + title + "”. u to undo."
			if size[0] == 200 {
				requireScreen(t, m, whole)
			} else {
				requireScreen(t, m, "Deleted “"+title[:40], "…”. u to undo (?)")
			}
			golden(t, m, size[0], size[1], "u to undo")
			press(t, m, "?")
			if !containsFlat(screenText(m), whole) {
				t.Fatalf("the help lacks the note whole %q:\n%s", whole, screenText(m))
			}
		})
	}
}

// The note of y names what it copied whole where the status line holds
// it: it was cut at 70 characters at every width.
func TestCopiedNoteNamesTheLineWhole(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := plannersSheet(t, size[0], size[1])
			var out bytes.Buffer
			m.clip = clipboard{out: &out}
			press(t, m, "home")
			line := copyLine(m.sh.sheet, m.worksheet.Selected())
			if len(line) <= 70 {
				t.Fatalf("the copied line %q is short: the test shows nothing", line)
			}
			press(t, m, "y")
			whole := "Copied “" + line + "” (the terminal's clipboard, OSC 52)."
			if size[0] == 200 {
				requireScreen(t, m, whole)
				return
			}
			requireScreen(t, m, "Copied “"+line[:30])
			press(t, m, "?")
			if !containsFlat(screenText(m), whole) {
				t.Fatalf("the help lacks the note whole %q:\n%s", whole, strings.TrimSpace(screenText(m)))
			}
		})
	}
}
