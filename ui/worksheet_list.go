package ui

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/report"
	"github.com/pocssr/pocssr/model"
)

// The worksheet's list: the column headers and the rows on screen, with the
// paragraph reference of each task where the worksheet was imported from a
// mandate, and the headers of the paragraphs when the rows are grouped.

// cycleOrder moves the list to the next order and says which it is.
func (v *worksheetView) cycleOrder() tea.Cmd {
	sel := v.Selected()
	v.order = (v.order + 1) % numOrders
	if v.order == byRef && !v.hasRefs() {
		v.order++
	}
	v.keepSelection(sel)
	if v.order == byFile {
		return v.sh.status("The list shows the file's order again.")
	}
	return v.sh.status("Sorted by " + v.order.name() + " — for viewing only: the file keeps its order. o: next order.")
}

// toggleGroups groups the rows by paragraph, or stops grouping them.
func (v *worksheetView) toggleGroups() tea.Cmd {
	if !v.hasRefs() {
		return v.sh.status("No activity has a paragraph reference to group by: import a mandate (i) to have them.")
	}
	sel := v.Selected()
	v.grouped = !v.grouped
	v.keepSelection(sel)
	if !v.grouped {
		return v.sh.status("No longer grouped by paragraph.")
	}
	return v.sh.status("Grouped by paragraph, each under its lead-in — for viewing only: the file keeps its order. t: ungroup.")
}

// keepSelection keeps the cursor on the activity it was on.
func (v *worksheetView) keepSelection(a *model.Activity) {
	v.matches = nil
	v.refilter()
	if a != nil {
		v.Select(a)
	}
}

// hasRefs reports whether any activity has a paragraph reference: only then
// does the list show the Ref column.
func (v *worksheetView) hasRefs() bool {
	for _, a := range v.sh.sheet.Worksheet().Activities {
		if paragraphRef(a.Source.Ref) != "" {
			return true
		}
	}
	return false
}

// paragraphRef is a source's reference when it numbers a paragraph ("12",
// "12(a)(ii)", "(c)", "7.I(b)"), else "": a section title, as the case
// library's sources give, is no paragraph to sort or group by.
func paragraphRef(ref string) string {
	ref = oneLine(ref)
	if ref == "" || len(ref) > maxRefWidth+4 || !(ref[0] >= '0' && ref[0] <= '9' || ref[0] == '(') || strings.Contains(ref, " ") {
		return ""
	}
	return ref
}

// refWidth is the width of the Ref column, as sync last measured it.
func (v *worksheetView) refWidth() int {
	if !v.refSet {
		return v.measureRefWidth()
	}
	return v.refCols
}

// measureRefWidth is the width of the Ref column: the longest reference and a
// space, at most maxRefWidth; 0 without references.
func (v *worksheetView) measureRefWidth() int {
	w := 0
	for _, a := range v.sh.sheet.Worksheet().Activities {
		w = max(w, utf8.RuneCountInString(paragraphRef(a.Source.Ref)))
	}
	if w == 0 {
		return 0
	}
	return min(max(w, 3)+1, maxRefWidth)
}

// maxRefWidth caps the Ref column; a longer reference is cut.
const maxRefWidth = 12

// groupOf is the paragraph a row belongs to when the rows are grouped.
// Those asked of others than the mission stand in groups of their own, after
// the mission's own.
func (v *worksheetView) groupOf(row int) string {
	a := v.sh.sheet.At(v.position(row))
	para := paragraphOf(paragraphRef(a.Source.Ref))
	if v.sh.sheet.Verdict(a).Others {
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
func (v *worksheetView) startsGroup(row, offset int) bool {
	return v.grouped && (row == offset || v.groupOf(row) != v.groupOf(row-1))
}

// linesFor is the number of lines rows offset..last take, headers included.
func (v *worksheetView) linesFor(offset, last int) int {
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
func (v *worksheetView) scrollGroups(h int) {
	if !v.grouped {
		return
	}
	for v.offset < v.cursor && v.linesFor(v.offset, v.cursor) > h {
		v.offset++
	}
}

// groupHeader is the line above a paragraph's rows: its number and lead-in.
func (v *worksheetView) groupHeader(row, w int) string {
	a := v.sh.sheet.At(v.position(row))
	para := paragraphOf(paragraphRef(a.Source.Ref))
	mark := "  "
	if v.sh.sheet.Verdict(a).Others {
		mark = "  " + othersHeading(v.sh.rb) + " · "
	}
	if para == "" {
		return v.sh.st.Label.Render(fit(mark+"¶ (no paragraph reference)", w))
	}
	text := mark + "¶ " + para
	if lead := leadIn(a, para); lead != "" {
		text += " — " + oneLine(lead)
	}
	return v.sh.st.Label.Render(fit(text, w))
}

// orderCue says how the list is ordered when it is not the file's order,
// for the heading's right edge: "(sorted by risk · view only)".
func (v *worksheetView) orderCue() string {
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
// colour.
func (v *worksheetView) header(titleW, refW, w int) string {
	col := func(name string, width int, right bool) string {
		if name == v.order.column() {
			name += "↓"
		}
		if right {
			return fmt.Sprintf("%*s", width, name)
		}
		return fit(name, width)
	}
	h := fmt.Sprintf("  %*s ", colNumber-1, "#")
	if refW > 0 {
		h += col("Ref", refW, false)
	}
	h += fit("Activity", titleW) + " " + col("Tier", colTier, false) + col("Agenda", colAgenda, false) +
		col("Risk", colRisk, false) + col("Open", colOpen, true)
	return h
}

// list draws the column headers and the visible rows: exactly h lines.
func (v *worksheetView) list(w, h int) []string {
	st, rb := v.sh.st, v.sh.rb
	s := v.sh.sheet
	refW := v.refWidth()
	titleW := max(10, w-3-colNumber-refW-colTier-colAgenda-colRisk-colOpen)
	lines := make([]string, 0, h)
	lines = append(lines, st.Header.Render(fit(v.header(titleW, refW, w), w)))
	n := v.rows()
	if n == 0 {
		msg := "No activities yet. Press n to add one, i to import a mandate, or f to browse the framework."
		if v.sh.reading != "" {
			msg = v.sh.reading
		} else if v.filter.Value() != "" {
			msg = "No activity matches “" + cut(v.filter.Value(), 40) + "”. esc clears the filter."
		}
		lines = append(lines, "", "  "+st.Muted.Render(msg))
	}
	for row := v.offset; row < n && len(lines) < h; row++ {
		if v.startsGroup(row, v.offset) {
			lines = append(lines, v.groupHeader(row, w))
			if len(lines) >= h {
				break
			}
		}
		pos := v.position(row)
		a := s.At(pos)
		vd := s.Verdict(a)
		title := oneLine(a.Title)
		if title == "" {
			title = "(untitled)"
		}
		// The marks come first, so that a long title never hides them: a
		// draft, a critical risk nothing is done about yet, something late
		// in the risk register.
		if vd.Register.Overdue > 0 {
			title = "[overdue] " + title
		}
		if vd.OpenCritical > 0 {
			title = "[crit open] " + title
		}
		if vd.Draft {
			title = "[draft] " + title
		}
		open := "-"
		if vd.Open > 0 {
			open = strconv.Itoa(vd.Open)
		}
		number := fmt.Sprintf("%*d ", colNumber-1, pos+1)
		if refW > 0 {
			number += fit(paragraphRef(a.Source.Ref), refW-1) + " "
		}
		tier := fit(report.TierText(vd.Tier), colTier)
		agenda := st.Agenda(vd.Agenda, fit(rb.AgendaShort(vd.Agenda), colAgenda))
		risk := st.Severity(vd.Highest, fit(severityShort(vd.Highest), colRisk))
		openCell := fmt.Sprintf("%*s", colOpen, open)
		if row == v.cursor {
			plain := "> " + number + fit(title, titleW) + " " + tier + fit(rb.AgendaShort(vd.Agenda), colAgenda) +
				fit(severityShort(vd.Highest), colRisk) + openCell
			lines = append(lines, st.Selected.Render(fit(plain, w)))
			continue
		}
		lines = append(lines, fit("  "+number+fit(title, titleW)+" "+tier+agenda+risk+openCell, w))
	}
	for len(lines) < h {
		lines = append(lines, "")
	}
	return lines
}
