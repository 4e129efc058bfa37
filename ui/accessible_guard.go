package ui

import (
	"errors"
	"fmt"
	"io/fs"
	"strconv"
	"strings"

	"github.com/pocssr/pocssr/ui/exit"
	"github.com/pocssr/pocssr/ui/framework"
	"github.com/pocssr/pocssr/ui/session"
)

// Three guards of the plain menu against a line taken for what it was not.
//
// An empty line ends the menu, and the same empty line skips a risk, keeps
// an answer or stops the review: one Enter too many ended a run whose new
// worksheet no file kept, and its work was gone without a word. While
// changes exist that no file keeps, the end is asked for twice (as q asks
// on the screen), and an input that ends first ends the run with exit 1
// and says what was lost.
//
// The first prompt asks a title, yet a script's first line is often a
// command ("i mandate.txt"): taken as a title, every line after it was an
// answer. A first line that is a whole command (readsAsCommand) is asked
// about at a terminal, and refused in piped input, naming the line.
//
// A script one answer out of step with a command's questions (their number
// follows the answers) sends its next commands as answers: in piped input
// each refused line is named by its number (refuse), and an input that
// ends inside the command after them takes the command back and ends the
// run with exit 2 (cutShort).

// unsaved says whether the run holds changes no file keeps: a new
// worksheet's, until save FILE names one. The case library is kept by no
// file either, but the demo says so first and offers no file to keep it.
func (m *plainMenu) unsaved() bool { return m.unnamed && m.sh.Dirty() }

// unsavedEnd is what an empty line or quit at the menu is told when the
// changes of the run would be lost.
const unsavedEnd = "Nothing of this is saved: save FILE keeps it, or an empty line (or quit) again ends without saving."

// endsMenu says whether a menu line asks to end: an empty one, or quit.
func endsMenu(line string) bool {
	switch strings.ToLower(strings.TrimSpace(line)) {
	case "", "quit", "q":
		return true
	}
	return false
}

// lostAtEnd is the error of an input that ended with changes no file keeps:
// said on standard error, with exit 1 (exit.Critical: work lost).
func (m *plainMenu) lostAtEnd() error {
	return &exit.Error{Code: exit.Critical, Err: fmt.Errorf(
		"pocssr: the input ended before the new worksheet was saved: its %s and the changes to it are lost (exit 1). End the input with save FILE to keep them, or with an empty line twice to end without saving",
		plural(m.sh.Len(), "activity", "activities"))}
}

// readsAsCommand says which command a line would be, as the menu reads it,
// when it is a whole use of it: a command alone, N an activity's number,
// FILE of import one that is there, FILE of save a worksheet's name, a
// format of export one it writes, NAME of mission one word. It returns ""
// for a line that only begins with a command's word ("List of patrols",
// "Mission support to elections"): that reads as a title.
func (m *plainMenu) readsAsCommand(line string) string {
	name, rest, _ := strings.Cut(strings.TrimSpace(line), " ")
	rest = strings.TrimSpace(rest)
	args := strings.Fields(rest)
	switch strings.ToLower(name) {
	case "help", "h", "?", "list", "l", "add", "a", "n", "review", "v", "findings", "p", "portfolio",
		"left", "undo", "u", "redo", "o", "quit", "q":
		if rest == "" {
			return commandName(name)
		}
	case "framework", "f":
		if framework.SectionOf(rest) >= 0 {
			return "framework SECTION"
		}
		if rest == "" {
			return commandName(name)
		}
	case "mission", "m":
		if len(args) <= 1 {
			return "mission NAME"
		}
	case "show", "s", "edit", "e", "register", "r", "delete", "d":
		if w := strings.ToLower(name); w == "register" || w == "r" {
			if rest == "" {
				return "register"
			}
			if by, order, _ := strings.Cut(rest, " "); strings.EqualFold(by, orderWord) {
				if _, ok := session.ParseRegisterOrder(order); ok {
					return "register " + orderWord + " ORDER"
				}
			}
		}
		if n, err := strconv.Atoi(rest); err == nil && len(args) == 1 && n >= 1 && n <= m.sh.Len() {
			return strings.ToLower(name) + " N"
		}
	case "import", "i":
		if path := expandHome(unquotePath(rest)); path != "" {
			if fi, err := disk.stat(path); err == nil && !fi.IsDir() {
				return "import FILE"
			}
		}
	case "save":
		if ext := strings.ToLower(rest); m.unnamed && (strings.HasSuffix(ext, ".yaml") || strings.HasSuffix(ext, ".yml")) {
			return "save FILE"
		}
	case "export", "x":
		if format, file, _ := strings.Cut(rest, " "); strings.TrimSpace(file) != "" {
			if _, err := parseExportFormat(format); err == nil {
				return "export FORMAT FILE"
			}
		}
	}
	return ""
}

// commandName is the whole name of the command word names, as the menu's
// help lists them: a question about "l" names the command list, which a
// listener knows, not the letter again. (A switch, not a map: nothing is
// built as the program starts.)
func commandName(word string) string {
	switch word = strings.ToLower(word); word {
	case "h", "?":
		return "help"
	case "l":
		return "list"
	case "a", "n":
		return "add"
	case "v":
		return "review"
	case "p", "portfolio":
		return "findings"
	case "f":
		return "framework"
	case "u":
		return "undo"
	case "o":
		return "redo"
	case "q":
		return "quit"
	}
	return word
}

// titleOrCommand decides what the first line, given as a title, is when it
// reads as a command: at a terminal the planner is asked (yes runs it and
// opens the menu), in piped input the run ends with exit 2 naming the line,
// as bad input does, before anything is written. It reports whether the
// line is to run as a command.
func (m *plainMenu) titleOrCommand(line string) (bool, error) {
	cmd := m.readsAsCommand(line)
	if cmd == "" {
		return false, nil
	}
	said := "“" + oneLine(line) + "”"
	if m.p.piped {
		return false, exit.WithInvalid(fmt.Errorf(
			"pocssr: stdin:%d: %s reads both as the activity's title and as the command %s; to give commands, start the input with an empty line (the menu); to give it as a title, start with an empty line, then add, then the title",
			m.p.lines, said, cmd))
	}
	return m.p.yesNo(said + " reads as the command " + cmd + ". Run it as that command? (yes runs it and opens the menu; no takes it as the activity's title)"), nil
}

// refuse says why a line is no answer to a prompt and asks for another. In
// piped input nobody reads the refusal in time, and a script one answer out
// of step sends its next commands as answers: the line is named by its
// number, as bad input is ("stdin:23: “export html b2.html” is no answer to
// question 10 (0-3)."), and counted (cutShort).
func (p *plainQuestionnaire) refuse(text, to, why string) {
	if !p.piped {
		p.say("%s", why)
		return
	}
	p.refused = append(p.refused, p.lines)
	if p.eof {
		// The refused line was the last: the prompt is left unanswered.
		p.starved++
	}
	p.say("stdin:%d: “%s” is no answer to %s. %s", p.lines, oneLine(text), to, why)
}

// giveUp ends the reading of piped input at a prompt that refused every
// try: five lines in a row that are no answer say the input is out of step
// with the questions, and each line read after them would be taken for an
// answer to a question it was not meant for. At a terminal the prompt goes
// on to the next question, as the person sees the refusals.
func (p *plainQuestionnaire) giveUp() {
	if !p.piped || p.eof {
		return
	}
	p.eof, p.stopped = true, true
	p.starved++
	p.say("%d lines in a row were no answer here: the input is out of step with the questions, and no more of it is read.", plainTries)
}

// inputMark is where a command began: how many lines had been refused,
// how many reads had found the input ended, how many changes could be
// undone, and whether the worksheet's file was there yet (its first change
// creates it).
type inputMark struct {
	refused, starved, undo int
	filed                  bool
	// command names the command begun, as the message of one taken back
	// names it: its line and where it was read.
	command string
}

func (m *plainMenu) mark() inputMark {
	filed := m.demo || m.unnamed
	if !filed {
		_, err := disk.stat(m.sh.Worksheet().Path())
		filed = err == nil
	}
	return inputMark{len(m.p.refused), m.p.starved, m.sh.Undoable(), filed, ""}
}

// outOfStep says whether the command running was cut short by an input out
// of step with its prompts: lines were refused in it, then a read found
// the input ended. The command then neither saves nor says it is done;
// cutShort takes it back.
func (m *plainMenu) outOfStep() bool {
	return len(m.p.refused) > m.since.refused && m.p.starved > m.since.starved
}

// cutShort is the error of a piped input that ended inside a command's
// prompts after lines of it were refused there (outOfStep): the script was
// out of step with the questions (their number follows the answers), so
// the lines it meant as commands went as answers and were never run, and
// the answers before them may have gone to other questions than meant.
// What the command changed is taken back whole, as undo would, and the
// worksheet's file left as it was before it; the run ends with exit 2, as
// bad input does, naming the lines. nil when the command ended as the
// input asked.
func (m *plainMenu) cutShort() error {
	if !m.outOfStep() {
		return nil
	}
	lines := m.p.refused[m.since.refused:]
	named := make([]string, len(lines))
	for i, n := range lines {
		named[i] = "stdin:" + strconv.Itoa(n)
	}
	// The command is taken back whole, whether it had changed anything
	// yet or not, and said so: its output stops where the reading did.
	back := ". The command it was in"
	if m.since.command != "" {
		back += ", " + m.since.command + ","
	}
	back += " is taken back whole: "
	if m.sh.Undoable() > m.since.undo {
		for m.sh.Undoable() > m.since.undo {
			if m.sh.Undo() == "" {
				break
			}
		}
		back += "what it changed is taken back"
		if err := m.restoreFile(); err != nil {
			return err
		}
	} else {
		back += "it had changed nothing yet"
	}
	switch {
	case m.demo || m.unnamed:
	case !m.since.filed:
		back += ", and " + m.name() + ", which it would have created, is not there"
	default:
		back += ", and " + m.name() + " is as it was before it"
	}
	lost := ""
	if m.unsaved() {
		lost = "; the new worksheet no file keeps is lost with its changes"
	}
	ended := "the input ended inside the questions"
	if m.p.stopped {
		ended = "the questions stopped reading the input"
	}
	return exit.WithInvalid(fmt.Errorf(
		"pocssr: %s after %s refused as answers (%s): the input did not follow the questions asked, so what it asked after them was not done%s (exit 2)%s. The number of questions depends on the answers before them: give each line its prompt, or run the script at a terminal first",
		ended, plural(len(lines), "line was", "lines were"), strings.Join(named, ", "), back, lost))
}

// restoreFile leaves the worksheet's file as it was before the command
// cutShort took back: saved again where the command had saved it (the
// review saves as it goes), removed where the command created it.
func (m *plainMenu) restoreFile() error {
	switch {
	case m.demo || m.unnamed || !m.sh.Dirty():
		return nil
	case !m.since.filed:
		if err := disk.remove(m.sh.Worksheet().Path()); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return notSaved(err)
		}
		return nil
	}
	return m.save()
}
