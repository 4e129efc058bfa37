// Package ui is pocssr's interactive terminal program: the worksheet, the
// questionnaire with its live verdict, the full account of an activity, the
// framework for facilitators and the help, built with bubbletea, bubbles and
// lipgloss. It renders the classify package's results and never classifies
// anything itself. With --accessible, ACCESSIBLE=1, TERM=dumb or input that is
// not a terminal, the same questionnaire runs as plain numbered prompts.
package ui

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/term"
	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/report"
	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/exit"
	"github.com/pocssr/pocssr/ui/present"
	"github.com/pocssr/pocssr/ui/session"
	"github.com/pocssr/pocssr/ui/termbg"
)

func init() {
	// bubbletea's own init has run by now (this package imports it): TERM can
	// come back for everything else.
	termbg.Restore()
}

// backgroundTimeout bounds how long start-up waits for the terminal to say its
// background colour.
const backgroundTimeout = 100 * time.Millisecond

// Env is what the interactive program is given by the command line above it:
// the streams and the rulebook in force (--rules FILE, else the built-in one).
type Env struct {
	Stdin          io.Reader
	Stdout, Stderr io.Writer
	Rulebook       *classify.Rulebook
}

// Options say how to start the interactive program.
type Options struct {
	Path       string // worksheet file to open or create; "" for a new, unnamed one
	Demo       bool   // open the built-in case library
	Present    bool   // start in the presentation (the case library when Path is "")
	Accessible bool   // plain numbered prompts instead of the full-screen UI
	Theme      string // "light", "dark", or "" to ask the terminal
	// Today is the day the risk register is read on (what is overdue); ""
	// is the local date.
	Today model.Date
	// Briefing is what the configuration file says of exports: the
	// export dialog's default format and who prepared a briefing.
	Briefing Briefing
}

// Briefing is what the configuration file says of the briefings the
// program exports and shows.
type Briefing struct {
	// Format is the export dialog's default (enter); "" or a format the
	// dialog does not offer is the markdown briefing.
	Format report.Format
	// PreparedBy names who prepared a briefing ("author, organisation"),
	// at its top in every format; Author and Organisation are the Word
	// briefing's author and company in its properties.
	PreparedBy, Author, Organisation string
}

// Run is what `pocssr` alone does: it opens the worksheet (a file, a new
// unnamed one, or the case library) and runs the terminal UI, or the plain
// accessible questionnaire. The command line calls it.
func Run(env Env, opts Options) error {
	rb := env.Rulebook
	if rb == nil {
		rb = classify.Default()
	}
	in, inFile := env.Stdin.(*os.File)
	out, outFile := env.Stdout.(*os.File)
	inTerm := inFile && term.IsTerminal(in.Fd())
	outTerm := outFile && term.IsTerminal(out.Fd())
	// A large file is read beside the event loop, once the first screen is
	// drawn (startup.go); anything else before it.
	background := outTerm && !accessibleWanted(opts, inTerm) && readInBackground(opts)
	var base session.Base
	var ws *model.Worksheet
	if !background {
		// The file's base is read before the worksheet: a change in between
		// then shows at the first save instead of slipping past the autosave.
		base, _ = session.ReadBase(opts.Path)
		var err error
		if ws, err = openWorksheet(rb, opts); err != nil {
			return err
		}
	}
	if accessibleWanted(opts, inTerm) {
		if opts.Present {
			return present.WritePlain(env.Stdout, rb, ws, draftFacts(rb))
		}
		return runAccessible(env, rb, ws, opts)
	}
	if !outTerm {
		return &exit.Error{Code: exit.Invalid, Err: errors.New(
			"pocssr: the interactive worksheet needs a terminal. Use `pocssr classify FILE` for a report,\n" +
				"`pocssr --accessible` for plain prompts, or `pocssr --help` for every command")}
	}
	setTheme(opts.Theme, in, out)
	today := opts.Today
	if today == "" {
		today = model.Date(time.Now().Format(time.DateOnly))
	}
	var m *Model
	if background {
		m = newReadingModel(rb, opts.Path, opts.Present, today, readWorksheet(rb, opts, today), previewWorksheet(rb, opts))
	} else {
		m = openModel(rb, ws, base, opts, today)
	}
	defer func() {
		if m.reading != nil {
			m.reading.abandon()
		}
		if m.recovery != nil {
			m.recovery.end()
		}
	}()
	m.jobControl = termbg.JobControl()
	m.clip = clipboard{out: out, screen: strings.HasPrefix(os.Getenv("TERM"), "screen")}
	m.sh.briefing = opts.Briefing
	p := tea.NewProgram(m, tea.WithAltScreen(), tea.WithInput(in), tea.WithOutput(out))
	if _, err := p.Run(); err != nil {
		return err
	}
	if m.StartError != nil {
		return m.StartError
	}
	if m.Note != "" {
		fmt.Fprintln(env.Stderr, m.Note)
	}
	if m.LostWork != nil {
		return &exit.Error{Code: exit.Critical, Err: m.LostWork}
	}
	return nil
}

// openModel is the model of a worksheet read before the first screen, with
// its autosave and what that found of ended sessions.
func openModel(rb *classify.Rulebook, ws *model.Worksheet, base session.Base, opts Options, today model.Date) *Model {
	if opts.Demo {
		base = session.Base{}
	}
	rec, found, problems := startRecovery(ws.Path(), opts.Demo, base, ws, rb.Vocabulary())
	m := NewModel(rb, ws, opts.Demo, rec, found)
	m.sh.sheet.SetToday(today)
	m.copyForAutosave()
	if opts.Present {
		m.Present()
	}
	if len(problems) > 0 {
		m.status, m.statusErr = "Autosave left as it is: "+strings.Join(problems, "; "), true
	} else if note := newFileNote(opts, ws); note != "" && m.status == "" && m.autosaveWarning() == "" {
		m.status = note
	}
	return m
}

// readInBackground reports whether the file at path is large enough to be
// read beside the event loop.
func readInBackground(opts Options) bool {
	if opts.Demo || opts.Path == "" {
		return false
	}
	st, err := os.Stat(opts.Path)
	return err == nil && st.Mode().IsRegular() && st.Size() > readAtStartBytes
}

// readWorksheet is what the program does at start-up for a large file, in a
// command: it reads the file's base and the file, opens the autosave,
// classifies every activity on today and makes the autosave's first copy.
// Nothing of it is the model's until the model takes the result. It is
// here, with Run, as the start-up's own reading of the file (startup.go
// draws the first screen meanwhile).
//
// goOn is asked before the autosave is opened: false when the program ended
// meanwhile, and the reading stops there, with nothing to close.
func readWorksheet(rb *classify.Rulebook, opts Options, today model.Date) func(goOn func() bool) worksheetRead {
	return func(goOn func() bool) worksheetRead {
		base, _ := session.ReadBase(opts.Path)
		ws, err := openWorksheet(rb, opts)
		if err != nil {
			return worksheetRead{err: err}
		}
		if !goOn() {
			return worksheetRead{err: errReadingAbandoned}
		}
		rec, found, problems := startRecovery(ws.Path(), false, base, ws, rb.Vocabulary())
		sh := newSheetOn(rb, ws, today)
		if rec != nil && rec.save != nil {
			rec.copies.snapshot(sh.Sheet, time.Time{})
		}
		return worksheetRead{sheet: sh, rec: rec, found: found, problems: problems}
	}
}

// previewWorksheet reads the first activities of a large file, to show while
// the whole is read (model.Preview); nil when it cannot.
func previewWorksheet(rb *classify.Rulebook, opts Options) func() *model.Worksheet {
	return func() *model.Worksheet {
		f, err := os.Open(opts.Path)
		if err != nil {
			return nil
		}
		defer f.Close()
		data, err := model.ReadAll(opts.Path, f)
		if err != nil {
			return nil
		}
		ws, ok := model.Preview(opts.Path, data, rb.Vocabulary())
		if !ok {
			return nil
		}
		return ws
	}
}

// openWorksheet reads the worksheet to open: the case library, the file (a new
// worksheet if it does not exist yet), or a new unnamed one. An invalid file is
// an error with every problem, and the program does not start.
func openWorksheet(rb *classify.Rulebook, opts Options) (*model.Worksheet, error) {
	invalid := func(err error) error { return &exit.Error{Code: exit.Invalid, Err: err} }
	switch {
	case opts.Demo, opts.Present && opts.Path == "":
		ws, err := classify.Cases(rb)
		if err != nil {
			return nil, invalid(err)
		}
		return ws, nil
	case opts.Path == "":
		return model.New(""), nil
	}
	ws, err := model.Load(opts.Path, rb.Vocabulary())
	if errors.Is(err, fs.ErrNotExist) {
		return model.New(opts.Path), nil
	}
	if err != nil {
		return nil, invalid(err)
	}
	return ws, nil
}

// accessibleWanted reports whether to use plain prompts: asked for, or no
// terminal to draw on.
func accessibleWanted(opts Options, inTerm bool) bool {
	if opts.Accessible {
		return true
	}
	if v := os.Getenv("ACCESSIBLE"); v != "" && v != "0" && !strings.EqualFold(v, "false") {
		return true
	}
	return os.Getenv("TERM") == "dumb" || !inTerm
}

// setTheme chooses light or dark colours: as asked, or from the terminal's
// answer within backgroundTimeout (dark when it does not answer).
func setTheme(theme string, in, out *os.File) {
	r := lipgloss.NewRenderer(out)
	lipgloss.SetDefaultRenderer(r)
	switch theme {
	case "light":
		r.SetHasDarkBackground(false)
	case "dark":
		r.SetHasDarkBackground(true)
	default:
		dark, _ := termbg.Query(in, out, backgroundTimeout)
		r.SetHasDarkBackground(dark)
	}
}

// newFileNote says, when the file named on the command line does not exist
// yet, that a new worksheet was opened and where the first save will write
// it, so that a name typed in the wrong folder is seen at once.
func newFileNote(opts Options, ws *model.Worksheet) string {
	if where := newWorksheetPath(opts, ws); where != "" {
		return "New worksheet: the first save (ctrl+s) creates " + where + "."
	}
	return ""
}

// newWorksheetPath is the whole path of the worksheet file named on the
// command line when it does not exist yet (the worksheet is new), else "".
func newWorksheetPath(opts Options, ws *model.Worksheet) string {
	if opts.Demo || opts.Path == "" || ws.Path() == "" {
		return ""
	}
	if _, err := os.Lstat(opts.Path); !errors.Is(err, fs.ErrNotExist) {
		return ""
	}
	where, err := filepath.Abs(opts.Path)
	if err != nil {
		where = opts.Path
	}
	return where
}
