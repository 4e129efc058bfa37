// Package briefview shows, in the terminal, the briefing the export would
// write for what the worksheet's list shows: the briefing's document laid
// out for the terminal's width by report.WriteBriefingTerminal (headings
// ruled, text and tables wrapped, no cell cut), scrolled like any text; esc
// goes back. It is plain text: a markdown renderer (glamour, with chroma's
// lexers) added 10 MB to the program and 30 ms to the start of every
// command. The rendering runs as a command beside the event loop, since a
// large worksheet's briefing takes a moment; keys work meanwhile, and a
// rendering that comes back after the screen moved on is dropped.
package briefview

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/viewport"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/report"
	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/component"
)

// Of is what the screen opens with.
type Of struct {
	// Sheet is a detached copy of what the list shows: editing goes on
	// beside the rendering.
	Sheet *model.Worksheet
	// File names the worksheet in the briefing, as the export does.
	File string
	// PreparedBy says who prepared the briefing (the configuration's).
	PreparedBy string
	// Today is the day the register is read on.
	Today model.Date
	// Readings makes, for one rendering, what reads a draft's words again
	// (suggest.DraftReader), so that its facts say the words they were
	// suggested from, as the export's do; nil shows no readings.
	Readings func() report.Readings
	// Confirmed tells which answers of the copy's drafts the planner
	// confirmed in this session (session.Sheet.ConfirmedIn): the briefing
	// marks "~" the answers the screens mark, no more.
	Confirmed report.Confirmations
	// LeftOut is what the imports of this session left out, which the
	// briefing lists; nil where none was imported.
	LeftOut []report.LeftOut
	// Whole, Positions and Filter are set when the list is filtered or
	// ordered: the worksheet Sheet was kept from (its portfolio is judged
	// over it), the place there of each activity kept (its number stays
	// the worksheet's) and the filter's text, which the heading says.
	Whole     *model.Worksheet
	Positions []int
	Filter    string
}

// Export is the briefing's result for the screen below when x asks to
// export what it shows: that screen opens the export dialog.
type Export struct{}

// rendered is a rendering come back: the briefing at a width.
type rendered struct {
	seq   int
	width int
	text  string
	err   error
}

// Screen is the briefing screen.
type Screen struct {
	ctx  *component.Context
	keys keys
	of   Of
	// seq counts renderings asked for; only the last one's result is shown.
	seq           int
	shownWidth    int // the width of the rendering shown, 0 while there is none
	rendering     bool
	view          viewport.Model
	width, height int
}

// keys are the briefing's: scrolling and leaving.
type keys struct {
	component.ScrollKeys
	Export, Back key.Binding
}

// ShortHelp lists the keys shown in the footer.
func (k keys) ShortHelp() []key.Binding {
	return []key.Binding{k.Down, k.Up, k.Export, k.Back}
}

// FullHelp lists the keys shown on the help screen.
func (k keys) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom, k.Export, k.Back}}
}

// New builds the briefing screen.
func New(ctx *component.Context) *Screen {
	bind := component.Bind
	return &Screen{ctx: ctx, view: viewport.New(0, 0), keys: keys{
		ScrollKeys: component.PagerScrollKeys(),
		Export:     bind([]string{"x"}, "x", "export it"),
		Back:       bind([]string{"esc", "q"}, "esc/q", "back"),
	}}
}

// Init does nothing.
func (s *Screen) Init() tea.Cmd { return nil }

// Title names the screen in the title bar.
func (s *Screen) Title() string {
	n := 0
	if s.of.Sheet != nil {
		n = len(s.of.Sheet.Activities)
	}
	return fmt.Sprintf("Briefing as exported (%d %s)", n, map[bool]string{true: "activity", false: "activities"}[n == 1])
}

// Open starts rendering the briefing of a sheet (Of).
func (s *Screen) Open(arg any) (tea.Cmd, bool) {
	of, ok := arg.(Of)
	if !ok || of.Sheet == nil {
		return nil, false
	}
	s.of, s.shownWidth = of, 0
	s.view.SetContent(s.ctx.Styles.Muted.Render(fmt.Sprintf("Rendering the briefing of %d activities…", len(of.Sheet.Activities))))
	s.view.GotoTop()
	return s.render(), true
}

// render asks for the briefing laid out at the screen's width.
func (s *Screen) render() tea.Cmd {
	if s.width <= 0 {
		return nil
	}
	s.seq++
	s.rendering = true
	seq, width, of, rb := s.seq, s.width, s.of, s.ctx.Sheet.Rulebook()
	return func() tea.Msg {
		text, err := writeBriefing(rb, of, width)
		return rendered{seq: seq, width: width, text: text, err: err}
	}
}

// writeBriefing is the briefing, as the export writes it, laid out for a
// terminal of width columns: a draft's readings are made for this
// rendering alone, since a reader serves one goroutine at a time.
func writeBriefing(rb *classify.Rulebook, of Of, width int) (string, error) {
	var b bytes.Buffer
	sh := report.Sheet{File: of.File, Worksheet: of.Sheet, PreparedBy: of.PreparedBy, Today: of.Today, Confirmed: of.Confirmed, LeftOut: of.LeftOut,
		Whole: of.Whole, Positions: of.Positions, Filter: of.Filter}
	if of.Whole != nil {
		sh.Of = len(of.Whole.Activities)
	}
	if of.Readings != nil {
		sh.Readings = of.Readings()
	}
	err := report.WriteBriefingTerminal(&b, rb, []report.Sheet{sh}, width)
	return b.String(), err
}

// Resized renders the briefing again when the width changed.
func (s *Screen) Resized() tea.Cmd {
	if s.of.Sheet == nil || !s.rendering && s.shownWidth == s.width {
		return nil
	}
	return s.render() // one under way, at the old width, is dropped when it comes
}

// SetSize gives the screen its area.
func (s *Screen) SetSize(w, h int) {
	s.width, s.height = w, h
	s.view.Width, s.view.Height = w, h
	component.FitPager(&s.view, h)
}

// ShortHelp is the key help of the footer.
func (s *Screen) ShortHelp() []key.Binding {
	k := s.keys
	k.ScrollKeys = k.Within(&s.view) // scroll keys only where there is something to scroll
	return k.ShortHelp()
}

// FullHelp is the key help of the help screen.
func (s *Screen) FullHelp() [][]key.Binding { return s.keys.FullHelp() }

// Update shows a rendering, scrolls, or goes back.
func (s *Screen) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case rendered:
		if msg.seq != s.seq {
			return s, nil // asked before the last resize or opening
		}
		s.rendering = false
		if msg.err != nil {
			s.view.SetContent(s.ctx.Styles.Error.Render("The briefing could not be rendered: " + msg.err.Error()))
			return s, nil
		}
		s.shownWidth = msg.width
		s.view.SetContent(fit(msg.text, s.width))
		component.FitPager(&s.view, s.height)
	case tea.KeyMsg:
		switch {
		case key.Matches(msg, s.keys.Back):
			return s, s.ctx.Send(component.Back{})
		case key.Matches(msg, s.keys.Export):
			return s, s.ctx.Send(component.Back{Result: Export{}})
		}
		s.keys.Scroll(&s.view, msg)
	}
	return s, nil
}

// fit cuts every line to the width. The briefing is laid out no narrower
// than 40 columns (a table of seven columns needs them), so only a terminal
// narrower than that has its lines cut.
func fit(text string, w int) string {
	lines := strings.Split(strings.TrimRight(text, "\n"), "\n")
	for i, l := range lines {
		if ansi.StringWidth(l) > w {
			lines[i] = ansi.Truncate(l, w, "…")
		}
	}
	return strings.Join(lines, "\n")
}

// View draws the briefing.
func (s *Screen) View() string {
	if sign := component.PagerSign(s.ctx.Styles, &s.view, s.width); sign != "" {
		return component.Block(s.view.View(), s.width, s.view.Height) + "\n" + sign
	}
	return s.view.View()
}
