// Package review is the review of drafts: one draft at a time, with where
// it came from (the source reference, its text and the lead-in or heading it
// stood under), the facts its words suggest with the phrases behind them,
// and the verdict on those facts. The planner accepts it (it becomes
// reviewed), edits it in the questionnaire (the review goes on afterwards),
// skips it (it stays a draft) or discards it. After an import, l lists the
// paragraphs an import of the draft's document left out, each with its
// reference and why, and r restores one as a draft.
package review

import (
	"fmt"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/viewport"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/pocssr/pocssr/classify/suggest"
	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/component"
	"github.com/pocssr/pocssr/ui/session"
)

// Screen is the review of drafts (see the package).
type Screen struct {
	ctx   *component.Context
	words Words
	// others is how the rulebook names the activities asked of others than
	// the mission, over a draft that is one.
	others string
	// edit is how the questionnaire is opened on the draft shown, which the
	// review does not know.
	edit func(a *model.Activity) component.Open
	keys keys

	activity *model.Activity // the draft shown
	// titleShort: the draft's title was drawn last short, cut or shortened
	// on import, naming the help that gives it whole (title.go).
	titleShort bool
	// shownOthers: the draft shown was asked of others when it was shown.
	// An edit may make it so; the review still goes on from its place
	// among the mission's own.
	shownOthers bool
	// fromCursor: the review began at a draft asked of others because the
	// planner chose it (R on it), while drafts of the mission's own wait:
	// until it reaches one of those, the heading says it goes on from the
	// cursor, not that those of others come last (chosenOthers).
	fromCursor bool
	// reading is what the reader made of the words of the draft it was read
	// for: the facts they suggest, and the baseline the facts answered since
	// are told from. It is kept with that draft (readingOf), so a draft put
	// in view by any path, the undo of a restore among them, never shows the
	// evidence of another.
	reading struct {
		of *model.Activity
		s  *suggest.Suggestion
	}
	skipped map[*model.Activity]bool
	// began are the drafts this review set out with (and those an undo or a
	// restore brought in since): what is reviewed or discarded is counted
	// from them, so the tally follows undo as the worksheet does.
	began map[*model.Activity]bool

	// edited are the drafts changed in the questionnaire from the review:
	// the tally counts them among the reviewed or the skipped, as they
	// stand now (an undo makes an edited draft's acceptance a draft again).
	edited map[*model.Activity]bool
	// confirming: a on a draft with no facts asked once; a again accepts it.
	confirming bool

	// leftOut are the parts left out of the document of list, the one l
	// shows; showLeftOut: the screen lists them instead of the draft.
	leftOut     []suggest.LeftOutPart
	showLeftOut bool
	// spare are the left-out parts as drafts, one for each of leftOut (none
	// when they could not be made); leftOutAt is the part marked in the list.
	spare     []Spare
	leftOutAt int
	// imports are the lists of what each document imported in this run left
	// out, one a document, in the order imported (see importLists); list is
	// the one l shows: that of the draft shown's document (pickList).
	// leftOut and spare are those of its parts whose draft is not in the
	// worksheet (syncLeftOut), so that the list follows a restore undone
	// or made again anywhere, u and ctrl+r on the worksheet too.
	imports []*importLists
	list    *importLists
	// back are the drafts shown when a paragraph was restored, the last
	// last: once the restored draft is decided the review returns to the
	// one it was on, and goes on from there in its order.
	back []*model.Activity

	view          viewport.Model
	width, height int
}

// Words is what the review shows of a draft's words, which the program
// around it reads (with the rulebook's reader, made once) and lays out as
// the activity's account does too.
type Words interface {
	// Read is what the reader makes of the activity's words.
	Read(a *model.Activity) *suggest.Suggestion
	// Behind is the reading as lines of width w: each suggested value with
	// the phrases behind it, the facts looked for of which nothing was read
	// (how: the key that asks them), the facts answered since, what was
	// read but not suggested.
	Behind(a *model.Activity, reading *suggest.Suggestion, how string, w int) []string
}

// New makes the review. others is how the rulebook names the activities
// asked of others than the mission; edit is the message that opens the
// questionnaire on a draft, which hands a component.Edited back.
func New(ctx *component.Context, words Words, others string, edit func(a *model.Activity) component.Open) *Screen {
	return &Screen{ctx: ctx, words: words, others: others, edit: edit, keys: newKeys(ctx.Keys), view: viewport.New(0, 0)}
}

// Imported opens the review after an import, at the first of its drafts
// (At), with the parts of Document the import left out for l to list, and
// their drafts (Spares) for r to restore.
type Imported struct {
	At       *model.Activity
	Document string
	LeftOut  []suggest.LeftOutPart
	Spare    []Spare
	// Discarded are the paragraphs a replace kept out (Discards): l lists
	// them among those left out, and r brings one back; so are the Drafts
	// of the import (see Drafts) once discarded.
	Discarded, Drafts []Spare
	// Note is what the status line said of the import, whole, where the
	// line gave it in short ("… +3 more (?)"); "" where it said all. The
	// help recalls it while the review holds the import's lists
	// (Recalled).
	Note string
}

// Draft is the draft shown, nil when the review shows none.
func (r *Screen) Draft() *model.Activity { return r.activity }

// Init does nothing.
func (r *Screen) Init() tea.Cmd { return nil }

// Title names the review in the title bar.
func (r *Screen) Title() string { return "Review" }

// Open begins a review at a draft, or after an import (Imported), or says
// there is none.
func (r *Screen) Open(arg any) (tea.Cmd, bool) {
	from, asked := arg.(*model.Activity)
	if in, ok := arg.(Imported); ok {
		r.imported(in)
		from = r.importedFirst(in)
	} else {
		// The worksheet may have changed meanwhile: u or ctrl+r there may
		// have taken out or made again a restore, or undone or made again
		// the import.
		r.followImport()
		r.syncLeftOut()
	}
	if !r.start(from, asked) {
		return r.ctx.Status("No drafts to review."), false
	}
	r.SetSize(r.width, r.height)
	return nil, true
}

// leave closes the review, the worksheet's cursor on the draft shown last.
func (r *Screen) leave() tea.Cmd {
	if r.activity != nil {
		r.ctx.Send(component.Select{Activity: r.activity})
	}
	return r.ctx.Send(component.Back{})
}

// start begins a review at from when it is a draft, else at the first draft
// after it; it reports whether there is a draft to review. A draft asked of
// others that the planner asked for (asked: R on it) is shown first, as the
// cursor says: from it the review goes on with the others' drafts after it,
// then round to the mission's own from the top (nextDraft's order). After
// an import, whose first draft nobody chose, the others' drafts come last:
// the review begins with the mission's own.
func (r *Screen) start(from *model.Activity, asked bool) bool {
	r.skipped = map[*model.Activity]bool{}
	r.began = map[*model.Activity]bool{}
	for _, a := range r.ctx.Sheet.Worksheet().Activities {
		if a.Status == model.StatusDraft {
			r.began[a] = true
		}
	}
	r.edited = map[*model.Activity]bool{}
	r.back = nil
	r.activity = from
	// Begun at an activity that is no draft, the mission's own come first
	// from it: what the last review showed says nothing of the order (it
	// showed a draft asked of others, and this one took the others first).
	r.fromCursor, r.shownOthers = false, false
	if from != nil && from.Status == model.StatusDraft && r.ctx.Sheet.Index(from) >= 0 {
		if asked || !r.ctx.Sheet.Verdict(from).Others || !r.ownDraftsWait() {
			r.fromCursor = asked && r.ctx.Sheet.Verdict(from).Others && r.ownDraftsWait()
			r.show(from)
			return true
		}
		r.activity = nil
	}
	if a := r.nextDraft(); a != nil {
		r.show(a)
		return true
	}
	return false
}

// SetSize gives the screen its area and reflows the draft.
func (r *Screen) SetSize(w, h int) {
	r.width, r.height = w, h
	r.view.Width = w
	r.fit()
	r.render()
}

func (r *Screen) show(a *model.Activity) {
	r.activity = a
	r.shownOthers = r.ctx.Sheet.Verdict(a).Others
	r.showLeftOut = false
	r.pickList()
	// Read afresh each time it is shown: an edit may have changed its words.
	r.reading.of = nil
	r.render()
	r.view.GotoTop()
}

// readingOf is what the reader makes of a's words, read once while a stays
// in view.
func (r *Screen) readingOf(a *model.Activity) *suggest.Suggestion {
	if r.reading.of != a {
		r.reading.of, r.reading.s = a, r.words.Read(a)
	}
	return r.reading.s
}

// nextDraft is the first draft after the one shown that was not skipped,
// nil when none is left. The mission's own drafts come first, in the
// worksheet's order from the one shown and round to the top, so that every
// one of them comes before any asked of others (a review begun after an
// import begins in the middle, with the imported document); then those
// asked of others from the top. From a draft asked of others the planner
// asked for (see start) the others' drafts after it come next, then round
// to the top, the mission's own first.
func (r *Screen) nextDraft() *model.Activity {
	s := r.ctx.Sheet
	n := s.Len()
	cur := -1
	if r.activity != nil {
		cur = s.Index(r.activity)
	}
	rank := func(a *model.Activity, i int) int {
		others := s.Verdict(a).Others
		switch {
		case r.shownOthers && cur >= 0:
			// Those asked of others after the one shown, then all from
			// the top, the mission's own first.
			if others && i > cur {
				return i
			}
			if others {
				return 2*n + i
			}
			return n + i
		case others:
			return 2*n + i
		case i > cur:
			return i
		default:
			return n + i
		}
	}
	var next *model.Activity
	nextRank := 3 * n
	for i := range n {
		a := s.At(i)
		if a.Status != model.StatusDraft || r.skipped[a] || a == r.activity {
			continue
		}
		if k := rank(a, i); k < nextRank {
			next, nextRank = a, k
		}
	}
	return next
}

// ownDraftsWait reports whether a draft of the mission's own is left.
func (r *Screen) ownDraftsWait() bool {
	for _, a := range r.ctx.Sheet.Worksheet().Activities {
		if a.Status == model.StatusDraft && !r.ctx.Sheet.Verdict(a).Others {
			return true
		}
	}
	return false
}

// chosenOthers reports whether the draft shown is one of those asked of
// others the review took first because the planner began it at one of them
// (fromCursor) while a draft of the mission's own is still to come: the
// heading and the draft then say that the review goes on from the cursor.
func (r *Screen) chosenOthers() bool {
	if !r.fromCursor || r.activity == nil || !r.ctx.Sheet.Verdict(r.activity).Others {
		return false
	}
	for _, a := range r.ctx.Sheet.Worksheet().Activities {
		if a.Status == model.StatusDraft && !r.skipped[a] && !r.ctx.Sheet.Verdict(a).Others {
			return true
		}
	}
	return false
}

// advance shows the next draft, or ends the review when none is left.
func (r *Screen) advance() tea.Cmd {
	if a := r.returnTo(); a != nil {
		r.show(a)
		return nil
	}
	if a := r.nextDraft(); a != nil {
		r.show(a)
		return nil
	}
	r.leave()
	// The key first: at 80 columns a cut takes a count, never R. R is
	// named only while a draft is left for it. The drafts left are those
	// this pass skipped (it ends when no other is left): the review has
	// ended, not done its work, and says so.
	return r.ended(r.tally().Ending("R"))
}

// ended says how the review ended on the status line, and has the help of
// the worksheet recall it once the line lets it go: its counts (reviewed,
// skipped, discarded) are kept nowhere else (a walk found them gone at the
// next key).
func (r *Screen) ended(text string) tea.Cmd {
	return r.ctx.Send(component.Status{Text: text, Recall: endedRecall})
}

// endedRecall heads the end of a review in the worksheet's help.
const endedRecall = "When the review ended, the status line said"

// returnTo is the draft the review was on when the draft just decided was
// restored, nil when there is none or it is no draft to review any more;
// then the review goes on from its place.
func (r *Screen) returnTo() *model.Activity {
	for len(r.back) > 0 {
		b := r.back[len(r.back)-1]
		r.back = r.back[:len(r.back)-1]
		if r.ctx.Sheet.Index(b) < 0 {
			continue
		}
		if b.Status == model.StatusDraft && !r.skipped[b] {
			return b
		}
		r.activity, r.shownOthers = b, r.ctx.Sheet.Verdict(b).Others
		return nil
	}
	return nil
}

// tally counts the review from the worksheet as it is now, as the plain
// prompts' review counts itself (session.Sheet.ReviewTally).
func (r *Screen) tally() session.ReviewTally {
	return r.ctx.Sheet.ReviewTally(session.ReviewMarks{Began: r.began, Skipped: r.skipped, Edited: r.edited})
}

// resume goes on after the draft was edited in the questionnaire; out says
// what the edit did, which the tally and the status line report.
func (r *Screen) resume(out component.Edited) tea.Cmd {
	if r.activity == nil || r.ctx.Sheet.Index(r.activity) < 0 {
		return r.advance()
	}
	var said tea.Cmd
	switch {
	case r.activity.Status != model.StatusDraft:
		// Every suggestion confirmed: reviewed, as the heading counts it
		// at once; the status line says so, and how to take it back.
		r.edited[r.activity] = true
		said = r.titledStatus("Edited and reviewed (u undoes the edit):", r.activity, ".", 10)
		s := r.ctx.Sheet
		if note, ok := component.ReviewedNote(s.Rulebook(), "Edited and reviewed", r.activity.Title, out.Dropped, s.Result(r.activity), r.ctx.StatusRoom(r.width)); ok {
			said = r.ctx.Send(note)
		}
	case out.Changed:
		// Changed, with suggestions still unconfirmed: it stays a draft for
		// later, skipped as the heading counts it, and the end of the
		// review counts the edit among the skipped.
		r.skipped[r.activity] = true
		r.edited[r.activity] = true
		said = r.ctx.Status(fmt.Sprintf("Edited, and skipped: it stays a draft, %s not confirmed yet.",
			component.Plural(out.Pending, "suggested answer", "suggested answers")))
		if out.Pending == 0 && len(out.Unticked) > 0 {
			// Nothing left to confirm: what keeps it a draft is a list
			// whose suggested values were all unticked.
			said = r.ctx.Status(fmt.Sprintf("Edited, and skipped: it stays a draft, %s not known (every suggested value unticked).",
				component.FactList(out.Unticked)))
		}
		if out.Unkept > 0 && out.Pending > 0 {
			// The answers confirmed in it are kept as answers only: a
			// later run shows them suggested again, and the line says so
			// where the planner leaves them.
			full := fmt.Sprintf("Edited, and skipped: it stays a draft, %s not confirmed yet. ", component.Plural(out.Pending, "suggested answer", "suggested answers"))
			note := component.UnkeptNote(full, []string{"Skipped: "}, "a", out.Unkept, out.Replaced, out.Pending, r.width)
			said = r.ctx.Send(note)
		}
	default:
		r.skipped[r.activity] = true
		said = r.ctx.Status("Left unchanged: it stays a draft (skipped).")
	}
	// advance says so itself when the review ends. What the edit asks
	// for next (the register, from r) opens over where the review went.
	next := r.advance()
	if out.Then != nil {
		r.ctx.Send(out.Then)
	}
	return tea.Batch(said, next)
}

// accept marks the draft reviewed; undo makes it a draft again. The
// answers only its words suggest on questions not asked are dropped, not
// accepted (session.Sheet.DropUnasked), and the status line says so, and
// what would place a draft accepted with no agenda yet: the briefing
// counts it reviewed all the same.
func (r *Screen) accept() tea.Cmd {
	s := r.ctx.Sheet
	a := r.activity
	snap := s.Snapshot(a)
	dropped := s.DropUnasked(a, &r.readingOf(a).Facts)
	a.Status = model.StatusReviewed
	s.Touch(a)
	s.Edited(snap)
	s.RenameLastUndo("acceptance of a draft")
	var said tea.Cmd
	if note, ok := component.ReviewedNote(s.Rulebook(), "Accepted", a.Title, dropped, s.Result(a), r.ctx.StatusRoom(r.width)); ok {
		said = r.ctx.Send(note)
	}
	return tea.Batch(said, r.advance())
}

// Update acts on the verdict keys and scrolls the draft; back from the
// questionnaire, it goes on with the review.
func (r *Screen) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	// Every step may change a count, and with it the rows of the heading.
	defer r.fit()
	if e, ok := msg.(component.Edited); ok {
		return r, r.resume(e)
	}
	km, ok := msg.(tea.KeyMsg)
	if !ok {
		return r, nil
	}
	// The question a asked of a draft with no facts is answered by the next
	// key alone: any other drops it, undo and stop too, so that a later a
	// asks again of whichever draft is shown then.
	asked := r.confirming
	r.confirming = false
	k := r.keys
	if key.Matches(km, k.Undo) {
		return r, r.undo()
	}
	if r.showLeftOut && km.Type == tea.KeyEsc && r.activity != nil && r.ctx.Sheet.Index(r.activity) >= 0 {
		// Esc backs out of the list to the draft, as l does (a walk's
		// next keys, meant for the draft, landed on the worksheet); q
		// stops the review from the list.
		r.showLeftOut = false
		r.pickList()
		r.render()
		r.view.GotoTop()
		return r, nil
	}
	if key.Matches(km, k.Stop) || r.activity == nil || r.ctx.Sheet.Index(r.activity) < 0 {
		// Stopped, the review says what it left and did, as its end does.
		r.leave()
		return r, r.ended(r.tally().Stopping("R"))
	}
	switch {
	case key.Matches(km, k.Accept):
		if !asked && r.factless() {
			r.confirming = true
			return r, nil
		}
		return r, r.accept()
	case key.Matches(km, k.Discard):
		return r, r.discard()
	case key.Matches(km, k.Edit):
		return r, r.ctx.Send(r.edit(r.activity))
	case key.Matches(km, k.LeftOut):
		if len(r.leftOut) == 0 {
			return r, r.ctx.Send(r.leftOutHowNote())
		}
		r.showLeftOut = !r.showLeftOut
		// Back at the draft, l lists its document's paragraphs again: the
		// list in view may be another's (an undone restore shows it).
		r.pickList()
		r.render()
		r.view.GotoTop()
		return r, nil
	case key.Matches(km, k.Restore):
		return r, r.restore()
	case k.Restore.Enabled() && (key.Matches(km, k.Up) || key.Matches(km, k.Down)):
		r.markLeftOut(km)
		return r, nil
	case key.Matches(km, k.Skip):
		r.skipped[r.activity] = true
		return r, r.advance()
	default:
		k.Scroll(&r.view, km)
	}
	return r, nil
}
