package worksheet

import (
	"github.com/charmbracelet/x/ansi"
	"github.com/pocssr/pocssr/ui/component"
)

// duplicated says what c made, on a status line w cells wide: the copy's
// title whole where the line holds it (at 200 columns it was cut at 50
// beside a hundred empty columns), else cut before its "(copy n)", which
// tells the copy from its original, and whole in the help.
func duplicated(title string, w int) component.Status {
	const lead, tail = "Duplicated as “", "”. u to undo."
	whole := lead + title + tail
	if ansi.StringWidth(whole) <= w {
		return component.Status{Text: whole}
	}
	shown := component.CutTitle(title, max(20, w-ansi.StringWidth(lead+tail)))
	return component.Status{Text: lead + shown + tail, Full: whole}
}
