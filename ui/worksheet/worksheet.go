// Package worksheet is the worksheet screen, the bottom of the stack: the
// mission and mandate, the list of activities with their tier, agenda, most
// serious risk and open questions (filtered, sorted and grouped for viewing
// only), and the summary beside or below it (ui/panel). Every other screen
// and every request to the root starts from its keys.
package worksheet

import (
	"fmt"
	"slices"
	"strings"

	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/report"
	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/briefview"
	"github.com/pocssr/pocssr/ui/component"
	"github.com/pocssr/pocssr/ui/panel"
	"github.com/pocssr/pocssr/ui/session"
)

// Links is what the worksheet cannot know of the root: the ids of the
// screens its keys open (the presentation and the risk register are opened
// at the selected activity), and what the questionnaire is opened with.
type Links struct {
	Detail, Framework, Portfolio, Present, Register, Review component.ID
	// Edit opens the questionnaire on a; isNew when a was just added.
	Edit func(a *model.Activity, isNew bool) component.Open
	// CopyLine is what y copies of an activity: its number as the board
	// shows it, its title and its verdict.
	CopyLine func(a *model.Activity) string
	// Reading is what the empty list says while the program reads a large
	// worksheet at start-up, "" otherwise; nil: never reading.
	Reading func() string
}

// Screen is the worksheet screen: the mission and mandate, the list of
// activities with their tier, agenda, most serious risk and open questions, and
// the summary. Only the rows on screen are drawn.
type Screen struct {
	ctx   *component.Context
	links Links
	keys  worksheetKeys

	cursor, offset int // in the rows shown (all, or those the filter matches)
	// refCols is the width of the Ref column, measured in sync when the
	// worksheet or the filter changed (refGen, refText), so that drawing
	// never walks every activity.
	refCols      int
	titleCols    int // the widest title, its marks included
	refMost      int // the width the Ref column may take from the titles
	refGen       uint64
	refText      string // the filter the rows measured were listed by
	refSet       bool
	filter       textinput.Model
	filtering    bool   // the filter field has focus
	matches      []int  // positions in the sheet matching the filter; nil: no filter
	matchGen     uint64 // the sheet generation the matches were computed for
	matchText    string
	matchOrder   sheetOrder
	matchGrouped bool
	showSummary  bool
	summary      *panel.Summary
	order        sheetOrder // the view's order (order.go); the file keeps its own
	grouped      bool       // rows grouped by paragraph under its lead-in
	refs         refRanks   // the worksheet's references ranked, for sorting

	width, height int
}

// New makes the worksheet screen over the context's worksheet.
func New(ctx *component.Context, links Links) *Screen {
	f := textinput.New()
	f.Prompt = "Filter: "
	f.Placeholder = "a ref (15(c)), words of the title, task or facts"
	f.CharLimit = 200
	f.Cursor.SetMode(cursor.CursorStatic)
	return &Screen{ctx: ctx, links: links, keys: newWorksheetKeys(ctx.Keys), filter: f, showSummary: true, summary: panel.NewSummary(ctx)}
}

// Init does nothing: the worksheet needs no command to start.
func (v *Screen) Init() tea.Cmd { return nil }

// SetSize gives the screen its area.
func (v *Screen) SetSize(w, h int) {
	v.width, v.height = w, h
	v.filter.Width = max(10, w-30)
	v.scroll()
}

// ShortHelp is the key help of the footer.
func (v *Screen) ShortHelp() []key.Binding {
	if v.filtering {
		return []key.Binding{component.Bind([]string{"enter"}, "enter", "keep the filter"),
			component.Bind([]string{"esc"}, "esc", "clear the filter"), component.Bind([]string{"up", "down"}, "↑/↓", "move")}
	}
	k := v.keymap()
	if !k.Open.Enabled() {
		return v.noRowHelp()
	}
	return k.ShortHelp()
}

// noRowHelp is the footer where no row is under the cursor: the keys that
// act there. A filter that matches nothing is cleared or changed; an empty
// worksheet is given its first activity or a mandate's tasks; u only where
// there is something to undo (the last activity deleted).
func (v *Screen) noRowHelp() []key.Binding {
	k := v.keymap()
	keys := []key.Binding{k.Review, k.Add, k.Import}
	if v.filter.Value() != "" {
		keys = []key.Binding{k.ClearFilter, k.Filter, k.Add}
	}
	if v.ctx.Sheet.Undoable() > 0 {
		keys = append(keys, k.Undo)
	}
	return append(keys, k.global.Save, k.global.Help, k.Quit)
}

// FullHelp is the key help of the help screen.
func (v *Screen) FullHelp() [][]key.Binding { return v.keymap().FullHelp() }

// keymap is the worksheet's keys, as sync enabled them.
func (v *Screen) keymap() worksheetKeys { return v.keys }

// TextFocused reports whether a text field has the keys.
func (v *Screen) TextFocused() bool { return v.filtering }

// rows is the number of rows the list shows.
func (v *Screen) rows() int {
	v.refilter()
	if v.matches != nil {
		return len(v.matches)
	}
	return v.ctx.Sheet.Len()
}

// position maps a row to the activity's position in the sheet.
func (v *Screen) position(row int) int {
	if v.matches != nil {
		return v.matches[row]
	}
	return row
}

// refilter recomputes the matches when the filter or the worksheet changed.
func (v *Screen) refilter() {
	text := strings.ToLower(strings.TrimSpace(v.filter.Value()))
	if text == "" && v.order == byFile && !v.grouped {
		v.matches = nil
		return
	}
	s := v.ctx.Sheet
	if v.matches != nil && v.matchGen == s.Gen() && v.matchText == text && v.matchOrder == v.order && v.matchGrouped == v.grouped {
		return
	}
	words := strings.Fields(text)
	v.matches = make([]int, 0, 64)
	for i, a := range s.Worksheet().Activities {
		if len(words) == 0 || component.HoldsEvery(s.Verdict(a).Search, words) {
			v.matches = append(v.matches, i)
		}
	}
	sortRows(s, &v.refs, v.matches, v.order, v.grouped)
	v.matchGen, v.matchText, v.matchOrder, v.matchGrouped = s.Gen(), text, v.order, v.grouped
}

// Selected is the activity under the cursor, or nil.
func (v *Screen) Selected() *model.Activity {
	n := v.rows()
	if n == 0 {
		return nil
	}
	v.cursor = max(0, min(v.cursor, n-1))
	return v.ctx.Sheet.At(v.position(v.cursor))
}

// Shown lists the activities the list shows, in its order: those the
// filter matches, sorted or grouped as the list is. It is nil when the list
// shows the whole worksheet in the file's order, so that the export writes
// the worksheet itself.
func (v *Screen) Shown() []*model.Activity {
	v.refilter()
	if v.matches == nil {
		return nil
	}
	out := make([]*model.Activity, 0, len(v.matches))
	for _, p := range v.matches {
		out = append(out, v.ctx.Sheet.At(p))
	}
	return out
}

// ShownPositions are the places in the sheet (from 0) of what Shown
// returns, in the list's order; nil when the list shows the whole sheet in
// its own order.
func (v *Screen) ShownPositions() []int {
	v.refilter()
	if v.matches == nil {
		return nil
	}
	return slices.Clone(v.matches)
}

// Filter is the text of the list's filter, "" when it has none.
func (v *Screen) Filter() string { return v.filter.Value() }

// OrderCue names the order the list is sorted or grouped in, "" in the
// file's order.
func (v *Screen) OrderCue() string { return v.orderCue() }

// RefsParsed counts the paragraph references the list's sorts parsed, each
// once when first met: the root's tests count with it.
func (v *Screen) RefsParsed() int { return v.refs.parsed }

// Title names the worksheet in the title bar.
func (v *Screen) Title() string { return "Worksheet" }

// Top puts the cursor on the first row, as when a worksheet is opened.
func (v *Screen) Top() { v.cursor = 0 }

// Select puts the cursor on an activity, clearing a filter that hides it.
func (v *Screen) Select(a *model.Activity) {
	i := v.ctx.Sheet.Index(a)
	if i < 0 {
		return
	}
	v.refilter()
	if v.matches != nil {
		found := false
		for row, p := range v.matches {
			if p == i {
				v.cursor, found = row, true
			}
		}
		if !found {
			v.filter.SetValue("")
			v.matches = nil
			v.cursor = i
		}
	} else {
		v.cursor = i
	}
	v.scroll()
}

// listHeight is the number of rows of activities on screen.
func (v *Screen) listHeight() int {
	h := v.height - 2 - 1 // mission and mandate, column headers
	if v.filtering || v.filter.Value() != "" {
		h--
	}
	if v.showSummary && !v.sideSummary() {
		h -= v.summary.FlatHeight()
	}
	if !v.showSummary {
		h-- // summaryHidden
	}
	return max(1, h)
}

// summaryHidden stands where the summary was once s hid it: without it
// nothing on screen said the summary was hidden, nor how to bring it back.
const summaryHidden = "Summary hidden: s shows the summary."

// sideSummary reports whether the summary stands beside the list.
func (v *Screen) sideSummary() bool { return v.width >= 110 }

func (v *Screen) scroll() {
	n := v.rows()
	v.cursor = max(0, min(v.cursor, n-1))
	h := v.listHeight()
	if v.cursor < v.offset {
		v.offset = v.cursor
	}
	if v.cursor >= v.offset+h {
		v.offset = v.cursor - h + 1
	}
	v.offset = max(0, min(v.offset, n-h))
	v.scrollGroups(h)
}

// Update handles keys of the worksheet.
func (v *Screen) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if _, ok := msg.(briefview.Export); ok {
		// x on the briefing: the export dialog, for what it showed.
		return v, v.ctx.Send(component.RequestExport)
	}
	km, ok := msg.(tea.KeyMsg)
	if !ok {
		return v, nil
	}
	if v.filtering {
		return v, v.updateFilter(km)
	}
	k := v.keymap()
	s := v.ctx.Sheet
	var cmd tea.Cmd
	c, moved := k.Move(km, v.cursor, v.listHeight(), v.rows())
	switch {
	case moved:
		v.cursor = c
	case key.Matches(km, k.Open):
		if a := v.Selected(); a != nil {
			cmd = v.ctx.Send(component.Open{To: v.links.Detail, Arg: a})
		}
	case key.Matches(km, k.Edit):
		if a := v.Selected(); a != nil {
			cmd = v.ctx.Send(v.links.Edit(a, false))
		}
	case key.Matches(km, k.Add):
		// A new activity goes at the end of the worksheet, as the plain
		// prompts' add puts it: put after the cursor, it renumbered every
		// activity below, the #n a workshop had already called them by.
		a := &model.Activity{}
		s.AddNew(s.Len(), a)
		v.Select(a)
		cmd = v.ctx.Send(v.links.Edit(a, true))
	case key.Matches(km, k.Duplicate):
		if a := v.Selected(); a != nil {
			c := s.Duplicate(s.Index(a))
			v.Select(c)
			cmd = v.ctx.Send(duplicated(report.OneLine(c.Title), v.ctx.StatusRoom(v.width)))
		}
	case key.Matches(km, k.Delete):
		if a := v.Selected(); a != nil {
			s.Delete(s.Index(a))
			cmd = v.ctx.Send(deleted(report.OneLine(a.Title), v.ctx.StatusRoom(v.width)))
		}
	case key.Matches(km, k.Briefing):
		cmd = v.ctx.Send(component.RequestBriefing)
	case key.Matches(km, k.Copy):
		if a := v.Selected(); a != nil {
			cmd = v.ctx.Send(component.Copy{Text: v.links.CopyLine(a)})
		}
	case key.Matches(km, k.Undo), key.Matches(km, k.Redo):
		cmd = v.ctx.Undo(key.Matches(km, k.Redo))
	case key.Matches(km, k.MoveUp), key.Matches(km, k.MoveDown):
		cmd = v.move(key.Matches(km, k.MoveDown))
	case key.Matches(km, k.Filter):
		v.filtering = true
		cmd = v.filter.Focus()
	case key.Matches(km, k.ClearFilter):
		v.filter.SetValue("")
	case key.Matches(km, k.Sort):
		cmd = v.cycleOrder()
	case key.Matches(km, k.Group):
		cmd = v.toggleGroups()
	case key.Matches(km, k.Summary):
		v.showSummary = !v.showSummary
	case key.Matches(km, k.Heading):
		cmd = v.ctx.Send(component.RequestHeading)
	case key.Matches(km, k.Framework):
		cmd = v.ctx.Send(component.Open{To: v.links.Framework})
	case key.Matches(km, k.Present):
		cmd = v.ctx.Send(component.Open{To: v.links.Present, Arg: v.Selected()})
	case key.Matches(km, k.Portfolio):
		cmd = v.ctx.Send(component.Open{To: v.links.Portfolio})
	case key.Matches(km, k.Register):
		cmd = v.ctx.Send(component.Open{To: v.links.Register, Arg: v.Selected()})
	case key.Matches(km, k.Import):
		cmd = v.ctx.Send(component.RequestImport)
	case key.Matches(km, k.Compare):
		cmd = v.ctx.Send(component.RequestCompare)
	case key.Matches(km, k.Review):
		cmd = v.ctx.Send(component.Open{To: v.links.Review, Arg: v.Selected()})
	case key.Matches(km, k.SaveAs):
		cmd = v.ctx.Send(component.RequestSaveAs)
	case key.Matches(km, k.Export):
		cmd = v.ctx.Send(component.RequestExport)
	case key.Matches(km, k.Quit):
		cmd = v.ctx.Send(component.RequestQuit)
	}
	v.scroll()
	return v, cmd
}

func (v *Screen) move(down bool) tea.Cmd {
	a := v.Selected()
	if a == nil {
		return nil
	}
	if v.filter.Value() != "" {
		return v.ctx.Status("Clear the filter (esc) to change the order.")
	}
	if v.order != byFile || v.grouped {
		return v.ctx.Status("The list is sorted or grouped for viewing: press o until “file order” (and t to ungroup) to change the order of the file.")
	}
	delta := -1
	if down {
		delta = 1
	}
	s := v.ctx.Sheet
	v.cursor = s.Move(s.Index(a), delta)
	return nil
}

func (v *Screen) updateFilter(km tea.KeyMsg) tea.Cmd {
	switch km.String() {
	case "enter":
		v.filtering = false
		v.filter.Blur()
		return nil
	case "esc":
		v.filtering = false
		v.filter.Blur()
		v.filter.SetValue("")
		v.scroll()
		return nil
	case "up":
		v.cursor--
		v.scroll()
		return nil
	case "down":
		v.cursor++
		v.scroll()
		return nil
	}
	var cmd tea.Cmd
	v.filter, cmd = v.filter.Update(km)
	v.cursor, v.offset = 0, 0
	v.scroll()
	return cmd
}

// View draws the worksheet.
func (v *Screen) View() string {
	if v.width <= 0 || v.height <= 0 {
		return ""
	}
	w := v.width
	listW := w
	if v.showSummary && v.sideSummary() {
		listW = w - panel.SideWidth - 1
	}
	lines := make([]string, 0, v.height)
	lines = append(lines, v.heading(w)...)
	if v.filtering || v.filter.Value() != "" {
		lines = append(lines, component.Fit(v.filter.View()+v.ctx.Styles.Muted.Render(fmt.Sprintf("  (%d of %d)", v.rows(), v.ctx.Sheet.Len())), w))
	}
	list := v.list(listW, v.listHeight()+1)
	if v.showSummary && v.sideSummary() {
		side := strings.Split(v.summary.Side(panel.SideWidth, len(list)), "\n")
		for i := range list {
			if i < len(side) {
				list[i] = component.Fit(list[i], listW) + " " + side[i]
			}
		}
	}
	lines = append(lines, list...)
	if v.showSummary && !v.sideSummary() {
		lines = append(lines, v.summary.Flat(w))
	}
	if !v.showSummary {
		lines = append(lines, v.ctx.Styles.Muted.Render(component.Cut(summaryHidden, w)))
	}
	return component.Block(strings.Join(lines, "\n"), w, v.height)
}

func (v *Screen) heading(w int) []string {
	st := v.ctx.Styles
	h := v.ctx.Sheet.Heading()
	mission, mandate := report.OneLine(h.Mission), report.OneLine(h.Mandate)
	if mission == "" {
		mission = st.Muted.Render("(none — m to set)")
	}
	if mandate == "" {
		mandate = st.Muted.Render("(none — m to set)")
	}
	first := component.Fit(st.Label.Render(h.MissionLabel+": ")+mission, w)
	if cue := v.orderCue(); cue != "" && len(cue)+20 < w {
		first = component.Fit(st.Label.Render(h.MissionLabel+": ")+mission, w-len([]rune(cue))-1) + " " + st.Muted.Render(cue)
	}
	return []string{
		first,
		component.Fit(st.Label.Render(h.MandateLabel+": ")+mandate, w),
	}
}

// Column widths of the list, except the title, which takes what is left.
const (
	colNumber = 6
	colTier   = 5
	colAgenda = 13
	colRisk   = 9
	colOpen   = 5
)

// Settle brings the screen up to date with the worksheet after every
// Update, so that View only draws: it enables the review of drafts only when
// there are drafts, matches the filter, scrolls the list to the cursor and
// renders the summary's findings when the set that fires changed.
func (v *Screen) Settle() {
	v.keys.Review.SetEnabled(v.ctx.Sheet.Drafts() > 0)
	// The keys of the activity under the cursor act only where a row is
	// under it: an empty worksheet, or a filter that matches nothing,
	// offered "enter open · e edit · d delete", and they did nothing.
	row := v.Selected() != nil
	for _, b := range []*key.Binding{&v.keys.Open, &v.keys.Edit, &v.keys.Duplicate, &v.keys.Delete,
		&v.keys.Copy, &v.keys.MoveUp, &v.keys.MoveDown} {
		b.SetEnabled(row)
	}
	if gen, text := v.ctx.Sheet.Gen(), v.filter.Value(); !v.refSet || v.refGen != gen || v.refText != text {
		v.refCols, v.titleCols, v.refMost = v.measureRefWidth()
		v.refGen, v.refText, v.refSet = gen, text, true
		refs := v.hasRefs()
		v.keys.Sort.SetHelp("o", sortHelp(refs))
		v.keys.Group.SetHelp("t", groupHelp(refs))
	}
	v.scroll()
	v.summary.Fired() // the summary's findings, rendered when the set changes
}

// OthersHeading names the activities asked of others than the mission
// (othersHeading), as the review of drafts heads them too.
func OthersHeading(rb *classify.Rulebook) string { return othersHeading(rb) }

// SearchText is what the filter looks in for an activity: its title, id,
// reference, task and facts, in lower case (searchText). The worksheet's
// verdicts keep it, made once per change.
func SearchText(rb *classify.Rulebook, a *model.Activity) string { return searchText(rb, a) }

// severityShort is the most serious risk in a table cell, "-" when none fires.
func severityShort(s classify.Severity) string {
	if s == "" {
		return "-"
	}
	return string(s)
}

// riskCell is the Risk column of an activity's row: its most serious
// severity, marked "~" ("~critical") when every risk of it fires only on
// answers suggested and not yet confirmed, as the account marks them.
func riskCell(vd *session.Verdict) string {
	if vd.HighestOnSuggested {
		return "~" + severityShort(vd.Highest)
	}
	return severityShort(vd.Highest)
}

// tierCell is the Tier column of an activity's row, marked "~" ("~T3")
// when the tier rests on answers only suggested, as the account's verdict
// line marks it (report.VerdictTier).
func tierCell(vd *session.Verdict) string {
	return report.ReadingMark(vd.TierOnSuggested) + report.TierText(vd.Tier)
}

// agendaCell is the Agenda column of an activity's row in the rulebook's
// short words, marked "~" ("~SSR only") when the agenda rests on answers
// only suggested.
func agendaCell(rb *classify.Rulebook, vd *session.Verdict) string {
	return report.ReadingMark(vd.AgendaOnSuggested) + rb.AgendaShort(vd.Agenda)
}

// severityIndex is a severity's place in classify.Severities, -1 when none.
func severityIndex(s classify.Severity) int {
	for i, x := range classify.Severities {
		if x == s {
			return i
		}
	}
	return -1
}
