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
// value was refused, or the risk's title, what the row cuts of the entry and
// the note of its entry, wrapped.
func (s *Screen) below(w int) []string { return s.belowLines(w, true) }

// belowLines is below; entry: the rows are drawn as they are laid out, so
// that what the selected row cuts of its entry is said whole here (a list
// drawn with every row wrapped whole has nothing cut to say).
func (s *Screen) belowLines(w int, entry bool) []string {
	if s.edit.Editing() {
		return s.edit.Lines(w)
	}
	return s.belowRow(s.Selected(), w, s.layout(), entry)
}

// belowRow is the lines under the list with r selected and nothing edited,
// the rows laid out as lay: the list takes the room they leave
// (listHeight).
func (s *Screen) belowRow(r *session.RegisterRow, w int, lay layout, entry bool) []string {
	st := s.ctx.Styles
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
	// The risk is named by its title, not by the rulebook's id, but for
	// one the rulebook no longer holds, which has only its id.
	lead := "Risk: "
	if r.Unknown {
		lead = r.Risk.Rule.ID + ": "
	}
	head := component.WrapIndent(lead, title, w)
	if len(head) > 2 {
		head = append(head[:1], component.Cut(strings.Join(strings.Fields(strings.Join(head[1:], " ")), " "), w))
	}
	head[0] = st.Label.Render(lead) + strings.TrimPrefix(head[0], lead)
	var out []string
	for _, l := range head {
		out = append(out, component.Fit(l, w))
	}
	if entry && s.rowCut(r, lay) {
		// The row cuts its entry (a long owner pushes the paragraph and the
		// title off it, or the columns are too narrow): it reads whole here.
		for i, l := range component.WrapIndent("Entry: ", underText(s, r, 0), w) {
			if i == 0 {
				l = st.Label.Render("Entry: ") + strings.TrimPrefix(l, "Entry: ")
			}
			out = append(out, component.Fit(l, w))
		}
	}
	for _, l := range s.noteLines(r, w) {
		out = append(out, component.Fit(l, w))
	}
	return out
}

// rowCut reports whether the row of r, laid out as l, cuts its entry: its
// owner, its paragraph or, in a row of one line, its activity's title.
// Under the cursor's row the entry then reads whole: at 200 columns a
// title cut in the Activity column ("Police reform: continue to support
// the Haitian …") had no line that gave it whole, where a cut owner had
// one.
func (s *Screen) rowCut(r *session.RegisterRow, l layout) bool {
	ref := s.refOf(r)
	if l.twoLine {
		if l.wrap {
			return false
		}
		// A mark cut to the Ref column's width is cut as the wide list
		// cuts it.
		refW := maxRef
		if l.ref > 0 {
			refW = l.ref - len(gap)
		}
		// A row of two cuts the title its second line cannot hold: the
		// entry reads whole below once the title is cut short of
		// minTitleShown (a longer cut is the narrow list's way; the
		// account has it whole).
		under := underText(s, r, l.underRef())
		title := titleText(r)
		shown := min(ansi.StringWidth(title), minTitleShown)
		return ansi.StringWidth(rowIndent+strings.TrimSuffix(under, title))+shown > s.width || ansi.StringWidth(ref) > refW
	}
	return ansi.StringWidth(oneLine(r.Risk.Mitigation.Entry.Owner)) > l.owner || l.ref > 0 && ansi.StringWidth(ref) > l.ref-len(gap) ||
		ansi.StringWidth(titleText(r)) > l.act
}

// rowIndent is where the second line of a row of two begins.
const rowIndent = "      "

// minTitleShown is how much of an activity's title a row of two must show
// for the list to tell the activities apart.
const minTitleShown = 20

// underText is the second line of a row of two, whole: the due date (and
// an overdue HRDDP review), the owner, then the activity's reference (cut
// to refW cells, whole where refW is 0: activityText) and title.
func underText(s *Screen, r *session.RegisterRow, refW int) string {
	due, review, _ := s.dueText(r)
	if review != "" {
		due += " · " + review
	}
	owner := r.Risk.Mitigation.Entry.Owner
	if owner == "" {
		owner = "-"
	}
	return "due " + due + " · owner " + oneLine(owner) + " · " + oneLine(activityText(r, s.refOf(r), refW))
}

// noteLines are the note of r's entry, wrapped whole to w cells (on a
// short screen to as many lines as a third of it: the list keeps the
// rest), and the activity's next HRDDP review after it.
func (s *Screen) noteLines(r *session.RegisterRow, w int) []string {
	st := s.ctx.Styles
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
