package ui

import (
	"fmt"
	"maps"
	"slices"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/report"
	"github.com/pocssr/pocssr/classify/suggest"
	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/component"
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
// so, as the add path does. placing: a draft accepted so is said with what
// would place it where it has no agenda yet, as the review screen says it.
func (m *plainMenu) edit(a *model.Activity, placing bool) {
	p := m.p
	mark := m.sh.Undoable()
	snap := m.sh.Snapshot(a)
	w := m.newWalk(a, true)
	w.editing = true
	w.suggested = p.draftSuggested(a, func(f model.Fact) bool { return m.sh.Confirmed(a, f) })
	w.confirm = true
	w.accepts = a.Status == model.StatusDraft
	p.say("Editing %s: an empty line keeps each answer.", quoted(a))
	if w.accepts {
		// Said before the first question, as the review's menu says it:
		// the verdict, at the end, shows the draft accepted already.
		p.say("%s is a draft: answering its questions to the end accepts it (status: reviewed); an input that ends before keeps it a draft.", quoted(a))
	}
	ended := p.eof
	title, description := a.Title, a.Description
	m.askTitleAgain(a)
	if a.Title != title || a.Description != description {
		// New words are read again, as the questionnaire reads them on
		// leaving the description: what they suggest fills the answers
		// not known yet, and those still unconfirmed.
		// Each is asked to be confirmed, as a draft's are.
		w.suggested = p.suggest(a, w.suggested, a.Description != description)
		w.fromWords = a.Status != model.StatusDraft && len(w.suggested) > 0
	}
	wasDraft := a.Status == model.StatusDraft
	held := slices.Collect(maps.Keys(w.suggested))
	p.run(w, flow.Step{Kind: flow.Describe}, flow.End)
	if !m.outOfStep() {
		p.askStale(w)
	}
	m.sh.Touch(a)
	m.sh.Edited(snap)
	m.sh.JoinUndo(mark, "edit of "+quoted(a))
	if m.outOfStep() {
		return // taken back whole, and said so (cutShort)
	}
	m.sayKept(w)
	if p.eof && !ended {
		kept := "the answers given before it are kept"
		if a.Status == model.StatusDraft {
			kept += "; the activity stays a draft (status: draft)"
		}
		p.say("The input ended during the edit of %s: %s.", quoted(a), kept)
		if n := m.unkept(a); n > 0 {
			// As the screens say it on leaving such a draft: a
			// confirmation has no place in the file.
			p.say("%s", component.UnkeptNote("", nil, "", n, m.changed(a, held), len(w.suggested), 0).Full)
		}
	}
	switch {
	case !snap.Changed():
		p.say("%s is as it was.", quoted(a))
	case wasDraft && a.Status == model.StatusReviewed:
		// As the screens say it: the questionnaire names what it
		// dropped; the review, what would place the draft too.
		var r *classify.Result
		if placing {
			r = m.sh.Result(a)
		}
		p.say("Accepted %s with the answers given: reviewed now%s%s.", quoted(a), reviewedSays(m.sh.Rulebook(), w.dropped, r), m.undoHint("; undo takes the edit back"))
	default:
		p.say("Edited %s%s.", quoted(a), m.undoHint("; undo takes the edit back"))
	}
}

// askTitleAgain asks an activity's title and description, each kept by an
// empty line; the description is cleared by clearMark. A title cut short on
// import (suggest.ShortenedTitle: it ends in "…") is said with its paragraph whole, which the
// activity's source keeps, so that the planner can give it whole.
func (m *plainMenu) askTitleAgain(a *model.Activity) {
	p := m.p
	if p.eof {
		return
	}
	if src := oneLine(a.Source.Text); suggest.ShortenedTitle(a) && src != "" {
		where := m.p.paragraphOf(a, "")
		if where == "" {
			where = " source paragraph"
		}
		p.say("The title was cut on import; the%s whole reads: “%s”", where, src)
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
// them (the screens mark them ~); confirmed says which the planner did
// confirm in this run, as the questionnaire leaves them unmarked. None for
// an activity that is no draft.
func (p *plainQuestionnaire) draftSuggested(a *model.Activity, confirmed func(model.Fact) bool) map[model.Fact]heldValue {
	out := map[model.Fact]heldValue{}
	if a.Status != model.StatusDraft {
		return out
	}
	for _, sv := range p.heldSuggestions(a) {
		if confirmed(sv.Fact) {
			continue
		}
		hv := out[sv.Fact]
		hv.labels, hv.by = append(hv.labels, report.ValueLabel(p.rb, sv.Fact, sv.Value)), words.Source(a, p.saidRef(a))
		hv.values = append(hv.values, sv.Value)
		out[sv.Fact] = hv
	}
	return out
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

// unkept counts the answers of draft a confirmed in this run that its
// words still suggest, whole: the worksheet keeps them as answers with no
// mark of the confirmation, and a later run asks them to be confirmed
// again, as the questionnaire counts them. A list the planner changed
// still holds some values the words suggest; it is counted changed, not
// confirmed.
func (m *plainMenu) unkept(a *model.Activity) int {
	if a.Status != model.StatusDraft || m.sh.Worksheet().KeepsConfirmations() {
		return 0
	}
	read := m.p.readFacts(a)
	seen := map[model.Fact]bool{}
	for _, sv := range m.p.heldSuggestions(a) {
		if !seen[sv.Fact] && m.sh.Confirmed(a, sv.Fact) && m.sh.HoldsReading(a, read, sv.Fact) {
			seen[sv.Fact] = true
		}
	}
	return len(seen)
}

// changed counts the answers of draft a its words suggested when the edit
// began (held) that the planner changed in it: known, and no longer what
// the words suggest (kinds: one of three left out), as the questionnaire
// counts them (its replaced) on leaving a draft.
func (m *plainMenu) changed(a *model.Activity, held []model.Fact) int {
	if a.Status != model.StatusDraft {
		return 0
	}
	read := m.p.readFacts(a)
	n := 0
	for _, f := range held {
		if a.Facts.Known(f) && !m.sh.HoldsReading(a, read, f) {
			n++
		}
	}
	return n
}

// saySuggested writes, under a draft's account, the answers it holds only
// because its words suggest them, each marked ~ with the words behind it,
// as the screens mark them: the account alone reads them as confirmed.
// They are the answers the sheet holds as suggested (session.Sheet.Suggested),
// their questions asked or not, as the account above and the review
// screen mark them: the forces of a draft with no kind yet too. Where how
// names the answer that asks the questions, the facts looked for of which
// the words suggest nothing follow, as the review screen says them
// (words.NoneRead); "" leaves them unsaid.
func (m *plainMenu) saySuggested(a *model.Activity, how string) {
	if a.Status != model.StatusDraft {
		return
	}
	reading := words.Read(suggest.NewReader(m.p.rb), a)
	suggested := m.sh.Suggested(a, &reading.Facts)
	var held []words.Value
	for _, sv := range words.Values(reading) {
		if sv.Holds(&a.Facts) && slices.Contains(suggested, sv.Fact) {
			held = append(held, sv)
		}
	}
	var none []model.Fact
	if how != "" {
		none = words.NoneRead(a, reading)
	}
	if len(held) == 0 && len(none) == 0 {
		return
	}
	ref := m.p.saidRef(a)
	if len(held) > 0 {
		fmt.Fprintf(m.stdout, "  Suggested by the words of %s, not yet confirmed (~; an edit confirms or changes them):\n", words.Source(a, ref))
	} else {
		fmt.Fprintf(m.stdout, "  In the words of %s:\n", words.Source(a, ref))
	}
	for _, sv := range held {
		fmt.Fprintf(m.stdout, "    ~ %s\n", sv.Text(m.sh.Rulebook()))
	}
	for _, f := range none {
		fmt.Fprintf(m.stdout, "    %s\n", words.NoneReadText(m.sh.Rulebook(), a, ref, reading, f, how))
	}
}

// sayKept says how many register entries a walk kept and how many the
// activity's register holds now: entries given earlier stay in it. A walk
// that asked the register says it even when it gave no entry (0 given now),
// as add and edit close alike.
func (m *plainMenu) sayKept(w *plainWalk) {
	held := len(w.a.Register)
	if !w.registerAsked && w.kept == 0 && w.removed == 0 && held == 0 {
		return
	}
	// An entry whose risk no longer fires is kept (the facts may change
	// back), and counted apart, as the register screen marks it stale.
	stale := ""
	if r := m.sh.Rulebook().ClassifyOn(w.a, m.today); len(r.Stale) > 0 {
		why := "its risk no longer fires"
		if len(r.Stale) > 1 {
			why = "their risks no longer fire"
		}
		stale = fmt.Sprintf(", %d of them stale (%s; kept in case the facts change back)", len(r.Stale), why)
	}
	removed := ""
	if w.removed > 0 {
		removed = fmt.Sprintf(", %d removed", w.removed)
	}
	m.p.say("Risk register of %s: %s given now%s, %s in all%s.",
		quoted(w.a), plural(w.kept, "entry", "entries"), removed, plural(held, "entry", "entries"), stale)
}

// register asks the register steps of an activity alone (the flow from its
// verdict on) and saves them as one step for undo.
func (m *plainMenu) register(a *model.Activity) error {
	p := m.p
	w := m.newWalk(a, true)
	w.risks = p.walk.Risks(a)
	if len(w.risks) == 0 && len(m.sh.Rulebook().ClassifyOn(a, m.today).Stale) == 0 {
		review := ""
		if a.HRDDPReview != "" {
			review = fmt.Sprintf(" Its next HRDDP review is %s; register %d %s DATE changes it.", reviewText(a.HRDDPReview, m.today), m.sh.Index(a)+1, hrddpWord)
		}
		p.say("No risk fires on %s and its register holds no entry: the register has nothing to ask.%s", quoted(a), review)
		return nil
	}
	mark := m.sh.Undoable()
	if a.HRDDPReview != "" {
		// Said first, as the register screen shows it under each of the
		// activity's rows; it is asked after them.
		p.say("The next HRDDP review of %s is %s; it is asked after the risks.", quoted(a), reviewText(a.HRDDPReview, m.today))
	}
	p.run(w, flow.Step{Kind: flow.Verdict}, flow.End)
	if !m.outOfStep() {
		p.askStale(w)
	}
	entries := m.sh.Undoable() > mark
	if !m.outOfStep() {
		m.askHRDDPReview(a)
	}
	changed := m.sh.Undoable() > mark
	m.sh.JoinUndo(mark, "register of "+quoted(a))
	if m.outOfStep() {
		return nil // taken back, not saved, nor its register said (cutShort)
	}
	m.sayKept(w)
	if err := m.save(); err != nil {
		return err
	}
	// Said as add, edit and delete say theirs: where it went, and the way back.
	if !changed {
		p.say("The register of %s is as it was: nothing to save.", quoted(a))
		return nil
	}
	// The way back names what changed: a walk that set the review alone
	// gave no entry for undo to take back.
	back := "; undo takes these entries back"
	if !entries {
		back = "; undo takes the HRDDP review back"
	}
	p.say("The register of %s is %s%s.", quoted(a), m.keptWhere(), m.undoHint(back))
	return nil
}

// keptWhere says where a change now is: saved to the worksheet's file, or
// kept in this run only, where no file keeps the worksheet.
func (m *plainMenu) keptWhere() string {
	switch {
	case m.demo:
		return "kept in the case library for this run (no file keeps it)"
	case m.unnamed:
		return "kept in the new worksheet, which no file keeps yet (save FILE keeps it)"
	}
	return "saved to " + m.name()
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
	p.say("Deleted %s; %s left.%s", quoted(a), plural(m.sh.Len(), "activity", "activities"), m.undoHint(" undo puts it back."))
	return nil
}

// undo takes back the last change, whatever command made it, and says
// what it was.
func (m *plainMenu) undo() error {
	what := m.sh.Undo()
	if what == "" {
		m.p.say("Nothing to undo: undo takes back only what was changed in this run.")
		return nil
	}
	if err := m.save(); err != nil {
		return err
	}
	m.p.say("Undid the %s%s.", what, m.undoHint("; redo makes it again"))
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
	m.p.say("Redid the %s%s.", what, m.undoHint("; undo takes it back again"))
	return nil
}
