package ui

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/charmbracelet/x/term"
	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/report"
	"github.com/pocssr/pocssr/classify/suggest"
	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/component"
	"github.com/pocssr/pocssr/ui/exit"
	"github.com/pocssr/pocssr/ui/flow"
	"github.com/pocssr/pocssr/ui/session"
	"github.com/pocssr/pocssr/ui/words"
)

// plainQuestionnaire asks the questionnaire's steps as numbered prompts, one
// line per answer, for screen readers and scripts. Prompts go to one stream
// (stderr), so that the other (stdout) carries only the results.
type plainQuestionnaire struct {
	rb   *classify.Rulebook
	walk flow.Flow
	in   *bufio.Reader
	out  io.Writer
	eof  bool
	// piped: the input is no terminal (a file or a pipe), whose end can be
	// looked for without waiting on a person typing (ended).
	piped bool
	// lines counts the lines read, so that a line refused is named by its
	// number, as bad input is.
	lines int
	// sources names the source documents of the worksheet the menu edits,
	// so that a paragraph says which document numbers it (saidRef); nil
	// for the questionnaire alone.
	sources func() model.Sources
	// refused are the numbers of the piped lines refused as answers, and
	// starved counts the reads that found the input ended: a command
	// during which both grew was cut short by an input out of step with
	// its questions (accessible_guard.go).
	refused []int
	starved int
	// stopped: a prompt of piped input refused every try, and the rest of
	// the input is read no more (giveUp).
	stopped bool
	// today is the day a due date is read on: one already past is overdue.
	today model.Date
}

func newPlain(rb *classify.Rulebook, in io.Reader, out io.Writer) *plainQuestionnaire {
	return &plainQuestionnaire{rb: rb, walk: flow.New(rb), in: bufio.NewReader(in), out: out}
}

// plainWalk is one walk of the flow over an activity in the plain mode.
type plainWalk struct {
	a         *model.Activity
	suggested map[model.Fact]heldValue // suggested answers not yet confirmed
	editing   bool                     // the activity had answers: an empty line keeps each
	// confirm: the suggestions are asked to be confirmed (an edit's), and
	// an empty line confirms them; accepts: finishing the questions
	// accepts the draft edited, before its verdict is shown.
	confirm, accepts bool
	// fromWords: the words of an activity that was no draft suggested
	// answers in this walk, which made it a draft, as the questionnaire's
	// description step does; answered: a question was answered. Once no
	// suggestion is left to confirm it is reviewed (status), as the
	// questionnaire settles it.
	fromWords, answered bool
	// confirmed records an answer confirmed as its words suggest it, as
	// the screens record it (session.Sheet.Confirm); nil: kept nowhere.
	confirmed  func(model.Fact)
	emptyTitle string // what an empty title does, in its prompt
	asked      int    // questions asked so far
	// After the verdict: the risks that fire, and where their entries are
	// kept (nil: the register steps are not asked, nothing would keep them).
	risks []classify.Risk
	reg   flow.Registrar
	kept  int
	// removed counts the entries taken out (removeMark), the walk's
	// stale entries too.
	removed int
	// registerAsked: a register step was asked, so that the walk's close
	// says what it gave, none too.
	registerAsked bool
	verdict       func(a *model.Activity) // prints the verdict, at the Verdict step
	// dropped are the answers only the words suggested, on questions not
	// asked, that becoming reviewed at the verdict took away.
	dropped session.Unasked
}

// heldValue is a fact's answer suggested by the words and not yet
// confirmed: its values' labels, and whose words suggest it, in the words
// the screens use (words.Source).
type heldValue struct {
	labels []string
	by     string
	// values are the values themselves, which a list marks "~".
	values []string
}

// runAccessible runs the plain questionnaire and prints the verdict as text;
// the worksheet's menu follows (accessible_menu.go). With a worksheet file,
// the activity is added to it and saved; without one, to a new worksheet
// this run keeps; with the case library, the menu is over the library.
func runAccessible(env Env, rb *classify.Rulebook, ws *model.Worksheet, opts Options) error {
	today := opts.Today
	if today == "" {
		today = model.Date(time.Now().Format(time.DateOnly))
	}
	p := newPlain(rb, env.Stdin, env.Stderr)
	p.today = today
	f, isFile := env.Stdin.(*os.File)
	p.piped = !isFile || !term.IsTerminal(f.Fd())
	// The plain mode edits through the same session as the screens: the id
	// is one no other activity has, and the save refuses a file that changed
	// on disk or may not be written, as ctrl+s does. It reads a draft's
	// words as the screens' sheet does (draftFacts), so that an account
	// marks "~" the risks that fire only on what they suggest.
	sh := session.NewSheetReading(rb, ws, nil, draftFacts(rb), today)
	p.sources = sh.Sources
	pm := &plainMenu{p: p, sh: sh, stdout: env.Stdout, today: today}
	if opts.Demo {
		pm.demo = true
		return pm.demoMenu()
	}
	// No file named: a new unnamed worksheet, as pocssr alone opens on the
	// screen; no file keeps it, so its changes stay in this run.
	pm.unnamed = opts.Path == ""
	pm.created = newWorksheetPath(opts, ws)
	return pm.run()
}

// line reads one answer; at the end of the input it returns "" and remembers it.
func (p *plainQuestionnaire) line() string {
	if p.eof {
		p.starved++
		return ""
	}
	s, err := p.in.ReadString('\n')
	if err != nil {
		p.eof = true
		if s == "" {
			p.starved++
		}
	}
	if s != "" {
		p.lines++
	}
	return strings.TrimSpace(strings.TrimRight(s, "\r\n"))
}

// ended reports whether the input has ended, looking ahead where that
// waits on no one (a file or a pipe): a way back offered after the last
// line could never be taken.
func (p *plainQuestionnaire) ended() bool {
	if !p.eof && p.piped {
		if _, err := p.in.Peek(1); err != nil {
			p.eof = true
		}
	}
	return p.eof
}

func (p *plainQuestionnaire) say(format string, args ...any) {
	fmt.Fprintf(p.out, format+"\n", args...)
}

// run walks the flow from the step after from up to the step of kind stop
// (flow.End: to the end), asking each with askStep, and returns the step
// it stopped at. The next step is read from the answers as they stand after
// each one, as the full-screen questionnaire reads it. Once the input has
// ended nothing more is asked, but the verdict is still shown.
func (p *plainQuestionnaire) run(w *plainWalk, from flow.Step, stop flow.Kind) flow.Step {
	at := from
	for {
		if at.Kind == flow.Verdict {
			w.risks = p.walk.Risks(w.a)
		}
		at = p.walk.Next(at, p.walk.Relevant(&w.a.Facts), w.risks)
		if at.Kind >= stop || at.Kind == flow.Mitigate && w.reg == nil {
			return at
		}
		if !p.eof || at.Kind == flow.Verdict {
			p.askStep(w, at)
		}
	}
}

// askStep asks one step of the flow: the one piece of the plain mode that
// asks a step, whatever it is.
func (p *plainQuestionnaire) askStep(w *plainWalk, at flow.Step) {
	switch at.Kind {
	case flow.Describe:
		p.askDescription(w)
	case flow.Ask:
		p.askFact(w, at.Fact)
	case flow.Verdict:
		if w.verdict != nil {
			w.verdict(w.a)
		}
	case flow.Mitigate:
		p.askMitigation(w, at.Risk)
	}
}

// Ask asks for the title and description, shows what the reader makes of
// them, then walks the relevant questions up to the verdict. It returns nil
// when the input ended before a title was given.
func (p *plainQuestionnaire) Ask() *model.Activity {
	p.say("%s", plainIntro)
	w := &plainWalk{a: &model.Activity{}, emptyTitle: "ends, classifying nothing"}
	if !p.askDescription(w) {
		return nil
	}
	p.run(w, flow.Step{Kind: flow.Describe}, flow.Verdict)
	p.settle(w)
	return w.a
}

// settle leaves a draft when the input ended before every suggestion was
// confirmed: what the words suggested is not what the planner said.
func (p *plainQuestionnaire) settle(w *plainWalk) {
	if len(w.suggested) > 0 {
		w.a.Status = model.StatusDraft
	}
}

// readFacts are the facts the words of a suggest, as the screens read them
// (words.Read).
func (p *plainQuestionnaire) readFacts(a *model.Activity) *model.Facts {
	return &words.Read(suggest.NewReader(p.rb), a).Facts
}

// plainIntro opens the questionnaire. What an empty line does differs by
// question (don't know, or keep the answer suggested or given), so each
// question's prompt says it, not the intro.
const plainIntro = "pocssr questionnaire. Answer with the number of a choice; 0 means \"don't know\". Each question says what an empty line does there."

// askDescription asks the title and the description, and takes what the
// reader suggests from them as the answers to confirm. It reports false when
// no title was given (the input ended, or the line was empty): no activity
// is made without one.
func (p *plainQuestionnaire) askDescription(w *plainWalk) bool {
	p.say("Title of the activity (an empty line %s):", w.emptyTitle)
	return p.describe(w, p.line())
}

// describe takes title as the activity's title, then asks its description
// as askDescription does.
func (p *plainQuestionnaire) describe(w *plainWalk, title string) bool {
	a := w.a
	a.Title = oneLine(title)
	if a.Title == "" {
		return false
	}
	p.say("Description (one line, empty to skip):")
	a.Description = oneLine(p.line())
	w.suggested = p.suggest(a, nil, false)
	w.fromWords = len(w.suggested) > 0
	return true
}

// askFact asks one question of the rulebook.
func (p *plainQuestionnaire) askFact(w *plainWalk, f model.Fact) {
	a := w.a
	qs := p.walk.Relevant(&a.Facts)
	q := p.walk.Question(flow.Step{Kind: flow.Ask, Fact: f})
	w.asked++
	// A suggestion not yet confirmed is no answer: it is counted apart.
	pending := 0
	for _, g := range qs {
		if _, ok := w.suggested[g.Fact]; ok && a.Facts.Known(g.Fact) {
			pending++
		}
	}
	more := ""
	if pending > 0 {
		more = fmt.Sprintf(", %d more suggested", pending)
	}
	p.say("")
	p.say("Question %d (answered %d of %d relevant%s): %s", w.asked, flow.Answered(qs, &a.Facts)-pending, len(qs), more, p.walk.Asks(flow.Step{Kind: flow.Ask, Fact: f}))
	p.say("  %s", oneLine(q.Help))
	held, wasSuggested := w.suggested[f]
	keep := wasSuggested
	switch {
	case wasSuggested && w.confirm:
		p.say("  Suggested by the words of %s, not yet confirmed (~): %s. An empty line confirms it.", held.by, strings.Join(held.labels, "; "))
	case wasSuggested:
		p.say("  Suggested by the words of %s: %s. An empty line keeps it.", held.by, strings.Join(held.labels, "; "))
	case w.editing && a.Facts.Known(f):
		p.say("  Now: %s. An empty line keeps it.", p.rb.ValueText(&a.Facts, f))
		keep = true
	}
	// A list's values the words suggested are marked in it, as the
	// questionnaire marks them; the numbers given are the planner's answer.
	var marked []string
	if wasSuggested && f.Type() == model.SetOf {
		marked = held.values
		p.say("  %s · numbers: the values you give become your answer.", component.SuggestedLegend)
	}
	if answered, typed := p.ask(q, &a.Facts, keep, w.asked, marked); answered {
		if wasSuggested && w.confirmed != nil {
			w.confirmed(f)
		}
		delete(w.suggested, f)
		w.answered = true
		if typed && marked != nil && a.Facts.Known(f) {
			p.say("%s", component.KeptNote(f, model.Value{Known: true, Set: marked}, a.Facts[f], 0).Full)
		}
	}
	// A suggestion whose question the answer took away goes, as in the
	// full-screen questionnaire.
	for g := range w.suggested {
		if !p.rb.Relevant(&a.Facts, g) {
			a.Facts.Forget(g)
			delete(w.suggested, g)
		}
	}
}

// suggest reads the title and description with the rulebook's reader, says
// what it suggests and takes the suggestions as the answers to confirm, as
// the questionnaire does on leaving its description step: a fact not known
// yet takes the reading, and so does one still holding a suggestion not
// confirmed (pending), which goes where the words no longer suggest it. It
// returns each suggested fact's labels and source. typed: the description
// was typed by the planner just now, so that an imported task's words read
// as its context are the planner's, not a lead-in or heading.
func (p *plainQuestionnaire) suggest(a *model.Activity, pending map[model.Fact]heldValue, typed bool) map[model.Fact]heldValue {
	reading := words.Read(suggest.NewReader(p.rb), a)
	never := func(model.Fact) bool { return false }
	held := func(f model.Fact) bool { _, ok := pending[f]; return ok }
	fs, filled := p.walk.WithReading(a.Facts, reading.Facts, never, held)
	a.Facts = fs
	for _, f := range model.AllFacts() {
		if held(f) && !fs.Known(f) {
			p.say("%s: the words no longer suggest it; not known now.", report.FactName(f))
		}
	}
	if len(filled) == 0 {
		return map[model.Fact]heldValue{}
	}
	out := make(map[model.Fact]heldValue, len(filled))
	p.say("")
	p.say("What the words suggest (each is asked to be confirmed):")
	for _, sv := range words.Values(reading) {
		if !slices.Contains(filled, sv.Fact) {
			continue
		}
		text, by := sv.Text(p.rb), words.Source(a, p.saidRef(a))
		if sv.Context && typed {
			text, by = sv.TextIn(p.rb, words.TypedContext), words.TypedContext
		}
		p.say("  %s", text)
		hv := out[sv.Fact]
		hv.labels = append(hv.labels, report.ValueLabel(p.rb, sv.Fact, sv.Value))
		hv.values = append(hv.values, sv.Value)
		if hv.by == "" || hv.by == by {
			hv.by = by
		} else {
			hv.by = words.Source(a, p.saidRef(a)) + " and " + by
		}
		out[sv.Fact] = hv
	}
	return out
}

// ask asks one question until it gets a valid answer (or the input ends),
// and applies it as the flow says. It reports whether the planner answered:
// an empty line keeping the answer there (keep) does, the end of the input
// does not; and whether the answer was typed, not kept. number is the
// question's in this walk, which a refused piped line names; the values
// marked are listed with "~" (suggested by the words).
func (p *plainQuestionnaire) ask(q *classify.Question, fs *model.Facts, keep bool, number int, marked []string) (answered, typed bool) {
	cs := flow.Choices(q)
	values := cs[:len(cs)-1] // all but "don't know", numbered from 1
	for i, c := range values {
		mark := ""
		if c.Kind == flow.Value && slices.Contains(marked, c.Value) || c.Kind == flow.None && slices.Contains(marked, "none") {
			mark = "~ "
		}
		p.say("  %d. %s%s — %s", i+1, mark, c.Label, oneLine(c.Explain))
	}
	// An empty line means "don't know" only where no answer is there to
	// keep: a kept one is said with the answer (askFact).
	if keep {
		p.say("  0. don't know")
	} else {
		p.say("  0. don't know (an empty line too)")
	}
	multi := q.Fact.Type() == model.SetOf
	for tries := 0; tries < plainTries && !p.eof; tries++ {
		switch {
		case multi && q.Fact == model.Kinds:
			p.say("Answer with one or more numbers separated by spaces (the first kind is the primary one):")
		case multi:
			p.say("Answer with one or more numbers separated by spaces:")
		default:
			p.say("Answer (0-%d):", len(values))
		}
		text := p.line()
		if text == "" && p.eof {
			return false, false
		}
		if text == "" && keep {
			return true, false // the answer there stands, confirmed
		}
		to := fmt.Sprintf("question %d (0-%d)", number, len(values))
		picked, ok := parseNumbers(text, len(values))
		if !ok || !multi && len(picked) > 1 {
			p.refuse(text, to, fmt.Sprintf("Please answer with a number from 0 to %d.", len(values)))
			continue
		}
		if alone := aloneIn(values, picked); alone != "" {
			p.refuse(text, to, fmt.Sprintf("%q stands alone: it cannot go with other choices. Give it alone, or only the others.", alone))
			continue
		}
		chosen := make([]flow.Choice, 0, len(picked))
		for _, n := range picked {
			if n == 0 {
				chosen = append(chosen, cs[len(cs)-1])
				break
			}
			chosen = append(chosen, values[n-1])
		}
		flow.ApplyAll(fs, q.Fact, chosen)
		return true, true
	}
	p.giveUp()
	return false, false
}

// aloneIn returns the label of a choice that excludes the others ("don't
// know", "none of these") when picked holds it with another choice, and ""
// otherwise: taking one and dropping the rest would save what was not said.
func aloneIn(values []flow.Choice, picked []int) string {
	distinct := slices.Compact(slices.Sorted(slices.Values(picked)))
	if len(distinct) < 2 {
		return "" // one choice, maybe given twice
	}
	for _, n := range picked {
		switch {
		case n == 0:
			return "don't know"
		case values[n-1].Kind == flow.None:
			return values[n-1].Label
		}
	}
	return ""
}

// parseNumbers reads numbers from 0 to n separated by spaces or commas.
func parseNumbers(text string, n int) ([]int, bool) {
	var out []int
	for _, f := range strings.FieldsFunc(text, func(r rune) bool { return r == ' ' || r == ',' }) {
		v, err := strconv.Atoi(f)
		if err != nil || v < 0 || v > n {
			return nil, false
		}
		out = append(out, v)
	}
	return out, true
}

// notSaved is the error of a save refused: nothing was written.
func notSaved(err error) error {
	return &exit.Error{Code: exit.Invalid, Err: fmt.Errorf("pocssr: not saved: %w", err)}
}
