// Package questionnaire is the questionnaire screen: it edits one activity
// in place, a description first, then the relevant facts one question at a
// time (the walk of ui/flow, which the plain prompts follow too), the verdict,
// and what is being done about each risk that fires. The root reaches it only
// through the component interfaces, Open (with an Edit) and the messages it
// sends back.
package questionnaire

import (
	"slices"

	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textarea"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/suggest"
	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/component"
	"github.com/pocssr/pocssr/ui/flow"
	"github.com/pocssr/pocssr/ui/panel"
	"github.com/pocssr/pocssr/ui/register"
	"github.com/pocssr/pocssr/ui/session"
)

// Stage is where the questionnaire is: the free-text description, one of the
// questions, the review of the answers with the verdict, or the register
// entry of one risk that fires.
type Stage int

const (
	Describing Stage = iota
	Asking
	Reviewing  // the answers and the verdict
	Mitigating // what is being done about one risk that fires
)

// Links is what the questionnaire cannot know of the root: the ids of the
// screens finishing may put in its place (the activity's account, the risk
// register), and the rulebook's plain-language reader, which the root makes
// once for every screen that reads.
type Links struct {
	Detail, Register component.ID
	Reader           func() *suggest.Reader
}

// Screen is the questionnaire screen. It edits one activity in place: a
// description first, then the relevant facts one question at a time, in the
// rulebook's order, with relevance re-evaluated after every answer. Beside it
// (below it on a narrow terminal) the live panel shows the verdict.
type Screen struct {
	ctx   *component.Context
	links Links
	rb    *classify.Rulebook
	keys  questionnaireKeys
	mkeys mitigateKeys
	dkeys describeKeys
	jkeys jumpKeys
	// scroll moves the answers of the review when they do not fit (g
	// stays the jump list there).
	scroll    component.ScrollKeys
	reviewTop int // the first answer the review shows
	// wordsWhole is the question whose "suggested from" line w shows
	// whole where the choices need its rows; wordsCut says the line drawn
	// last was cut to one, so that the key line names w.
	wordsWhole model.Fact
	wordsShown bool
	wordsCut   bool
	helpCut    bool   // the question's help drawn last was cut: ? shows it whole
	answersCut bool   // the choices drawn last did not fit whole: ? shows every answer whole
	noteCut    bool   // the note of relevance drawn last was cut: ? shows it whole
	titleCut   bool   // the heading drawn last cut the title on its second line
	jumpCut    string // the jump list drawn last cut the cursor's row: ? shows it whole
	// tickedCut are the chosen answers out of sight that the line under
	// the choices drawn last counted without naming them all: ? names them.
	tickedCut []string
	// titleShortened says the heading drawn last showed a title the import
	// shortened (suggest.ShortenedTitle): ? says where its words are whole.
	titleShortened bool
	// sourceCut says the heading drawn last cut the source paragraph's
	// line: ? shows the paragraph whole.
	sourceCut bool

	activity *model.Activity
	snap     session.Snapshot
	isNew    bool

	stage     Stage
	fact      model.Fact // the question asked, in the asking stage
	questions []*classify.Question
	walk      flow.Flow // the steps, shared with the plain prompts
	cursor    int       // the row under the cursor
	jumping   bool      // the list of questions is open
	jumpRow   int
	note      string // which questions came or went after the last answer
	noteFresh bool   // the note is for the step shown next: kept once, then dropped

	// What the reader makes of the words (see describe.go).
	reading   *suggest.Suggestion
	readOf    string                            // the words read
	suggested map[model.Fact][]suggest.Evidence // answers pre-selected from the words, not yet confirmed
	// draftOpened: the activity was opened as a draft, its words' answers
	// marked as suggestions (markDraft), again as their questions come up
	draftOpened bool
	// withdrawn: suggestions taken back with their questions, put back
	// once asked again (followRelevance)
	withdrawn map[model.Fact]bool
	// unasked: facts the words gave a value for that no question asked
	// when the questions began, so not suggested (noteUnasked); their
	// questions show what was read once the answers ask them
	unasked map[model.Fact]bool
	// dropped are the answers only the words suggested, on questions not
	// asked, that becoming reviewed took away (settle); those an answer
	// asks again are put back as suggestions (withdrawn).
	dropped session.Unasked
	decided map[model.Fact]bool // facts the planner answered here
	// unticked: suggested lists whose every value the planner unticked,
	// leaving the answer not known: nobody confirmed anything there, so
	// the draft stays a draft until the question is answered (ticks.go)
	unticked map[model.Fact]bool
	answered bool // the planner answered a question here
	// madeReviewed: the draft became reviewed in this edit, its last
	// suggestion confirmed (settle); leaving says so (reviewedOnLeaving)
	madeReviewed bool
	// topicGone: the topic ("Mediation:") an answer took off the title,
	// for the status line to say (topicNote)
	topicGone string
	// ticked: the planner changed the ticks of the suggested list asked,
	// not saved yet (ticks.go)
	ticked bool
	// entered: the key being handled is enter on the question asked, the
	// only key that confirms ticks on a suggested list (ticks.go)
	entered bool
	// moved is set when a key other than enter answered and moved on: the
	// next key, if it is enter, was meant for the question left, and does
	// nothing (see Update).
	moved    bool
	inReview bool // opened from the review of drafts
	// risks are the risks that fire on the answers, read when the review
	// opens: after it, one step each asks what is being done about it.
	risks []classify.Risk
	risk  string           // the risk asked, in the mitigating stage
	reg   *register.Editor // the owner, due date or note being typed, in the mitigating stage

	title   textinput.Model
	desc    textarea.Model
	descAll descWhole // the description drawn whole, for the signs of its box
	focus   int       // 0: title, 1: description
	// whole[i] is false when text field i could not hold the activity's text
	// unchanged (a tab, a line break in a title, more lines than a text area
	// keeps): such a field refuses keys, so that nothing is ever cut.
	whole  [2]bool
	title0 string // the title as it was read
	// titleTyped: the planner typed in the title's field here, and the
	// title is theirs (retopic.go)
	titleTyped bool
	// titleFrom is the first rune of the title in sight in its field
	// (titlefield.go).
	titleFrom int

	panel         panel.Live
	width, height int
}

// New is the questionnaire, closed until Open gives it an activity.
func New(ctx *component.Context, links Links) *Screen {
	return &Screen{ctx: ctx, links: links, rb: ctx.Sheet.Rulebook()}
}

func newQuestionnaire(ctx *component.Context, links Links, a *model.Activity, isNew bool) *Screen {
	rb := ctx.Sheet.Rulebook()
	q := &Screen{ctx: ctx, links: links, rb: rb, keys: newQuestionnaireKeys(ctx.Keys), mkeys: newMitigateKeys(), dkeys: newDescribeKeys(ctx.Keys),
		jkeys: newJumpKeys(), scroll: component.PagerScrollKeys(), activity: a, title0: a.Title, snap: ctx.Sheet.Snapshot(a), isNew: isNew, panel: panel.NewLive(ctx),
		walk: flow.New(rb), reg: register.NewEditor(ctx), suggested: map[model.Fact][]suggest.Evidence{}, withdrawn: map[model.Fact]bool{}, decided: map[model.Fact]bool{}, unticked: map[model.Fact]bool{}}
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
	switch {
	case isNew || a.Title == "":
		q.stage = Describing
		q.title.Focus()
	case len(q.questions) > 0:
		q.stage = Asking // opening at a question pre-selects nothing
		q.goTo(q.resumeAt())
	}
	return q
}

// resumeAt is where editing an activity opens: the first relevant question,
// in order, still open or still only suggested, else the first. Opening at
// the first suggested answer passed the open questions before it without a
// word (an activity left at Q5 came back at Q7, Q4–Q6 still open); in
// order, a planner goes on where the activity was left and meets every
// question still to settle.
func (q *Screen) resumeAt() model.Fact {
	for _, qq := range q.questions {
		if !q.activity.Facts.Known(qq.Fact) || q.isSuggested(qq.Fact) {
			return qq.Fact
		}
	}
	return q.questions[0].Fact
}

// Edit is what the questionnaire opens with: the activity, whether it was
// just added, and whether the review of drafts opened it (finishing then
// goes on with the review).
type Edit struct {
	Activity *model.Activity
	IsNew    bool
	InReview bool
}

// Open starts the questionnaire afresh on an activity, in the area it was
// last given.
func (q *Screen) Open(arg any) (tea.Cmd, bool) {
	e, ok := arg.(Edit)
	if !ok || e.Activity == nil {
		return nil, false
	}
	w, h := q.width, q.height
	*q = *newQuestionnaire(q.ctx, q.links, e.Activity, e.IsNew)
	q.inReview = e.InReview
	if q.inReview {
		// esc returns to the review of drafts, which opened it.
		q.keys.Done.SetHelp("esc", "done: back to the review")
		q.dkeys.Done.SetHelp("esc", "done: back to the review")
	}
	q.SetSize(w, h)
	return q.Init(), true
}

// Title names the questionnaire in the title bar.
func (q *Screen) Title() string { return "Questionnaire" }

// Retitled shows a title given to the activity from outside the
// questionnaire (a save names untitled activities).
func (q *Screen) Retitled(a *model.Activity) {
	if q.activity == a && q.title.Value() != a.Title {
		q.title.SetValue(a.Title)
		q.followTitle()
	}
}

// Init does nothing: the title field has the focus from the start, with a steady cursor.
func (q *Screen) Init() tea.Cmd { return nil }

// SetSize gives the screen its area.
func (q *Screen) SetSize(w, h int) {
	q.width, q.height = w, h
	if q.activity == nil {
		return // not opened yet: the area is kept for Open
	}
	lw := q.leftWidth()
	q.title.Width = max(10, lw-10)
	q.followTitle()
	q.desc.SetWidth(q.descWidth())
	// Leave room under the description for what the words suggest.
	q.desc.SetHeight(max(3, min(8, q.leftHeight()-12)))
	q.reg.SetWidth(lw)
}

// TextFocused reports whether the title or description has the keys.
func (q *Screen) TextFocused() bool { return q.stage == Describing || q.reg.Editing() }

// ShortHelp is the key help of the footer.
func (q *Screen) ShortHelp() []key.Binding {
	switch {
	case q.stage == Describing:
		return q.dkeys.ShortHelp()
	case q.jumping:
		return q.jkeys.ShortHelp()
	case q.stage == Mitigating:
		return q.mitigateHelp()
	case q.stage == Reviewing:
		// The review lists the answers: there is no choice to move to or tick.
		k := q.keys
		if len(q.risks) > 0 {
			enter := component.Bind([]string{"enter"}, "enter", "the risks, one step each")
			return []key.Binding{enter, k.Register, k.Back, k.Jump, k.Done}
		}
		return []key.Binding{component.Bind([]string{"enter"}, "enter", "finish"), k.Back, k.Jump, k.Done}
	}
	if q.wordsCut {
		// Named first, short: the line it shows whole says "(w: whole)".
		w := component.Bind(q.keys.Words.Keys(), "w", "all the words")
		return append([]key.Binding{w}, q.keys.ShortHelp()...)
	}
	return q.keys.ShortHelp()
}

// FullHelp is the key help of the help screen.
func (q *Screen) FullHelp() [][]key.Binding {
	if q.stage == Describing {
		return append(q.dkeys.FullHelp(), q.keys.FullHelp()...)
	}
	if q.stage == Mitigating {
		mk := q.mkeys
		return append(q.keys.FullHelp(), []key.Binding{mk.Owner, mk.Due, mk.Note, mk.Undo, mk.Skip})
	}
	// The register step's keys are listed from every step, saying where
	// they work, so that they are known before the first risk comes up.
	mk, where := q.mkeys, " (on a risk's step, after the review)"
	var reg []key.Binding
	for _, b := range []key.Binding{mk.Owner, mk.Due, mk.Note, mk.Undo} {
		reg = append(reg, component.Bind(b.Keys(), b.Help().Key, b.Help().Desc+where))
	}
	var jump []key.Binding // said to be the jump list's, where it is closed
	for _, b := range q.jkeys.ShortHelp() {
		if !q.jumping {
			b = component.Bind(b.Keys(), b.Help().Key, b.Help().Desc+" (in the jump list, g)")
		}
		jump = append(jump, b)
	}
	keys := q.keys
	if q.onSuggestedList() {
		// As the line under the list says it: enter saves the ticks.
		keys.Choose = component.Bind(keys.Choose.Keys(), "enter", "the ticked values become your answer, and go on ("+component.SuggestedLegend+")")
	}
	return append(keys.FullHelp(), jump, reg)
}

// question is the question being asked, or nil.
func (q *Screen) question() *classify.Question {
	if q.stage != Asking {
		return nil
	}
	return q.rb.QuestionFor(q.fact)
}

// refresh recomputes which questions are relevant.
func (q *Screen) refresh() {
	q.questions = q.walk.Relevant(&q.activity.Facts)
}

// goTo asks the question for fact f, with the cursor on its current answer.
func (q *Screen) goTo(f model.Fact) {
	if q.stage == Describing {
		q.preselect()
	}
	q.stage, q.fact, q.jumping = Asking, f, false
	q.ageNote()
	q.title.Blur()
	q.desc.Blur()
	q.cursor = 0
	qq := q.walk.Question(flow.Step{Kind: flow.Ask, Fact: f})
	// The cursor starts on the current answer: on a list, its first tick
	// (the primary one), and "don't know" while nothing is known, so that
	// enter moves on without answering what was not asked.
	if qq == nil {
		return
	}
	fs := &q.activity.Facts
	for i, c := range flow.Choices(qq) {
		if flow.Chosen(fs, f, c) && (f.Type() != model.SetOf || c.Kind != flow.Value || flow.Rank(fs, f, c.Value) == 1) {
			q.cursor = i
		}
	}
}

// ageNote keeps the relevance note for the step right after the change and
// drops it on the step after that: it speaks of the last answer only.
func (q *Screen) ageNote() {
	if q.noteFresh {
		q.noteFresh = false
		return
	}
	q.note = ""
}

// Result classifies the activity as it stands, or as it would be with the
// highlighted answer, or on the description step with the suggested answers;
// preview says which ("" when it is as it stands). What rests on the
// suggested answers not yet confirmed (restingSuggestions) is marked so
// by the engine, as on the worksheet: its tier "~T1", its agenda "~POC
// only".
func (q *Screen) Result() (classify.Result, string) {
	fs, preview := q.shownFacts()
	a := model.Activity{ID: q.activity.ID, Title: q.activity.Title, Status: q.activity.Status, Facts: *fs}
	return q.rb.ClassifySuggested(&a, "", q.restingSuggestions()), preview
}

// topicOnSuggested reports whether the title opens with the topic of a
// kind only suggested, on the answers as they stand
// (classify.Result.TopicOnSuggested): the heading marks it "~", as the
// worksheet does. The choice under the cursor alone, which the live verdict
// previews, changes nothing held: the title kept its mark (a walk saw it go
// with the cursor on "don't know", the kind still unconfirmed).
func (q *Screen) topicOnSuggested() bool {
	held := q.pendingFacts()
	switch {
	case q.stage == Describing:
		held = q.restingSuggestions()
	case q.ticksDiffer():
		// Ticks the planner changed (another kind made primary) are the
		// planner's, and the title that follows them.
		held = slices.DeleteFunc(held, func(f model.Fact) bool { return f == q.fact })
	}
	return q.rb.ClassifySuggested(q.activity, "", held).TopicOnSuggested
}

// shownFacts are the facts the live verdict shows: the activity's, or a
// preview of them with the suggested answers or the choice under the cursor.
func (q *Screen) shownFacts() (*model.Facts, string) {
	fs := &q.activity.Facts
	if q.stage == Describing {
		if tmp, filled := q.withSuggestions(); len(filled) > 0 {
			return &tmp, "preview with the suggested answers"
		}
	}
	if c, ok := q.previewedChoice(); ok {
		tmp := fs.Clone()
		flow.Apply(&tmp, q.fact, c)
		return &tmp, "preview if you choose “" + c.Label + "”"
	}
	return fs, ""
}

// previewedChoice is the choice under the cursor when the live verdict
// previews it: one not yet chosen, of a question answered by one choice.
func (q *Screen) previewedChoice() (flow.Choice, bool) {
	qq := q.question()
	if qq == nil || q.jumping {
		return flow.Choice{}, false
	}
	cs := flow.Choices(qq)
	if q.cursor >= len(cs) {
		return flow.Choice{}, false
	}
	c := cs[q.cursor]
	return c, flow.Previewable(q.fact, c) && !flow.Chosen(&q.activity.Facts, q.fact, c)
}

// restingSuggestions are the suggested answers the live verdict rests on:
// a preview of a choice rests on that choice, not on the suggestion it
// would replace ("Preview on 1 suggested" counted the very answer the
// preview set aside), and ticks that differ from the suggestion rest on the
// planner's ticks (ticksDiffer).
func (q *Screen) restingSuggestions() []model.Fact {
	pending := q.pendingFacts()
	if q.stage == Describing {
		// The description's preview rests on every answer its words
		// suggest, as its note counts them (shownFacts): "Preview on 4
		// suggested: T3 · SSR only" stated the readings they make.
		if _, filled := q.withSuggestions(); len(filled) > 0 {
			return filled
		}
		return pending
	}
	if _, ok := q.previewedChoice(); ok || q.ticksDiffer() {
		return slices.DeleteFunc(pending, func(f model.Fact) bool { return f == q.fact })
	}
	return pending
}

// Update handles the questionnaire's keys.
func (q *Screen) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	km, ok := msg.(tea.KeyMsg)
	if !ok {
		return q, q.updateFields(msg)
	}
	switch {
	case q.stage == Describing:
		return q, q.updateDescribing(km)
	case q.jumping:
		return q, q.updateJumping(km)
	case q.stage == Mitigating:
		return q, q.updateMitigating(km)
	}
	if taken := q.letterTaken(km); taken != "" && q.stage == Asking {
		m, cmd := q.updateKey(km)
		return m, tea.Batch(cmd, q.ctx.Status(taken))
	}
	return q.updateKey(km)
}

// updateKey handles the keys of the questions and of the review of answers.
func (q *Screen) updateKey(km tea.KeyMsg) (tea.Model, tea.Cmd) {
	k := q.keys
	moved := q.moved
	q.moved = false
	if moved && q.stage == Asking && key.Matches(km, k.Choose) {
		// Decided by the order of keys, not by time: whatever came between
		// the answer and this enter, the planner has not acted on this step.
		// The review of answers is not asked: enter there finishes.
		return q, q.ctx.Status("The last key answered and moved on to this step: enter again to answer it.")
	}
	switch {
	case key.Matches(km, k.Done):
		return q, q.finish(false)
	case key.Matches(km, k.Next):
		return q, q.next()
	case key.Matches(km, k.Back):
		return q, q.back()
	case key.Matches(km, k.Jump):
		q.openJump()
		return q, nil
	}
	if q.stage == Reviewing {
		switch {
		case km.String() == "enter":
			return q, q.next()
		case key.Matches(km, k.Register) && len(q.risks) > 0:
			// What is being done about the risks: the activity's entries in
			// the register, in the questionnaire's place.
			return q, q.finishTo(toRegister)
		}
		q.scrollReview(km)
		return q, nil
	}
	f, answering := q.fact, q.answers(km)
	tick := answering && q.tickOnly(km)
	if answering && !tick && !key.Matches(km, k.Choose) {
		q.ticked = false // "don't know": no ticks are kept
	}
	q.entered = key.Matches(km, k.Choose)
	cmd := q.updateAsking(km)
	q.entered = false
	switch {
	case tick:
		q.ticked = true // saved by enter (ticks.go)
	case answering && !(q.unticked[f] && !q.activity.Facts.Known(f)):
		// a suggested list unticked to nothing stays not known and to
		// answer, on enter as on leaving (untickAll)
		q.confirm(f)
	}
	return q, cmd
}

func (q *Screen) updateAsking(km tea.KeyMsg) tea.Cmd {
	k := q.keys
	qq := q.question()
	if qq == nil {
		return nil
	}
	cs := flow.Choices(qq)
	fs := &q.activity.Facts
	multi := q.fact.Type() == model.SetOf
	// pick applies a row; a single answer already chosen is left alone, so that
	// looking at an answer is never a change.
	pick := func(c flow.Choice) {
		if multi && c.Kind == flow.Value || !flow.Chosen(fs, q.fact, c) {
			q.apply(func(fs *model.Facts) { flow.Apply(fs, q.fact, c) })
		}
	}
	switch {
	case key.Matches(km, k.Words):
		// The words of the suggestion whole, or cut to a line again.
		q.wordsShown = !(q.wordsShown && q.wordsWhole == q.fact)
		q.wordsWhole = q.fact
	case key.Matches(km, k.Up):
		q.cursor = (q.cursor - 1 + len(cs)) % len(cs)
	case key.Matches(km, k.Down):
		q.cursor = (q.cursor + 1) % len(cs)
	case key.Matches(km, k.Toggle):
		pick(cs[q.cursor])
	case key.Matches(km, k.Choose):
		// On a list, enter confirms the ticks; on an unanswered list it also
		// ticks the value under the cursor, unless the planner has just
		// unticked the list to nothing: the value under the cursor is the
		// one unticked, and enter leaves it so.
		if c := cs[q.cursor]; !multi || c.Kind != flow.Value || !fs.Known(q.fact) && !q.ticked {
			pick(c)
		}
		return q.next()
	case key.Matches(km, k.DontKnow):
		pick(cs[len(cs)-1])
		q.moved = true
		return q.next()
	case key.Matches(km, k.Primary):
		c := cs[q.cursor]
		if q.fact == model.Kinds && c.Kind == flow.Value && flow.Rank(fs, model.Kinds, c.Value) != 1 {
			q.apply(func(fs *model.Facts) { flow.MakePrimary(fs, model.Kinds, c.Value) })
		}
	default:
		if i := k.choiceOf(km); i >= 0 {
			if i < len(cs)-1 && cs[i].Kind != flow.None {
				q.cursor = i
				pick(cs[i])
				if !multi {
					q.moved = true
					return q.next()
				}
			}
		}
	}
	// A change of relevance made on this step without leaving it (a tick)
	// is read here: the next step does not repeat it.
	q.noteFresh = false
	return nil
}
