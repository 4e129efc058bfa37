package worksheet

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
	"github.com/pocssr/pocssr/ui/component"
)

// duplicated says what c made, on a status line w cells wide: the copy's
// title whole where the line holds it (at 200 columns it was cut at 50
// beside a hundred empty columns), else cut before its "(copy n)", which
// tells the copy from its original, and whole in the help.
func duplicated(title string, w int) component.Status {
	return titledNote("Duplicated as “", title, "”. u to undo.", w)
}

// deleted says which activity d took out, as duplicated says the copy:
// the title whole where the line holds it (it was cut at 50 at every
// width), else cut, and whole in the help.
func deleted(title string, w int) component.Status {
	return titledNote("Deleted “", title, "”. u to undo.", w)
}

// titledNote is a status note naming an activity's title between lead and
// tail, on a line w cells wide: whole where it fits, else the title cut so
// that the note's end (the key that undoes it) stays on the line, followed
// by the help's key ("u to undo (?)"), as other cut notes are, with the note whole for
// the help: at 80 columns "Duplicated as “… jo… (copy)”. u to undo." gave
// no sign that the title could be read whole.
func titledNote(lead, title, tail string, w int) component.Status {
	whole := lead + title + tail
	if ansi.StringWidth(whole) <= w {
		return component.Status{Text: whole}
	}
	tail = strings.TrimSuffix(tail, ".") + helpSign
	shown := component.CutTitle(title, max(20, w-ansi.StringWidth(lead+tail)))
	return component.Status{Text: lead + shown + tail, Full: whole}
}

// helpSign follows a note whose title is cut: the help (?) shows it whole.
const helpSign = " (?)"
