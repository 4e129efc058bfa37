package ui

import (
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

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
// its title, description, answers and register through the same flow as
// the questionnaire, deletes one, imports a mandate and restores what it
// left out (accessible_import.go), reviews the drafts, undoes and redoes,
// and exports a briefing. Every change is saved at once, with the checks
// of ctrl+s, and said in one line; each command is one step for undo.

// plainMenu is the worksheet's menu in the plain mode.
type plainMenu struct {
	p      *plainQuestionnaire
	sh     *session.Sheet
	stdout io.Writer
	today  model.Date
	// demo: the worksheet is the case library, which no file keeps; the
	// menu's changes stay in memory, as they do in a new worksheet no file
	// was named for (unnamed).
	demo, unnamed bool
	// created is the whole path of the worksheet file when it does not
	// exist yet: the first change creates it.
	created string
	// left is what the imports of the run left out, one list a document
	// in the order imported, for left and restore: they are kept with no
	// file, as the review's lists are not.
	left []plainLeftOut
	// since is where the command running began (accessible_guard.go).
	since inputMark
}

// menuHelp is what the menu offers, one command a line, each with its
// letter; N is always an activity's number in list, never its paragraph.
const menuHelp = `Commands (one a line, whole or by the letter after the comma; an empty line or quit ends, asked twice while changes no file keeps would be lost):
  list, l              the activities, each by its number (N below), then the paragraph of the mandate it comes from, drafts marked (those asked of others marked so: review takes them last)
  add, a               a new activity: the questionnaire, then its risks
  show N, s N          the full account of activity N (its number in list, not its paragraph), its facts first
  edit N, e N          activity N's title, description and answers, then its risks (N: its number in list)
  register, r          every activity's risks and register entries, stale ones too, as the register screen lists them
  register by ORDER    the same rows sorted as o sorts the register screen: by severity, by due date (no date last) or by status (open first, overdue first)
  register N, r N      what is being done about each risk of activity N (its number in list); remove takes an entry out; then its next HRDDP review
  register N hrddp DATE   sets the next HRDDP review of activity N (YYYY-MM-DD; - clears it)
  delete N, d N        takes activity N out, after asking (N: its number in list; undo puts it back)
  review, v            the drafts one by one: accept, edit, skip, discard or undo
  mission, m           the mission and the mandate the worksheet is for (mission NAME sets the mission at once)
  findings, p          the portfolio findings: tensions across the whole worksheet, and the activities that raise them
  framework, f         the framework, as its screen has it: kinds, readings, risks, recommendations (framework risks, or framework 3, gives one section)
  import FILE, i FILE  a mandate's tasks as drafts, into this worksheet
  left                 the paragraphs the imports of this run left out, and why, a list for each mandate
  restore REF          brings paragraph REF (as left names it) back from those left out, as a draft; where the worksheet holds several mandates, restore 2012:8 brings back paragraph 8 of 2012 (8 alone does where one list has a paragraph 8)
  undo, u; redo, o     takes back the last change made in this run, or makes again the last one undo took back
  export FORMAT FILE, x FORMAT FILE   a briefing: %s
  save FILE            keeps a new worksheet no file was named for in FILE (a worksheet file is saved at each change)
  help, h              this list of commands
  quit, q              ends the run (an empty line too); asked again while changes no file keeps would be lost`

// menuCommands is what a line that is no command is told.
const menuCommands = "list, add, show N, edit N, register, register by ORDER, register N, delete N, review, mission, findings, framework, import FILE, left, restore REF, undo, redo, export FORMAT FILE, save FILE, help, quit"

func noAnswers() error {
	return &exit.Error{Code: exit.Invalid, Err: errors.New("pocssr: no answers were given")}
}

// newWalk starts a walk of the flow over a; keep says whether its answers
// are kept (in the worksheet, with its register steps).
func (m *plainMenu) newWalk(a *model.Activity, keep bool) *plainWalk {
	w := &plainWalk{a: a, suggested: map[model.Fact]heldValue{}}
	w.verdict = func(a *model.Activity) {
		if m.outOfStep() {
			// The command is taken back (cutShort): no verdict reads as
			// if it were done, and nothing is added.
			return
		}
		m.p.settle(w)
		// Finishing the questions of a draft accepts it: its verdict says
		// so, not the draft it was. An activity its words made a draft in
		// this walk is reviewed once none of their answers waits to be
		// confirmed, as the questionnaire settles it.
		if len(w.suggested) == 0 && (w.accepts && !m.p.eof || w.fromWords && w.answered) {
			// Made reviewed, it keeps none of the answers only its words
			// suggest on questions not asked, as the questionnaire keeps
			// none (session.Sheet.DropUnasked): the account below states
			// no such answer, and the edit's close names them.
			w.dropped = m.sh.DropUnasked(a, m.p.readFacts(a))
			a.Status = model.StatusReviewed
		}
		if a.ID == "" {
			a.ID = m.sh.UniqueID(a.Title)
		}
		if m.sh.Index(a) >= 0 {
			// An activity of the worksheet edited in this walk: its
			// verdict is made again from the answers given, so that the
			// account states what they make of it, not the verdict
			// from before the edit.
			m.sh.Touch(a)
		}
		m.printAccount(a)
		if keep && m.sh.Index(a) < 0 {
			m.sh.Add(m.sh.Len(), a)
		}
	}
	if keep {
		w.reg = m.sh
		w.confirmed = func(f model.Fact) { m.sh.Confirm(a, f) }
	}
	return w
}

// printAccount writes an activity's full account to stdout: its facts,
// both placements, its risks with their place in the register.
func (m *plainMenu) printAccount(a *model.Activity) {
	// The sheet's result, as the screens' account has it: a draft's risk
	// that fires only on answers its words suggested is marked "~".
	r := *m.sh.Result(a)
	acc := report.NewAccount(m.sh.Rulebook(), a, &r)
	m.p.factsAsAsked(acc, a)
	var b strings.Builder
	report.WriteAccountText(&b, acc, &r, 80)
	io.WriteString(m.stdout, b.String())
}

// run adds a new activity first, as the plain prompts always have, unless
// the title is left empty; then the menu, until quit or the end of the input.
// A worksheet no file holds yet is said to be new first.
func (m *plainMenu) run() error {
	p := m.p
	p.say("%s", plainIntro)
	switch {
	case m.unnamed:
		p.say("No worksheet file was named: this is a new worksheet, kept in this run only until save FILE keeps it in a file (export writes a briefing of it).")
	case m.created != "":
		p.say("%s is a new worksheet: the first change creates %s.", m.name(), model.QuoteName(m.created))
	}
	w := m.newWalk(&model.Activity{}, true)
	w.emptyTitle = "opens the menu of " + m.name() + " instead"
	mark := m.sh.Undoable()
	p.say("Title of the activity (an empty line %s):", w.emptyTitle)
	title := p.line()
	asCommand, err := m.titleOrCommand(title)
	m.since = m.mark()
	m.since.command = m.commandRead(title)
	if !asCommand {
		m.since.command = "the add of " + m.since.command
	}
	switch {
	case err != nil:
		return err
	case asCommand:
		if err := m.command(title); err != nil {
			return err
		}
	case title == "" && p.eof:
		return noAnswers()
	case p.describe(w, title):
		if err := m.add(w, mark); err != nil {
			return err
		}
	}
	if err := m.cutShort(); err != nil {
		return err
	}
	return m.menu()
}

// commandRead names the line a command was read from, as a refused line is
// named: its words and its place in the input.
func (m *plainMenu) commandRead(line string) string {
	return fmt.Sprintf("“%s” (stdin:%d)", oneLine(line), m.p.lines)
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
	p.say("%s", report.SummaryLineTitled(m.sh.Rulebook(), s))
	p.say("list numbers the cases, show N gives one's account, help lists every command.")
	p.say("Changes stay in this run: the case library is no file, and nothing is saved (export writes a briefing).")
	return m.menu()
}

// demoLeadingEmpty is what a piped demo says of an empty first line.
const demoLeadingEmpty = "An empty first line opens the menu, as in pocssr --accessible; the demo opens at the menu already, so it goes on."

// leadingEmpty says whether line is the empty first line of a piped demo:
// a script starts with one to reach the menu of pocssr --accessible (whose
// first prompt asks a title), and the same script given to the demo, which
// opens at the menu, ended on it before its first command. At a terminal
// the menu's prompt, which says an empty line ends, is taken at its word.
func (m *plainMenu) leadingEmpty(line string) bool {
	return m.demo && m.p.piped && line == "" && m.p.lines == 1 && !m.p.eof
}

// menu reads commands until quit, an empty line or the end of the input.
// While changes exist that no file keeps, the end is asked for twice, and
// an input that ends first ends the run with an error (accessible_guard.go).
func (m *plainMenu) menu() error {
	p := m.p
	warned := false
menu:
	for !p.eof {
		if !warned {
			p.say("")
			p.say("What next? (help lists the commands; an empty line ends)")
		}
		line := p.line()
		switch {
		case m.leadingEmpty(line):
			p.say("%s", demoLeadingEmpty)
			continue
		case endsMenu(line) && p.eof && line == "":
			break menu
		case endsMenu(line) && m.unsaved() && !warned:
			p.say("%s", unsavedEnd)
			warned = true
			continue
		case endsMenu(line):
			return nil
		}
		warned = false
		m.since = m.mark()
		m.since.command = m.commandRead(line)
		if err := m.command(line); err != nil {
			return err
		}
		if err := m.cutShort(); err != nil {
			return err
		}
	}
	if m.unsaved() {
		return m.lostAtEnd()
	}
	return nil
}

// add walks the flow over a new activity from its description to its last
// risk, and saves the worksheet with it. The verdict step, shown even when
// the input has ended, puts the activity in the worksheet (newWalk); what
// the walk did since mark is one step for undo.
func (m *plainMenu) add(w *plainWalk, mark int) error {
	p := m.p
	p.run(w, flow.Step{Kind: flow.Describe}, flow.End)
	title := quoted(w.a)
	m.sh.JoinUndo(mark, "add of "+title)
	if m.outOfStep() {
		return nil // taken back, not saved, nor its register said (cutShort)
	}
	m.sayKept(w)
	if err := m.save(); err != nil {
		return err
	}
	p.say("Added %s to %s (%s)%s.", title, m.name(), plural(m.sh.Len(), "activity", "activities"), m.undoHint("; undo takes it out"))
	if w.a.Status == model.StatusDraft {
		p.say("The input ended before the suggested answers were confirmed: the activity is saved as a draft (status: draft).")
	}
	return nil
}

// quoted is an activity's title on one line, in quotation marks.
func quoted(a *model.Activity) string { return "“" + oneLine(a.Title) + "”" }

// save writes the worksheet to its file; a refusal (changed on disk, read
// only) ends the plain mode with nothing written.
func (m *plainMenu) save() error {
	if m.demo || m.unnamed {
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
	switch {
	case m.demo:
		return "the case library"
	case m.unnamed:
		return "the new worksheet"
	}
	return model.QuoteName(m.sh.Worksheet().Path())
}

// command runs one line of the menu: its first word names the command, the
// rest is its argument (a file name whole, spaces and all).
func (m *plainMenu) command(line string) error {
	p := m.p
	name, rest, _ := strings.Cut(strings.TrimSpace(line), " ")
	args := strings.Fields(line)
	switch strings.ToLower(name) {
	case "help", "h", "?":
		p.say(menuHelp, strings.Join(exportNames(), ", "))
	case "list", "l":
		m.list()
	case "add", "a", "n":
		w := m.newWalk(&model.Activity{}, true)
		w.emptyTitle = "adds nothing"
		mark := m.sh.Undoable()
		if !p.askDescription(w) {
			if !p.eof {
				p.say("Nothing added: the title was left empty.")
			}
			return nil
		}
		return m.add(w, mark)
	case "show", "s":
		if a := m.activityArg(args); a != nil {
			m.printAccount(a)
			// What the words read nothing of, as the review says it, with
			// the command that asks it of this activity.
			n, _ := strconv.Atoi(args[1])
			m.saySuggested(a, fmt.Sprintf("edit %d", n))
		}
	case "edit", "e":
		if a := m.activityArg(args); a != nil {
			if m.edit(a, false); m.outOfStep() {
				return nil // taken back, not saved (cutShort)
			}
			return m.save()
		}
	case "register", "r":
		if len(args) == 1 {
			m.wholeRegister(session.BySeverity, false)
			return nil
		}
		if strings.EqualFold(args[1], orderWord) {
			by, ok := session.ParseRegisterOrder(strings.Join(args[2:], " "))
			if !ok {
				given := "Give an order after " + orderWord
				if len(args) > 2 {
					given = fmt.Sprintf("%q is no order of the register", strings.Join(args[2:], " "))
				}
				p.say("%s; it sorts as o sorts the register screen: %s.", given, orderChoices())
				return nil
			}
			m.wholeRegister(by, true)
			return nil
		}
		if a := m.activityArg(args); a != nil {
			if len(args) > 2 && strings.EqualFold(args[2], hrddpWord) {
				return m.setHRDDPReview(a, args[3:])
			}
			return m.register(a)
		}
	case "delete", "d":
		if a := m.activityArg(args); a != nil {
			return m.delete(a)
		}
	case "review", "v":
		return m.review()
	case "mission", "m":
		return m.mission(rest)
	case "findings", "p", "portfolio":
		m.findings()
	case "framework", "f":
		m.framework(rest)
	case "save":
		return m.saveAs(rest)
	case "import", "i":
		return m.importMandate(rest)
	case "left":
		m.listLeftOut(true)
	case "restore":
		return m.restore(rest)
	case "undo", "u":
		return m.undo()
	case "redo", "o":
		return m.redo()
	case "export", "x":
		m.export(rest)
	case "quit", "q":
		p.eof = true
	default:
		p.say("%q is not a command. Allowed: %s.", name, menuCommands)
	}
	return nil
}

// list prints the activities, numbered from 1 as the commands take them,
// to standard output, as show prints an account: a result, not a prompt.
func (m *plainMenu) list() {
	n := m.sh.Len()
	if n == 0 {
		m.p.say("No activities yet: add makes one.")
		return
	}
	// A draft asked of others than the mission is marked so, in the
	// rulebook's words for them: the review takes those last.
	h := othersHeading(m.sh.Rulebook())
	r, size := utf8.DecodeRuneInString(h)
	others := string(unicode.ToLower(r)) + h[size:]
	last := 0
	for i := 0; i < n; i++ {
		a := m.sh.At(i)
		// The sheet's result, as the worksheet's list: a draft's tier or
		// agenda that rests on suggested answers is marked "~" here too.
		r := m.sh.Result(a)
		mark := ""
		switch {
		case a.Status == model.StatusDraft && m.sh.Verdict(a).Others:
			mark = " [draft, " + others + "]"
			last++
		case a.Status == model.StatusDraft:
			mark = " [draft]"
		}
		fmt.Fprintf(m.stdout, "%3d.%s %s%s — %s\n", i+1, m.p.paragraphOf(a, ":"), oneLine(a.Title), mark, report.VerdictLine(r))
	}
	if last > 0 {
		m.p.say("review takes the drafts %s last (%d of %d).", others, last, m.sh.Drafts())
	}
}

// undoHint is how to take back what a command just did, said only while
// the input goes on: after its end, undo could never be asked, and the next
// run's undo does not reach back into this one.
func (m *plainMenu) undoHint(hint string) string {
	if m.p.ended() {
		return ""
	}
	return hint
}

// activityArg reads the number of an activity from a command's arguments,
// saying what was wrong when it cannot.
func (m *plainMenu) activityArg(args []string) *model.Activity {
	n := 0
	if len(args) > 1 {
		n, _ = strconv.Atoi(args[1])
	}
	if n < 1 || n > m.sh.Len() {
		m.p.say("Give the number of an activity, from 1 to %d (its number in list, not its paragraph).", m.sh.Len())
		return nil
	}
	return m.sh.At(n - 1)
}
