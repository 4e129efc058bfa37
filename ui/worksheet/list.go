package worksheet

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/report"
	"github.com/pocssr/pocssr/classify/suggest"
	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/component"
	"github.com/pocssr/pocssr/ui/session"
)

// The worksheet's list: the column headers and the rows on screen, with the
// paragraph reference of each task where the worksheet was imported from a
// mandate, and the headers of the paragraphs when the rows are grouped.

// cycleOrder moves the list to the next order and says which it is.
func (v *Screen) cycleOrder() tea.Cmd {
	sel := v.Selected()
	v.order = (v.order + 1) % numOrders
	skipped := v.order == byRef && !v.hasRefs()
	if skipped {
		v.order++
	}
	v.keepSelection(sel)
	if v.order == byFile {
		return v.ctx.Status("The list shows the file's order again.")
	}
	if skipped {
		// The help says o goes by ref only where some activity has one;
		// the line says why the first o went past it.
		return v.ctx.Status("Sorted by " + v.order.name() + "; no activity has a ref. The file keeps its order. o: next order.")
	}
	return v.ctx.Status("Sorted by " + v.order.name() + " — for viewing only: the file keeps its order. o: next order.")
}

// toggleGroups groups the rows by paragraph, or stops grouping them.
func (v *Screen) toggleGroups() tea.Cmd {
	if !v.hasRefs() {
		return v.ctx.Status("No activity has a paragraph reference to group by: import a mandate (i) to have them.")
	}
	sel := v.Selected()
	v.grouped = !v.grouped
	v.keepSelection(sel)
	if !v.grouped {
		return v.ctx.Status("No longer grouped by paragraph.")
	}
	return v.ctx.Status("Grouped by paragraph, each under its lead-in — for viewing only: the file keeps its order. t: ungroup.")
}

// keepSelection keeps the cursor on the activity it was on.
func (v *Screen) keepSelection(a *model.Activity) {
	v.matches = nil
	v.refilter()
	if a != nil {
		v.Select(a)
	}
}

// sortHelp is what the help says o does: by ref only where some activity
// has a paragraph reference (refs), as cycleOrder sorts.
func sortHelp(refs bool) string {
	if !refs {
		return "sort the view: tier, agenda, risk, open; not by ref, as no activity has a paragraph reference (the file keeps its order)"
	}
	return "sort the view: ref, tier, agenda, risk, open (the file keeps its order)"
}

// groupHelp is what the help says t does: where no activity has a
// paragraph reference (refs) it groups nothing, and the help says so, as
// sortHelp does for ref (it offered to group by paragraph, and t only said
// there was none).
func groupHelp(refs bool) string {
	if !refs {
		return "group the view: not by paragraph, as no activity has a paragraph reference (import a mandate, i, to have them)"
	}
	return "group the view by paragraph (the file keeps its order)"
}

// hasRefs reports whether any activity has a paragraph reference: only then
// does the list show the Ref column.
func (v *Screen) hasRefs() bool {
	for _, a := range v.ctx.Sheet.Worksheet().Activities {
		if report.ParagraphRef(a.Source.Ref) != "" {
			return true
		}
	}
	return false
}

// refWidth is the width of the Ref column in a list w cells wide: the
// longest reference and a space, as sync last measured it, at most
// maxRefWidth, or as much more as the titles leave over: a long paragraph
// ("2070·12(a)(ii)") is not cut beside empty columns of titles.
func (v *Screen) refWidth(w int) int {
	want, titles, most := v.refCols, v.titleCols, v.refMost
	if !v.refSet {
		want, titles, most = v.measureRefWidth()
	}
	spare := w - 3 - colNumber - colTier - colAgenda - colRisk - colOpen - titles - 1
	return min(want, max(most, spare))
}

// measureRefWidth is the width the Ref column wants: the longest mark and
// a space; 0 where no row's source numbers a paragraph, as the # column
// then gives every mark ("#n"). The column names each activity as the
// briefing, the board and the portfolio do (report.SourcesRef): the paragraph its
// source numbers, else "#n". A case's section, as the case library's
// sources give, filled the column with "Existing U…" on nine rows at 80
// columns and no key to read it whole: the account's "source:" line gives
// it. titles is the widest title, its marks included, which the column
// leaves its room. Only the rows the list holds count.
//
// most is the width the column may take where the titles need the room:
// maxRefWidth, or maxRefWidthAcross where a reference names its document,
// which is what tells the paragraphs of two mandates apart: at 80 columns
// "2241·4(a)(iii)" was cut to "…4(a)(iii)", the mandate gone.
func (v *Screen) measureRefWidth() (ref, titles, most int) {
	s := v.ctx.Sheet
	sources := s.Sources()
	refs, numbered := false, 0 // the last place named "#n", whose mark is the widest of them
	most = maxRefWidth
	for row := range v.rows() {
		pos := v.position(row)
		a := s.At(pos)
		if report.ParagraphRef(a.Source.Ref) != "" {
			refs = true
			r := report.SourcesRef(sources, a, pos+1)
			ref = max(ref, component.RefWidth(r))
			if strings.Contains(r, model.RefSep) {
				most = maxRefWidthAcross
			}
		} else {
			numbered = max(numbered, pos+1)
		}
		titles = max(titles, ansi.StringWidth(markedTitle(a, s.Verdict(a))))
	}
	if !refs {
		return 0, titles, most
	}
	if numbered > 0 {
		ref = max(ref, component.RefWidth(report.Mark("", numbered)))
	}
	return max(ref, 3) + 1, titles, most
}

// markedTitle is an activity's title as its row shows it, uncut, with the
// marks in full. The marks come first, so that a long title never hides
// them: a draft, a critical risk nothing is done about yet, something late
// in the risk register.
func markedTitle(a *model.Activity, vd *session.Verdict) string {
	return markedTitleWith(a, vd, fullMarks)
}

// markedTitleWith is markedTitle with the marks given: short ones where
// the full would hide the title (rowTitle).
func markedTitleWith(a *model.Activity, vd *session.Verdict, m titleMarks) string {
	title := shownTitle(a, vd)
	if vd.Register.Overdue > 0 {
		title = m.overdue + " " + title
	}
	if vd.OpenCritical > 0 {
		title = criticalMark(m, vd) + " " + title
	}
	if vd.Draft {
		title = m.draft + " " + title
	}
	return title
}

// shownTitle is an activity's title on one line, "(untitled)" where it has
// none, "~" before it where it opens with the topic of a kind only
// suggested (component.TopicMark), as the Tier column marks "~T2".
func shownTitle(a *model.Activity, vd *session.Verdict) string {
	title := report.OneLine(a.Title)
	if title == "" {
		title = "(untitled)"
	}
	return component.TopicMark(vd.TopicOnSuggested) + title
}

// criticalMark is the mark of an activity's open critical risks, "~" within
// it ("[~crit open]") when every one of them fires only on answers its
// words suggested and nobody confirmed, as its Risk column says "~critical".
func criticalMark(m titleMarks, vd *session.Verdict) string {
	if vd.OpenCriticalOnSuggested == vd.OpenCritical {
		return "[~" + m.critical[1:]
	}
	return m.critical
}

// titleMarks are the words a row puts before a title.
type titleMarks struct{ draft, critical, overdue string }

// fullMarks are the marks where they leave the title room; shortMarks
// where they would leave it fewer than titleRoom cells: at 80
// columns "[draft] [crit open] " took the column and left a copy's title as
// "[draft] [crit open]… (copy)". The help names both (Terms).
var (
	fullMarks  = titleMarks{draft: "[draft]", critical: "[crit open]", overdue: "[overdue]"}
	shortMarks = titleMarks{draft: "[d]", critical: "[crit]", overdue: "[late]"}
)

// titleRoom is the fewest cells of title full marks leave in sight.
const titleRoom = 20

// rowTitle is an activity's title as a row titleW cells wide shows it,
// uncut: its marks in full where the whole fits or they leave titleRoom
// cells of the title, else short.
func rowTitle(a *model.Activity, vd *session.Verdict, titleW int) string {
	full := markedTitle(a, vd)
	title := shownTitle(a, vd)
	marks := ansi.StringWidth(full) - ansi.StringWidth(title)
	if ansi.StringWidth(full) <= titleW || titleW-marks >= titleRoom {
		return full
	}
	return markedTitleWith(a, vd, shortMarks)
}

// columnRefs is every activity's reference as the Ref column names it: a
// cut one must read as none of them but its own.
func (v *Screen) columnRefs() []string {
	s := v.ctx.Sheet
	sources := s.Sources()
	refs := make([]string, s.Len())
	for pos := range refs {
		refs[pos] = report.SourcesRef(sources, s.At(pos), pos+1)
	}
	return refs
}

// maxRefWidth caps the Ref column where the titles need the room; a longer
// reference is cut.
const maxRefWidth = 12

// maxRefWidthAcross caps it where references name their document: the
// document's number, its separator, a paragraph of three levels
// ("2241·4(a)(iii)") and a space.
const maxRefWidthAcross = 15

// groupOf is the paragraph a row belongs to when the rows are grouped.
// Those asked of others than the mission stand in groups of their own, after
// the mission's own.
func (v *Screen) groupOf(row int) string {
	a := v.ctx.Sheet.At(v.position(row))
	para := paragraphOf(report.ParagraphRef(a.Source.Ref))
	if v.ctx.Sheet.Verdict(a).Others {
		return "others " + para
	}
	return para
}

// othersHeading names the activities asked of others than the mission, as
// the rulebook's term and the briefing name them.
func othersHeading(rb *classify.Rulebook) string {
	heading := classify.AskedOfOthersTerm
	for _, t := range rb.Terms {
		if t.Name == classify.AskedOfOthersTerm && t.Label != "" {
			heading = t.Label
		}
	}
	r, size := utf8.DecodeRuneInString(heading)
	return string(unicode.ToUpper(r)) + heading[size:]
}

// startsGroup reports whether a group header stands above a row shown
// first at offset.
func (v *Screen) startsGroup(row, offset int) bool {
	return v.grouped && (row == offset || v.groupOf(row) != v.groupOf(row-1))
}

// linesFor is the number of lines rows offset..last take, headers included.
func (v *Screen) linesFor(offset, last int) int {
	n := 0
	for row := offset; row <= last; row++ {
		n++
		if v.startsGroup(row, offset) {
			n++
		}
	}
	return n
}

// scrollGroups moves the offset down until the cursor's row, with the group
// headers above it, fits on screen.
func (v *Screen) scrollGroups(h int) {
	if !v.grouped {
		return
	}
	for v.offset < v.cursor && v.linesFor(v.offset, v.cursor) > h {
		v.offset++
	}
}

// groupHeader is the line above a paragraph's rows: its number and lead-in.
func (v *Screen) groupHeader(row, w int) string {
	a := v.ctx.Sheet.At(v.position(row))
	para := paragraphOf(report.ParagraphRef(a.Source.Ref))
	mark := "  "
	if v.ctx.Sheet.Verdict(a).Others {
		mark = "  " + othersHeading(v.ctx.Sheet.Rulebook()) + " · "
	}
	if para == "" {
		return v.ctx.Styles.Label.Render(component.Fit(mark+"¶ (no paragraph reference)", w))
	}
	text := mark + "¶ " + para
	if lead := leadIn(a, para); lead != "" {
		text += " — " + report.OneLine(lead)
	}
	return v.ctx.Styles.Label.Render(component.Fit(text, w))
}

// orderCue says how the list is ordered when it is not the file's order,
// for the heading's right edge: "(sorted by risk · view only)".
func (v *Screen) orderCue() string {
	if v.order == byFile && !v.grouped {
		return ""
	}
	how := "sorted by " + v.order.name()
	switch {
	case v.grouped && v.order == byFile:
		how = "grouped by paragraph"
	case v.grouped:
		how = "grouped by paragraph, " + how
	}
	return "(" + how + " · view only)"
}

// header is the column headers; the column the list is sorted by carries
// "↓" and the order's name stands at the right, so the sort reads without
// colour. Beside "Activity" stands the first of more that fits: the count
// of rows out of sight, and the key that shows a cut title whole
// (headerCues).
func (v *Screen) header(titleW, refW, w int, more ...string) string {
	col := func(name string, width int, right bool) string {
		if name == v.order.column() {
			name += "↓"
		}
		if right {
			return fmt.Sprintf("%*s", width, name)
		}
		return component.Fit(name, width)
	}
	h := fmt.Sprintf("  %*s ", colNumber-1, "#")
	if refW > 0 {
		h += col("Ref", refW, false)
	}
	activity := "Activity"
	for _, m := range more { // the count in words, else in arrows: never dropped
		if ansi.StringWidth(activity+m) <= titleW {
			activity += m
			break
		}
	}
	h += component.Fit(activity, titleW) + " " + col("Tier", colTier, false) + col("Agenda", colAgenda, false) +
		col("Risk", colRisk, false) + col("Open", colOpen, true)
	return h
}

// reading is what the root says it is reading at start-up (Links.Reading).
func (v *Screen) reading() string {
	if v.links.Reading == nil {
		return ""
	}
	return v.links.Reading()
}

// list draws the column headers and the visible rows: exactly h lines.
func (v *Screen) list(w, h int) []string {
	st, rb := v.ctx.Styles, v.ctx.Sheet.Rulebook()
	s := v.ctx.Sheet
	refW := v.refWidth(w)
	titleW := max(10, w-3-colNumber-refW-colTier-colAgenda-colRisk-colOpen)
	lines := make([]string, 0, h)
	lines = append(lines, "") // the column headers, once the rows shown are known
	var refs []string         // every row's reference, that no cut one reads as another
	if refW > 0 {
		refs = v.columnRefs()
	}
	n := v.rows()
	last := v.offset - 1
	cut := false // a title in view shows "…"
	if n == 0 {
		msg := "No activities yet. Press n to add one, i to import a mandate, or f to browse the framework."
		if reading := v.reading(); reading != "" {
			msg = reading
		} else if v.filter.Value() != "" {
			msg = "No activity matches “" + component.Cut(v.filter.Value(), 40) + "”. esc clears the filter."
		}
		lines = append(lines, "")
		for _, l := range component.WrapIndent("  ", msg, w) { // the keys it names, whole
			lines = append(lines, st.Muted.Render(l))
		}
	}
	for row := v.offset; row < n && len(lines) < h; row++ {
		if v.startsGroup(row, v.offset) {
			lines = append(lines, v.groupHeader(row, w))
			if len(lines) >= h {
				break
			}
		}
		last = row
		pos := v.position(row)
		a := s.At(pos)
		vd := s.Verdict(a)
		title := rowTitle(a, vd, titleW)
		cut = cut || ansi.StringWidth(title) > titleW || suggest.ShortenedTitle(a)
		// Open is a count, 0 when every relevant question is answered; the
		// Risk column's "-" says there is no severity to show.
		open := strconv.Itoa(vd.Open)
		number := fmt.Sprintf("%*d ", colNumber-1, pos+1)
		if refW > 0 {
			number += component.Fit(component.RefCellAmong(report.SourcesRef(s.Sources(), a, pos+1), refW-1, refs), refW-1) + " "
		}
		tier := component.Fit(tierCell(vd), colTier)
		agenda := st.Agenda(vd.Agenda, component.Fit(agendaCell(rb, vd), colAgenda))
		risk := st.Severity(vd.Highest, component.Fit(riskCell(vd), colRisk))
		openCell := fmt.Sprintf("%*s", colOpen, open)
		if row == v.cursor {
			plain := "> " + number + component.Fit(component.CutTitle(title, titleW), titleW) + " " + tier + component.Fit(agendaCell(rb, vd), colAgenda) +
				component.Fit(riskCell(vd), colRisk) + openCell
			lines = append(lines, st.Selected.Render(component.Fit(plain, w)))
			continue
		}
		lines = append(lines, component.Fit("  "+number+component.Fit(component.CutTitle(title, titleW), titleW)+" "+tier+agenda+risk+openCell, w))
	}
	// How many rows the screen leaves out, above and below, beside the
	// column name: a long list never looks like the whole worksheet.
	var more, short []string
	if v.offset > 0 {
		more = append(more, fmt.Sprintf("%d above", v.offset))
		short = append(short, fmt.Sprintf("↑%d", v.offset))
	}
	if below := n - 1 - last; below > 0 && n > 0 {
		more = append(more, fmt.Sprintf("%d more below", below))
		short = append(short, fmt.Sprintf("↓%d", below))
	}
	cue, shortCue, tightCue := "", "", ""
	if len(more) > 0 {
		cue, shortCue, tightCue = " · "+strings.Join(more, ", "), " "+strings.Join(short, " "), " "+strings.Join(short, "")
	}
	lines[0] = st.Header.Render(component.Fit(v.header(titleW, refW, w, headerCues(cue, shortCue, tightCue, cut)...), w))
	for len(lines) < h {
		lines = append(lines, "")
	}
	return lines
}

// worksheetKeys are the keys of the worksheet screen.
type worksheetKeys struct {
	component.ScrollKeys                   // the list's cursor
	Open, Edit, Add, Duplicate, Delete     key.Binding
	Undo, Redo, MoveUp, MoveDown           key.Binding
	Filter, ClearFilter                    key.Binding
	Sort, Group                            key.Binding
	Heading, Summary, Framework, Portfolio key.Binding
	Present, Register, Copy, Briefing      key.Binding
	Import, Review, Compare                key.Binding
	SaveAs, Export, Quit                   key.Binding
	global                                 component.GlobalKeys
}

func newWorksheetKeys(g component.GlobalKeys) worksheetKeys {
	undo, redo := component.UndoKeys()
	return worksheetKeys{
		ScrollKeys:  component.ListKeys(),
		Open:        component.Bind([]string{"enter"}, "enter", "open"),
		Edit:        component.Bind([]string{"e"}, "e", "edit (questionnaire)"),
		Add:         component.Bind([]string{"n"}, "n", "new activity"),
		Duplicate:   component.Bind([]string{"c"}, "c", "duplicate"),
		Delete:      component.Bind([]string{"d", "delete"}, "d", "delete"),
		Undo:        undo,
		Redo:        redo,
		MoveUp:      component.Bind([]string{"K", "shift+up"}, "K/shift+↑", "move up"),
		MoveDown:    component.Bind([]string{"J", "shift+down"}, "J/shift+↓", "move down"),
		Filter:      component.Bind([]string{"/"}, "/", "filter"),
		ClearFilter: component.Bind([]string{"esc"}, "esc", "clear filter"),
		Sort:        component.Bind([]string{"o"}, "o", sortHelp(true)),
		Group:       component.Bind([]string{"t"}, "t", groupHelp(true)),
		Heading:     component.Bind([]string{"m"}, "m", "mission and mandate"),
		Summary:     component.Bind([]string{"s"}, "s", "summary on/off"),
		Framework:   component.Bind([]string{"f"}, "f", "framework"),
		Present:     component.Bind([]string{"p"}, "p", "present to a room"),
		Portfolio:   component.Bind([]string{"P"}, "P", "portfolio findings"),
		Register:    component.Bind([]string{"r"}, "r", "risk register: what is done about each risk, by whom, by when"),
		Import:      component.Bind([]string{"i"}, "i", "import a mandate as drafts"),
		Review:      component.Bind([]string{"R"}, "R", "review the drafts"),
		Compare:     component.Bind([]string{"C"}, "C", "compare with another mandate (this worksheet is OLD, the earlier side; the file is NEW)"),
		SaveAs:      component.Bind([]string{"S"}, "S", "save as"),
		Export:      component.Bind([]string{"x"}, "x", "export"),
		Briefing:    component.Bind([]string{"b"}, "b", "the briefing, as the export writes it"),
		Copy:        component.Bind([]string{"y"}, "y", "copy the activity's ref, title and verdict (OSC 52)"),
		Quit:        component.Bind([]string{"q"}, "q", "quit"),
		global:      g,
	}
}

// ShortHelp lists the keys shown in the footer. Review, there only while
// drafts wait, comes before the keys of editing: at 80 columns the line keeps
// it when the last items give way.
func (k worksheetKeys) ShortHelp() []key.Binding {
	return []key.Binding{k.Open, k.Review, k.Add, k.Edit, k.Delete, k.Undo, k.Filter, k.global.Save, k.global.Help, k.Quit}
}

// FullHelp lists the keys shown on the help screen.
func (k worksheetKeys) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom, k.Filter, k.ClearFilter},
		{k.Open, k.Edit, k.Add, k.Duplicate, k.Delete, k.Undo, k.Redo, k.MoveUp, k.MoveDown, k.Heading},
		{k.Import, k.Review, k.Register, k.Compare, k.Summary, k.Portfolio, k.Framework, k.global.Save, k.SaveAs, k.Briefing, k.Export, k.Copy, k.global.Help, k.Quit, k.global.ForceQuit, k.global.Suspend, k.Present, k.Sort, k.Group},
	}
}
