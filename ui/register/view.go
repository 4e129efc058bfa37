package register

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/x/ansi"
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
		Status:     bind([]string{"s", " "}, "s", "status: not-started, planned, in-place, not-needed; the press that reaches not-needed opens a note asking why, and the keys typed next go into it (esc keeps the status)"),
		Owner:      bind([]string{"w"}, "w", "owner (who)"),
		Due:        bind([]string{"d"}, "d", "due date"),
		Note:       bind([]string{"n"}, "n", "note"),
		Remove:     bind([]string{"x", "delete"}, "x", "remove the entry"),
		Review:     bind([]string{"v"}, "v", "the activity's next HRDDP review"),
		Undo:       undo,
		Redo:       redo,
		Back:       bind([]string{"esc"}, "esc", "clear the filter, or back"),
		Quit:       bind([]string{"q"}, "q", "back"),
		Keep:       bind([]string{"enter"}, "enter", "keep"),
		Cancel:     bind([]string{"esc"}, "esc", "cancel"),
		global:     g,
	}
}

// backTo names in the help the screen esc and q go back to: the one the
// register was opened over ("worksheet" where none is named), which is not
// always the worksheet (the review of drafts opens it after an edit).
func (k *keys) backTo(under string) {
	if under == "" {
		under = "worksheet"
	}
	k.Back.SetHelp("esc", "clear the filter, or back to the "+under)
	k.Quit.SetHelp("q", "back to the "+under)
}

// ShortHelp lists the keys shown in the footer. The status says in short
// that not-needed asks why: the press that reaches it opens a note without
// warning, and the next key went into the note.
func (k keys) ShortHelp() []key.Binding {
	status := k.Status
	status.SetHelp("s", "status (not-needed asks why)")
	return []key.Binding{k.Open, status, k.Owner, k.Due, k.Note, k.Order, k.Filter, k.Undo, k.global.Help, k.Quit}
}

// FullHelp lists the keys shown on the help screen.
func (k keys) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom, k.Order, k.Filter, k.All, k.Back},
		{k.Open, k.Status, k.Owner, k.Due, k.Note, k.Remove, k.Review, k.Undo, k.Redo},
		{k.global.Save, k.global.Help, k.Quit, k.global.ForceQuit, k.global.Suspend},
	}
}

// Widths of the fixed columns, each with the two spaces that part it from
// the next: with one, a title cut to its column reads on into the next
// ("… does not look at low").
const (
	colNumber   = 4  // the activity's number in the worksheet
	colSeverity = 11 // "Severity↓" and two spaces
	colStatus   = 13 // "not-started" and two spaces
	// gap parts a column of the planner's or the rulebook's words from
	// the next.
	gap = "  "
	// maxOwner is the widest the owner column grows: a long owner cut
	// with "…" (the entry under the list shows it whole) rather than
	// every activity's and risk's title.
	maxOwner = 36
	// minOwner is the narrowest the owner column gives way to beside the
	// risks' titles: "Human Rights D…" still says whose it is.
	minOwner = 16
	// maxRef is the widest a reference stands in the Ref column, cut with
	// "…": a section's title, as the case library's sources give.
	maxRef = 12
	// maxWideRef is the widest the Ref column grows to where the risks'
	// titles stand beside activities that keep minWideAct columns: two
	// sections that open alike ("Conflicting short- and long-term
	// objectives", "Conflicting relationships with …") read apart.
	maxWideRef = 28
	minWideAct = 56
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
	lay := s.layout()
	lines = append(lines, st.Header.Render(component.Fit(s.header(lay), w)))
	h := s.listHeight()
	switch {
	case len(s.all) == 0:
		lines = append(lines, "  "+st.Muted.Render(component.Cut("No risk fires on this worksheet: the register is empty.", w-2)))
	case len(s.shown) == 0:
		lines = append(lines, "  "+st.Muted.Render(component.Cut("No risk matches “"+s.filter.Value()+"”. esc clears the filter.", w-2)))
	}
	// Where every row fits with its second line wrapped, the activity's
	// title reads whole: with the count and the entry below still whole
	// under it (they were cut off the screen's foot, the note's end first).
	below := s.below(w)
	var rows []string
	for i := s.offset; i < len(s.shown) && i < s.offset+h; i++ {
		rows = append(rows, s.row(&s.all[s.shown[i]], i == s.cursor, lay)...)
	}
	if lay.twoLine && len(s.shown) <= h {
		wrapped := layout{risk: lay.risk, ref: lay.ref, twoLine: true, wrap: true}
		var whole []string
		for i := range s.shown {
			r := s.row(&s.all[s.shown[i]], i == s.cursor, wrapped)
			whole = append(whole, r...)
		}
		if len(whole) <= s.height-1-len(lines)-s.wholeBelow(w, wrapped) {
			rows = whole
			below = s.belowLines(w, false)
		}
	}
	lines = append(lines, rows...)
	for len(lines) < s.height-1-len(below) {
		lines = append(lines, "")
	}
	// Which row the cursor is on, of how many, and which rows are in view
	// where the list goes on below: "3 of 3" under the cursor on the first
	// row read as its place.
	count := ""
	if n := len(s.shown); n > 0 {
		count = fmt.Sprintf("row %d of %d", s.cursor+1, n)
		if n > h {
			count = fmt.Sprintf("row %d of %d · rows %d–%d shown · ↑/↓ for the rest", s.cursor+1, n, s.offset+1, min(s.offset+h, n))
		}
	}
	lines = append(lines, "  "+st.Muted.Render(component.Cut(count, w-2)))
	lines = append(lines, below...)
	return component.Block(strings.Join(lines, "\n"), w, s.height)
}

// wholeBelow is the most lines the lines under a list of rows wrapped whole
// (laid out as lay) take, whichever row is selected: the list is wrapped or
// not by it, not by the row under the cursor, so that moving the cursor
// keeps the rows' heights. (At 80 columns a long owner's entry under the
// list cut every row to one line, and moving off it wrapped them again.)
func (s *Screen) wholeBelow(w int, lay layout) int {
	most := 0
	for _, i := range s.shown {
		most = max(most, len(s.belowRow(&s.all[i], w, lay, false)))
	}
	if s.edit.Editing() {
		most = max(most, len(s.edit.Lines(w)))
	}
	return most
}

// counts is the heading (tally): the risks that fire counted by state, what
// is overdue (their entries and, as FRAMEWORK §9 counts it, the HRDDP reviews
// of reviews activities, naming those no row lists: an activity with no risk
// and no entry), the stale entries when there are any, and the order. Opened
// on one activity, it counts that activity's alone, as the list shows them.
func (s *Screen) counts() string {
	var firing, open, mitigated, accepted, stale, overdue int
	var unlisted []string
	for _, r := range s.reviews {
		if s.only != nil && r.activity != s.only {
			continue
		}
		overdue++
		if !r.listed {
			unlisted = append(unlisted, r.number)
		}
	}
	for i := range s.all {
		if s.only != nil && s.all[i].Activity != s.only {
			continue
		}
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
	overdueText := fmt.Sprintf("%d overdue", overdue)
	if len(unlisted) > 0 {
		overdueText += " (HRDDP review of " + strings.Join(unlisted, ", ") + ")"
	}
	return fmt.Sprintf("%d %s: %d open · %d mitigated · %d accepted · %s%s · sorted by %s",
		firing, risks, open, mitigated, accepted, overdueText, staleText, orderNames[s.order])
}

// layout is how the list's columns share the width: the risk's title and
// the owner as wide as the longest (the title in the width of the longest
// id, cut with …, where the width is short), the activity what is left; where that is too
// little, each row takes two lines and the activity, owner and due date go
// on the second.
type layout struct {
	act, risk, owner int
	// due is as wide as the longest due date or its heading ("Due↓"):
	// the last column, it takes no blank columns the Ref and Activity
	// columns could show their words in ("-" took 19 at 200 columns).
	due int
	// ref is the width of the column of references (with the gap after
	// it), 0 when no activity has one (then the activity's title alone).
	// In a list of rows of two it ends the first line, where the
	// activity's number and the risk leave it room: there it takes none
	// of the title's columns nor a line of the list; where they do not,
	// it is 0 and the reference goes before the title (activityText).
	ref     int
	twoLine bool
	wrap    bool // the second line wraps rather than being cut
}

// minActivity is the narrowest activity column worth drawing on the row;
// minTitled the narrowest beside the risks' titles, which give way first.
const (
	minActivity = 30
	minTitled   = 48
)

func (s *Screen) layout() layout {
	idW, titleW, ownerW, actW, dueW, refW, refWhole := len("Risk"), len("Risk"), len("Owner"), len("Activity"), ansi.StringWidth("Due↓"), 0, 0
	for i := range s.all {
		r := &s.all[i]
		idW = max(idW, len(r.Risk.Rule.ID))
		titleW = max(titleW, ansi.StringWidth(riskTitle(r)))
		ownerW = max(ownerW, ansi.StringWidth(oneLine(r.Risk.Mitigation.Entry.Owner)))
		actW = max(actW, ansi.StringWidth(titleText(r)))
		if ref := component.RefWidth(s.refOf(r)); ref > 0 {
			refW = max(refW, len("Ref"), min(ref, maxRef))
			refWhole = max(refWhole, min(ref, maxWideRef))
		}
		due, _ := s.dueColumn(r)
		dueW = max(dueW, ansi.StringWidth(due))
	}
	if refW > 0 {
		refW += len(gap)
		refWhole = max(refWhole+len(gap), refW)
	}
	fixed := 2 + colNumber + colSeverity + colStatus + dueW + 3*len(gap) + refW
	// The risk's title where the activity keeps minTitled columns beside
	// it, the owner maxOwner at most, and less, down to minOwner, before
	// the titles give way: one long owner, cut with "…" (the entry under
	// the list shows it whole), never takes every row's risk title. Where
	// not, the title in the width of the longest id, cut with … (the entry
	// under the list gives it whole).
	owner := min(ownerW, maxOwner)
	if spare := s.width - fixed - titleW - minTitled; owner > spare {
		owner = max(spare, min(ownerW, minOwner))
	}
	if act := s.width - fixed - titleW - owner; act >= minTitled {
		// A wide screen gives the references the room the activities
		// leave over minWideAct.
		if grow := min(refWhole-refW, act-minWideAct); refW > 0 && grow > 0 {
			refW, act = refW+grow, act-grow
		}
		return layout{act: act, risk: titleW, owner: owner, due: dueW, ref: refW}
	}
	// The owner is maxOwner columns at most, unless the activities leave it
	// more: the width is shared, no column cut while another has blank
	// columns.
	ownerW = min(ownerW, max(maxOwner, s.width-fixed-idW-actW))
	if act := s.width - fixed - idW - ownerW; act >= minActivity {
		return layout{act: act, risk: idW, owner: ownerW, due: dueW, ref: refW}
	}
	// A row of two ends its first line with the Ref column: as wide as the
	// longest reference (maxWideRef at most) where the line has room for
	// it, else maxRef, else none.
	l := layout{risk: max(10, min(idW, s.width-2-colNumber-colSeverity-colStatus-len(gap))), twoLine: true}
	for _, ref := range []int{refWhole, refW} {
		if ref > 0 && 2+colNumber+l.risk+len(gap)+colSeverity+colStatus+ref <= s.width {
			l.ref = ref
			break
		}
	}
	return l
}

// underRef is how a row of two gives its activity's reference on its
// second line, as underText takes it: not at all where the first line has
// the Ref column (-1), whole where the row is wrapped whole (0), else cut
// as the Ref column cuts it.
func (l layout) underRef() int {
	switch {
	case l.ref > 0:
		return -1
	case l.wrap:
		return 0
	}
	return maxRef
}

// riskTitle is a row's risk as its title, the id when it has none (the
// rulebook in use does not know it).
func riskTitle(r *session.RegisterRow) string { return RiskTitle(r.Risk) }

// RiskTitle is a risk as the register lists it: its title from the
// rulebook, the id when it has none. The activity screen's register line
// names the risk by it too.
func RiskTitle(k classify.Risk) string {
	if t := oneLine(k.Rule.Title); t != "" {
		return t
	}
	return k.Rule.ID
}

// riskCell is a row's risk title in w cells, cut with … where longer,
// with no blank before the … ("without the…").
func riskCell(r *session.RegisterRow, w int) string {
	t := component.Cut(riskTitle(r), w)
	if cut, ok := strings.CutSuffix(t, " …"); ok {
		return strings.TrimRight(cut, " ") + "…"
	}
	return t
}

// header is the column headers; the sorted column carries "↓".
func (s *Screen) header(l layout) string {
	mark := func(name string, o session.RegisterOrder) string {
		if s.order == o {
			return name + "↓"
		}
		return name
	}
	num := "  " + fmt.Sprintf("%*s ", colNumber-1, "#")
	if l.twoLine {
		// Beside the risk the number would read as the risk's: it is the
		// activity's, and says so.
		num = "  " + fmt.Sprintf("%*s ", colNumber-1, "Act")
		head := num + component.Fit("Risk", l.risk) + gap + component.Fit(mark("Severity", session.BySeverity), colSeverity)
		if l.ref > 0 {
			// The Ref column ends the first line; the second line's
			// heading follows where the line has room for it whole. Where
			// it has not, the second line says "due …" and "owner …"
			// itself, and the heading above the list the order.
			head += component.Fit(mark("Status", session.ByStatus), colStatus) + component.Fit("Ref", l.ref-1)
			if tail := mark("Due", session.ByDue) + "/owner/activity"; ansi.StringWidth(head+tail) <= s.width {
				return head + tail
			}
			return head
		}
		// The status ends the row's first line: one gap before the
		// heading of its second line leaves that heading whole at 80.
		return head + component.Fit(mark("Status", session.ByStatus), colStatus-1) + mark("Due", session.ByDue) + "/owner/activity"
	}
	ref := ""
	if l.ref > 0 {
		ref = component.Fit("Ref", l.ref)
	}
	return num + ref + component.Fit("Activity", l.act) + gap +
		component.Fit("Risk", l.risk) + gap + component.Fit(mark("Severity", session.BySeverity), colSeverity) +
		component.Fit(mark("Status", session.ByStatus), colStatus) + component.Fit("Owner", l.owner) + gap +
		component.Fit(mark("Due", session.ByDue), l.due)
}

// statusText is a row's Status: its entry's status, or without an entry
// the words the account and the briefing say (report.NoEntry), not a third
// name for it.
func statusText(r *session.RegisterRow) string {
	if !r.Risk.Mitigation.HasEntry() {
		return report.NoEntry
	}
	return r.Status()
}

// activityText is a row's activity on the second line of a row: its
// reference, labelled as the column of the wide list is, then its title.
// The reference is the mark the Ref column gives (refOf: an imported
// paragraph's number, else "#n"), cut to refW cells as that column cuts
// it, left out where refW is negative (the row's first line has it), whole
// where refW is 0 (the entry under the list, a row wrapped whole).
func activityText(r *session.RegisterRow, ref string, refW int) string {
	if refW < 0 || component.RefWidth(ref) == 0 {
		return titleText(r)
	}
	if refW == 0 {
		refW = component.RefWidth(ref)
	}
	return "ref " + component.RefCell(ref, refW) + " · " + titleText(r)
}

// titleText is a row's activity's title, marked first where the activity is
// a draft, as the worksheet marks it and a briefing does ("DRAFT"): the
// risks of a draft stand on facts nobody has reviewed yet.
func titleText(r *session.RegisterRow) string {
	if t := oneLine(r.Activity.Title); strings.TrimSpace(t) != "" {
		return component.DraftMark(r.Activity) + t
	}
	return component.DraftMark(r.Activity) + "(untitled)"
}

// row draws one risk, in one line or two (see layout); the cursor's row is
// marked with ">" as well as colour, and overdue is a word by the due date.
func (s *Screen) row(r *session.RegisterRow, selected bool, l layout) []string {
	st := s.ctx.Styles
	k := &r.Risk
	m := &k.Mitigation
	due, review, late := s.dueText(r)
	if review != "" {
		due += " · " + review
	}
	owner := m.Entry.Owner
	if owner == "" {
		owner = "-"
	}
	number := fmt.Sprintf("%*d ", colNumber-1, r.Index+1)
	// The risk by its title at every width, as the wide list names it: cut
	// with … where the column is narrower (the entry under the list gives
	// it whole), never its id, a second name for the same risk.
	risk := component.Fit(riskCell(r, l.risk), l.risk) + gap
	sev := component.Fit(severityCell(r), colSeverity)
	status := component.Fit(statusText(r), colStatus)
	if l.twoLine {
		if l.ref > 0 {
			status += component.Fit(component.RefCell(s.refOf(r), l.ref-len(gap)), l.ref)
		}
		// The due date and owner first, where a long title never cuts them.
		under := []string{rowIndent + underText(s, r, l.underRef())}
		if l.wrap {
			under = component.WrapIndent(rowIndent, underText(s, r, l.underRef()), s.width)
		}
		if selected {
			lines := []string{st.Selected.Render(component.Fit("> "+number+risk+sev+status, s.width))}
			for _, u := range under {
				lines = append(lines, st.Selected.Render(component.Fit(u, s.width)))
			}
			return lines
		}
		lines := []string{component.Fit("  "+number+risk+s.sevStyle(r, sev)+status, s.width)}
		for i, u := range under {
			if i == 0 && late {
				head := "      due " + due
				u = st.Error.Render(head) + st.Muted.Render(strings.TrimPrefix(u, head))
			} else {
				u = st.Muted.Render(u)
			}
			lines = append(lines, component.Fit(u, s.width))
		}
		return lines
	}
	act := component.Fit(titleText(r), l.act) + gap
	if l.ref > 0 {
		act = component.Fit(component.RefCell(s.refOf(r), l.ref-len(gap)), l.ref) + act
	}
	owner = component.Fit(oneLine(owner), l.owner) + gap
	due, _ = s.dueColumn(r)
	due = component.Fit(due, l.due)
	if selected {
		return []string{st.Selected.Render(component.Fit("> "+number+act+risk+sev+status+owner+due, s.width))}
	}
	if late {
		due = st.Error.Render(due)
	}
	return []string{component.Fit("  "+number+act+risk+s.sevStyle(r, sev)+status+owner+due, s.width)}
}

// dueText is a row's Due: the entry's due date ("-" without one), OVERDUE
// once past; and, where the activity's next HRDDP review is past, review
// says it is overdue too: the heading counts it, and the rows of its
// activity say so. late says whether either is.
func (s *Screen) dueText(r *session.RegisterRow) (due, review string, late bool) {
	m := &r.Risk.Mitigation
	due = string(m.Entry.Due)
	if due == "" {
		due = "-"
	} else if m.Overdue {
		due += " OVERDUE"
	}
	if r.Activity.HRDDPReview.Before(s.ctx.Sheet.Today()) {
		review = "HRDDP review OVERDUE"
	}
	return due, review, m.Overdue || review != ""
}

// dueColumn is the Due column of a row of one line: its due date and that
// its review is overdue, the date left out when there is none.
func (s *Screen) dueColumn(r *session.RegisterRow) (string, bool) {
	due, review, late := s.dueText(r)
	switch {
	case review == "":
		return due, late
	case due == "-":
		return review, late
	}
	return due + ", " + review, late
}

// sevStyle colours the severity column: muted for a stale entry.
func (s *Screen) sevStyle(r *session.RegisterRow, sev string) string {
	if r.Stale {
		return s.ctx.Styles.Muted.Render(sev)
	}
	return s.ctx.Styles.Severity(r.Risk.Severity, sev)
}

// refOf is how a row's Ref names its activity: its mark, as the worksheet's
// Ref column, the briefing and the board give it (report.SourcesRef: the paragraph
// its source numbers, else "#n"); "" where no row's source numbers a
// paragraph: the # column gives every mark, and the rows give no Ref.
func (s *Screen) refOf(r *session.RegisterRow) string {
	if !s.refs {
		return ""
	}
	return report.SourcesRef(s.ctx.Sheet.Sources(), r.Activity, r.Index+1)
}

// oneLine puts text on one line, without control characters.
func oneLine(s string) string { return report.OneLine(s) }
