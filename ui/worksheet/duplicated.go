package worksheet

import "github.com/pocssr/pocssr/ui/component"

// duplicated says what c made, on a status line w cells wide: the copy's
// title whole where the line holds it (at 200 columns it was cut at 50
// beside a hundred empty columns), else cut before its "(copy n)", which
// tells the copy from its original, and whole in the help.
func duplicated(title string, w int) component.Status {
	return component.TitledNote("Duplicated as “", title, "”. u to undo.", w, 20)
}

// deleted says which activity d took out, as duplicated says the copy:
// the title whole where the line holds it (it was cut at 50 at every
// width), else cut, and whole in the help.
func deleted(title string, w int) component.Status {
	return component.TitledNote("Deleted “", title, "”. u to undo.", w, 20)
}
