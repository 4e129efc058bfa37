package questionnaire

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/component"
	"github.com/pocssr/pocssr/ui/flow"
	"github.com/pocssr/pocssr/ui/register"
)

// Moving through the questionnaire: each move asks the flow (ui/flow) for
// the step to go to, and show turns it into a stage of the screen; the jump
// list; finishing, and what the questionnaire hands back.

// next goes to the flow's next step: the next relevant question after the
// current place, the review when none is left, then each risk that fires,
// and the end (the activity's account).
func (q *Screen) next() tea.Cmd {
	if q.stage == Describing && len(q.questions) == 0 {
		return nil // nothing to ask yet: the description stays
	}
	return q.show(q.walk.Next(q.step(), q.questions, q.risks))
}

// step is where the questionnaire is, as a step of the flow.
func (q *Screen) step() flow.Step {
	switch q.stage {
	case Describing:
		return flow.Step{Kind: flow.Describe}
	case Reviewing:
		return flow.Step{Kind: flow.Verdict}
	case Mitigating:
		return flow.Step{Kind: flow.Mitigate, Risk: q.risk}
	}
	return flow.Step{Kind: flow.Ask, Fact: q.fact}
}

// show goes to a step of the flow: this is the only place that turns a step
// into a stage of the screen.
func (q *Screen) show(s flow.Step) tea.Cmd {
	q.saveTicks()
	q.reg.Close()
	switch s.Kind {
	case flow.Describe:
		return q.describe()
	case flow.Ask:
		q.goTo(s.Fact)
	case flow.Mitigate:
		q.mitigate(s.Risk)
	case flow.End:
		return q.finish(true)
	default:
		q.review()
		q.ageNote()
	}
	return nil
}

// review opens the review of the answers.
func (q *Screen) review() {
	q.stage, q.jumping, q.reviewTop = Reviewing, false, 0
	q.risks = q.walk.Risks(q.activity)
}

// back goes to the previous relevant question, or to the description.
func (q *Screen) back() tea.Cmd {
	switch {
	case q.stage == Describing:
		return nil
	case q.stage == Reviewing && len(q.questions) == 0:
		return nil // as before: the review stays when nothing is asked
	}
	return q.show(q.walk.Prev(q.step(), q.questions, q.risks))
}

// finish ends the questionnaire: a new activity with nothing in it is dropped;
// otherwise it gets a title and id if it has none, and the edit can be undone.
func (q *Screen) finish(showDetail bool) tea.Cmd {
	then := backBelow
	if showDetail {
		then = toDetail
	}
	return q.finishTo(then)
}

// next is where finishing goes: back to the screen below, or to the
// activity's account or the risk register in the questionnaire's place.
type next int

const (
	backBelow next = iota
	toDetail
	toRegister
)

// finishTo ends the edit and puts a screen opened on the activity in the
// questionnaire's place (backBelow: none, back to the screen below).
func (q *Screen) finishTo(then next) tea.Cmd {
	f := q.fact
	narrowed := q.ticksNarrowed() // said by saveTicks, not again below
	read, saved := q.saveTicks()
	a := q.activity
	if a.Title != q.title0 {
		// Spaces typed around a title go; a title read from the file is kept
		// as it was, to the character.
		a.Title = strings.TrimSpace(a.Title)
	}
	var empty model.Facts
	s := q.ctx.Sheet
	if q.isNew && a.Title == "" && strings.TrimSpace(a.Description) == "" && a.Facts.Equal(&empty) {
		s.Discard(a)
		q.ctx.Send(component.Back{})
		return q.ctx.Status("Nothing was entered; the new activity was dropped.")
	}
	if a.Title == "" {
		a.Title = component.TitleFrom(a.Description)
	}
	if a.ID == "" {
		a.ID = s.UniqueID(a.Title)
	}
	if q.snap.Changed() {
		s.Touch(a)
	}
	if !q.isNew {
		s.Edited(q.snap)
	}
	if then == toRegister && !q.inReview {
		return q.ctx.Send(component.Replace{To: q.links.Register, Arg: register.Of{Activity: a}})
	}
	if then == toRegister {
		// The review of drafts counts the edit and goes on, then opens the
		// register over itself: esc there goes back to the review.
		out := q.outcome(a)
		out.Then = component.Open{To: q.links.Register, Arg: register.Of{Activity: a}}
		return q.ctx.Send(component.Back{Result: out})
	}
	if then == toDetail && !q.inReview {
		return q.ctx.Send(component.Replace{To: q.links.Detail, Arg: a})
	}
	// The screen below hears what the edit did: the review of drafts counts
	// it and goes on. Outside the review the worksheet, which follows the
	// activity every screen shows, puts its cursor on it.
	out := q.outcome(a)
	if !q.inReview {
		q.ctx.Send(component.Select{Activity: a})
		if note, ok := q.unappliedNote(q.ctx.StatusRoom(q.width)); ok && q.isNew {
			q.ctx.Send(note)
		}
		open, isOpen := q.firstUnticked()
		switch {
		case narrowed:
		case isOpen && out.Unkept > 0:
			q.ctx.Send(q.topicNote(component.UntickedOnLeaving(open, q.reading.Facts[open], out.Unkept, out.Replaced, out.Pending, q.topicRoom(q.width)), q.ctx.StatusRoom(q.width)))
		case isOpen:
			w := q.ctx.StatusRoom(q.width)
			q.ctx.Send(q.topicNote(component.UntickedNote(open, q.reading.Facts[open], q.topicRoom(w)), w))
		case out.Unkept > 0 && out.Pending > 0 && saved:
			// What leaving saved, said as enter says it, then the draft's note.
			q.ctx.Send(component.KeptOnLeaving(f, read, a.Facts[f], out.Unkept, out.Replaced, out.Pending, q.width))
		case out.Unkept > 0 && out.Pending > 0:
			q.ctx.Send(component.UnkeptNote("Still a draft. ", []string{"Draft: "}, component.AcceptFromQuestionnaire, out.Unkept, out.Replaced, out.Pending, q.width))
		}
		if len(out.Dropped.Facts) > 0 {
			// Only what was dropped: the account, a key away, says what
			// places an activity not yet placed.
			if note, ok := component.ReviewedNote(s.Rulebook(), "Reviewed", a.Title, out.Dropped, nil, q.ctx.StatusRoom(q.width)); ok {
				q.ctx.Send(note)
			}
		} else if note, ok := q.reviewedOnLeaving(); ok {
			q.ctx.Send(note)
		}
	}
	return q.ctx.Send(component.Back{Result: out})
}

// outcome says what the questionnaire did to its activity a.
func (q *Screen) outcome(a *model.Activity) component.Edited {
	return component.Edited{Activity: a, Changed: q.answered || q.snap.Changed(), Pending: len(q.suggested), Unkept: q.unkept(), Replaced: q.replaced(), Dropped: q.droppedNow(), Unticked: q.untickedNow()}
}

// unkept counts the answers of a draft confirmed in this run that its words
// still suggest, where the worksheet's file (JSON) keeps them as answers
// with no mark of the confirmation, and a later run opening the draft marks
// them suggested again (markDraft). A reviewed activity has none: its
// status keeps them; nor has a YAML file's draft, whose file keeps them.
func (q *Screen) unkept() int {
	a := q.activity
	if a.Status != model.StatusDraft || q.reading == nil || q.ctx.Sheet.Worksheet().KeepsConfirmations() {
		return 0
	}
	n := 0
	for _, f := range model.AllFacts() {
		if q.ctx.Sheet.HoldsReading(a, &q.reading.Facts, f) && q.ctx.Sheet.Confirmed(a, f) {
			n++
		}
	}
	return n
}

// replaced counts the answers of a draft its words suggested that the
// planner changed here: answered in this edit, and no longer what the
// words suggest (kinds: one of three suggested unticked). The heading
// counts them answered, as it counts the confirmed ones.
func (q *Screen) replaced() int {
	if q.activity.Status != model.StatusDraft {
		return 0
	}
	_, replaced := q.suggestionsKept()
	return replaced
}

// suggestionsKept counts the answers its words suggested that the activity
// holds as suggested (confirmed), and those the planner changed here to an
// answer of their own (replaced), whatever the activity's status: a draft
// made reviewed by a replaced suggestion did not confirm it.
func (q *Screen) suggestionsKept() (confirmed, replaced int) {
	a := q.activity
	if q.reading == nil {
		return 0, 0
	}
	for _, f := range model.AllFacts() {
		if !q.reading.Facts[f].Known || !a.Facts[f].Known {
			continue
		}
		switch {
		case q.ctx.Sheet.HoldsReading(a, &q.reading.Facts, f):
			confirmed++
		case q.decided[f]:
			replaced++
		}
	}
	return confirmed, replaced
}

// jumpPlace is the row of the jump list for where the questionnaire is now:
// row 0 is the description, then the questions, then the review.
func (q *Screen) jumpPlace() int {
	switch q.stage {
	case Describing:
		return 0
	case Reviewing:
		return len(q.questions) + 1
	case Mitigating:
		return len(q.questions) + 2 + max(0, flow.RiskIndex(q.risks, q.risk))
	}
	for i, qq := range q.questions {
		if qq.Fact == q.fact {
			return i + 1
		}
	}
	return 0
}

// openJump opens the jump list on the step shown, with the risks as the
// answers stand: every step of the flow is a row.
func (q *Screen) openJump() {
	q.jumping = true
	q.risks = q.walk.Risks(q.activity)
	q.jumpRow = q.jumpPlace()
}

func (q *Screen) updateJumping(km tea.KeyMsg) tea.Cmd {
	k := q.jkeys
	n := len(q.questions) + 2 + len(q.risks)
	switch {
	case key.Matches(km, k.Up):
		q.jumpRow = (q.jumpRow - 1 + n) % n
	case key.Matches(km, k.Down):
		q.jumpRow = (q.jumpRow + 1) % n
	case key.Matches(km, k.Close):
		q.jumping = false
	case key.Matches(km, k.Go):
		q.jumping = false
		switch {
		case q.jumpRow == 0:
			return q.show(flow.Step{Kind: flow.Describe})
		case q.jumpRow == len(q.questions)+1:
			return q.show(flow.Step{Kind: flow.Verdict})
		case q.jumpRow > len(q.questions)+1:
			return q.show(flow.Step{Kind: flow.Mitigate, Risk: q.risks[q.jumpRow-len(q.questions)-2].Rule.ID})
		default:
			return q.show(flow.Step{Kind: flow.Ask, Fact: q.questions[q.jumpRow-1].Fact})
		}
	}
	return nil
}

// relevantFacts lists the facts of the relevant questions.
func relevantFacts(qs []*classify.Question) []model.Fact {
	out := make([]model.Fact, len(qs))
	for i, q := range qs {
		out[i] = q.Fact
	}
	return out
}

// factName is a fact's key as words (component.FactName).
func factName(f model.Fact) string { return component.FactName(f) }

// relevanceChange says which questions came and went after an answer.
func relevanceChange(before, after []model.Fact) (added, removed []model.Fact) {
	in := func(list []model.Fact, f model.Fact) bool {
		for _, x := range list {
			if x == f {
				return true
			}
		}
		return false
	}
	for _, f := range after {
		if !in(before, f) {
			added = append(added, f)
		}
	}
	for _, f := range before {
		if !in(after, f) {
			removed = append(removed, f)
		}
	}
	return added, removed
}
