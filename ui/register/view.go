package register

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/report"
	"github.com/pocssr/pocssr/ui/component"
	"github.com/pocssr/pocssr/ui/session"
)

// keys are the register screen's.
type keys struct {
	component.ScrollKeys                   // the list's cursor
	Open, Order, Filter, All               key.Binding
	Status, Owner, Due, Note, Remove, Undo key.Binding
	Redo                                   key.Binding
	Review                                 key.Binding
	Back, Quit                             key.Binding
	Keep, Cancel                           key.Binding // in a text field
	global                                 component.GlobalKeys
}

func newKeys(g component.GlobalKeys) keys {
	bind := component.Bind
	undo, redo := component.UndoKeys()
	return keys{
		ScrollKeys: component.ListKeys(),
		Open:       bind([]string{"enter"}, "enter", "open the activity"),
		Order:      bind([]string{"o"}, "o", "sort by severity, due date or status"),
		Filter:     bind([]string{"/"}, "/", "filter"),
		All:        bind([]string{"a"}, "a", "every activity's risks / the one opened on"),
		Status:     bind([]string{"s", " "}, "s", "status: not-started, planned, in-place, not-needed"),
		Owner:      bind([]string{"w"}, "w", "owner (who)"),
		Due:        bind([]string{"d"}, "d", "due date"),
		Note:       bind([]string{"n"}, "n", "note"),
		Remove:     bind([]string{"x", "delete"}, "x", "remove the entry"),
		Review:     bind([]string{"v"}, "v", "the activity's next HRDDP review"),
		Undo:       undo,
		Redo:       redo,
		Back:       bind([]string{"esc"}, "esc", "clear the filter, or back"),
		Quit:       bind([]string{"q"}, "q", "back to the worksheet"),
		Keep:       bind([]string{"enter"}, "enter", "keep"),
		Cancel:     bind([]string{"esc"}, "esc", "cancel"),
		global:     g,
	}
}

// ShortHelp lists the keys shown in the footer.
func (k keys) ShortHelp() []key.Binding {
	return []key.Binding{k.Open, k.Status, k.Owner, k.Due, k.Note, k.Order, k.Filter, k.Undo, k.global.Help, k.Quit}
}

// FullHelp lists the keys shown on the help screen.
func (k keys) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom, k.Order, k.Filter, k.All, k.Back},
		{k.Open, k.Status, k.Owner, k.Due, k.Note, k.Remove, k.Review, k.Undo, k.Redo},
		{k.global.Save, k.global.Help, k.Quit, k.global.ForceQuit, k.global.Suspend},
	}
}

// Widths of the fixed columns.
const (
	colNumber   = 4  // the activity's number in the worksheet
	colSeverity = 10 // "critical" and a space
	colStatus   = 12 // "not-started"
	colDue      = 19 // "2026-03-31 OVERDUE"
)

// View draws the register.
func (s *Screen) View() string {
	if s.width <= 0 || s.height <= 0 {
		return ""
	}
	st := s.ctx.Styles
	w := s.width
	lines := make([]string, 0, s.height)
	lines = append(lines, component.Fit(st.Heading.Render(s.tally), w))
	if s.only != nil {
		lines = append(lines, component.Fit(st.Label.Render("What is being done about these risks? ")+
			st.Muted.Render(fmt.Sprintf("(%d of %d · a: all) ", len(s.shown), len(s.all)))+oneLine(s.only.Title), w))
	}
	if s.filtering || s.filter.Value() != "" {
		lines = append(lines, component.Fit(s.filter.View()+st.Muted.Render(fmt.Sprintf("  (%d of %d)", len(s.shown), len(s.all))), w))
	}
	actW, riskW, ownerW := s.flexible()
	lines = append(lines, st.Header.Render(component.Fit(s.header(actW, riskW, ownerW), w)))
	h := s.listHeight()
	switch {
	case len(s.all) == 0:
		lines = append(lines, "  "+st.Muted.Render(component.Cut("No risk fires on this worksheet: the register is empty.", w-2)))
	case len(s.shown) == 0:
		lines = append(lines, "  "+st.Muted.Render(component.Cut("No risk matches “"+s.filter.Value()+"”. esc clears the filter.", w-2)))
	}
	for i := s.offset; i < len(s.shown) && i < s.offset+h; i++ {
		lines = append(lines, s.row(&s.all[s.shown[i]], i == s.cursor, actW, riskW, ownerW))
	}
	for len(lines) < s.height-2 {
		lines = append(lines, "")
	}
	lines = append(lines, s.below(w)...)
	return component.Block(strings.Join(lines, "\n"), w, s.height)
}

// counts is the heading (tally): the risks that fire counted by state, what
// is overdue (their entries and, as FRAMEWORK §9 counts it, the HRDDP reviews
// of reviews activities), the stale entries when there are any, and the order.
func (s *Screen) counts(reviews int) string {
	var firing, open, mitigated, accepted, stale int
	overdue := reviews
	for i := range s.all {
		if s.all[i].Stale {
			stale++
			continue
		}
		firing++
		m := &s.all[i].Risk.Mitigation
		switch m.State {
		case classify.Mitigated:
			mitigated++
		case classify.Accepted:
			accepted++
		default:
			open++
		}
		if m.Overdue {
			overdue++
		}
	}
	risks := "risks"
	if firing == 1 {
		risks = "risk"
	}
	staleText := ""
	if stale > 0 {
		staleText = fmt.Sprintf(" · %d stale", stale)
	}
	return fmt.Sprintf("%d %s: %d open · %d mitigated · %d accepted · %d overdue%s · sorted by %s",
		firing, risks, open, mitigated, accepted, overdue, staleText, orderNames[s.order])
}

// flexible shares what the fixed columns leave between the activity, the
// risk and the owner.
func (s *Screen) flexible() (act, risk, owner int) {
	rest := max(24, s.width-2-colNumber-colSeverity-colStatus-colDue-3)
	act = rest * 2 / 5
	risk = rest * 7 / 20
	return act, risk, rest - act - risk
}

// header is the column headers; the sorted column carries "↓".
func (s *Screen) header(actW, riskW, ownerW int) string {
	mark := func(name string, o session.RegisterOrder) string {
		if s.order == o {
			return name + "↓"
		}
		return name
	}
	return "  " + fmt.Sprintf("%*s ", colNumber-1, "#") + component.Fit("Activity", actW) + " " +
		component.Fit("Risk", riskW) + " " + component.Fit(mark("Severity", session.BySeverity), colSeverity) +
		component.Fit(mark("Status", session.ByStatus), colStatus) + component.Fit("Owner", ownerW) + " " +
		component.Fit(mark("Due", session.ByDue), colDue)
}

// row draws one risk; the cursor's row is marked with ">" as well as colour,
// and overdue is a word in the due column.
func (s *Screen) row(r *session.RegisterRow, selected bool, actW, riskW, ownerW int) string {
	st := s.ctx.Styles
	k := &r.Risk
	m := &k.Mitigation
	act := r.Activity.Title
	if ref := paragraphRef(r.Activity.Source.Ref); ref != "" {
		act = ref + " " + act
	}
	if strings.TrimSpace(act) == "" {
		act = "(untitled)"
	}
	due := string(m.Entry.Due)
	if due == "" {
		due = "-"
	}
	if m.Overdue {
		due += " OVERDUE"
	}
	owner := m.Entry.Owner
	if owner == "" {
		owner = "-"
	}
	number := fmt.Sprintf("%*d ", colNumber-1, r.Index+1)
	act = component.Fit(oneLine(act), actW) + " "
	risk := component.Fit(k.Rule.ID, riskW) + " "
	sev := component.Fit(string(k.Severity), colSeverity)
	if r.Stale {
		// A stale entry's risk does not fire: it has no severity, and the
		// column says why it is listed.
		sev = component.Fit("stale", colSeverity)
	}
	status := component.Fit(r.Status(), colStatus)
	owner = component.Fit(oneLine(owner), ownerW) + " "
	due = component.Fit(due, colDue)
	if selected {
		return st.Selected.Render(component.Fit("> "+number+act+risk+sev+status+owner+due, s.width))
	}
	if m.Overdue {
		due = st.Error.Render(due)
	}
	if r.Stale {
		sev = st.Muted.Render(sev)
	} else {
		sev = st.Severity(k.Severity, sev)
	}
	return component.Fit("  "+number+act+risk+sev+status+owner+due, s.width)
}

// below is the two lines under the list: the field being edited and why a
// value was refused, or the risk's title and the note of its entry.
func (s *Screen) below(w int) []string {
	st := s.ctx.Styles
	if s.edit.Editing() {
		return s.edit.Lines(w)
	}
	r := s.Selected()
	if r == nil {
		return []string{"", ""}
	}
	note := r.Risk.Mitigation.Entry.Note
	if note == "" {
		note = "-"
	}
	second := st.Label.Render("Note: ") + oneLine(note)
	if d := r.Activity.HRDDPReview; d != "" {
		// The activity's next review, after the note: a long note is cut
		// before it, so the review and its overdue mark stay in view.
		review := " · HRDDP review " + string(d)
		if d.Before(s.ctx.Sheet.Today()) {
			review += " OVERDUE"
		}
		second = component.Cut(st.Label.Render("Note: ")+oneLine(note), max(10, w-len(review))) + review
	}
	title := oneLine(r.Risk.Rule.Title)
	switch {
	case r.Unknown:
		title = "stale: not a risk of the rulebook in use; the entry is kept (x removes it)"
	case r.Stale:
		title = "stale: does not fire on the activity's facts now; the entry is kept · " + title
	}
	return []string{
		component.Fit(st.Label.Render(r.Risk.Rule.ID+": ")+title, w),
		component.Fit(second, w),
	}
}

// oneLine puts text on one line, without control characters.
func oneLine(s string) string { return report.OneLine(s) }

// paragraphRef is a source's reference when it numbers a paragraph ("12(a)"),
// else "": a section title, as the case library's sources give, would crowd
// out the activity's title.
func paragraphRef(ref string) string {
	ref = oneLine(ref)
	if ref == "" || len(ref) > 12 || strings.Contains(ref, " ") || !(ref[0] >= '0' && ref[0] <= '9' || ref[0] == '(') {
		return ""
	}
	return ref
}
