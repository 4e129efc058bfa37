package review

import (
	tea "github.com/charmbracelet/bubbletea"
	"github.com/pocssr/pocssr/classify/report"
	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/component"
	"github.com/pocssr/pocssr/ui/session"
)

// In the review, a paragraph that the import took for a task but that asks
// for no activity can be discarded: it leaves the worksheet, and u (in the
// review or on the worksheet) puts it back where it was. A draft whose words
// suggested no fact at all is accepted only when a is pressed twice, since
// accepting it says that nothing about it is known.

// factless reports whether the draft shown has no fact known.
func (r *Screen) factless() bool {
	fs := &r.activity.Facts
	for _, f := range model.AllFacts() {
		if fs.Known(f) {
			return false
		}
	}
	return true
}

// discard takes the draft out of the worksheet and goes on with the next.
func (r *Screen) discard() tea.Cmd {
	s := r.ctx.Sheet
	a := r.activity
	if s.Index(a) < 0 {
		return r.advance()
	}
	next := r.nextDraft()
	// The reference names the draft where two share a title (S/RES/1861
	// ¶7(a)(iii) and 7(b)(iii)); it is read before the draft leaves, as the
	// worksheet shows it with the draft in it.
	lead, undoName := DiscardWords(s, a)
	// The title goes whole into the undo history: its note is cut to the
	// status line it is said on (Context.FitTitle).
	s.DiscardDraft(a, undoName)
	r.skipped[a] = false
	r.syncLeftOut() // the list names it at once
	if next == nil {
		// The review ends: it says how, as one that ends on an accept
		// does (drafts it skipped are left: "no draft left" read as if
		// the worksheet held none).
		r.activity = nil
		r.leave()
		// The ending first: at 80 columns the title gives way to it.
		st := component.TitledNote(r.tally().Ending("R")+" "+lead+" “", report.OneLine(a.Title), "”; u undoes the discard.", r.ctx.StatusRoom(r.width), 10)
		st.Recall = endedRecall
		return r.ctx.Send(st)
	}
	r.show(next)
	// The title is cut only where the line has no room for it: a short
	// title was cut at 40 cells on a line of 200.
	return r.titledStatus(lead, a, ". u puts it back.", 40)
}

// DiscardWords are the words of a draft's discard, read before it leaves
// the worksheet, as the worksheet shows it with the draft in it: lead, what
// the note says before the title ("Discarded 7(a)(iii)"), and undoName, the
// discard in the undo history with the title whole ("discard of 7(a)(iii)
// “…”"). The review on the screen and the plain prompts' review say them
// alike: the plain one named no paragraph where two drafts share a title.
func DiscardWords(s *session.Sheet, a *model.Activity) (lead, undoName string) {
	ref := report.OneLine(s.Ref(a))
	return withRef("Discarded", ref), withRef("discard of", ref) + " “" + report.OneLine(a.Title) + "”"
}

// withRef is what a note of a discard says before the draft's title:
// "Discarded 7(a)(iii)", or words alone for a draft no paragraph numbers.
func withRef(words, ref string) string {
	if ref == "" {
		return words
	}
	return words + " " + ref
}

// titledStatus names a draft on the status line between lead and tail,
// its title cut to what the line leaves it and never to fewer than least
// cells (component.TitledNote), whole in the help.
func (r *Screen) titledStatus(lead string, a *model.Activity, tail string, least int) tea.Cmd {
	return r.ctx.Send(component.TitledNote(lead+" “", report.OneLine(a.Title), "”"+tail, r.ctx.StatusRoom(r.width), least))
}

// undo reverts the last change to the worksheet; a discarded draft comes
// back and is shown again, and so does a draft whose acceptance it takes
// back: the review returns to the draft undone, then goes on from the one
// it was on (returnTo).
func (r *Screen) undo() tea.Cmd {
	s := r.ctx.Sheet
	before := make(map[*model.Activity]model.Status, s.Len())
	for _, a := range s.Worksheet().Activities {
		before[a] = a.Status
	}
	what := s.Undo()
	if what == "" {
		return r.ctx.Status("Nothing to undo.")
	}
	if r.followImport() {
		// short enough for 80 columns: the point before the title's room
		what += " with its left-out list"
	}
	// An undo of a restore made again on the worksheet (ctrl+r) puts its
	// paragraph back on the list, and takes out the draft it may show: the
	// review goes on from the one it was on before, as the undo of a
	// restore made here does.
	r.syncLeftOut()
	if r.activity != nil && s.Index(r.activity) < 0 {
		next := r.returnTo()
		if next == nil {
			next = r.nextDraft()
		}
		if r.activity = next; next != nil {
			r.shownOthers = s.Verdict(next).Others
			r.render()
		}
	}
	for _, a := range s.Worksheet().Activities {
		was, there := before[a]
		if a.Status != model.StatusDraft || there && was == model.StatusDraft {
			continue
		}
		r.began[a] = true
		if there && r.activity != nil && r.activity != a {
			r.back = append(r.back, r.activity)
		}
		r.show(a)
		break
	}
	if !r.showLeftOut {
		r.pickList() // the draft in view may be of another document now
	}
	if r.activity != nil && s.Index(r.activity) >= 0 {
		r.render()
	}
	return r.ctx.StatusTitled("Undid the " + what + ".")
}
