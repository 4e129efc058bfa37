package ui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/report"
	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/component"
)

// statusLine is the screen's status line as shown.
func statusLine(m *Model) string {
	lines := strings.Split(screenText(m), "\n")
	return strings.TrimRight(lines[len(lines)-2], " ")
}

// The note of an undo or a redo that names a draft gives its title the
// status line's room, as the note of the change did: at 200×60 "Undid the
// discard of “Mediation: continue to support this pro…”." cut a title of
// 44 cells at 40 on a line of 200, and at 80×24 left some 15 columns
// unused, while "Discarded “…”. u puts it back." just before named it whole.
// Where the title is cut, the line ends " (?)", as every status line cut for
// room does: ? gives it whole.
func TestUndoNoteNamesTheDraftAsTheLineHoldsIt(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := NewModel(classify.Default(), model.New(""), false, nil, nil)
			m.Update(resize(size[0], size[1]))
			importFile(t, m, resolution)
			var a *model.Activity
			for range 40 {
				if a = m.draftReview().Draft(); a == nil || ansi.StringWidth(report.OneLine(a.Title)) > 40 {
					break
				}
				press(t, m, "s")
			}
			if a == nil {
				t.Fatal("no draft of the resolution has a title longer than 40 cells")
			}
			title := report.OneLine(a.Title)
			ref := a.Source.Ref + " " // the paragraph names it beside its title
			// What the line holds of the title beside the note's other words.
			// A title cut leaves room for the sign that ? gives it whole.
			line := func(before, after string) string {
				if ansi.StringWidth(before+title+after) <= size[0] {
					return before + title + after
				}
				after = strings.TrimSuffix(after, ".") + " (?)"
				return before + component.Cut(title, max(20, size[0]-ansi.StringWidth(before+after))) + after
			}
			press(t, m, "x", "u")
			want := line("Undid the discard of "+ref+"“", "”.")
			if got := statusLine(m); got != want {
				t.Fatalf("after the undo of a discard the status line says\n%q, want\n%q", got, want)
			}
			press(t, m, "esc", "ctrl+r") // on the worksheet, the discard made again
			want = line("Redid the discard of "+ref+"“", "”; u undoes it again.")
			if got := statusLine(m); got != want {
				t.Fatalf("after the redo of a discard the status line says\n%q, want\n%q", got, want)
			}
			press(t, m, "u")
			want = line("Undid the last discard of "+ref+"“", "”; ctrl+r redoes it.")
			if got := statusLine(m); got != want {
				t.Fatalf("after the undo on the worksheet the status line says\n%q, want\n%q", got, want)
			}
		})
	}
}
