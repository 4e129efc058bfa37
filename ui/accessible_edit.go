package ui

import (
	"fmt"

	"github.com/pocssr/pocssr/classify/report"
	"github.com/pocssr/pocssr/classify/suggest"
	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/flow"
	"github.com/pocssr/pocssr/ui/words"
)

// The plain menu's changes to one activity (edit, register, delete) and the
// way back from any change (undo, redo): the session's own steps, each
// command joined into one (session.Sheet.JoinUndo), so that undo takes back
// what one line did and says what that was.

// clearMark is the answer that empties a text kept by an empty line: the
// one way to say "none" where an empty line means "as it is".
const clearMark = "-"

// edit asks the title and description again, then the questions, each
// with its answer kept by an empty line, then its verdict and its risks:
// the flow from the description on, as the questionnaire opened on the
// activity walks it. A draft's answers still as its words suggested are
// asked to be confirmed; answering the questions of a draft accepts it. An
// input that ends before the last step keeps what was answered and says
// so, as the add path does.
func (m *plainMenu) edit(a *model.Activity) {
	p := m.p
	mark := m.sh.Undoable()
	snap := m.sh.Snapshot(a)
	w := m.newWalk(a, true)
	w.editing = true
	w.suggested, w.suggestedBy = p.draftSuggested(a)
	w.confirm = true
	p.say("Editing %s: an empty line keeps each answer.", quoted(a))
	ended := p.eof
	title, description := a.Title, a.Description
	m.askTitleAgain(a)
	if a.Title != title || a.Description != description {
		// New words are read again, as the questionnaire reads them on
		// leaving the description: what they suggest fills the answers
		// not known yet, and those still unconfirmed.
		w.suggested, w.suggestedBy, w.confirm = p.suggest(a, w.suggested), "the description", false
	}
	p.run(w, flow.Step{Kind: flow.Describe}, flow.End)
	wasDraft := a.Status == model.StatusDraft
	if wasDraft && !p.eof {
		a.Status = model.StatusReviewed
	}
	m.sayKept(w)
	if p.eof && !ended {
		kept := "the answers given before it are kept"
		if a.Status == model.StatusDraft {
			kept += "; the activity stays a draft (status: draft)"
		}
		p.say("The input ended during the edit of %s: %s.", quoted(a), kept)
	}
	m.sh.Touch(a)
	m.sh.Edited(snap)
	m.sh.JoinUndo(mark, "edit of "+quoted(a))
	switch {
	case !snap.Changed():
		p.say("%s is as it was.", quoted(a))
	case wasDraft && a.Status == model.StatusReviewed:
		p.say("Accepted %s with the answers given: reviewed now; undo takes the edit back.", quoted(a))
	default:
		p.say("Edited %s; undo takes the edit back.", quoted(a))
	}
}

// askTitleAgain asks an activity's title and description, each kept by an
// empty line; the description is cleared by clearMark. A title cut short on
// import is given whole this way.
func (m *plainMenu) askTitleAgain(a *model.Activity) {
	p := m.p
	if p.eof {
		return
	}
	p.say("Title (now: %s; an empty line keeps it):", quoted(a))
	if t := oneLine(p.line()); t != "" {
		a.Title = t
	}
	if p.eof {
		return
	}
	if d := oneLine(a.Description); d != "" {
		p.say("Description (now: “%s”; an empty line keeps it, %s clears it):", d, clearMark)
	} else {
		p.say("Description (none now; one line, an empty line leaves none):")
	}
	switch d := oneLine(p.line()); d {
	case "":
	case clearMark:
		a.Description = ""
	default:
		a.Description = d
	}
}

// draftSuggested are the answers of a draft that still hold what its words
// suggest, with their labels, and where those words are: nobody confirmed
// them (the screens mark them ~). None for an activity that is no draft.
func (p *plainQuestionnaire) draftSuggested(a *model.Activity) (map[model.Fact][]string, string) {
	out := map[model.Fact][]string{}
	if a.Status != model.StatusDraft {
		return out, ""
	}
	for _, sv := range p.heldSuggestions(a) {
		out[sv.Fact] = append(out[sv.Fact], report.ValueLabel(p.rb, sv.Fact, sv.Value))
	}
	return out, words.Source(a)
}

// heldSuggestions are the values the words of a draft suggest that it still
// holds, on questions that are asked.
func (p *plainQuestionnaire) heldSuggestions(a *model.Activity) []words.Value {
	var out []words.Value
	for _, sv := range words.Values(words.Read(suggest.NewReader(p.rb), a)) {
		if sv.Holds(&a.Facts) && p.rb.Relevant(&a.Facts, sv.Fact) {
			out = append(out, sv)
		}
	}
	return out
}

// saySuggested writes, under a draft's account, the answers it holds only
// because its words suggest them, each marked ~ with the words behind it,
// as the screens mark them: the account alone reads them as confirmed.
func (m *plainMenu) saySuggested(a *model.Activity) {
	held := m.p.heldSuggestions(a)
	if a.Status != model.StatusDraft || len(held) == 0 {
		return
	}
	fmt.Fprintf(m.stdout, "  Suggested by the words of %s, not yet confirmed (~; an edit confirms or changes them):\n", words.Source(a))
	for _, sv := range held {
		fmt.Fprintf(m.stdout, "    ~ %s\n", sv.Text(m.sh.Rulebook()))
	}
}

// sayKept says how many register entries a walk kept and how many the
// activity's register holds now: entries given earlier stay in it.
func (m *plainMenu) sayKept(w *plainWalk) {
	held := len(w.a.Register)
	if w.kept == 0 && held == 0 {
		return
	}
	m.p.say("Risk register of %s: %s given now, %s in all.",
		quoted(w.a), plural(w.kept, "entry", "entries"), plural(held, "entry", "entries"))
}

// register asks the register steps of an activity alone (the flow from its
// verdict on) and saves them as one step for undo.
func (m *plainMenu) register(a *model.Activity) error {
	p := m.p
	w := m.newWalk(a, true)
	w.risks = p.walk.Risks(a)
	if len(w.risks) == 0 {
		p.say("No risk fires on %s: the register has nothing to ask.", quoted(a))
		return nil
	}
	mark := m.sh.Undoable()
	p.run(w, flow.Step{Kind: flow.Verdict}, flow.End)
	m.sayKept(w)
	m.sh.JoinUndo(mark, "register of "+quoted(a))
	return m.save()
}

// delete takes an activity out of the worksheet once the planner says yes;
// undo puts it back where it was.
func (m *plainMenu) delete(a *model.Activity) error {
	p := m.p
	i := m.sh.Index(a)
	if !p.yesNo(fmt.Sprintf("Delete activity %d, %s? (yes or no)", i+1, quoted(a))) {
		p.say("Not deleted.")
		return nil
	}
	m.sh.Delete(i)
	m.sh.RenameLastUndo("deletion of " + quoted(a))
	if err := m.save(); err != nil {
		return err
	}
	p.say("Deleted %s; %s left. undo puts it back.", quoted(a), plural(m.sh.Len(), "activity", "activities"))
	return nil
}

// undo takes back the last change, whatever command made it, and says
// what it was.
func (m *plainMenu) undo() error {
	what := m.sh.Undo()
	if what == "" {
		m.p.say("Nothing to undo.")
		return nil
	}
	if err := m.save(); err != nil {
		return err
	}
	m.p.say("Undid the %s; redo makes it again.", what)
	return nil
}

// redo makes again the last change undo took back.
func (m *plainMenu) redo() error {
	what := m.sh.Redo()
	if what == "" {
		m.p.say("Nothing to redo.")
		return nil
	}
	if err := m.save(); err != nil {
		return err
	}
	m.p.say("Redid the %s; undo takes it back again.", what)
	return nil
}
