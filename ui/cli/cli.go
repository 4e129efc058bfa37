// Package cli is pocssr's command line: the batch commands that classify, check
// and report on worksheet files, and the commands that print the framework.
// It wires the classify and model packages to flags and files; it holds no
// domain logic.
package cli

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/report"
	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui"
	"github.com/pocssr/pocssr/ui/exit"
	"github.com/spf13/cobra"
)

// Exit codes, as package exit defines them.
const (
	ExitOK       = exit.OK
	ExitCritical = exit.Critical
	ExitInvalid  = exit.Invalid
)

// ExitError carries an exit code up to main.
type ExitError = exit.Error

// invalid marks an error as bad input: exit 2.
func invalid(err error) error { return exit.WithInvalid(err) }

// Env is what the commands share: the streams, the rulebook chosen by --rules,
// and the interactive program that `pocssr` alone starts.
type Env struct {
	Stdin          io.Reader
	Stdout, Stderr io.Writer
	RulesPath      string
	// App runs the interactive program; nil is ui.Run. Tests put a stand-in.
	App func(env ui.Env, opts AppOptions) error
	// Quiet (--quiet) keeps notes off standard error: results and errors only.
	Quiet bool
	// StdinIsTerminal says whether standard input is a terminal; nil asks
	// the system. Tests put a stand-in.
	StdinIsTerminal func() bool
	rb              *classify.Rulebook
	config          *Config
	// terminal and terminalErr are standard output and error as given, for
	// the interactive program, when Main has put checked writers in Stdout
	// and Stderr.
	terminal, terminalErr io.Writer
}

// AppOptions say how to start the interactive program.
type AppOptions = ui.Options

// Rulebook returns the rulebook in force: --rules FILE, else the built-in one.
func (e *Env) Rulebook() (*classify.Rulebook, error) {
	if e.rb != nil {
		return e.rb, nil
	}
	if e.RulesPath == "" {
		e.rb = classify.Default()
		return e.rb, nil
	}
	rb, err := classify.Load(e.RulesPath)
	if err != nil {
		return nil, invalid(err)
	}
	e.rb = rb
	return rb, nil
}

// openStream checks one worksheet argument ("-" is standard input) and streams
// its activities.
func (e *Env) openStream(rb *classify.Rulebook, arg string) (*model.Stream, error) {
	return e.openStreamChecking(rb, arg, false)
}

// openStreamChecking is openStream; with onFirstPass, a JSON file's text is
// checked on the report's first pass instead (model.OpenStreamUnchecked).
func (e *Env) openStreamChecking(rb *classify.Rulebook, arg string, onFirstPass bool) (*model.Stream, error) {
	name := arg
	var r io.Reader = e.Stdin
	if arg == "-" {
		name = "<stdin>"
		r = e.stdinOrHint("a worksheet")
	} else {
		f, err := os.Open(arg)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		if st, err := f.Stat(); err == nil {
			if st.IsDir() {
				return nil, &model.InputError{Problems: []model.Problem{{File: arg, Msg: "is a folder, not a worksheet file"}}}
			}
			if st.Size() > model.MaxFileSize {
				return nil, model.TooLarge(arg, st.Size())
			}
		}
		r = f
	}
	data, err := model.ReadAll(name, r)
	if err != nil {
		return nil, err
	}
	if onFirstPass {
		return model.OpenStreamUnchecked(name, data, rb.Vocabulary())
	}
	return model.OpenStream(name, data, rb.Vocabulary())
}

// Report prints an error the way pocssr reports them and returns the exit code.
func Report(stderr io.Writer, err error) int { return exit.Report(stderr, err) }

// worksheetArg checks what `pocssr` alone is given: at most one worksheet, an
// existing file or a new name ending in .yaml, .yml or .json, so that a
// mistyped command ("pocssr chek") is reported, not opened as a new worksheet.
func worksheetArg(cmd *cobra.Command, args []string) error {
	if len(args) == 0 {
		return nil
	}
	if len(args) == 1 {
		if err := notAWorksheet(args[0]); err != nil {
			return err
		}
	}
	if _, err := os.Stat(args[0]); err != nil {
		switch strings.ToLower(filepath.Ext(args[0])) {
		case ".yaml", ".yml", ".json":
		default:
			msg := fmt.Sprintf("unknown command %q", args[0]) + didYouMean(cmd.Root(), args[0])
			return invalid(fmt.Errorf("%s\nTo start a new worksheet, give a file name ending in .yaml or .json. See 'pocssr --help'", msg))
		}
	}
	if len(args) > 1 {
		return invalid(fmt.Errorf("pocssr opens one worksheet at a time; %d files were given (see 'pocssr --help')", len(args)))
	}
	return nil
}

// NewRoot builds the command tree, every command with its flags; `pocssr`
// alone runs env.App (the terminal UI, ui.Run, unless a test puts a
// stand-in).
func NewRoot(env *Env, version string) *cobra.Command {
	t := newCommandTree(env, version)
	t.registerFlags()
	return t.root
}

// A subcommand is one of pocssr's commands under the root, and the
// registration of its flags, which the tree may hold back (commandTree).
type subcommand struct {
	cmd *cobra.Command
	// flags registers the command's flags and their completions; nil when
	// it has none.
	flags func()
}

// A commandTree is pocssr's commands, built as far as what runs needs:
// `pocssr` alone and --version need no subcommand, --help their names and
// lines, and every other command line the whole tree. At every start,
// building every subcommand and registering its flags was about a seventh of
// the instructions of `pocssr --version` (docs/benchmarks.md, "Start-up").
type commandTree struct {
	root *cobra.Command
	// subcommands builds the subcommands, their flags held back; nil once
	// they are under the root.
	subcommands func() []subcommand
	// flags are the subcommands' flag registrations held back, in order.
	flags []func()
}

// addSubcommands puts the subcommands under the root, their flags held
// back.
func (t *commandTree) addSubcommands() {
	if t.subcommands == nil {
		return
	}
	for _, s := range t.subcommands() {
		t.root.AddCommand(s.cmd)
		if s.flags != nil {
			t.flags = append(t.flags, s.flags)
		}
	}
	t.subcommands = nil
}

// registerFlags builds the whole tree: the subcommands, their flags, and a
// completion of its values for every --format.
func (t *commandTree) registerFlags() {
	t.addSubcommands()
	for _, f := range t.flags {
		f()
	}
	t.flags = nil
	completeFormats(t.root)
}

// buildFor builds as much of the tree as args need. A word that is not a
// flag of the root or its value (a command, cobra's help, completion and
// __complete, a worksheet, a mistyped command) needs the whole tree, for
// cobra to find what runs in. Flags alone run the root: its help lists the
// subcommands by name and line, which need none of their flags, and
// --version and the program need no subcommand at all.
func (t *commandTree) buildFor(args []string) {
	for i := 0; i < len(args); i++ {
		if len(args[i]) < 2 || args[i][0] != '-' || args[i] == "--" {
			t.registerFlags()
			return
		}
		if _, valueNext, _ := t.rootFlag(args[i]); valueNext {
			i++
		}
	}
	// The root runs, and cobra gives it -h and -v as it runs it.
	t.root.InitDefaultHelpFlag()
	t.root.InitDefaultVersionFlag()
	for i := 0; i < len(args); i++ {
		name, valueNext, known := t.rootFlag(args[i])
		if !known || name == "help" {
			// Help, or what the root does not know as one flag (-qh), which
			// may be help.
			t.addSubcommands()
			return
		}
		if valueNext {
			i++
		}
	}
}

// rootFlag reads arg (--name, --name=value, -n) as a flag of the root, its
// own or persistent: its name, and whether its value is the next argument.
// known is false when the root has no such flag.
func (t *commandTree) rootFlag(arg string) (name string, valueNext, known bool) {
	name, _, hasValue := strings.Cut(strings.TrimLeft(arg, "-"), "=")
	own, persistent := t.root.Flags(), t.root.PersistentFlags()
	f := own.Lookup(name)
	if f == nil {
		f = persistent.Lookup(name)
	}
	if arg[1] != '-' {
		if len(name) != 1 {
			return name, false, false
		}
		if f = own.ShorthandLookup(name); f == nil {
			f = persistent.ShorthandLookup(name)
		}
	}
	if f == nil {
		return name, false, false
	}
	return f.Name, !hasValue && f.NoOptDefVal == "", true
}

// newCommandTree builds the root command; the subcommands are held back.
func newCommandTree(env *Env, version string) *commandTree {
	root := &cobra.Command{
		Use:   "pocssr [FILE]",
		Short: "Make the tensions between protecting civilians and security sector reform visible",
		Long: `pocssr places UN peacekeeping activities under two readings at once: the 2015
DPKO/DFS policy's three tiers of the protection of civilians (POC), and a
narrower reading in which POC and security sector reform (SSR) are separate but
overlapping agendas. For each activity it shows the tier, the agenda, the
friction risks (why each applies and what to do), what is still unknown, and
what would change the answer.`,
		Version:       version,
		SilenceUsage:  true,
		SilenceErrors: true,
		Args:          worksheetArg,

		SuggestionsMinimumDistance: 2,
	}
	var opts AppOptions
	var light, dark bool
	var today todayFlag
	start := func(demo bool, args []string) error {
		if light && dark {
			return invalid(fmt.Errorf("--light and --dark exclude each other"))
		}
		o := opts
		o.Demo = demo
		day, err := today.date()
		if err != nil {
			return err
		}
		o.Today = day
		if len(args) > 0 {
			o.Path = args[0]
		}
		c, err := env.Config()
		if err != nil {
			return err
		}
		switch {
		case light:
			o.Theme = "light"
		case dark:
			o.Theme = "dark"
		default:
			o.Theme = c.programTheme()
		}
		// The exports made in the program say who prepared them, as
		// classify's do, and the dialog offers the configured format first.
		o.Briefing = ui.Briefing{Format: report.Format(c.Format), PreparedBy: c.PreparedBy(), Author: c.Author, Organisation: c.Organisation}
		if o.Briefing.Author == "" {
			o.Briefing.Author = userName()
		}
		rb, err := env.Rulebook()
		if err != nil {
			return err
		}
		app := env.App
		if app == nil {
			app = ui.Run
		}
		stdout, stderr := env.Stdout, env.Stderr
		if env.terminal != nil {
			stdout, stderr = env.terminal, env.terminalErr
		}
		return app(ui.Env{Stdin: env.Stdin, Stdout: stdout, Stderr: stderr, Rulebook: rb}, o)
	}
	root.RunE = func(cmd *cobra.Command, args []string) error { return start(false, args) }
	root.ValidArgsFunction = completeWorksheets
	// The terminal program's flags are given only to the commands that start
	// it, so that the batch commands' help lists what they take.
	programFlags := func(c *cobra.Command) {
		c.Flags().BoolVar(&opts.Accessible, "accessible", false, "plain numbered prompts for screen readers and scripts (also ACCESSIBLE=1, TERM=dumb)")
		c.Flags().BoolVar(&light, "light", false, "use the light theme (skips asking the terminal for its background)")
		c.Flags().BoolVar(&dark, "dark", false, "use the dark theme (skips asking the terminal for its background)")
		if c != root {
			today.register(c)
		}
	}
	programFlags(root)
	// --today is global, as the root's help lists it: before any command it
	// is taken (pocssr --today DAY import ...), the commands that read the
	// register read it, and one that has its own --today (classify, check)
	// reads it from there.
	today.registerGlobal(root)
	demo := &cobra.Command{
		Use:   "demo",
		Short: "Open the built-in case library in the interactive program, for a workshop",
		Args:  cobra.NoArgs,
		RunE:  func(cmd *cobra.Command, args []string) error { return start(true, nil) },
	}
	present := &cobra.Command{
		Use:   "present [FILE]",
		Short: "Show a worksheet (default: the case library) on both readings at once, for a room",
		Long: `Start in the presentation: both readings drawn to fill the terminal, every
activity placed on each as a numbered marker, its account at full size, and a
walk-through of one activity answer by answer with "what if". The
presentation changes nothing, and esc or q on its board quits: the worksheet,
where the activities are edited, opens with pocssr [FILE], where p presents it
and esc on the board goes back to it.`,
		Args: cobra.MatchAll(cobra.MaximumNArgs(1), worksheetFiles),
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) > 0 {
				if _, err := os.Stat(args[0]); err != nil {
					return invalid(err)
				}
			}
			opts.Present = true
			defer func() { opts.Present = false }()
			return start(len(args) == 0, args)
		},
		ValidArgsFunction: completeWorksheets,
	}
	root.SetIn(env.Stdin)
	root.SetOut(env.Stdout)
	root.SetErr(env.Stderr)
	root.PersistentFlags().StringVar(&env.RulesPath, "rules", "", "use a modified rulebook `FILE` (see: pocssr rules --export)")
	root.PersistentFlags().BoolVarP(&env.Quiet, "quiet", "q", false, "print results and errors only: no notes on standard error")
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error {
		return invalid(fmt.Errorf("%w\nSee '%s --help'", err, c.CommandPath()))
	})
	return &commandTree{root: root, subcommands: func() []subcommand {
		return []subcommand{
			{demo, func() { programFlags(demo) }}, {present, func() { programFlags(present) }},
			newClassifyCmd(env), newCheckCmd(env), newCasesCmd(env), newRulesCmd(env), newSuggestCmd(env), newImportCmd(env), newCompareCmd(env),
			newManCmd(root), newConfigCmd(env), newSchemaCmd(env),
		}
	}}
}
