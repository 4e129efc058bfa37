// Package compareview is the comparison of two mandates in the terminal:
// the tasks of OLD and NEW paired (unchanged, reworded, renumbered, split,
// merged, added, dropped) with the shift of each verdict, a filter to the
// tasks whose verdict changed, a pair's word diff with both accounts beside
// each other, and the tier × agenda grids of both mandates. It draws a
// compare.Comparison made elsewhere (as a task of the root model) and
// decides nothing itself.
package compareview

import (
	"fmt"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/viewport"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/compare"
	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/component"
)

// Run asks the root model to compare two worksheets as a task and open the
// comparison when it comes back; the screen sends it to swap OLD and NEW.
// OldTerms and NewTerms are the terms of a side read from a mandate's text
// (none for a worksheet), so that a swap compares them again too.
type Run struct {
	OldFile            string
	Old                *model.Worksheet
	NewFile            string
	New                *model.Worksheet
	OldTerms, NewTerms []compare.Term
}

// mode is what the screen shows.
type mode int

const (
	listMode   mode = iota // the pairs, or the terms
	pairMode               // one pair: word diff and both accounts
	totalsMode             // the grids of both mandates and the findings
	termMode               // one term pair: word diff and both texts
)

// Screen is the comparison screen.
type Screen struct {
	ctx  *component.Context
	rb   *classify.Rulebook
	keys keys
	c    *compare.Comparison
	rows []row
	// termPairs are the mandate's terms (c.Terms, then the terms of one
	// side the other, a worksheet, cannot be compared with), termRows their
	// cells; the list shows them instead of the tasks when terms is on.
	termPairs []compare.TermPair
	termRows  []termRow
	terms     bool
	// shown are the indexes of the rows (or termRows) the filter keeps,
	// cursor an index into shown, top the first shown row drawn; otherAt
	// is the row the other list was left on.
	shown       []int
	cursor, top int
	otherAt     int
	changedOnly bool
	mode        mode
	view        viewport.Model
	width       int
	height      int
}

// New builds the comparison screen; rb names tiers and agendas.
func New(ctx *component.Context, rb *classify.Rulebook) *Screen {
	return &Screen{ctx: ctx, rb: rb, keys: newKeys(ctx.Keys), view: viewport.New(0, 0)}
}

// Init does nothing.
func (s *Screen) Init() tea.Cmd { return nil }

// Title names the screen in the title bar.
func (s *Screen) Title() string {
	switch s.mode {
	case pairMode:
		return "Comparison: one task"
	case totalsMode:
		return "Comparison: totals"
	case termMode:
		return "Comparison: one term"
	}
	if s.terms {
		return "Comparison: the mandate's terms"
	}
	return "Comparison of two mandates"
}

// Open shows a comparison (*compare.Comparison) from its first pair. The
// same two worksheets compared the other way (w) keep the filter, the list
// shown (tasks or terms) and the task or term under the cursor.
func (s *Screen) Open(arg any) (tea.Cmd, bool) {
	c, ok := arg.(*compare.Comparison)
	if !ok || c == nil {
		return nil, false
	}
	var keep [2]*model.Activity
	var keepTerm [2]*compare.Term
	swapped := s.c != nil && c.Old.Worksheet == s.c.New.Worksheet && c.New.Worksheet == s.c.Old.Worksheet
	if p := s.Selected(); p != nil && swapped {
		keep = [2]*model.Activity{p.OldActivity, p.NewActivity}
	}
	if p := s.SelectedTerm(); p != nil && swapped {
		keepTerm = [2]*compare.Term{p.OldTerm, p.NewTerm}
	}
	if !swapped {
		s.changedOnly, s.terms = false, false
	}
	s.c = c
	s.termPairs = termList(c)
	s.termRows = make([]termRow, len(s.termPairs))
	atTerm := 0
	for i := range s.termPairs {
		p := &s.termPairs[i]
		s.termRows[i] = newTermRow(p)
		for _, t := range keepTerm {
			if t != nil && (p.OldTerm == t || p.NewTerm == t) && atTerm == 0 {
				atTerm = i
			}
		}
	}
	s.rows = make([]row, len(c.Pairs))
	at := 0
	for i := range c.Pairs {
		p := &c.Pairs[i]
		s.rows[i] = newRow(s.rb, p)
		for _, a := range keep {
			if a != nil && (p.OldActivity == a || p.NewActivity == a) && at == 0 {
				at = i
			}
		}
	}
	s.mode, s.top = listMode, 0
	if s.terms {
		at, atTerm = atTerm, at
	}
	s.otherAt = atTerm
	s.filterAt(at)
	s.enableKeys()
	return nil, true
}

// SetSize gives the screen its area.
func (s *Screen) SetSize(w, h int) {
	s.width, s.height = w, h
	s.view.Width, s.view.Height = w, max(1, h-1)
	s.render()
	s.scroll()
}

// ShortHelp is the key help of the footer, each key said in a word or two
// so that every key of the list fits at 80 columns (? lists them in full).
func (s *Screen) ShortHelp() []key.Binding {
	k := s.keys
	switch s.mode {
	case pairMode, termMode:
		what := "task"
		if s.terms {
			what = "term"
		}
		return []key.Binding{k.Down, k.Up, short(k.Prev, "prev "+what), short(k.Next, "next "+what), short(k.Totals, "totals"), short(k.Close, "back"), k.global.Help}
	case totalsMode:
		return []key.Binding{k.Down, k.Up, short(k.Totals, "totals"), short(k.Close, "back"), k.global.Help}
	}
	open, totals, swap, back := short(k.Open, "diff"), short(k.Totals, "totals"), short(k.Swap, "swap"), short(k.Back, "back")
	if s.terms {
		return []key.Binding{open, short(k.Terms, "tasks"), totals, swap, back, k.global.Help}
	}
	return []key.Binding{open, short(k.Changed, "changed only"), short(k.Terms, "terms"), totals, swap, back, k.global.Help}
}

// short is a key with a shorter help, for the footer.
func short(b key.Binding, desc string) key.Binding {
	b.SetHelp(b.Help().Key, desc)
	return b
}

// FullHelp is every key of the screen, for the help screen.
func (s *Screen) FullHelp() [][]key.Binding {
	k := s.keys
	return [][]key.Binding{
		{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom},
		{k.Open, k.Changed, k.Terms, k.Totals, k.Swap, k.Prev, k.Next, k.Close, k.Back, k.global.Help, k.global.ForceQuit},
	}
}

// Pairs is how many pairs the list shows, after the filter; how many
// terms when it shows the terms.
func (s *Screen) Pairs() int { return len(s.shown) }

// Selected is the pair under the cursor, nil when the list is empty or
// shows the terms.
func (s *Screen) Selected() *compare.Pair {
	if s.c == nil || s.terms || len(s.shown) == 0 {
		return nil
	}
	return &s.c.Pairs[s.shown[s.cursor]]
}

// filter keeps the rows the filter lets through, the cursor on the same
// pair when it stays, else on the nearest pair before it.
func (s *Screen) filter() {
	at := -1
	if len(s.shown) > 0 {
		at = s.shown[s.cursor]
	}
	s.filterAt(at)
}

// filterAt keeps the rows the filter lets through, the cursor on row at or
// the nearest row the filter keeps before it. The terms have no verdict:
// the filter lets every one through.
func (s *Screen) filterAt(at int) {
	s.shown = s.shown[:0]
	s.cursor = 0
	n := len(s.rows)
	if s.terms {
		n = len(s.termRows)
	}
	for i := 0; i < n; i++ {
		if !s.terms && s.changedOnly && !s.rows[i].changed {
			continue
		}
		if i <= at {
			s.cursor = len(s.shown)
		}
		s.shown = append(s.shown, i)
	}
	s.scroll()
}

// Update moves through the list, opens a pair or the totals, filters, swaps
// OLD and NEW, or closes the screen.
func (s *Screen) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	km, ok := msg.(tea.KeyMsg)
	if !ok || s.c == nil {
		return s, nil
	}
	var cmd tea.Cmd
	switch s.mode {
	case listMode:
		cmd = s.updateList(km)
	default:
		cmd = s.updatePage(km)
	}
	s.enableKeys()
	return s, cmd
}

func (s *Screen) updateList(km tea.KeyMsg) tea.Cmd {
	k := s.keys
	c, moved := k.Move(km, s.cursor, s.listHeight(), len(s.shown))
	switch {
	case key.Matches(km, k.Back):
		return s.ctx.Send(component.Back{})
	case moved:
		s.cursor = max(0, min(len(s.shown)-1, c))
	case key.Matches(km, k.Changed):
		s.changedOnly = !s.changedOnly
		s.filter()
		if s.changedOnly {
			return s.ctx.Status(plural(len(s.shown), "task whose verdict changed", "tasks whose verdict changed") + "; v shows every task.")
		}
	case key.Matches(km, k.Open):
		switch {
		case s.Selected() != nil:
			s.mode = pairMode
		case s.SelectedTerm() != nil:
			s.mode = termMode
		}
		s.render()
		s.view.GotoTop()
	case key.Matches(km, k.Terms):
		s.switchList()
	case key.Matches(km, k.Totals):
		s.showTotals()
	case key.Matches(km, k.Swap):
		c := s.c
		return s.ctx.Send(Run{OldFile: c.New.File, Old: c.New.Worksheet, NewFile: c.Old.File, New: c.Old.Worksheet,
			OldTerms: c.New.Terms, NewTerms: c.Old.Terms})
	}
	s.scroll()
	return nil
}

func (s *Screen) updatePage(km tea.KeyMsg) tea.Cmd {
	k := s.keys
	switch {
	case key.Matches(km, k.Close), s.mode == totalsMode && key.Matches(km, k.Totals):
		s.mode = listMode
	case key.Matches(km, k.Totals):
		s.showTotals()
	case s.mode != totalsMode && key.Matches(km, k.Prev) && s.cursor > 0:
		s.cursor--
		s.render()
		s.view.GotoTop()
	case s.mode != totalsMode && key.Matches(km, k.Next) && s.cursor < len(s.shown)-1:
		s.cursor++
		s.render()
		s.view.GotoTop()
	default:
		k.Scroll(&s.view, km)
	}
	s.scroll()
	return nil
}

func (s *Screen) showTotals() {
	s.mode = totalsMode
	s.render()
	s.view.GotoTop()
}

// render lays out the page of the mode shown in the viewport.
func (s *Screen) render() {
	if s.c == nil || s.width <= 0 {
		return
	}
	switch s.mode {
	case pairMode:
		if p := s.Selected(); p != nil {
			s.view.SetContent(s.pairPage(p))
		}
	case termMode:
		if p := s.SelectedTerm(); p != nil {
			s.view.SetContent(s.termPage(p))
		}
	case totalsMode:
		s.view.SetContent(s.totalsPage())
	}
	component.FitPager(&s.view, s.height-1)
}

// scroll keeps the cursor's row in the list's window.
func (s *Screen) scroll() {
	h := s.listHeight()
	if s.cursor < s.top {
		s.top = s.cursor
	}
	if h > 0 && s.cursor >= s.top+h {
		s.top = s.cursor - h + 1
	}
	s.top = max(0, min(s.top, len(s.shown)-h))
}

// enableKeys switches on the keys that do something now.
func (s *Screen) enableKeys() {
	k := &s.keys
	list := s.mode == listMode
	k.Open.SetEnabled(list && len(s.shown) > 0)
	k.Changed.SetEnabled(list && !s.terms)
	k.Terms.SetEnabled(list)
	k.Swap.SetEnabled(list)
	k.Back.SetEnabled(list)
	k.Close.SetEnabled(!list)
	page := s.mode == pairMode || s.mode == termMode
	k.Prev.SetEnabled(page)
	k.Next.SetEnabled(page)

}

// keys are the comparison screen's keys.
type keys struct {
	component.ScrollKeys
	Open, Changed, Terms, Totals, Swap key.Binding
	Prev, Next, Close, Back            key.Binding
	global                             component.GlobalKeys
}

func newKeys(g component.GlobalKeys) keys {
	bind := component.Bind
	return keys{
		ScrollKeys: component.ScrollKeys{
			Up:       bind([]string{"up", "k"}, "↑/k", "up"),
			Down:     bind([]string{"down", "j"}, "↓/j", "down"),
			PageUp:   bind([]string{"pgup", "b"}, "pgup", "page up"),
			PageDown: bind([]string{"pgdown", " ", "f"}, "pgdn/space", "page down"),
			Top:      bind([]string{"home", "g"}, "home/g", "first"),
			Bottom:   bind([]string{"end", "G"}, "end/G", "last"),
		},
		Open:    bind([]string{"enter"}, "enter", "the task's (or term's) word diff and both accounts"),
		Changed: bind([]string{"v"}, "v", "changed verdicts only / every task"),
		Terms:   bind([]string{"t"}, "t", "the mandate's terms (end date, ceilings …) / the tasks"),
		Totals:  bind([]string{"T"}, "T", "totals: tier × agenda of both mandates"),
		Swap:    bind([]string{"w"}, "w", "swap OLD and NEW (compares again)"),
		Prev:    bind([]string{"["}, "[", "previous task or term"),
		Next:    bind([]string{"]"}, "]", "next task or term"),
		Close:   bind([]string{"esc", "q"}, "esc/q", "back to the list"),
		Back:    bind([]string{"esc", "q"}, "esc/q", "back to the worksheet"),
		global:  g,
	}
}

// plural is "1 task" or "3 tasks".
func plural(n int, one, many string) string {
	if n == 1 {
		return fmt.Sprintf("%d %s", n, one)
	}
	return fmt.Sprintf("%d %s", n, many)
}
