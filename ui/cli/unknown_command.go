package cli

import (
	"fmt"
	"strings"

	"github.com/pocssr/pocssr/model"
	"github.com/spf13/cobra"
)

// A word that names no command is refused by the root (worksheetArg) when
// it is run, but help is given before any argument is checked: `pocssr
// review --help` and `pocssr help review` printed the root's help, as if
// review were a command it describes. helpOfNoCommand is that refusal for a
// command line that asks for help: nil where the help is of a command, of
// the root alone, or of a worksheet the root would open.
func (t *commandTree) helpOfNoCommand(args []string) error {
	if len(args) > 0 && strings.HasPrefix(args[0], "__complete") {
		return nil // the shell's completion, which says nothing of commands
	}
	// cobra adds these only as it runs; Find reads -h before a command
	// as a flag that takes none only once it is there.
	t.root.InitDefaultHelpFlag()
	t.root.InitDefaultVersionFlag()
	t.root.InitDefaultHelpCmd()
	t.root.InitDefaultCompletionCmd(args...)
	cmd, rest, err := t.root.Find(args)
	if err != nil || cmd == nil {
		return nil
	}
	asked := false
	if cmd.Name() == "help" && cmd.Parent() == t.root {
		if cmd, rest, err = t.root.Find(rest); err != nil || cmd == nil {
			return nil
		}
		asked = true
	}
	if cmd != t.root {
		return nil
	}
	var words []string
	for i := 0; i < len(rest); i++ {
		a := rest[i]
		if a == "--" {
			words = append(words, rest[i+1:]...)
			break
		}
		if len(a) < 2 || a[0] != '-' {
			words = append(words, a)
			continue
		}
		name, valueNext, known := t.rootFlag(a)
		if name == "help" || name == "h" {
			asked = true
		}
		if known && valueNext {
			i++
		}
	}
	if !asked || len(words) == 0 {
		return nil
	}
	return worksheetArg(t.root, words[:1])
}

// execute runs the command line args: help of a word that names no command
// is refused (helpOfNoCommand), as the root refuses to run it.
func (t *commandTree) execute(args []string) error {
	if err := t.helpOfNoCommand(args); err != nil {
		return err
	}
	t.root.SetArgs(args)
	return t.root.Execute()
}

// nearestCommands are the commands cobra suggests for word (a prefix, a
// near spelling, a command's SuggestFor), else those fewest edits away: a
// mistyped command is always answered with one to try.
func nearestCommands(root *cobra.Command, word string) []string {
	if sugg := root.SuggestionsFor(word); len(sugg) > 0 {
		return sugg
	}
	best, near := -1, []string(nil)
	for _, c := range root.Commands() {
		if !c.IsAvailableCommand() || c.Name() == "help" {
			continue
		}
		d := model.EditDistance(strings.ToLower(word), c.Name())
		switch {
		case best < 0 || d < best:
			best, near = d, []string{c.Name()}
		case d == best:
			near = append(near, c.Name())
		}
	}
	return near
}

// didYouMean is what an unknown command's message adds: "; did you mean
// check?", or "" where pocssr has no command to offer.
func didYouMean(root *cobra.Command, word string) string {
	near := nearestCommands(root, word)
	if len(near) == 0 {
		return ""
	}
	return fmt.Sprintf("; did you mean %s?", strings.Join(near, " or "))
}
