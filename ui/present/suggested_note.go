package present

import (
	"github.com/charmbracelet/x/ansi"
	"github.com/pocssr/pocssr/ui/component"
)

// The board's first line says what "~" before a marker means, where some
// marker has one: the drawings have no legend of their own, and the list
// of activities below names them by their labels alone.

// suggestedNote is what the first line says of "~"; suggestedNoteShort the
// same in fewer words, where the line has no room for it.
const (
	suggestedNote      = "~ placed on answers only suggested"
	suggestedNoteShort = "~ on suggested answers"
)

// boardTitle is the board's first line in w cells: "Both readings", the
// mission, the count of activities, and where a marker is marked "~", what
// that means. The note is kept whole: the mission gives way first, cut
// with its sign.
func (p *Screen) boardTitle(mission, count string, w int) string {
	st := p.ctx.Styles
	sep := st.Muted.Render(" · ")
	head := st.Title.Render("Both readings") + sep
	tail := st.Muted.Render(" · " + count)
	if p.drawings == nil || !p.drawings.suggested {
		return component.Fit(head+mission+tail, w)
	}
	note := suggestedNote
	if ansi.StringWidth(head+mission+tail+" · "+note) > w {
		note = suggestedNoteShort
	}
	tail += sep + st.Muted.Render(note)
	room := w - ansi.StringWidth(head+tail)
	if ansi.StringWidth(mission) > room {
		mission = component.Cut(mission, room)
	}
	return component.Fit(head+mission+tail, w)
}
