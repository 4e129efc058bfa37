package ui

import (
	"fmt"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/report"
	"github.com/pocssr/pocssr/model"
)

// The help shows whole a note whose title the status line cut: it showed
// “Duplicated as “Joint offensive with the Congolese army ag… (copy)”” as
// the line had it, cut where the note was made, with nothing behind it.
func TestHelpNamesADuplicateWhole(t *testing.T) {
	const whole = "Duplicated as “Joint offensive with the Congolese army against the FDLR (2015) (copy)”. u to undo."
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := demoModel(t, size[0], size[1])
			press(t, m, "c")
			// cut at 80 columns, before the copy's mark; whole at 200
			if size[0] == 80 {
				requireScreen(t, m, "(copy)”. u to undo (?)")
			} else {
				requireScreen(t, m, whole)
			}
			press(t, m, "?")
			requireScreen(t, m, "The status line's message, whole")
			if !containsFlat(screenText(m), whole) {
				t.Fatalf("the help does not name the copy whole:\n%s", screenText(m))
			}
			golden(t, m, size[0], size[1], "The status line's message")
		})
	}
}

// The same of a deletion.
func TestHelpNamesADeletedActivityWhole(t *testing.T) {
	m := demoModel(t, 80, 24)
	press(t, m, "d", "?")
	if !containsFlat(screenText(m), "Deleted “Joint offensive with the Congolese army against the FDLR (2015)”. u to undo.") {
		t.Fatalf("the help does not name the deleted activity whole:\n%s", screenText(m))
	}
}

// The same of an undo's note whose title the line cut (FitTitle): at 80×24
// the undo of a discard in the review, and its redo on the worksheet.
func TestHelpNamesAnUndoneDiscardWhole(t *testing.T) {
	m := NewModel(classify.Default(), model.New(""), false, nil, nil)
	m.Update(resize(80, 24))
	importFile(t, m, resolution)
	var a *model.Activity
	for range 40 {
		if a = m.draftReview().Draft(); a == nil || ansi.StringWidth(report.OneLine(a.Title)) > 60 {
			break
		}
		press(t, m, "s")
	}
	if a == nil {
		t.Fatal("no draft of the resolution has a title longer than 60 cells")
	}
	title := report.OneLine(a.Title)
	ref := a.Source.Ref + " " // the paragraph names it beside its title
	press(t, m, "x", "u")
	if line := statusLine(m); !containsFlat(line, "Undid the discard of "+ref+"“") || containsFlat(line, title) {
		t.Fatalf("the status line does not cut the title: %q", line)
	}
	press(t, m, "?")
	if !containsFlat(screenText(m), "Undid the discard of "+ref+"“"+title+"”.") {
		t.Fatalf("the help does not name the draft whole (%q):\n%s", title, screenText(m))
	}
	// The redo on the worksheet, whose note the line cuts too.
	press(t, m, "esc", "esc", "ctrl+r")
	if line := statusLine(m); !containsFlat(line, "Redid the discard of "+ref+"“") || containsFlat(line, title) {
		t.Fatalf("the status line does not cut the title: %q", line)
	}
	press(t, m, "?")
	if !containsFlat(screenText(m), "Redid the discard of "+ref+"“"+title+"”; u undoes it again.") {
		t.Fatalf("the help does not name the draft of the redo whole (%q):\n%s", title, screenText(m))
	}
}
