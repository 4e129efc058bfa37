// Package portfolio is the screen of the worksheet's portfolio findings
// (FRAMEWORK §8, P on the worksheet): each finding with why it fires, what
// to do, what would clear it and the activities that raise it. It is a
// screen of its own package, built on ui/component: it reads the worksheet
// through the context and opens an activity on the screen the root names.
package portfolio

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/report"
	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/component"
)

// Screen lists the worksheet's portfolio findings (FRAMEWORK §8), each
// with why it fires, what to do, what would clear it, and the activities that
// raise it; enter opens the activity under the cursor. The findings are
// computed over the whole worksheet when the view opens and when the worksheet
// has changed since, never on a keystroke.
type Screen struct {
	ctx      *component.Context
	detail   component.ID // the screen that shows an activity
	keys     keys
	gen      uint64 // the worksheet change the findings were computed at
	findings []classify.Finding
	open     []classify.OpenFinding  // held back only by what is not known
	names    component.ActivityNames // the worksheet's activities by id, made with the findings
	lines    []string                // the whole text, without the cursor mark
	rows     []int                   // the line of each activity row
	targets  []*model.Activity       // the activity of each row
	cursor   int                     // the row under the cursor
	offset   int                     // the first line shown
	// atTop: the text is scrolled to its first line though the first row
	// is then out of sight (k, pgup, home or g on it): the heading of a
	// finding taller than the screen is never out of reach.
	atTop bool
	// atEnd: the text is scrolled to its last line though the last row is
	// then out of sight (j, ↓ or pgdn on it): what follows the last
	// activity is in reach of the keys the sign names.
	atEnd  bool
	width  int
	height int
	// across says that the findings count each force across the tasks of
	// the worksheet's several source documents; "" where it holds one.
	across string
	// changed are the findings the drafts' suggested answers change
	// (session.Sheet.PortfolioOnSuggested), said under the findings.
	changed []classify.SuggestedChange
}

// keys are the keys of the portfolio findings.
type keys struct {
	Up, Down, PageUp, PageDown, Top, Bottom, Open, Back key.Binding
	global                                              component.GlobalKeys
}

// New builds the screen of the portfolio findings; enter opens the activity
// under the cursor on the screen detail.
func New(ctx *component.Context, detail component.ID) *Screen {
	bind := component.Bind
	return &Screen{ctx: ctx, detail: detail, keys: keys{
		Up:       bind([]string{"up", "k"}, "↑/k", "previous activity"),
		Down:     bind([]string{"down", "j"}, "↓/j", "next activity"),
		PageUp:   bind([]string{"pgup"}, "pgup", "page up"),
		PageDown: bind([]string{"pgdown", " "}, "pgdn/space", "page down"),
		Top:      bind([]string{"home", "g"}, "home/g", "the top"),
		Bottom:   bind([]string{"end", "G"}, "end/G", "the end"),
		Open:     bind([]string{"enter"}, "enter", "open the activity"),
		Back:     bind([]string{"esc", "q", "P"}, "esc/q", "back"),
		global:   ctx.Keys,
	}}
}

// ShortHelp lists the keys shown in the footer: the keys of the
// activities only where a finding lists one.
func (v *Screen) ShortHelp() []key.Binding {
	k := v.keys
	if !v.hasRows() {
		return []key.Binding{k.Back, k.global.Help}
	}
	return []key.Binding{k.Down, k.Up, k.Open, k.Back, k.global.Help}
}

// FullHelp lists the keys shown on the help screen: with no activity
// listed, those that scroll the text and leave, not those of activities.
func (v *Screen) FullHelp() [][]key.Binding {
	k := v.keys
	if !v.hasRows() {
		return [][]key.Binding{{k.PageUp, k.PageDown, k.Top, k.Bottom}, {k.Back, k.global.Save, k.global.Help, k.global.ForceQuit, k.global.Suspend}}
	}
	return [][]key.Binding{{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom}, {k.Open, k.Back, k.global.Save, k.global.Help, k.global.ForceQuit, k.global.Suspend}}
}

// hasRows reports whether the findings list any activity to move to and
// open: none where nothing fires or is held open.
func (v *Screen) hasRows() bool {
	v.refresh()
	return len(v.rows) > 0
}

// Init does nothing.
func (v *Screen) Init() tea.Cmd { return nil }

// SetSize gives the screen its area and reflows the text.
func (v *Screen) SetSize(w, h int) {
	v.width, v.height = w, h
	v.render()
}

// Title names the portfolio findings in the title bar.
func (v *Screen) Title() string { return "Portfolio" }

// Open shows the findings as they are now.
func (v *Screen) Open(any) (tea.Cmd, bool) {
	v.Show()
	return nil, true
}

// Show opens the view at its first activity, with the findings as they are now.
func (v *Screen) Show() {
	v.findings = nil
	// At the top, the heading in sight, even where the first activity is
	// then below the fold: ↓ goes to it.
	v.cursor, v.offset, v.atTop, v.atEnd = 0, 0, true, false
	v.refresh()
}

// refresh recomputes the findings if the worksheet changed since.
func (v *Screen) refresh() {
	s := v.ctx.Sheet
	if v.gen == s.Gen() && v.findings != nil {
		return
	}
	v.gen = s.Gen()
	p := s.Rulebook().NewPortfolio()
	p.ListEveryHolder() // each is a row the cursor reaches
	for _, a := range s.Worksheet().Activities {
		p.Add(a)
	}
	// Named here, in the pass the findings need anyway: a resize only
	// reflows (render), and never walks the worksheet again.
	v.names = component.NameActivities(s.Worksheet().Activities, s.Sources())
	v.across = report.AcrossDocuments(s.Sources())
	v.findings, v.open = p.Findings(), p.Open()
	v.changed = s.PortfolioOnSuggested()
	if v.findings == nil {
		v.findings = []classify.Finding{}
	}
	v.render()
}

func (v *Screen) render() {
	if v.width <= 0 || v.findings == nil {
		return
	}
	st := v.ctx.Styles
	w := v.width
	names := v.names
	names.Title = component.WholeTitle
	v.lines, v.rows, v.targets = nil, nil, nil
	add := func(ls ...string) { v.lines = append(v.lines, ls...) }
	numWidth := 0
	for _, f := range v.findings {
		for _, id := range f.Activities {
			numWidth = max(numWidth, ansi.StringWidth(names.Number(id)))
		}
	}
	for _, o := range v.open {
		for _, id := range o.HeldBy {
			numWidth = max(numWidth, ansi.StringWidth(names.Number(id)))
		}
	}
	row := func(id string) {
		a := names.ByID[id]
		title := ""
		if a != nil {
			title = component.DraftMark(a) + report.OneLine(a.Title)
		}
		v.rows = append(v.rows, len(v.lines))
		v.targets = append(v.targets, a)
		add(component.Cut("    "+component.Fit(names.Number(id), numWidth)+"  "+title, w))
	}
	defer func() {
		if len(v.open) > 0 {
			add(st.Heading.Render("Held open by what is not known"))
			add(component.Wrap("These would fire, but an activity might answer them: what decides whether it does is "+
				"not known yet, as named under each. Answering that settles the finding one way or the other.", w)...)
			add("")
			for i := range v.open {
				o := &v.open[i]
				for _, l := range component.Wrap(o.Rule.Title+" — "+o.ForceLabel, w) {
					add(st.Label.Render(l)) // wrapped as a finding's heading: the force is never cut
				}
				add(component.WrapIndent("  Raised by: ", names.List(o.Activities), w)...)
				add(component.WrapIndent("  Not known yet: ", o.UnknownText, w)...)
				if o.Measured != "" {
					add(component.WrapIndent("  Note: ", strings.Replace(o.Measured, classify.ActivityList(o.MeasuredBy), names.List(o.MeasuredBy), 1), w)...)
				}
				add(st.Label.Render(fmt.Sprintf("  Might answer it (%d)", o.HeldCount)))
				for _, id := range o.HeldBy {
					row(id)
				}
				add("")
			}
		}
		// Last, under every finding it may concern, fired or held open.
		v.suggestedLines(add, names, w)
		v.clamp()
	}()
	// Under the heading, with or without findings: a task of one mandate
	// may have cleared a finding on the same force in another.
	across := func() {
		if v.across != "" {
			for _, l := range component.Wrap(v.across, w) {
				add(st.Muted.Render(l))
			}
			add("")
		}
	}
	if len(v.findings) == 0 {
		add(st.Heading.Render("Portfolio findings"), "")
		across()
		add(component.Wrap("No finding across the worksheet with what is known. A finding fires for a force the mission "+
			"trains or equips only when no activity of the plan works on that force's accountability, and for one it "+
			"supports in work the HRDDP covers ("+hrddpKinds(v.ctx.Sheet.Rulebook())+") only when no activity watches it; an activity that might, because what decides it is not known yet, keeps "+
			"the finding from firing.", w)...)
		add("")
		return
	}
	fires, _ := classify.Changes(v.changed)
	add(st.Heading.Render("Portfolio findings")+st.Muted.Render(fmt.Sprintf(" · %s across the worksheet's %s",
		report.SuggestedCount(component.Plural(len(v.findings), "finding", "findings"), fires), component.Plural(v.ctx.Sheet.Len(), "activity", "activities"))), "")
	across()
	for i := range v.findings {
		f := &v.findings[i]
		tag := component.SeverityTag(f.Severity)
		head := component.WrapIndent(tag+" ", f.Rule.Title+" — "+f.ForceLabel, w)
		head[0] = st.Severity(f.Severity, tag) + st.Label.Render(head[0][len(tag):])
		add(head...)
		// The why names the activities by id, as the rulebook's text has
		// them: here they go by their number and title, as on every screen.
		why := strings.Replace(f.Why, classify.ActivityList(f.Activities), names.List(f.Activities), 1)
		add(component.WrapIndent("  Why: ", why, w)...)
		if f.Measured != "" {
			add(component.WrapIndent("  Note: ", strings.Replace(f.Measured, classify.ActivityList(f.MeasuredBy), names.List(f.MeasuredBy), 1), w)...)
		}
		add(component.WrapIndent("  Do: ", f.Rule.Mitigation, w)...)
		add(component.WrapIndent("  Would clear it: ", f.WouldClear, w)...)
		add(component.WrapIndent("  See: ", f.Rule.Section, w)...)
		add(st.Label.Render(fmt.Sprintf("  Activities (%d)", len(f.Activities))))
		for _, id := range f.Activities {
			row(id)
		}
		add("")
	}
}

// body is how many lines of the findings the screen shows: all its rows
// when they fit, else all but the last, which says what is out of sight.
func (v *Screen) body() int {
	if len(v.lines) <= v.height {
		return v.height
	}
	return max(1, v.height-1)
}

// clamp keeps the cursor on a row and its line on screen.
func (v *Screen) clamp() {
	v.cursor = max(0, min(v.cursor, len(v.rows)-1))
	h := v.body()
	if len(v.rows) == 0 {
		// Home and end scroll the text to its top and its end.
		switch {
		case v.atTop:
			v.offset = 0
		case v.atEnd:
			v.offset = len(v.lines)
		}
		v.offset = max(0, min(v.offset, len(v.lines)-h))
		return
	}
	line := v.rows[v.cursor]
	if v.atTop && v.cursor == 0 {
		v.offset = 0
		return
	}
	if v.atEnd && v.cursor == len(v.rows)-1 {
		v.offset = max(0, len(v.lines)-h)
		return
	}
	v.atTop, v.atEnd = false, false
	if line < v.offset {
		v.offset = line
	}
	if line >= v.offset+h {
		v.offset = line - h + 1
	}
	// Show the finding's heading with its first activity, where both fit.
	if v.cursor == 0 && line < h {
		v.offset = 0
	}
	v.offset = max(0, min(v.offset, len(v.lines)-h))
}

// moreSign says how many lines are out of sight above and below, and the
// keys that show them; "" when every line is in sight.
func (v *Screen) moreSign() string {
	return component.ScrollSign(v.ctx.Styles, v.offset, len(v.lines)-v.offset-v.body(), v.width)
}

// Update moves between the activities of the findings and opens one.
func (v *Screen) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	km, ok := msg.(tea.KeyMsg)
	if !ok {
		return v, nil
	}
	v.refresh()
	k := v.keys
	page := max(1, v.height/2)
	// Up, a page up or home on the first row go on to the top.
	first, wasTop := v.cursor == 0, v.atTop
	last := v.cursor == len(v.rows)-1
	v.atTop, v.atEnd = false, false
	switch {
	case key.Matches(km, k.Top), first && key.Matches(km, k.Up, k.PageUp):
		v.cursor, v.atTop = 0, true
	case key.Matches(km, k.Bottom):
		// The last row, and the text to its end, as down on it goes.
		v.cursor, v.atEnd = max(0, len(v.rows)-1), true
	case last && key.Matches(km, k.Down, k.PageDown):
		// Down or a page down on the last row go on to the end.
		v.atEnd = true
	case key.Matches(km, k.Back):
		return v, v.ctx.Send(component.Back{})
	case key.Matches(km, k.Up):
		v.cursor--
	case key.Matches(km, k.Down):
		v.cursor++
		if wasTop && len(v.rows) > 0 && v.rows[0] >= v.body() {
			v.cursor = 0 // first back to the first row
		}
	case key.Matches(km, k.PageUp):
		v.cursor = v.rowNear(v.offset - page)
		v.offset -= page
	case key.Matches(km, k.PageDown):
		v.cursor = v.rowNear(v.offset + v.height + page - 1)
		v.offset += page
	case key.Matches(km, k.Open) && len(v.rows) == 0:
		// No finding lists an activity: enter has nothing to open, and
		// the footer does not offer it.
		return v, nil
	case key.Matches(km, k.Open) && !v.cursorInSight():
		// The top or the end of the text is in sight, not the row under
		// the cursor (home on a finding taller than the screen): enter
		// first shows the row it would open, never an activity out of
		// sight.
		v.clamp()
		return v, v.ctx.Status("The selected activity is in sight now: enter opens it.")
	case key.Matches(km, k.Open):
		if v.cursor < len(v.targets) && v.targets[v.cursor] != nil {
			return v, v.ctx.Send(component.Open{To: v.detail, Arg: v.targets[v.cursor]})
		}
		return v, v.ctx.Status("This activity is no longer in the worksheet.")
	}
	v.clamp()
	return v, nil
}

// cursorInSight reports whether the row under the cursor is on screen.
func (v *Screen) cursorInSight() bool {
	if v.cursor < 0 || v.cursor >= len(v.rows) {
		return true
	}
	line := v.rows[v.cursor]
	return line >= v.offset && line < v.offset+v.body()
}

// rowNear is the last row at or above line, else the first row.
func (v *Screen) rowNear(line int) int {
	r := 0
	for i, l := range v.rows {
		if l <= line {
			r = i
		}
	}
	return r
}

// View draws the findings, the activity under the cursor marked with ">".
func (v *Screen) View() string {
	v.refresh()
	if v.width <= 0 || v.height <= 0 {
		return ""
	}
	st := v.ctx.Styles
	end := min(len(v.lines), v.offset+v.body())
	out := make([]string, 0, v.height)
	for i := v.offset; i < end; i++ {
		l := v.lines[i]
		if len(v.rows) > 0 && i == v.rows[v.cursor] {
			l = st.Selected.Render(component.Fit(l[:2]+">"+l[3:], v.width))
		}
		out = append(out, l)
	}
	if sign := v.moreSign(); sign != "" {
		out = append(out, sign)
	}
	return component.Block(strings.Join(out, "\n"), v.width, v.height)
}

// suggestedLines says, under the findings, which findings the drafts'
// suggested answers change and which drafts: a result that rests on
// answers nobody confirmed is never shown as settled.
func (v *Screen) suggestedLines(add func(...string), names component.ActivityNames, w int) {
	if len(v.changed) == 0 {
		return
	}
	st := v.ctx.Styles
	add(st.Heading.Render(report.SuggestedChangedHeading))
	for i := range v.changed {
		c := &v.changed[i]
		add(component.WrapIndent("  ", report.SuggestedChangeText(c, draftRefs(names, c.Drafts)), w)...)
	}
	add("")
}

// shownDrafts is how many drafts a change names by their number; the rest
// are counted, and the review lists them all.
const shownDrafts = 3

// draftRefs names drafts by their number: "#24", "1919·4, 1919·5, 1919·6
// and 12 more drafts".
func draftRefs(names component.ActivityNames, ids []string) string {
	var refs []string
	for i, id := range ids {
		if i == shownDrafts && len(ids) > shownDrafts+1 {
			refs = append(refs, fmt.Sprintf("%d more drafts", len(ids)-i))
			break
		}
		refs = append(refs, names.Number(id))
	}
	if len(refs) < 2 {
		return strings.Join(refs, "")
	}
	return strings.Join(refs[:len(refs)-1], ", ") + " and " + refs[len(refs)-1]
}

// hrddpKinds names the kinds the HRDDP covers, in the rulebook's words: the
// only support a finding counts (FRAMEWORK §8), which "supports" alone
// promised of all.
func hrddpKinds(rb *classify.Rulebook) string {
	var names []string
	for _, k := range rb.Kinds {
		if k.HRDDP {
			names = append(names, strings.ToLower(k.Label))
		}
	}
	return strings.Join(names, ", ")
}
