package questionnaire

import (
	"fmt"
	"slices"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
	"github.com/pocssr/pocssr/classify/report"
	"github.com/pocssr/pocssr/classify/suggest"
	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/component"
	"github.com/pocssr/pocssr/ui/flow"
	"github.com/pocssr/pocssr/ui/session"
	"github.com/pocssr/pocssr/ui/words"
)

// The description step of the questionnaire, and the suggestions read from
// its words. The reader reads the title and description as they are typed (an
// imported task: its source paragraph). On moving on to the questions, what
// it suggests becomes the answer of every fact the planner has not answered,
// and stays marked as suggested, with the words behind it, until the planner
// accepts it or answers otherwise. The planner's own answers, "don't know"
// included, are never replaced. While any suggestion is unconfirmed the
// activity is a draft; a draft becomes reviewed once the planner has answered
// in the questionnaire and no suggestion is left unconfirmed.

// describe goes back to the description step, the title focused.
func (q *Screen) describe() tea.Cmd {
	q.stage, q.jumping, q.focus = Describing, false, 0
	return q.title.Focus()
}

func (q *Screen) updateDescribing(km tea.KeyMsg) tea.Cmd {
	k := q.dkeys
	switch {
	case key.Matches(km, k.Done):
		return q.finish(false)
	case key.Matches(km, k.NextField), km.String() == "enter" && q.focus == 0:
		if q.focus == 0 {
			q.focus = 1
			q.title.Blur()
			return q.desc.Focus()
		}
		return q.next()
	case key.Matches(km, k.PrevField):
		if q.focus == 1 {
			q.focus = 0
			q.desc.Blur()
			return q.title.Focus()
		}
		return nil
	}
	return q.updateFields(km)
}

// updateFields passes a message to the focused text field and copies what was
// typed into the activity.
func (q *Screen) updateFields(msg tea.Msg) tea.Cmd {
	if q.stage != Describing {
		return nil
	}
	if _, key := msg.(tea.KeyMsg); key && !q.whole[q.focus] {
		return q.ctx.StatusError(fmt.Sprintf("This %s cannot be edited here without changing it (tabs, line breaks or its length); "+
			"nothing was changed: edit it in the worksheet file", [2]string{"title", "description"}[q.focus]))
	}
	var cmd tea.Cmd
	// Only the field typed into is copied back: the other one keeps the
	// activity's text exactly as it was read.
	if q.focus == 0 {
		q.title, cmd = q.title.Update(msg)
		q.followTitle()
		if v := q.title.Value(); q.whole[0] && v != q.activity.Title {
			q.activity.Title = v
			q.titleTyped = true
			q.changedWords()
		}
	} else {
		q.desc, cmd = q.desc.Update(msg)
		// The text area scrolls to its cursor by the rows it drew last,
		// before the key: drawn again and asked again, it keeps the
		// cursor's row in sight (a line added at the end showed the one
		// above it). A text its box holds whole never scrolls.
		if q.descCount() > q.desc.Height() {
			q.desc.View()
			q.desc, _ = q.desc.Update(nil)
		}
		if v := q.desc.Value(); q.whole[1] && v != q.activity.Description {
			q.activity.Description = v
			q.changedWords()
		}
	}
	return cmd
}

// changedWords reclassifies the activity and reads its words again after
// the planner typed.
func (q *Screen) changedWords() {
	q.ctx.Sheet.Touch(q.activity)
	q.reread()
}

// reread reads the activity's words again when they changed.
func (q *Screen) reread() {
	a := q.activity
	text := a.Source.Text + "\x00" + a.Title + "\x00" + a.Description
	if q.reading != nil && text == q.readOf {
		return
	}
	q.reading, q.readOf = words.Read(q.links.Reader(), a), text
}

// withSuggestions is the activity's facts with the reading filled in: every
// fact the planner has not answered takes the suggested value (an unconfirmed
// suggestion follows the words), and a suggested fact whose question would not
// be asked is left out. filled lists the facts that hold a suggestion.
func (q *Screen) withSuggestions() (fs model.Facts, filled []model.Fact) {
	pending := func(f model.Fact) bool { _, ok := q.suggested[f]; return ok }
	return q.walk.WithReading(q.activity.Facts, q.reading.Facts, func(f model.Fact) bool { return q.decided[f] }, pending)
}

// preselect makes the suggestions the answers of the unanswered facts, on
// leaving the description for the questions.
func (q *Screen) preselect() {
	q.reread()
	fs, filled := q.withSuggestions()
	q.noteUnasked(filled)
	q.suggested = make(map[model.Fact][]suggest.Evidence, len(filled))
	for _, f := range filled {
		q.suggested[f] = q.reading.EvidenceFor(f)
	}
	if !fs.Equal(&q.activity.Facts) {
		q.apply(func(f *model.Facts) { *f = fs })
		q.note = "" // each suggested question says so itself
	}
	q.settle()
}

// markDraft marks, on opening a draft, the facts that still hold what its
// words suggest: they came from the reading and nobody has confirmed them.
func (q *Screen) markDraft() {
	if q.activity.Status != model.StatusDraft {
		return
	}
	q.reread()
	q.draftOpened = true
	q.markPending()
}

// markPending marks the facts of a draft that hold what its words suggest
// and whose question is asked: on opening, and again whenever an answer
// makes another question asked ("police", read from the words, became
// relevant with the first kind ticked and was counted as answered, so the
// draft was reviewed with it never confirmed). A fact the planner answered
// is never marked again.
func (q *Screen) markPending() {
	for _, f := range model.AllFacts() {
		if _, marked := q.suggested[f]; marked || q.decided[f] {
			continue
		}
		if q.ctx.Sheet.HoldsReading(q.activity, &q.reading.Facts, f) && !q.ctx.Sheet.Confirmed(q.activity, f) {
			q.suggested[f] = q.reading.EvidenceFor(f)
		}
	}
}

// answers reports whether a key answers the question asked (rather than
// moving between choices or questions).
func (q *Screen) answers(km tea.KeyMsg) bool {
	k := q.keys
	qq := q.question()
	switch {
	case qq == nil:
		return false
	case key.Matches(km, k.Choose, k.Toggle, k.DontKnow):
		return true
	case key.Matches(km, k.Primary):
		return q.fact == model.Kinds
	}
	// A choice's key, a letter past the ninth ("D" or "d"), as updateAsking
	// takes it: a kind ticked by its letter is an answer too.
	i := k.choiceOf(km)
	return i >= 0 && i < len(flow.Choices(qq))-1
}

// confirm records that the planner answered fact f: a suggestion of it is
// accepted or replaced, and never put back.
func (q *Screen) confirm(f model.Fact) {
	delete(q.suggested, f)
	delete(q.unticked, f)
	q.decided[f] = true
	q.ctx.Sheet.Confirm(q.activity, f)
	q.answered = true
	q.settle()
}

// apply changes the activity's facts through fn, then reclassifies it and
// re-evaluates relevance, noting which questions came and went.
func (q *Screen) apply(fn func(fs *model.Facts)) {
	before := relevantFacts(q.questions)
	was := q.activity.Facts.Clone()
	fn(&q.activity.Facts)
	back := q.followRelevance()
	q.topicGone = "" // said only of the answer that took it
	q.retopic(&was)
	q.ctx.Sheet.Touch(q.activity)
	q.refresh()
	added, removed := relevanceChange(before, relevantFacts(q.questions))
	var parts []string
	if len(back) > 0 {
		// First: the line may be cut, and these are answers given for the
		// planner, not only questions.
		parts = append(parts, "suggested again from the words (~, to confirm): "+component.FactList(back))
	}
	if len(added) > 0 {
		parts = append(parts, "now also asked: "+component.FactList(added))
	}
	if len(removed) > 0 {
		parts = append(parts, "no longer asked: "+component.FactList(removed))
	}
	q.note = strings.Join(parts, "; ")
	q.noteFresh = q.note != ""
}

// withdrawIrrelevant takes back the unconfirmed suggestions whose questions
// an answer made irrelevant: nobody would be asked to confirm them.
func (q *Screen) withdrawIrrelevant() {
	fs := &q.activity.Facts
	for dropped := true; dropped; {
		dropped = false
		for _, f := range model.AllFacts() {
			if _, pending := q.suggested[f]; pending && !q.rb.Relevant(fs, f) {
				fs.Forget(f)
				delete(q.suggested, f)
				q.withdrawn[f] = true
				dropped = true
			}
		}
	}
}

// followRelevance withdraws the suggestions whose questions an answer made
// irrelevant and puts back those asked again, until neither changes (a
// suggestion put back may make another question asked, or no longer
// asked: as many rounds as there are facts at most). It returns the facts
// put back that stay suggested.
func (q *Screen) followRelevance() []model.Fact {
	var back []model.Fact
	for range model.AllFacts() {
		q.withdrawIrrelevant()
		put := q.restoreRelevant()
		if len(put) == 0 {
			break
		}
		back = append(back, put...)
	}
	return slices.DeleteFunc(back, func(f model.Fact) bool { return !q.isSuggested(f) })
}

// restoreRelevant puts back, as suggestions to confirm, those withdrawn
// whose questions are asked again and still unanswered, as the words read
// now suggest them (ticking a kind again asks its follow-up question
// again, with the answer the words suggested): the planner confirms them
// as when they were first offered. It returns the facts it put back.
func (q *Screen) restoreRelevant() []model.Fact {
	fs := &q.activity.Facts
	var back []model.Fact
	for _, f := range model.AllFacts() {
		if !q.withdrawn[f] || !q.rb.Relevant(fs, f) {
			continue
		}
		delete(q.withdrawn, f)
		if q.decided[f] || fs.Known(f) || q.reading == nil || !q.reading.Facts[f].Known {
			continue
		}
		fs[f] = q.reading.Facts.Clone()[f]
		q.suggested[f] = q.reading.EvidenceFor(f)
		back = append(back, f)
	}
	return back
}

// settle sets the activity's status from its suggestions (see above).
func (q *Screen) settle() {
	a := q.activity
	if q.draftOpened && q.reading != nil {
		q.markPending()
	}
	status := a.Status
	switch {
	case len(q.suggested) > 0 || q.leftUnticked():
		status = model.StatusDraft
	case a.Status == model.StatusDraft && q.answered:
		status = model.StatusReviewed
		q.dropUnasked()
	}
	if status != a.Status {
		q.madeReviewed = status == model.StatusReviewed
		a.Status = status
		q.ctx.Sheet.Touch(a)
	}
}

// dropUnasked takes away, as the draft becomes reviewed, the answers only
// its words suggest whose questions are not asked (forces read from the
// words of a draft the planner said is early warning): nobody confirmed
// them, and reviewed they would read as the planner's. They are withdrawn
// as a suggestion is whose question goes: an answer that asks it again
// puts them back, to confirm. The status line names them on finishing.
func (q *Screen) dropUnasked() {
	if q.reading == nil {
		return
	}
	u := q.ctx.Sheet.DropUnasked(q.activity, &q.reading.Facts)
	for _, f := range u.Facts {
		q.withdrawn[f] = true
		if !slices.Contains(q.dropped.Facts, f) {
			q.dropped.Facts = append(q.dropped.Facts, f)
		}
		q.dropped.Was[f] = u.Was[f]
	}
	if len(u.Facts) == 0 {
		return
	}
	slices.Sort(q.dropped.Facts)
	before := relevantFacts(q.questions)
	q.refresh()
	_, removed := relevanceChange(before, relevantFacts(q.questions))
	parts := []string{"not kept, as only the words suggested it and it is not asked: " + component.FactList(u.Facts)}
	if len(removed) > 0 {
		parts = append(parts, "no longer asked: "+component.FactList(removed))
	}
	if q.note != "" {
		parts = append([]string{q.note}, parts...)
	}
	q.note, q.noteFresh = strings.Join(parts, "; "), true
}

// droppedNow is what dropUnasked took away that is still away: an answer
// given since, or a suggestion put back, is not.
func (q *Screen) droppedNow() session.Unasked {
	u := session.Unasked{Was: q.dropped.Was}
	for _, f := range q.dropped.Facts {
		if !q.activity.Facts.Known(f) {
			u.Facts = append(u.Facts, f)
		}
	}
	return u
}

// pendingFacts lists the unconfirmed suggestions in the order of the facts.
func (q *Screen) pendingFacts() []model.Fact {
	var out []model.Fact
	for _, f := range model.AllFacts() {
		if _, ok := q.suggested[f]; ok {
			out = append(out, f)
		}
	}
	return out
}

// isSuggested reports whether fact f holds an unconfirmed suggestion.
func (q *Screen) isSuggested(f model.Fact) bool {
	_, ok := q.suggested[f]
	return ok
}

// suggestionMarker is the line a question shows while its answer is an
// unconfirmed suggestion.
func (q *Screen) suggestionMarker(w int) []string {
	evs, ok := q.suggested[q.fact]
	if !ok {
		return nil
	}
	var lines []string
	_, accept := q.acceptWords()
	for _, l := range component.Wrap(q.markerFrom(evs)+accept, w) {
		lines = append(lines, q.ctx.Styles.Accent.Render(l))
	}
	return lines
}

// markerFrom names the words a suggestion of the question asked is read
// from: on a list, the words of the values unticked since are said to be
// unticked, for they no longer suggest the answer ticked ("reported
// abuses" stood among the words of the kinds after its kind was unticked).
// Words read as "none" stay as they are: no box is theirs to untick.
func (q *Screen) markerFrom(evs []suggest.Evidence) string {
	var ticked, unticked []suggest.Evidence
	for _, e := range evs {
		if q.fact.Type() == model.SetOf && e.Value != "none" && !(words.Value{Fact: e.Fact, Value: e.Value}).Holds(&q.activity.Facts) {
			unticked = append(unticked, e)
		} else {
			ticked = append(ticked, e)
		}
	}
	from := "~ suggested from the words"
	if ps := words.Phrases(ticked); len(ps) > 0 {
		from = "~ suggested from: " + words.Quoted(ps)
	}
	switch ps := words.Phrases(unticked); {
	case len(ps) > 0 && len(ticked) == 0:
		from = "~ suggested from: " + words.Quoted(ps) + " (unticked)"
	case len(ps) > 0:
		from += " (unticked: " + words.Quoted(ps) + ")"
	}
	return from
}

// markerLine is the suggestion's line in one row, where the choices need
// the rows its wrapping takes: the words, and how to accept them; where the
// words are longer than the row they are cut, and w shows them whole.
func (q *Screen) markerLine(w int) (line string, cut bool) {
	st := q.ctx.Styles
	from, accept := q.markerFrom(q.suggested[q.fact]), ""
	accept, _ = q.acceptWords()
	if ansi.StringWidth(from+accept) <= w {
		return st.Accent.Render(from + accept), false
	}
	more := " (w: whole)"
	return st.Accent.Render(component.Cut(from, w-len(more)-ansi.StringWidth(accept))) + st.Key.Render(more) + st.Accent.Render(accept), true
}

// suggestedAnswers counts the suggested answers the description's list
// marks "~" (pre-selected): one for each value, so two kinds are two.
func (q *Screen) suggestedAnswers() int {
	if q.reading == nil {
		return 0
	}
	_, filled := q.withSuggestions()
	n := 0
	for _, sv := range words.Values(q.reading) {
		if slices.Contains(filled, sv.Fact) {
			n++
		}
	}
	return n
}

// unappliedNote says, on leaving a new activity from its description, that
// the answers its words suggest were not given it: they apply on tab to the
// questions only, and the live panel's verdict was a preview with them. The
// count is the one the heading gives ("(5 answers)"); ok is false where
// nothing was left out. The line takes the first wording that fits w cells,
// and the help (?) gives it whole.
func (q *Screen) unappliedNote(w int) (note component.Status, ok bool) {
	if q.stage != Describing || q.reading == nil {
		return note, false
	}
	if fs, filled := q.withSuggestions(); len(filled) == 0 || fs.Equal(&q.activity.Facts) {
		return note, false
	}
	answers := component.Plural(q.suggestedAnswers(), "suggested answer", "suggested answers")
	them := "them"
	if q.suggestedAnswers() == 1 {
		them = "it"
	}
	title := "“" + report.OneLine(q.activity.Title) + "”"
	note.Full = fmt.Sprintf("Added %s without its %s: the verdict beside the description was a preview with %s. They apply on tab from the description to the questions: e opens the activity at a question, ← goes back to its description, and tab, twice from the title, applies %s. u undoes the add.",
		title, answers, them, them)
	for _, text := range []string{
		fmt.Sprintf("Added %s without its %s: e, ← and tab (twice) apply %s; u undoes the add.", title, answers, them),
		fmt.Sprintf("Added without its %s: e, ← and tab (twice) apply %s (?).", answers, them),
		fmt.Sprintf("Added without its %s (?).", answers),
	} {
		if ansi.StringWidth(text) <= w {
			note.Text = text
			return note, true
		}
	}
	note.Text = component.Cut(fmt.Sprintf("Added without its %s (?).", answers), w)
	return note, true
}
