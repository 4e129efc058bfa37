package ui

import (
	"errors"
	"io"
	"strconv"
	"strings"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/report"
	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/exit"
	"github.com/pocssr/pocssr/ui/flow"
	"github.com/pocssr/pocssr/ui/session"
)

// The plain mode a full way through a worksheet: after the new activity (or
// instead of it, on an empty title), a menu of one-line commands lists the
// activities, shows one's full account (its Facts section first), edits
// its answers and its register through the same flow as the questionnaire,
// reviews the imported drafts and exports a briefing. Every change is saved
// at once, with the checks of ctrl+s.

// plainMenu is the worksheet's menu in the plain mode.
type plainMenu struct {
	p      *plainQuestionnaire
	sh     *session.Sheet
	stdout io.Writer
	today  model.Date
	// demo: the worksheet is the case library, which no file keeps; the
	// menu's changes stay in memory.
	demo bool
}

// menuHelp is what the menu offers, one command a line.
const menuHelp = `Commands (one a line; an empty line or the end of the input quits):
  list                 the activities, numbered, drafts marked
  add                  a new activity: the questionnaire, then its risks
  show N               the full account of activity N, its facts first
  edit N               the questions again for activity N, then its risks
  register N           what is being done about each risk of activity N
  review               the drafts one by one: accept, edit, skip or discard
  export FORMAT FILE   a briefing: %s
  quit`

// addOnly asks for one activity and prints its verdict: without a file,
// nothing keeps it (and so no register step is asked).
func (m *plainMenu) addOnly() error {
	p := m.p
	p.say("%s", plainIntro)
	w := m.newWalk(&model.Activity{}, false)
	if !p.askDescription(w) {
		return noAnswers()
	}
	p.run(w, flow.Step{Kind: flow.Describe}, flow.End)
	return nil
}

func noAnswers() error {
	return &exit.Error{Code: exit.Invalid, Err: errors.New("pocssr: no answers were given")}
}

// newWalk starts a walk of the flow over a; keep says whether its answers
// are kept (in the worksheet, with its register steps).
func (m *plainMenu) newWalk(a *model.Activity, keep bool) *plainWalk {
	w := &plainWalk{a: a, suggested: map[model.Fact][]string{}}
	w.verdict = func(a *model.Activity) {
		m.p.settle(w)
		if a.ID == "" {
			a.ID = m.sh.UniqueID(a.Title)
		}
		m.printAccount(a)
		if keep && m.sh.Index(a) < 0 {
			m.sh.Add(m.sh.Len(), a)
		}
	}
	if keep {
		w.reg = m.sh
	}
	return w
}

// printAccount writes an activity's full account to stdout: its facts,
// both placements, its risks with their place in the register.
func (m *plainMenu) printAccount(a *model.Activity) {
	r := m.sh.Rulebook().ClassifyOn(a, m.today)
	var b strings.Builder
	report.WriteActivityText(&b, m.sh.Rulebook(), a, &r, 80)
	io.WriteString(m.stdout, b.String())
}

// run adds a new activity first, as the plain prompts always have, unless
// the title is left empty; then the menu, until quit or the end of the input.
func (m *plainMenu) run() error {
	p := m.p
	p.say("%s", plainIntro)
	p.say("An empty title opens the menu of %s instead.", model.QuoteName(m.sh.Worksheet().Path()))
	w := m.newWalk(&model.Activity{}, true)
	w.orMenu = true
	switch ok := p.askDescription(w); {
	case !ok:
		return noAnswers()
	case w.a.Title != "":
		if err := m.add(w); err != nil {
			return err
		}
	}
	return m.menu()
}

// demoMenu is the plain mode of the demo: a short account of the case
// library, then the worksheet's menu over it, never the whole library at
// once (show N gives one case's account, export all of them).
func (m *plainMenu) demoMenu() error {
	p := m.p
	s := classify.NewSummary()
	for i := 0; i < m.sh.Len(); i++ {
		r := m.sh.Rulebook().ClassifyOn(m.sh.At(i), m.today)
		s.Add(&r)
	}
	p.say("pocssr demo: the case library, worked cases of the framework.")
	p.say("%s", report.SummaryLine(s))
	p.say("list numbers the cases, show N gives one's account, help lists every command.")
	p.say("Changes stay in this run: the case library is no file, and nothing is saved (export writes a briefing).")
	return m.menu()
}

// menu reads commands until quit, an empty line or the end of the input.
func (m *plainMenu) menu() error {
	p := m.p
	for !p.eof {
		p.say("")
		p.say("What next? (help lists the commands)")
		line := p.line()
		if line == "" {
			break
		}
		if err := m.command(strings.Fields(line)); err != nil {
			return err
		}
	}
	return nil
}

// add walks the flow over a new activity from its description to its last
// risk, and saves the worksheet with it. The verdict step, shown even when
// the input has ended, puts the activity in the worksheet (newWalk).
func (m *plainMenu) add(w *plainWalk) error {
	p := m.p
	p.run(w, flow.Step{Kind: flow.Describe}, flow.End)
	m.sayKept(w)
	if err := m.save(); err != nil {
		return err
	}
	p.say("Added to %s (%s).", m.name(), plural(m.sh.Len(), "activity", "activities"))
	if w.a.Status == model.StatusDraft {
		p.say("The input ended before the suggested answers were confirmed: the activity is saved as a draft (status: draft).")
	}
	return nil
}

// save writes the worksheet to its file; a refusal (changed on disk, read
// only) ends the plain mode with nothing written.
func (m *plainMenu) save() error {
	if m.demo {
		return nil
	}
	if err := m.sh.Worksheet().Save("", model.SaveOptions{}); err != nil {
		return notSaved(err)
	}
	m.sh.MarkSaved()
	return nil
}

// name is what the worksheet is called in the prompts.
func (m *plainMenu) name() string {
	if m.demo {
		return "the case library"
	}
	return model.QuoteName(m.sh.Worksheet().Path())
}

// command runs one line of the menu.
func (m *plainMenu) command(args []string) error {
	p := m.p
	switch strings.ToLower(args[0]) {
	case "help", "h", "?":
		p.say(menuHelp, strings.Join(exportNames(), ", "))
	case "list", "l":
		m.list()
	case "add", "a", "n":
		w := m.newWalk(&model.Activity{}, true)
		if !p.askDescription(w) {
			return nil // the input ended before a title: nothing to add
		}
		return m.add(w)
	case "show", "s":
		if a := m.activityArg(args); a != nil {
			m.printAccount(a)
		}
	case "edit", "e":
		if a := m.activityArg(args); a != nil {
			m.edit(a)
			return m.save()
		}
	case "register", "r":
		if a := m.activityArg(args); a != nil {
			m.register(a)
			return m.save()
		}
	case "review", "v":
		return m.review()
	case "export", "x":
		m.export(args[1:])
	case "quit", "q":
		p.eof = true
	default:
		p.say("%q is not a command. Allowed: list, add, show N, edit N, register N, review, export FORMAT FILE, quit.", args[0])
	}
	return nil
}

// list prints the activities, numbered from 1 as the commands take them.
func (m *plainMenu) list() {
	n := m.sh.Len()
	if n == 0 {
		m.p.say("No activities yet: add makes one.")
		return
	}
	for i := 0; i < n; i++ {
		a := m.sh.At(i)
		r := m.sh.Rulebook().ClassifyOn(a, m.today)
		mark := ""
		if a.Status == model.StatusDraft {
			mark = " [draft]"
		}
		ref := ""
		if a.Source.Ref != "" {
			ref = " " + oneLine(a.Source.Ref)
		}
		m.p.say("%3d.%s %s%s — %s", i+1, ref, oneLine(a.Title), mark, report.VerdictLine(&r))
	}
}

// activityArg reads the number of an activity from a command's arguments,
// saying what was wrong when it cannot.
func (m *plainMenu) activityArg(args []string) *model.Activity {
	n := 0
	if len(args) > 1 {
		n, _ = strconv.Atoi(args[1])
	}
	if n < 1 || n > m.sh.Len() {
		m.p.say("Give the number of an activity, from 1 to %d (list shows them).", m.sh.Len())
		return nil
	}
	return m.sh.At(n - 1)
}

// edit asks the questions again for an activity, each with its answer kept
// by an empty line, then its verdict and its risks: the flow from the
// description on. Answering the questions of a draft confirms it; an input
// that ends before the last step keeps what was answered and says so, as
// the add path does.
func (m *plainMenu) edit(a *model.Activity) {
	p := m.p
	snap := m.sh.Snapshot(a)
	w := m.newWalk(a, true)
	w.editing = true
	p.say("Editing %q: an empty line keeps each answer.", oneLine(a.Title))
	ended := p.eof
	p.run(w, flow.Step{Kind: flow.Describe}, flow.End)
	if a.Status == model.StatusDraft && !p.eof {
		a.Status = model.StatusReviewed
	}
	m.sayKept(w)
	if p.eof && !ended {
		kept := "the answers given before it are kept"
		if a.Status == model.StatusDraft {
			kept += "; the activity stays a draft (status: draft)"
		}
		p.say("The input ended during the edit of %q: %s.", oneLine(a.Title), kept)
	}
	m.sh.Touch(a)
	m.sh.Edited(snap)
}

// sayKept says how many register entries a walk kept and how many the
// activity's register holds now: entries kept earlier stay in it.
func (m *plainMenu) sayKept(w *plainWalk) {
	held := len(w.a.Register)
	if w.kept == 0 && held == 0 {
		return
	}
	m.p.say("%s kept in the risk register. It now holds %s for %q.",
		plural(w.kept, "entry", "entries"), plural(held, "entry", "entries"), oneLine(w.a.Title))
}

// register asks the register steps of an activity alone: the flow from its
// verdict on.
func (m *plainMenu) register(a *model.Activity) {
	p := m.p
	w := m.newWalk(a, true)
	w.risks = p.walk.Risks(a)
	if len(w.risks) == 0 {
		p.say("No risk fires on %q: the register has nothing to ask.", oneLine(a.Title))
		return
	}
	p.run(w, flow.Step{Kind: flow.Verdict}, flow.End)
	m.sayKept(w)
}

// review goes through the drafts in the worksheet's order, each with its
// account, and asks what to do with it.
func (m *plainMenu) review() error {
	p := m.p
	var drafts []*model.Activity
	for i := 0; i < m.sh.Len(); i++ {
		if a := m.sh.At(i); a.Status == model.StatusDraft {
			drafts = append(drafts, a)
		}
	}
	if len(drafts) == 0 {
		p.say("No drafts to review.")
		return nil
	}
	var accepted, edited, skipped, discarded int
review:
	for i, a := range drafts {
		p.say("")
		p.say("Draft %d of %d:", i+1, len(drafts))
		m.printAccount(a)
		switch m.verdictOn() {
		case "accept":
			if !m.acceptFactless(a) {
				skipped++
				continue
			}
			snap := m.sh.Snapshot(a)
			a.Status = model.StatusReviewed
			m.sh.Touch(a)
			m.sh.Edited(snap)
			accepted++
		case "edit":
			m.edit(a)
			edited++
		case "discard":
			m.sh.Delete(m.sh.Index(a))
			discarded++
		case "skip":
			skipped++
		default:
			break review
		}
	}
	p.say("Review: accepted %d · edited %d · skipped %d · discarded %d; %s in the worksheet.",
		accepted, edited, skipped, discarded, plural(m.sh.Drafts(), "draft", "drafts"))
	return m.save()
}

// reviewAnswers are the answers to a draft, by their number and their
// first letter; "stop" ends the review.
var reviewAnswers = []string{"stop", "accept", "edit", "skip", "discard"}

// verdictOn asks what to do with a draft until the answer is one of
// reviewAnswers; an empty line or the end of the input stops.
func (m *plainMenu) verdictOn() string {
	p := m.p
	for tries := 0; tries < plainTries; tries++ {
		p.say("  1. accept  2. edit  3. skip  4. discard  0. stop the review")
		ans := strings.ToLower(p.line())
		if ans == "" {
			return "stop"
		}
		for i, v := range reviewAnswers {
			if ans == strconv.Itoa(i) || ans == v || ans == v[:1] {
				return v
			}
		}
		p.say("Please answer with a number from 0 to 4.")
	}
	return "stop"
}

// acceptFactless asks, for a draft of which no fact is known, whether to
// accept it so, as the review screen does; a draft with facts needs no asking.
func (m *plainMenu) acceptFactless(a *model.Activity) bool {
	var none model.Facts
	if !a.Facts.Equal(&none) {
		return true
	}
	return m.p.yesNo("No fact is known of this draft: accept it with every fact unknown? (yes or no; no skips it)")
}
