package ui

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/flow"
	"github.com/pocssr/pocssr/ui/register"
)

// Moving through the questionnaire: each move asks the flow (ui/flow) for
// the step to go to, and show turns it into a stage of the screen; the jump
// list; finishing, and what the questionnaire hands back.

// next goes to the flow's next step: the next relevant question after the
// current place, the review when none is left, then each risk that fires,
// and the end (the activity's account).
func (q *questionnaire) next() tea.Cmd {
	if q.stage == describing && len(q.questions) == 0 {
		return nil // nothing to ask yet: the description stays
	}
	return q.show(q.walk.Next(q.step(), q.questions, q.risks))
}

// step is where the questionnaire is, as a step of the flow.
func (q *questionnaire) step() flow.Step {
	switch q.stage {
	case describing:
		return flow.Step{Kind: flow.Describe}
	case reviewing:
		return flow.Step{Kind: flow.Verdict}
	case mitigating:
		return flow.Step{Kind: flow.Mitigate, Risk: q.risk}
	}
	return flow.Step{Kind: flow.Ask, Fact: q.fact}
}

// show goes to a step of the flow: this is the only place that turns a step
// into a stage of the screen.
func (q *questionnaire) show(s flow.Step) tea.Cmd {
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
func (q *questionnaire) review() {
	q.stage, q.jumping, q.reviewTop = reviewing, false, 0
	q.risks = q.walk.Risks(q.activity)
}

// back goes to the previous relevant question, or to the description.
func (q *questionnaire) back() tea.Cmd {
	switch {
	case q.stage == describing:
		return nil
	case q.stage == reviewing && len(q.questions) == 0:
		return nil // as before: the review stays when nothing is asked
	}
	return q.show(q.walk.Prev(q.step(), q.questions, q.risks))
}

// finish ends the questionnaire: a new activity with nothing in it is dropped;
// otherwise it gets a title and id if it has none, and the edit can be undone.
func (q *questionnaire) finish(showDetail bool) tea.Cmd {
	then := worksheetScreen // none: back to the screen below
	if showDetail {
		then = detailScreen
	}
	return q.finishTo(then)
}

// finishTo ends the edit and puts a screen opened on the activity in the
// questionnaire's place (the worksheet: none, back to the screen below).
func (q *questionnaire) finishTo(then screenID) tea.Cmd {
	a := q.activity
	if a.Title != q.title0 {
		// Spaces typed around a title go; a title read from the file is kept
		// as it was, to the character.
		a.Title = strings.TrimSpace(a.Title)
	}
	var empty model.Facts
	s := q.sh.sheet
	if q.isNew && a.Title == "" && strings.TrimSpace(a.Description) == "" && a.Facts.Equal(&empty) {
		s.Discard(a)
		q.sh.send(backMsg{})
		return q.sh.status("Nothing was entered; the new activity was dropped.")
	}
	if a.Title == "" {
		a.Title = titleFrom(a.Description)
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
	if then == registerScreen && !q.inReview {
		return q.sh.send(replaceMsg{To: then, Arg: register.Of{Activity: a}})
	}
	if then != worksheetScreen && !q.inReview {
		return q.sh.send(replaceMsg{To: then, Arg: a})
	}
	// The screen below hears what the edit did: the worksheet selects the
	// activity, the review of drafts counts it and goes on.
	return q.sh.send(backMsg{Result: editedMsg{activity: a, outcome: q.outcome()}})
}

// editOutcome is what an edit in the questionnaire did: whether the planner
// answered or changed anything, and how many suggested answers are left
// unconfirmed.
type editOutcome struct {
	edited  bool
	pending int
}

// outcome says what the questionnaire did to its activity.
func (q *questionnaire) outcome() editOutcome {
	return editOutcome{edited: q.answered || q.snap.Changed(), pending: len(q.suggested)}
}

// titleFrom makes a title from the first words of a description.
func titleFrom(desc string) string {
	words := strings.Fields(oneLine(desc))
	if len(words) == 0 {
		return "Untitled activity"
	}
	if len(words) > 8 {
		return strings.Join(words[:8], " ") + "…"
	}
	return strings.Join(words, " ")
}

// jumpPlace is the row of the jump list for where the questionnaire is now:
// row 0 is the description, then the questions, then the review.
func (q *questionnaire) jumpPlace() int {
	switch q.stage {
	case describing:
		return 0
	case reviewing:
		return len(q.questions) + 1
	case mitigating:
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
func (q *questionnaire) openJump() {
	q.jumping = true
	q.risks = q.walk.Risks(q.activity)
	q.jumpRow = q.jumpPlace()
}

func (q *questionnaire) updateJumping(km tea.KeyMsg) tea.Cmd {
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

// factName is a fact's key as words: "combined_ops" → "combined ops".
func factName(f model.Fact) string {
	b := []byte(f.Key())
	for i, c := range b {
		if c == '_' {
			b[i] = ' '
		}
	}
	return string(b)
}

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
