package ui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/briefview"
	"github.com/pocssr/pocssr/ui/component"
)

// worksheetView is the worksheet screen: the mission and mandate, the list of
// activities with their tier, agenda, most serious risk and open questions, and
// the summary. Only the rows on screen are drawn.
type worksheetView struct {
	sh   *shared
	keys worksheetKeys

	cursor, offset int // in the rows shown (all, or those the filter matches)
	// refCols is the width of the Ref column, measured in sync when the
	// worksheet changed (refGen), so that drawing never walks every activity.
	refCols      int
	refGen       uint64
	refSet       bool
	filter       textinput.Model
	filtering    bool   // the filter field has focus
	matches      []int  // positions in the sheet matching the filter; nil: no filter
	matchGen     uint64 // the sheet generation the matches were computed for
	matchText    string
	matchOrder   sheetOrder
	matchGrouped bool
	showSummary  bool
	order        sheetOrder // the view's order (sheet_order.go); the file keeps its own
	grouped      bool       // rows grouped by paragraph under its lead-in

	width, height int
}

func newWorksheetView(sh *shared) *worksheetView {
	f := textinput.New()
	f.Prompt = "Filter: "
	f.Placeholder = "a ref (15(c)), words of the title, task or facts"
	f.CharLimit = 200
	f.Cursor.SetMode(cursor.CursorStatic)
	return &worksheetView{sh: sh, keys: newWorksheetKeys(sh.global), filter: f, showSummary: true}
}

// Init does nothing: the worksheet needs no command to start.
func (v *worksheetView) Init() tea.Cmd { return nil }

// SetSize gives the screen its area.
func (v *worksheetView) SetSize(w, h int) {
	v.width, v.height = w, h
	v.filter.Width = max(10, w-30)
	v.scroll()
}

// ShortHelp is the key help of the footer.
func (v *worksheetView) ShortHelp() []key.Binding {
	if v.filtering {
		return []key.Binding{bind([]string{"enter"}, "enter", "keep the filter"),
			bind([]string{"esc"}, "esc", "clear the filter"), bind([]string{"up", "down"}, "↑/↓", "move")}
	}
	return v.keymap().ShortHelp()
}

// FullHelp is the key help of the help screen.
func (v *worksheetView) FullHelp() [][]key.Binding { return v.keymap().FullHelp() }

// keymap is the worksheet's keys, as sync enabled them.
func (v *worksheetView) keymap() worksheetKeys { return v.keys }

// TextFocused reports whether a text field has the keys.
func (v *worksheetView) TextFocused() bool { return v.filtering }

// rows is the number of rows the list shows.
func (v *worksheetView) rows() int {
	v.refilter()
	if v.matches != nil {
		return len(v.matches)
	}
	return v.sh.sheet.Len()
}

// position maps a row to the activity's position in the sheet.
func (v *worksheetView) position(row int) int {
	if v.matches != nil {
		return v.matches[row]
	}
	return row
}

// refilter recomputes the matches when the filter or the worksheet changed.
func (v *worksheetView) refilter() {
	text := strings.ToLower(strings.TrimSpace(v.filter.Value()))
	if text == "" && v.order == byFile && !v.grouped {
		v.matches = nil
		return
	}
	s := v.sh.sheet
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
	sortRows(s, v.matches, v.order, v.grouped)
	v.matchGen, v.matchText, v.matchOrder, v.matchGrouped = s.Gen(), text, v.order, v.grouped
}

// Selected is the activity under the cursor, or nil.
func (v *worksheetView) Selected() *model.Activity {
	n := v.rows()
	if n == 0 {
		return nil
	}
	v.cursor = max(0, min(v.cursor, n-1))
	return v.sh.sheet.At(v.position(v.cursor))
}

// Title names the worksheet in the title bar.
func (v *worksheetView) Title() string { return "Worksheet" }

// Top puts the cursor on the first row, as when a worksheet is opened.
func (v *worksheetView) Top() { v.cursor = 0 }

// Select puts the cursor on an activity, clearing a filter that hides it.
func (v *worksheetView) Select(a *model.Activity) {
	i := v.sh.sheet.Index(a)
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
func (v *worksheetView) listHeight() int {
	h := v.height - 2 - 1 // mission and mandate, column headers
	if v.filtering || v.filter.Value() != "" {
		h--
	}
	if v.showSummary && !v.sideSummary() {
		h -= summaryPanel{v.sh}.FlatHeight()
	}
	return max(1, h)
}

// sideSummary reports whether the summary stands beside the list.
func (v *worksheetView) sideSummary() bool { return v.width >= 110 }

func (v *worksheetView) scroll() {
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
func (v *worksheetView) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch e := msg.(type) {
	case editedMsg:
		// Back from the questionnaire: the cursor on the activity edited.
		v.Select(e.activity)
		return v, nil
	case briefview.Export:
		// x on the briefing: the export dialog, for what it showed.
		return v, v.sh.send(requestMsg{requestExport})
	}
	km, ok := msg.(tea.KeyMsg)
	if !ok {
		return v, nil
	}
	if v.filtering {
		return v, v.updateFilter(km)
	}
	k := v.keymap()
	s := v.sh.sheet
	var cmd tea.Cmd
	c, moved := k.Move(km, v.cursor, v.listHeight(), v.rows())
	switch {
	case moved:
		v.cursor = c
	case key.Matches(km, k.Open):
		if a := v.Selected(); a != nil {
			cmd = v.sh.send(openMsg{To: detailScreen, Arg: a})
		}
	case key.Matches(km, k.Edit):
		if a := v.Selected(); a != nil {
			cmd = v.sh.send(openMsg{To: questionnaireScreen, Arg: editArgs{activity: a}})
		}
	case key.Matches(km, k.Add):
		a := &model.Activity{}
		at := s.Len()
		if sel := v.Selected(); sel != nil {
			at = s.Index(sel) + 1
		}
		s.Add(at, a)
		v.Select(a)
		cmd = v.sh.send(openMsg{To: questionnaireScreen, Arg: editArgs{activity: a, isNew: true}})
	case key.Matches(km, k.Duplicate):
		if a := v.Selected(); a != nil {
			c := s.Duplicate(s.Index(a))
			v.Select(c)
			cmd = v.sh.status("Duplicated as “" + cut(oneLine(c.Title), 50) + "”. u to undo.")
		}
	case key.Matches(km, k.Delete):
		if a := v.Selected(); a != nil {
			s.Delete(s.Index(a))
			cmd = v.sh.status("Deleted “" + cut(oneLine(a.Title), 50) + "”. u to undo.")
		}
	case key.Matches(km, k.Briefing):
		cmd = v.sh.send(requestMsg{requestBriefing})
	case key.Matches(km, k.Copy):
		if a := v.Selected(); a != nil {
			cmd = v.sh.send(copyMsg{Text: copyLine(s, a)})
		}
	case key.Matches(km, k.Undo), key.Matches(km, k.Redo):
		cmd = v.sh.ctx.Undo(key.Matches(km, k.Redo))
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
		cmd = v.sh.send(requestMsg{requestHeading})
	case key.Matches(km, k.Framework):
		cmd = v.sh.send(openMsg{To: frameworkScreen})
	case key.Matches(km, k.Present):
		cmd = v.sh.send(openMsg{To: presentScreen, Arg: presentAt{at: v.Selected()}})
	case key.Matches(km, k.Portfolio):
		cmd = v.sh.send(openMsg{To: portfolioScreen})
	case key.Matches(km, k.Register):
		cmd = v.sh.send(openMsg{To: registerScreen, Arg: v.Selected()})
	case key.Matches(km, k.Import):
		cmd = v.sh.send(requestMsg{requestImport})
	case key.Matches(km, k.Compare):
		cmd = v.sh.send(requestMsg{requestCompare})
	case key.Matches(km, k.Review):
		cmd = v.sh.send(openMsg{To: reviewScreen, Arg: v.Selected()})
	case key.Matches(km, k.SaveAs):
		cmd = v.sh.send(requestMsg{requestSaveAs})
	case key.Matches(km, k.Export):
		cmd = v.sh.send(requestMsg{requestExport})
	case key.Matches(km, k.Quit):
		cmd = v.sh.send(requestMsg{requestQuit})
	}
	v.scroll()
	return v, cmd
}

func (v *worksheetView) move(down bool) tea.Cmd {
	a := v.Selected()
	if a == nil {
		return nil
	}
	if v.filter.Value() != "" {
		return v.sh.status("Clear the filter (esc) to change the order.")
	}
	if v.order != byFile || v.grouped {
		return v.sh.status("The list is sorted or grouped for viewing: press o until “file order” (and t to ungroup) to change the order of the file.")
	}
	delta := -1
	if down {
		delta = 1
	}
	s := v.sh.sheet
	v.cursor = s.Move(s.Index(a), delta)
	return nil
}

func (v *worksheetView) updateFilter(km tea.KeyMsg) tea.Cmd {
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
func (v *worksheetView) View() string {
	if v.width <= 0 || v.height <= 0 {
		return ""
	}
	w := v.width
	listW := w
	if v.showSummary && v.sideSummary() {
		listW = w - summarySideWidth - 1
	}
	lines := make([]string, 0, v.height)
	lines = append(lines, v.heading(w)...)
	if v.filtering || v.filter.Value() != "" {
		lines = append(lines, fit(v.filter.View()+v.sh.st.Muted.Render(fmt.Sprintf("  (%d of %d)", v.rows(), v.sh.sheet.Len())), w))
	}
	list := v.list(listW, v.listHeight()+1)
	if v.showSummary && v.sideSummary() {
		side := strings.Split(summaryPanel{v.sh}.Side(summarySideWidth, len(list)), "\n")
		for i := range list {
			if i < len(side) {
				list[i] = fit(list[i], listW) + " " + side[i]
			}
		}
	}
	lines = append(lines, list...)
	if v.showSummary && !v.sideSummary() {
		lines = append(lines, summaryPanel{v.sh}.Flat(w))
	}
	return block(strings.Join(lines, "\n"), w, v.height)
}

func (v *worksheetView) heading(w int) []string {
	st := v.sh.st
	ws := v.sh.sheet.Worksheet()
	mission, mandate := oneLine(ws.Mission), oneLine(ws.Mandate)
	if mission == "" {
		mission = st.Muted.Render("(none — m to set)")
	}
	if mandate == "" {
		mandate = st.Muted.Render("(none — m to set)")
	}
	first := fit(st.Label.Render("Mission: ")+mission, w)
	if cue := v.orderCue(); cue != "" && len(cue)+20 < w {
		first = fit(st.Label.Render("Mission: ")+mission, w-len([]rune(cue))-1) + " " + st.Muted.Render(cue)
	}
	return []string{
		first,
		fit(st.Label.Render("Mandate: ")+mandate, w),
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
