package register

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
	"github.com/pocssr/pocssr/ui/component"
	"github.com/pocssr/pocssr/ui/session"
)

// The lines under the register's list: what the row of the selected risk
// cannot hold (its title, an owner the row cuts, the note) read whole here.

// below is the lines under the list: the field being edited and why a
// value was refused, or the risk's title and the note of its entry,
// wrapped.
func (s *Screen) below(w int) []string {
	st := s.ctx.Styles
	if s.edit.Editing() {
		return s.edit.Lines(w)
	}
	r := s.Selected()
	if r == nil {
		return []string{"", ""}
	}
	title := oneLine(r.Risk.Rule.Title)
	switch {
	case r.Unknown:
		title = "stale: not a risk of the rulebook in use; the entry is kept (x removes it)"
	case r.Stale:
		title = "stale: does not fire on the activity's facts now; the entry is kept · " + title
	}
	// The title wraps too (to two lines at most): the note follows it.
	head := component.WrapIndent(r.Risk.Rule.ID+": ", title, w)
	if len(head) > 2 {
		head = append(head[:1], component.Cut(strings.Join(strings.Fields(strings.Join(head[1:], " ")), " "), w))
	}
	head[0] = st.Label.Render(r.Risk.Rule.ID+": ") + strings.TrimPrefix(head[0], r.Risk.Rule.ID+": ")
	var out []string
	for _, l := range head {
		out = append(out, component.Fit(l, w))
	}
	if owner := oneLine(r.Risk.Mitigation.Entry.Owner); s.ownerCut(r, owner) {
		// The row shows the owner cut: it reads whole here.
		for i, l := range component.WrapIndent("Owner: ", owner, w) {
			if i == 0 {
				l = st.Label.Render("Owner: ") + strings.TrimPrefix(l, "Owner: ")
			}
			out = append(out, component.Fit(l, w))
		}
	}
	for _, l := range s.noteLines(w) {
		out = append(out, component.Fit(l, w))
	}
	return out
}

// ownerCut reports whether the row of r shows its owner cut.
func (s *Screen) ownerCut(r *session.RegisterRow, owner string) bool {
	if owner == "" {
		return false
	}
	l := s.layout()
	if !l.twoLine {
		return ansi.StringWidth(owner) > l.owner
	}
	due, review, _ := s.dueText(r)
	if review != "" {
		due += " · " + review
	}
	return ansi.StringWidth("      due "+due+" · owner "+owner) > s.width
}

// noteLines are the selected entry's note, wrapped whole to w cells (on a
// short screen to as many lines as a third of it: the list keeps the
// rest), and the activity's next HRDDP review after it.
func (s *Screen) noteLines(w int) []string {
	st := s.ctx.Styles
	r := s.Selected()
	if r == nil || s.edit.Editing() {
		return []string{""}
	}
	note := oneLine(r.Risk.Mitigation.Entry.Note)
	if note == "" {
		note = "-"
	}
	lines := component.WrapIndent("Note: ", note, w)
	if most := max(1, s.height/3); len(lines) > most {
		// The last line keeps the note's indent, and says with "…" that
		// the note goes on.
		lead := strings.Repeat(" ", len("Note: "))
		if most == 1 {
			lead = "Note: "
		}
		rest := strings.TrimPrefix(strings.Join(strings.Fields(strings.Join(lines[most-1:], " ")), " "), "Note: ")
		lines = append(lines[:most-1], lead+component.Cut(rest, w-len(lead)))
	}
	lines[0] = st.Label.Render("Note: ") + strings.TrimPrefix(lines[0], "Note: ")
	// The activity's review is a date of its own, not part of the entry's
	// note: it has a line of its own.
	if d := r.Activity.HRDDPReview; d != "" {
		review := string(d)
		if d.Before(s.ctx.Sheet.Today()) {
			review += " OVERDUE"
		}
		lines = append(lines, st.Label.Render("HRDDP review: ")+review)
	}
	return lines
}
