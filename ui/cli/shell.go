package cli

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/charmbracelet/x/term"
	"github.com/spf13/cobra"
)

// worksheetExts are the endings of a worksheet file's name.
var worksheetExts = []string{".yaml", ".yml", ".json"}

// completeWorksheets completes `pocssr <TAB>`: the worksheet files and the
// folders under what is typed, beside the command names cobra adds. The
// files are listed here rather than left to the shell, because a shell told
// to complete files would drop the command names.
func completeWorksheets(cmd *cobra.Command, args []string, toComplete string) ([]string, cobra.ShellCompDirective) {
	if len(args) > 0 {
		return nil, cobra.ShellCompDirectiveNoFileComp
	}
	dir, prefix := filepath.Split(toComplete)
	entries, err := os.ReadDir(cmp(dir, "."))
	if err != nil {
		return nil, cobra.ShellCompDirectiveNoFileComp
	}
	var out []string
	directive := cobra.ShellCompDirectiveNoFileComp
	for _, e := range entries {
		name := e.Name()
		if !strings.HasPrefix(name, prefix) || strings.HasPrefix(name, ".") && !strings.HasPrefix(prefix, ".") {
			continue
		}
		isDir := e.IsDir()
		if e.Type()&os.ModeSymlink != 0 {
			if st, err := os.Stat(filepath.Join(cmp(dir, "."), name)); err == nil {
				isDir = st.IsDir()
			}
		}
		switch {
		case isDir:
			out = append(out, dir+name+string(filepath.Separator))
			directive |= cobra.ShellCompDirectiveNoSpace // a folder is a step on the way
		case hasWorksheetExt(name):
			out = append(out, dir+name)
		}
	}
	return out, directive
}

func hasWorksheetExt(name string) bool {
	ext := strings.ToLower(filepath.Ext(name))
	for _, w := range worksheetExts {
		if ext == w {
			return true
		}
	}
	return false
}

// cmp is a, or b when a is empty.
func cmp(a, b string) string {
	if a == "" {
		return b
	}
	return a
}

// newManCmd writes pocssr's manual pages, generated from the commands' own
// help so that they never disagree with it.
func newManCmd(root *cobra.Command) subcommand {
	var dir string
	cmd := &cobra.Command{
		Use:   "man",
		Short: "Write the manual pages (pocssr(1) and one per command)",
		Long: `Write the manual pages, made from the commands' help: with --dir, one page per
command (pocssr.1, pocssr-classify.1, …) into that folder, ready for a man path;
without it, pocssr(1) to standard output:

  pocssr man | man -l -
  pocssr man --dir ~/.local/share/man/man1`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			header, err := newManHeader(root.Version)
			if err != nil {
				return err
			}
			if dir == "" {
				_, err := cmd.OutOrStdout().Write(manPage(root, header))
				return err
			}
			return writeManTree(root, header, dir)
		},
	}
	return subcommand{cmd, func() {
		cmd.Flags().StringVarP(&dir, "dir", "d", "", "write every page into `FOLDER` instead of pocssr(1) to standard output")
		cmd.MarkFlagDirname("dir")
	}}
}

// stdinHint says, on standard error, that the program waits for input typed
// at the terminal, and how to end it; from a pipe or a file nothing is said.
// what names what is read ("a worksheet", "a mandate").
func (e *Env) stdinHint(what string) {
	if e.Quiet || !e.stdinIsTerminal() {
		return
	}
	end := "ctrl+d"
	if filepath.Separator == '\\' {
		end = "ctrl+z then enter"
	}
	fmt.Fprintf(e.Stderr, "pocssr: reading %s from standard input, typed here; end it with %s (or give a file name instead of -)\n", what, end)
}

// stdinIsTerminal reports whether standard input is a terminal.
func (e *Env) stdinIsTerminal() bool {
	if e.StdinIsTerminal != nil {
		return e.StdinIsTerminal()
	}
	f, ok := e.Stdin.(*os.File)
	return ok && term.IsTerminal(f.Fd())
}

// note writes a note for the person at the terminal to standard error, unless
// --quiet.
func (e *Env) note(format string, a ...any) {
	if e.Quiet {
		return
	}
	fmt.Fprintf(e.Stderr, format+"\n", a...)
}

// stdinOrHint returns standard input, having said what is read from it when
// it is a terminal.
func (e *Env) stdinOrHint(what string) io.Reader {
	e.stdinHint(what)
	return e.Stdin
}
