package ui

import (
	"strings"

	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textarea"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/suggest"
	"github.com/pocssr/pocssr/model"
)

// stage is where the questionnaire is: the free-text description, one of the
// questions, or the review at the end.
type stage int

const (
	describing stage = iota
	asking
	reviewing
)

// questionnaire is the questionnaire screen. It edits one activity in place:
// a description first, then the relevant facts one question at a time, in the
// rulebook's order, with relevance re-evaluated after every answer. Beside it
// (below it on a narrow terminal) the live panel shows the verdict.
type questionnaire struct {
	sh    *shared
	keys  questionnaireKeys
	dkeys describeKeys
	jkeys jumpKeys

	activity *model.Activity
	snap     snapshot
	isNew    bool

	stage     stage
	fact      model.Fact // the question asked, in the asking stage
	questions []*classify.Question
	order     map[model.Fact]int // each fact's place in the rulebook's questions
	flow      flow               // the walk through the questions, shared with the plain prompts
	cursor    int                // the row under the cursor
	jumping   bool               // the list of questions is open
	jumpRow   int
	note      string // which questions came or went after the last answer
	noteFresh bool   // the note is for the step shown next: kept once, then dropped

	// What the reader makes of the words (see questionnaire_describe.go).
	reading   *suggest.Suggestion
	readOf    string                            // the words read
	suggested map[model.Fact][]suggest.Evidence // answers pre-selected from the words, not yet confirmed
	decided   map[model.Fact]bool               // facts the planner answered here
	answered  bool                              // the planner answered a question here
	// moved is set when a key other than enter answered and moved on: the
	// next key, if it is enter, was meant for the question left, and does
	// nothing (see Update).
	moved    bool
	inReview bool // opened from the review of drafts

	title textinput.Model
	desc  textarea.Model
	focus int // 0: title, 1: description
	// whole[i] is false when text field i could not hold the activity's text
	// unchanged (a tab, a line break in a title, more lines than a text area
	// keeps): such a field refuses keys, so that nothing is ever cut.
	whole  [2]bool
	title0 string // the title as it was read

	panel         livePanel
	width, height int
}

func newQuestionnaire(sh *shared, a *model.Activity, isNew bool) *questionnaire {
	q := &questionnaire{sh: sh, keys: newQuestionnaireKeys(sh.global), dkeys: newDescribeKeys(sh.global),
		jkeys: newJumpKeys(), activity: a, title0: a.Title, snap: sh.sheet.Snapshot(a), isNew: isNew, panel: livePanel{sh},
		flow: newFlow(sh.rb), suggested: map[model.Fact][]suggest.Evidence{}, decided: map[model.Fact]bool{}}
	q.order = q.flow.order
	q.title = textinput.New()
	q.title.Prompt = ""
	q.title.Placeholder = "a short title"
	q.title.CharLimit = 0 // no limit: a limit would cut a longer title on load
	q.title.Cursor.SetMode(cursor.CursorStatic)
	q.title.SetValue(a.Title)
	q.desc = textarea.New()
	q.desc.ShowLineNumbers = false
	q.desc.Placeholder = "What is done, by whom, with which forces, how…"
	q.desc.CharLimit = 0
	q.desc.Prompt = "│ "
	q.desc.Cursor.SetMode(cursor.CursorStatic)
	q.desc.SetValue(a.Description)
	q.whole = [2]bool{q.title.Value() == a.Title, q.desc.Value() == a.Description}
	q.refresh()
	q.reread()
	q.markDraft()
	switch f, ok := q.firstSuggested(); {
	case isNew || a.Title == "":
		q.stage = describing
		q.title.Focus()
	case ok:
		q.stage = asking // opening at a question pre-selects nothing
		q.goTo(f)
	case len(q.questions) > 0:
		q.stage = asking
		q.goTo(q.firstOpen())
	}
	return q
}

// editArgs is what the questionnaire opens with: the activity, whether it
// was just added, and whether the review of drafts opened it (finishing
// then goes on with the review).
type editArgs struct {
	activity *model.Activity
	isNew    bool
	inReview bool
}

// Open starts the questionnaire afresh on an activity, in the area it was
// last given.
func (q *questionnaire) Open(arg any) (tea.Cmd, bool) {
	e, ok := arg.(editArgs)
	if !ok || e.activity == nil {
		return nil, false
	}
	w, h := q.width, q.height
	*q = *newQuestionnaire(q.sh, e.activity, e.isNew)
	q.inReview = e.inReview
	q.SetSize(w, h)
	return q.Init(), true
}

// Title names the questionnaire in the title bar.
func (q *questionnaire) Title() string { return "Questionnaire" }

// Retitled shows a title given to the activity from outside the
// questionnaire (a save names untitled activities).
func (q *questionnaire) Retitled(a *model.Activity) {
	if q.activity == a && q.title.Value() != a.Title {
		q.title.SetValue(a.Title)
	}
}

// Init does nothing: the title field has the focus from the start, with a steady cursor.
func (q *questionnaire) Init() tea.Cmd { return nil }

// SetSize gives the screen its area.
func (q *questionnaire) SetSize(w, h int) {
	q.width, q.height = w, h
	if q.activity == nil {
		return // not opened yet: the area is kept for Open
	}
	lw := q.leftWidth()
	q.title.Width = max(10, lw-10)
	q.desc.SetWidth(max(10, lw-2))
	// Leave room under the description for what the words suggest.
	q.desc.SetHeight(max(3, min(8, q.leftHeight()-12)))
}

func (q *questionnaire) wide() bool { return q.width >= 100 }

func (q *questionnaire) panelWidth() int { return min(46, q.width*2/5) }

func (q *questionnaire) leftWidth() int {
	if q.wide() {
		return q.width - q.panelWidth() - 1
	}
	return q.width
}

func (q *questionnaire) leftHeight() int {
	if q.wide() {
		return q.height
	}
	return q.height - panelCompactHeight
}

// TextFocused reports whether the title or description has the keys.
func (q *questionnaire) TextFocused() bool { return q.stage == describing }

// ShortHelp is the key help of the footer.
func (q *questionnaire) ShortHelp() []key.Binding {
	switch {
	case q.stage == describing:
		return q.dkeys.ShortHelp()
	case q.jumping:
		return q.jkeys.ShortHelp()
	case q.stage == reviewing:
		// The review lists the answers: there is no choice to move to or tick.
		k := q.keys
		return []key.Binding{bind([]string{"enter"}, "enter", "finish"), k.Back, k.Jump, k.Done}
	}
	return q.keys.ShortHelp()
}

// FullHelp is the key help of the help screen.
func (q *questionnaire) FullHelp() [][]key.Binding {
	if q.stage == describing {
		return append(q.dkeys.FullHelp(), q.keys.FullHelp()...)
	}
	return append(q.keys.FullHelp(), q.jkeys.FullHelp()...)
}

// question is the question being asked, or nil.
func (q *questionnaire) question() *classify.Question {
	if q.stage != asking {
		return nil
	}
	return q.sh.rb.QuestionFor(q.fact)
}

// refresh recomputes which questions are relevant.
func (q *questionnaire) refresh() {
	q.questions = q.flow.relevant(&q.activity.Facts)
}

// firstOpen is the first relevant question still unanswered, else the first.
func (q *questionnaire) firstOpen() model.Fact {
	for _, qq := range q.questions {
		if !q.activity.Facts.Known(qq.Fact) {
			return qq.Fact
		}
	}
	return q.questions[0].Fact
}

// goTo asks the question for fact f, with the cursor on its current answer.
func (q *questionnaire) goTo(f model.Fact) {
	if q.stage == describing {
		q.preselect()
	}
	q.stage, q.fact, q.jumping = asking, f, false
	q.ageNote()
	q.title.Blur()
	q.desc.Blur()
	q.cursor = 0
	qq := q.sh.rb.QuestionFor(f)
	// The cursor starts on the current answer: on a list, its first tick
	// (the primary one), and "don't know" while nothing is known, so that
	// enter moves on without answering what was not asked.
	if qq == nil {
		return
	}
	fs := &q.activity.Facts
	for i, c := range choicesFor(qq) {
		if chosen(fs, f, c) && (f.Type() != model.SetOf || c.kind != choiceValue || rank(fs, f, c.value) == 1) {
			q.cursor = i
		}
	}
}

// next goes to the next relevant question after the current place, or to the
// review when none is left.
func (q *questionnaire) next() tea.Cmd {
	switch {
	case q.stage == reviewing:
		return q.finish(true)
	case q.stage == describing && len(q.questions) == 0:
		return nil // nothing to ask yet: the description stays
	}
	return q.show(q.flow.next(q.step(), q.questions))
}

// step is where the questionnaire is, as a step of the flow.
func (q *questionnaire) step() step {
	switch q.stage {
	case describing:
		return step{kind: describeStep}
	case reviewing:
		return step{kind: reviewStep}
	}
	return step{kind: questionStep, fact: q.fact}
}

// show goes to a step of the flow.
func (q *questionnaire) show(s step) tea.Cmd {
	switch s.kind {
	case describeStep:
		return q.describe()
	case questionStep:
		q.goTo(s.fact)
	default:
		q.stage, q.jumping = reviewing, false
		q.ageNote()
	}
	return nil
}

// back goes to the previous relevant question, or to the description.
func (q *questionnaire) back() tea.Cmd {
	switch {
	case q.stage == describing:
		return nil
	case q.stage == reviewing && len(q.questions) == 0:
		return nil // as before: the review stays when nothing is asked
	}
	return q.show(q.flow.prev(q.step(), q.questions))
}

// apply changes the activity's facts through fn, then reclassifies it and
// re-evaluates relevance, noting which questions came and went.
func (q *questionnaire) apply(fn func(fs *model.Facts)) {
	before := relevantFacts(q.questions)
	fn(&q.activity.Facts)
	q.withdrawIrrelevant()
	q.sh.sheet.Touch(q.activity)
	q.refresh()
	added, removed := relevanceChange(before, relevantFacts(q.questions))
	var parts []string
	if len(added) > 0 {
		parts = append(parts, "now also asked: "+factList(added))
	}
	if len(removed) > 0 {
		parts = append(parts, "no longer asked: "+factList(removed))
	}
	q.note = strings.Join(parts, "; ")
	q.noteFresh = q.note != ""
}

// ageNote keeps the relevance note for the step right after the change and
// drops it on the step after that: it speaks of the last answer only.
func (q *questionnaire) ageNote() {
	if q.noteFresh {
		q.noteFresh = false
		return
	}
	q.note = ""
}

func factList(fs []model.Fact) string {
	names := make([]string, len(fs))
	for i, f := range fs {
		names[i] = factName(f)
	}
	return strings.Join(names, ", ")
}

// finish ends the questionnaire: a new activity with nothing in it is dropped;
// otherwise it gets a title and id if it has none, and the edit can be undone.
func (q *questionnaire) finish(showDetail bool) tea.Cmd {
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
	if showDetail && !q.inReview {
		return q.sh.send(replaceMsg{To: detailScreen, Arg: a})
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

// Result classifies the activity as it stands, or as it would be with the
// highlighted answer, or on the description step with the suggested answers;
// preview says which ("" when it is as it stands).
func (q *questionnaire) Result() (classify.Result, string) {
	fs, preview := q.shownFacts()
	return q.sh.rb.ClassifyFacts(fs), preview
}

// shownFacts are the facts the live verdict shows: the activity's, or a
// preview of them with the suggested answers or the choice under the cursor.
func (q *questionnaire) shownFacts() (*model.Facts, string) {
	fs := &q.activity.Facts
	if q.stage == describing {
		if tmp, filled := q.withSuggestions(); len(filled) > 0 {
			return &tmp, "preview with the suggested answers"
		}
	}
	if qq := q.question(); qq != nil && !q.jumping {
		cs := choicesFor(qq)
		if q.cursor < len(cs) {
			c := cs[q.cursor]
			if previewable(q.fact, c) && !chosen(fs, q.fact, c) {
				tmp := fs.Clone()
				answer(&tmp, q.fact, c)
				return &tmp, "preview if you choose “" + c.label + "”"
			}
		}
	}
	return fs, ""
}

// Progress counts the relevant questions and those answered.
func (q *questionnaire) Progress() (done, relevant int) {
	return answered(q.questions, &q.activity.Facts), len(q.questions)
}

// Update handles the questionnaire's keys.
func (q *questionnaire) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	km, ok := msg.(tea.KeyMsg)
	if !ok {
		return q, q.updateFields(msg)
	}
	switch {
	case q.stage == describing:
		return q, q.updateDescribing(km)
	case q.jumping:
		return q, q.updateJumping(km)
	}
	k := q.keys
	moved := q.moved
	q.moved = false
	if moved && q.stage == asking && key.Matches(km, k.Choose) {
		// Decided by the order of keys, not by time: whatever came between
		// the answer and this enter, the planner has not acted on this step.
		// The review of answers is not asked: enter there finishes.
		return q, q.sh.status("The last key answered and moved on to this step: enter again to answer it.")
	}
	switch {
	case key.Matches(km, k.Done):
		return q, q.finish(false)
	case key.Matches(km, k.Next):
		return q, q.next()
	case key.Matches(km, k.Back):
		return q, q.back()
	case key.Matches(km, k.Jump):
		q.jumping = true
		q.jumpRow = q.jumpPlace()
		return q, nil
	}
	if q.stage == reviewing {
		if km.String() == "enter" {
			return q, q.finish(true)
		}
		return q, nil
	}
	f, answering := q.fact, q.answers(km)
	cmd := q.updateAsking(km)
	if answering {
		q.confirm(f)
	}
	return q, cmd
}

func (q *questionnaire) updateAsking(km tea.KeyMsg) tea.Cmd {
	k := q.keys
	qq := q.question()
	if qq == nil {
		return nil
	}
	cs := choicesFor(qq)
	fs := &q.activity.Facts
	multi := q.fact.Type() == model.SetOf
	// pick applies a row; a single answer already chosen is left alone, so that
	// looking at an answer is never a change.
	pick := func(c choice) {
		if multi && c.kind == choiceValue || !chosen(fs, q.fact, c) {
			q.apply(func(fs *model.Facts) { answer(fs, q.fact, c) })
		}
	}
	switch {
	case key.Matches(km, k.Up):
		q.cursor = (q.cursor - 1 + len(cs)) % len(cs)
	case key.Matches(km, k.Down):
		q.cursor = (q.cursor + 1) % len(cs)
	case key.Matches(km, k.Toggle):
		pick(cs[q.cursor])
	case key.Matches(km, k.Choose):
		// On a list, enter confirms the ticks; on an unanswered list it also
		// ticks the value under the cursor.
		if c := cs[q.cursor]; !multi || c.kind != choiceValue || !fs.Known(q.fact) {
			pick(c)
		}
		return q.next()
	case key.Matches(km, k.DontKnow):
		pick(cs[len(cs)-1])
		q.moved = true
		return q.next()
	case key.Matches(km, k.Primary):
		c := cs[q.cursor]
		if q.fact == model.Kinds && c.kind == choiceValue && rank(fs, model.Kinds, c.value) != 1 {
			q.apply(func(fs *model.Facts) { makePrimary(fs, model.Kinds, c.value) })
		}
	default:
		if r := km.Runes; km.Type == tea.KeyRunes && len(r) == 1 && choiceIndex(r[0]) >= 0 {
			if i := choiceIndex(r[0]); i < len(cs)-1 && cs[i].kind != choiceNone {
				q.cursor = i
				pick(cs[i])
				if !multi {
					q.moved = true
					return q.next()
				}
			}
		}
	}
	return nil
}

// jumpPlace is the row of the jump list for where the questionnaire is now:
// row 0 is the description, then the questions, then the review.
func (q *questionnaire) jumpPlace() int {
	switch q.stage {
	case describing:
		return 0
	case reviewing:
		return len(q.questions) + 1
	}
	for i, qq := range q.questions {
		if qq.Fact == q.fact {
			return i + 1
		}
	}
	return 0
}

func (q *questionnaire) updateJumping(km tea.KeyMsg) tea.Cmd {
	k := q.jkeys
	n := len(q.questions) + 2
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
			return q.describe()
		case q.jumpRow > len(q.questions):
			q.stage = reviewing
		default:
			q.goTo(q.questions[q.jumpRow-1].Fact)
		}
	}
	return nil
}
