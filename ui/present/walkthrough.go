package present

import (
	"fmt"
	"slices"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/report"
	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/component"
	"github.com/pocssr/pocssr/ui/flow"
)

// walkThrough takes a room through one activity answer by answer: it starts
// from nothing known (but the answers on record for questions no longer
// asked, shown together) and reveals the activity's answers to the
// questions it is asked one at a time, in the questionnaire's order,
// showing after each the tier, the agenda, where it sits on both drawings,
// which risks came or went, and one line on what changed and why, in the
// engine's words. "What if" tries another value for the current answer. It
// works on copies: the worksheet is never touched.
type walkThrough struct {
	ctx      *component.Context
	rb       *classify.Rulebook
	keys     presentKeys
	activity *model.Activity
	number   string // the activity's number on the board, "" when not on it
	// steps are the activity's answers to the questions the questionnaire
	// asks of it, in their order: "Step n of N" counts what the
	// questionnaire counts as answered.
	steps []model.Fact
	// onRecord are its answers to questions no longer asked, an answer
	// since having made them irrelevant: revealed together at the start,
	// so that the last step's verdict is the activity's own.
	onRecord []model.Fact
	// suggested are the answers only the activity's words suggest, nobody
	// having confirmed them: each is marked "~" where it is revealed, and
	// the sentences of the verdicts mark their values, as the activity
	// screen does.
	suggested []model.Fact
	step      int         // how many are revealed
	facts     model.Facts // what is revealed
	res       classify.Result
	prev      classify.Result // before the last answer
	whatIf    *whatIf
	// fullChange shows what changed in full in place of the drawings, when
	// it is longer than the lines above them (c).
	fullChange bool
	scroll     int // the first line in sight of what c shows, when it is longer than its rows
	// The drawings, laid out in Update again only when the place or the size
	// changes; View draws them afresh if they do not fit what it shows.
	drawn       drawnPlace
	left, right *canvas
	width       int
	height      int
}

// whatIf is a trial value of one answer, classified as the cursor moves.
type whatIf struct {
	fact    model.Fact
	choices []whatIfChoice
	cursor  int
	picked  []string // the values ticked, for a fact of several values
	unknown bool     // "don't know" is chosen
	facts   model.Facts
	res     classify.Result
}

type whatIfChoice struct {
	label   string
	value   string
	yes     bool
	unknown bool
	none    bool // "none of these", for a list where none is an answer
	real    bool // the real answer, or one of its values
}

// numberOnBoard is a's number on the board: a case of the library opened
// from the framework is another copy of the worksheet's own, and takes the
// number the worksheet's has, so that the room hears one number for it
// whichever way it was opened. "" when the worksheet does not hold it.
func numberOnBoard(ctx *component.Context, a *model.Activity) string {
	s := ctx.Sheet
	if i := s.Index(a); i >= 0 {
		return BoardNumber(s.Sources(), a, i+1)
	}
	for i := range s.Len() {
		if x := s.At(i); a.ID != "" && x.ID == a.ID {
			return BoardNumber(s.Sources(), x, i+1)
		}
	}
	return ""
}

func newWalkThrough(ctx *component.Context, a *model.Activity, suggested []model.Fact, w, h int) *walkThrough {
	rb := ctx.Sheet.Rulebook()
	wt := &walkThrough{ctx: ctx, rb: rb, keys: newPresentKeys(ctx.Keys), activity: a, suggested: suggested, width: w, height: h}
	wt.number = numberOnBoard(ctx, a)
	wt.steps, wt.onRecord = answersInOrder(rb, &a.Facts)
	wt.goTo(0)
	return wt
}

// answersInOrder splits the answers fs holds into those to the questions
// the questionnaire asks with them, in its order, and those on record for
// questions it no longer asks.
func answersInOrder(rb *classify.Rulebook, fs *model.Facts) (asked, onRecord []model.Fact) {
	seen := map[model.Fact]bool{}
	for _, q := range flow.New(rb).Relevant(fs) {
		if fs.Known(q.Fact) && !seen[q.Fact] {
			asked = append(asked, q.Fact)
			seen[q.Fact] = true
		}
	}
	for _, f := range model.AllFacts() {
		if fs.Known(f) && !seen[f] {
			onRecord = append(onRecord, f)
		}
	}
	return asked, onRecord
}

// SetSize gives the walk-through the whole terminal.
func (wt *walkThrough) SetSize(w, h int) {
	wt.width, wt.height = w, h
	wt.layoutDrawings()
}

// goTo shows the activity with its first n answers revealed.
func (wt *walkThrough) goTo(n int) {
	n = max(0, min(n, len(wt.steps)))
	wt.step, wt.fullChange, wt.scroll = n, false, 0
	wt.prev = wt.classify(wt.factsUpTo(max(0, n-1)), nil)
	fs := wt.factsUpTo(n)
	wt.facts = *fs
	wt.res = wt.classify(&wt.facts, nil)
	wt.whatIf = nil
}

// classify is the verdict on the activity with the facts fs revealed, its
// answers only suggested marked "~" in its sentences (ClassifySuggested,
// as the activity screen classifies it); trial is the answer tried in
// "what if", which is no suggestion but the room's.
func (wt *walkThrough) classify(fs *model.Facts, trial *model.Fact) classify.Result {
	suggested := wt.suggested
	if trial != nil {
		suggested = slices.DeleteFunc(slices.Clone(suggested), func(f model.Fact) bool { return f == *trial })
	}
	a := model.Activity{ID: wt.activity.ID, Title: wt.activity.Title, Status: wt.activity.Status, Facts: *fs}
	return wt.rb.ClassifySuggested(&a, "", suggested)
}

// isSuggested reports whether the activity's answer to f is only
// suggested by its words: marked "~" wherever it is shown.
func (wt *walkThrough) isSuggested(f model.Fact) bool { return slices.Contains(wt.suggested, f) }

// shownAnswer is a revealed answer in words, marked "~" where only its
// words suggest it.
func (wt *walkThrough) shownAnswer(f model.Fact) string {
	return classify.SuggestedMark(wt.isSuggested(f)) + wt.answerText(f, &wt.facts)
}

// anySuggestedShown reports whether an answer revealed is only suggested.
func (wt *walkThrough) anySuggestedShown() bool {
	return slices.ContainsFunc(wt.steps[:min(wt.step, len(wt.steps))], wt.isSuggested)
}

// factsUpTo are the answers on record for questions no longer asked and
// the first n answers of the walk.
func (wt *walkThrough) factsUpTo(n int) *model.Facts {
	var fs model.Facts
	for _, f := range append(slices.Clone(wt.onRecord), wt.steps[:n]...) {
		fs[f] = wt.activity.Facts[f]
	}
	fs = fs.Clone()
	return &fs
}

// current is the answer the step is about: the last revealed, or before any,
// the first to come.
func (wt *walkThrough) current() (model.Fact, bool) {
	if len(wt.steps) == 0 {
		return 0, false
	}
	return wt.steps[max(0, wt.step-1)], true
}

// atEnd reports whether every answer is revealed: the walk-through is
// complete and its verdict the activity's own.
func (wt *walkThrough) atEnd() bool {
	return len(wt.steps) > 0 && wt.step == len(wt.steps)
}

// verdict is the classification on screen: the trial one during what-if.
func (wt *walkThrough) verdict() *classify.Result {
	if wt.whatIf != nil {
		return &wt.whatIf.res
	}
	return &wt.res
}

// shownFacts are the facts of the verdict on screen.
func (wt *walkThrough) shownFacts() *model.Facts {
	if wt.whatIf != nil {
		return &wt.whatIf.facts
	}
	return &wt.facts
}

// Update handles a key; it reports false when the walk-through is left.
func (wt *walkThrough) Update(km tea.KeyMsg) bool {
	stay := wt.update(km)
	wt.layoutDrawings()
	return stay
}

func (wt *walkThrough) update(km tea.KeyMsg) bool {
	k := wt.keys
	if w := wt.whatIf; w != nil {
		switch {
		case key.Matches(km, k.WhatIf), key.Matches(km, k.Back), km.String() == "enter":
			wt.whatIf, wt.fullChange = nil, false
		case key.Matches(km, k.Change):
			// What the trial answer changes, whole, in place of the drawings.
			wt.fullChange, wt.scroll = !wt.fullChange, 0
			if !wt.showsFullChange() {
				wt.fullChange = false
			}
			// It opens with the value under the cursor in sight, not at
			// its top: space ticks the value the room sees.
			wt.followCursor()
		case key.Matches(km, k.PageDown) && wt.pageScrolls():
			// ↑/↓ try another value: the page scrolls by pages.
			wt.scrollPage(wt.pageStep())
		case key.Matches(km, k.PageUp) && wt.pageScrolls():
			wt.scrollPage(-wt.pageStep())
		case key.Matches(km, k.Up):
			w.cursor = max(0, w.cursor-1)
			wt.tryChoice(false)
			wt.followCursor()
		case key.Matches(km, k.Down):
			w.cursor = min(len(w.choices)-1, w.cursor+1)
			wt.tryChoice(false)
			wt.followCursor()
		case key.Matches(km, k.Toggle):
			wt.tryChoice(true)
			wt.followCursor()
		}
		return true
	}
	switch {
	case key.Matches(km, k.Back) && wt.showsFullChange():
		wt.fullChange = false
	case key.Matches(km, k.Back):
		return false
	case key.Matches(km, k.Change):
		// Only where there is more to show than the lines above the drawings.
		wt.fullChange, wt.scroll = !wt.fullChange, 0
		if !wt.showsFullChange() {
			wt.fullChange = false
		}
	case key.Matches(km, k.Down) && wt.pageScrolls():
		wt.scrollPage(1)
	case key.Matches(km, k.Up) && wt.pageScrolls():
		wt.scrollPage(-1)
	case key.Matches(km, k.PageDown) && wt.pageScrolls():
		wt.scrollPage(wt.pageStep())
	case key.Matches(km, k.PageUp) && wt.pageScrolls():
		wt.scrollPage(-wt.pageStep())
	case key.Matches(km, k.Next):
		wt.goTo(wt.step + 1)
	case key.Matches(km, k.Prev):
		wt.goTo(wt.step - 1)
	case key.Matches(km, k.Top):
		wt.goTo(0)
	case key.Matches(km, k.Bottom):
		wt.goTo(len(wt.steps))
	case key.Matches(km, k.WhatIf):
		wt.startWhatIf()
	}
	return true
}

// pageStep is how far pgdn and pgup scroll what c shows: its rows less
// the sign and a line kept in sight from the page before.
func (wt *walkThrough) pageStep() int {
	_, room := wt.page(wt.headRows())
	return max(1, room-2)
}

// startWhatIf offers the values of the current answer, starting at the real one.
func (wt *walkThrough) startWhatIf() {
	f, ok := wt.current()
	if !ok {
		return
	}
	rb := wt.rb
	w := &whatIf{fact: f}
	wt.fullChange, wt.scroll = false, 0 // c in what if shows the trial's change, not the step's
	real := wt.activity.Facts[f]
	switch f.Type() {
	case model.YesNo:
		q := rb.QuestionFor(f)
		yes, no := "yes", "no"
		if q != nil {
			yes, no = "yes — "+q.Yes, "no — "+q.No
		}
		w.choices = []whatIfChoice{{label: yes, yes: true, real: real.Yes}, {label: no, real: !real.Yes}}
		if !real.Yes {
			w.cursor = 1
		}
	default:
		for _, v := range rb.Vocabulary().Values(f) {
			isReal := v == real.One || slices.Contains(real.Set, v)
			w.choices = append(w.choices, whatIfChoice{label: rb.Label(f, v), value: v, real: isReal})
			if f.Type() == model.OneOf && isReal {
				w.cursor = len(w.choices) - 1
			}
		}
		w.picked = slices.Clone(real.Set)
		// The questionnaire's "none of these", where an empty list is an
		// answer: the real one, at times, and one to try.
		if q := rb.QuestionFor(f); q != nil && f.Type() == model.SetOf {
			for _, c := range flow.Choices(q) {
				if c.Kind == flow.None {
					w.choices = append(w.choices, whatIfChoice{label: c.Label, none: true, real: len(real.Set) == 0})
					if len(real.Set) == 0 {
						w.cursor = len(w.choices) - 1
					}
				}
			}
		}
	}
	w.choices = append(w.choices, whatIfChoice{label: "don't know", unknown: true})
	wt.whatIf = w
	wt.tryChoice(false)
}

// tryChoice classifies the facts with the choice under the cursor (or, for a
// fact of several values, with it ticked or unticked when toggle is set).
func (wt *walkThrough) tryChoice(toggle bool) {
	w := wt.whatIf
	c := w.choices[w.cursor]
	fs := wt.facts.Clone()
	switch {
	case w.fact.Type() != model.SetOf:
		w.unknown = c.unknown
		switch {
		case c.unknown:
			fs.Forget(w.fact)
		case w.fact.Type() == model.YesNo:
			fs.SetYes(w.fact, c.yes)
		default:
			fs.SetOne(w.fact, c.value)
		}
	default:
		if toggle {
			switch {
			case c.unknown:
				// Unticked, "don't know" gives back the values ticked
				// before it; with none ticked there is none to give back,
				// and an empty list is recorded only by its own row.
				w.unknown = !w.unknown || len(w.picked) == 0
			case c.none:
				w.picked, w.unknown = nil, false
			default:
				// Ticked and unticked as the questionnaire ticks them:
				// unticking the last value leaves the answer not known,
				// never "none of these", which only its own row records.
				var trial model.Facts
				trial.SetSet(w.fact, w.picked)
				flow.Toggle(&trial, w.fact, c.value)
				set, known := trial.Set(w.fact)
				w.picked, w.unknown = set, !known
			}
		}
		if w.unknown {
			fs.Forget(w.fact)
		} else {
			fs.SetSet(w.fact, w.picked)
		}
	}
	w.facts = fs
	w.res = wt.classify(&w.facts, &w.fact)
}

// changeLine says in one line what the last answer (or the trial value)
// changed and why, in the engine's own reasons, each framed as holding only
// if the answers marked ~ do where it rests on them (report.TierReason,
// report.AgendaReason, report.RiskWhy), as every account frames them.
func changeLine(before, after *classify.Result) string {
	var parts []string
	if before.Tier != after.Tier {
		parts = append(parts, fmt.Sprintf("Tier: %s → %s. %s", markedTier(before), markedTier(after), report.TierReason(after)))
	}
	if before.Agenda != after.Agenda {
		parts = append(parts, fmt.Sprintf("Agenda: %s → %s%s. %s", markedAgenda(before), markedAgenda(after), report.AgendaWhileUnknown(&after.Narrow), report.AgendaReason(after)))
	}
	added, gone := riskChange(before, after)
	for i := range added {
		parts = append(parts, "New risk, "+added[i].Rule.Title+": "+report.RiskWhy(&added[i]))
	}
	for _, r := range gone {
		if held := heldOpen(r, after); len(held) > 0 {
			parts = append(parts, "Not raised with what is known: "+r.Rule.Title+" (held open: "+component.FactList(held)+" not known).")
			continue
		}
		parts = append(parts, "No longer a risk: "+r.Rule.Title+".")
	}
	if b, a := len(before.OpenQuestions), len(after.OpenQuestions); len(parts) == 0 && a != b {
		// The open questions changed alone: said as a change, as beside
		// any other ("6 open questions" hid that they were 2).
		return fmt.Sprintf("No change to the tier, the agenda or the risks. Open questions: %d → %d.", b, a)
	}
	if len(parts) == 0 {
		return fmt.Sprintf("No change to the tier, the agenda or the risks; %s.", component.Plural(len(after.OpenQuestions), "open question", "open questions"))
	}
	// The open questions are said on every step where they change, as on
	// a step that changes nothing else: the room follows them too.
	if b, a := len(before.OpenQuestions), len(after.OpenQuestions); a != b {
		parts = append(parts, fmt.Sprintf("Open questions: %d → %d.", b, a))
	}
	return strings.Join(parts, " ")
}

// riskChange lists the risks that came and the ones that went.
func riskChange(before, after *classify.Result) (added, gone []classify.Risk) {
	has := func(rs []classify.Risk, id string) bool {
		return slices.ContainsFunc(rs, func(r classify.Risk) bool { return r.Rule.ID == id })
	}
	for _, r := range after.Risks {
		if !has(before.Risks, r.Rule.ID) {
			added = append(added, r)
		}
	}
	for _, r := range before.Risks {
		if !has(after.Risks, r.Rule.ID) {
			gone = append(gone, r)
		}
	}
	return added, gone
}

// heldOpen are the facts a risk that went (r, as it fired before) had
// read known and that are open questions in after: with them not known
// the risk is not raised with what is known, which is not gone ("don't
// know" in what if listed a critical risk "gone").
func heldOpen(r classify.Risk, after *classify.Result) []model.Fact {
	var held []model.Fact
	for _, fv := range r.Facts() {
		open := slices.ContainsFunc(after.OpenQuestions, func(q classify.OpenQuestion) bool { return q.Fact == fv.Fact })
		if fv.Value.Known && open {
			held = append(held, fv.Fact)
		}
	}
	return held
}

// markedTier is the tier of r in words, marked "~" where it rests on
// answers only suggested, as the verdict below marks it (report.VerdictTier).
func markedTier(r *classify.Result) string {
	return report.ReadingMark(r.TierOnSuggested) + tierWord(r.Tier)
}

// markedAgenda is the agenda of r by its label, marked "~" where it rests on
// answers only suggested (report.VerdictAgenda); an agenda not placed at
// all reads "undetermined".
func markedAgenda(r *classify.Result) string {
	label := report.OneLine(report.AgendaLabel(&r.Narrow))
	if label == "" {
		return string(classify.Undetermined)
	}
	return report.ReadingMark(r.AgendaOnSuggested) + label
}

// tierWord is a tier in what changed: "Tier 2", or report.NoTierYet, as
// every verdict says it.
func tierWord(t classify.Tier) string {
	if t == 0 {
		return report.NoTierYet
	}
	return fmt.Sprintf("Tier %d", t)
}

// answerText is a revealed answer in words.
func (wt *walkThrough) answerText(f model.Fact, fs *model.Facts) string {
	return wt.rb.ValueText(fs, f)
}

// verdictWords is the verdict in words for the walk-through.
func verdictWords(r *classify.Result) string {
	return report.VerdictTier(r) + " · " + report.OneLine(report.VerdictAgenda(r)) + " · " + component.RiskCount(r) +
		" · " + component.Plural(len(r.OpenQuestions), "open question", "open questions")
}
