// Package register is the risk register screen (FRAMEWORK §9): every risk
// that fires on the worksheet, with its activity, severity, where it stands in
// the register (status, owner, due date, overdue) and the note; sorted by
// severity, due date or status, filtered by words, and edited in place. Each
// edit is one undo step of the worksheet (session.Sheet), so undo and the
// autosave cover it as they cover every other change.
package register

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/pocssr/pocssr/classify/report"
	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/component"
	"github.com/pocssr/pocssr/ui/session"
)

// Screen is the register screen.
type Screen struct {
	ctx    *component.Context
	keys   keys
	detail component.ID // the activity screen, which enter opens

	all    []session.RegisterRow            // every firing risk, in the screen's order
	cache  map[*model.Activity]activityRows // each activity's rows, kept while its verdict is (rowsOf)
	search []string                         // what the filter looks in, by position in all
	shown  []int                            // positions in all that the filter matches
	tally  string                           // the heading: the rows counted by state, and the order
	// reviews are the activities whose HRDDP review is overdue, which the
	// heading counts with the overdue entries.
	reviews []overdueReview
	refs    bool   // some row's source numbers a paragraph: the rows give a Ref column (refOf)
	gen     uint64 // the sheet generation all was built for
	built   bool
	order   session.RegisterOrder

	filter    textinput.Model
	filtering bool // the filter field has the keys
	cursor    int  // in shown
	offset    int  // the first row drawn

	edit *Editor // the entry under the cursor, edited in place
	// only is the activity whose risks alone are listed (Of); nil for all.
	only   *model.Activity
	opened *model.Activity // the activity of Of, while all are listed

	width, height int
}

// rowKey names a row across rebuilds: the activity and the risk.
type rowKey struct {
	activity *model.Activity
	risk     string
}

func keyOf(r *session.RegisterRow) rowKey { return rowKey{r.Activity, r.Risk.Rule.ID} }

// New builds the register screen; detail is the screen enter opens on the
// activity of the row under the cursor.
func New(ctx *component.Context, detail component.ID) *Screen {
	f := textinput.New()
	f.Prompt = "Filter: "
	f.Placeholder = "words of the activity, risk, severity, status, owner or note"
	f.CharLimit = 200
	f.Cursor.SetMode(cursor.CursorStatic)
	s := &Screen{ctx: ctx, keys: newKeys(ctx.Keys), detail: detail, filter: f, edit: NewEditor(ctx)}
	s.keys.backTo(ctx.OpenedOver)
	return s
}

// Init does nothing.
func (s *Screen) Init() tea.Cmd { return nil }

// Title names the screen in the title bar.
func (s *Screen) Title() string { return "Risk register" }

// Of opens the register on one activity's risks only, one row per risk:
// what the questionnaire and the activity's account open after a verdict.
// The whole register is a key away (All).
type Of struct{ Activity *model.Activity }

// Open shows the register; given an activity (*model.Activity), the cursor
// goes to its first risk; given Of, only the activity's risks are listed.
func (s *Screen) Open(arg any) (tea.Cmd, bool) {
	s.keys.backTo(s.ctx.OpenedOver)
	s.edit.Close()
	s.only, s.opened = nil, nil
	if of, ok := arg.(Of); ok && of.Activity != nil {
		s.only, arg = of.Activity, of.Activity
		s.cursor, s.offset = 0, 0
	}
	s.built = false // the rows are listed again for what is asked
	s.Sync()
	if a, ok := arg.(*model.Activity); ok && a != nil {
		for i, p := range s.shown {
			if s.all[p].Activity == a {
				s.cursor = i
				break
			}
		}
	}
	s.scroll()
	return nil, true
}

// SetSize gives the screen its area.
func (s *Screen) SetSize(w, h int) {
	s.width, s.height = w, h
	s.filter.Width = max(10, w-30)
	s.edit.SetWidth(w)
	s.scroll()
}

// TextFocused reports whether a text field has the keys.
func (s *Screen) TextFocused() bool { return s.filtering || s.edit.Editing() }

// ShortHelp is the key help of the footer.
func (s *Screen) ShortHelp() []key.Binding {
	if s.edit.Editing() || s.filtering {
		return []key.Binding{s.keys.Keep, s.keys.Cancel}
	}
	return s.keys.ShortHelp()
}

// FullHelp is the key help of the help screen.
func (s *Screen) FullHelp() [][]key.Binding { return s.keys.FullHelp() }

// Sync rebuilds the rows when the worksheet changed (an edit here or on
// another screen, an undo), keeping the cursor on the same risk. The root
// calls it after every message, so that View only draws.
func (s *Screen) Sync() {
	sh := s.ctx.Sheet
	if s.built && s.gen == sh.Gen() {
		return
	}
	var at rowKey
	if r := s.Selected(); r != nil {
		at = keyOf(r)
	}
	s.gen, s.built = sh.Gen(), true
	s.rebuild(at)
}

// rebuild lists the rows again in the screen's order, each from the
// worksheet's order so that ties read the same whatever order came before,
// and keeps the cursor on the row at.
func (s *Screen) rebuild(at rowKey) {
	sh := s.ctx.Sheet
	acts := sh.Worksheet().Activities
	rows := make([]session.RegisterRow, 0, len(s.all))
	search := make([]string, 0, len(s.all))
	cache := make(map[*model.Activity]activityRows, len(s.cache))
	var reviews []overdueReview
	for i, a := range acts {
		c := s.rowsOf(a, i)
		cache[a] = c
		for j := range c.rows {
			row := c.rows[j]
			row.Index = i // the activity may have moved since its rows were made
			rows = append(rows, row)
			search = append(search, c.search[j])
		}
		if a.HRDDPReview.Before(sh.Today()) {
			reviews = append(reviews, overdueReview{a, fmt.Sprintf("#%d", i+1), len(c.rows) > 0})
		}
	}
	s.cache = cache
	// Sorted with what the filter looks in, so that both keep one order.
	keyed := make([]session.RegisterRow, len(rows))
	copy(keyed, rows)
	for i := range keyed {
		keyed[i].Index = i // the row's place before sorting; ties keep it
	}
	session.SortRegister(keyed, s.order)
	s.all = make([]session.RegisterRow, len(rows))
	s.search = make([]string, len(rows))
	for i, k := range keyed {
		s.all[i], s.search[i] = rows[k.Index], search[k.Index]
	}
	s.reviews = reviews
	s.refs = false
	for i := range s.all {
		s.refs = s.refs || report.ParagraphRef(s.all[i].Activity.Source.Ref) != ""
	}
	s.refilter()
	s.tally = s.counts()
	s.moveTo(at)
}

// overdueReview is an activity whose HRDDP review is past: its number in
// the worksheet, and whether a row of the register lists it (an activity
// with no risk and no entry has none, so the heading names it).
type overdueReview struct {
	activity *model.Activity
	number   string
	listed   bool
}

// activityRows are an activity's rows as the register lists them (its
// firing risks, then its stale entries), kept while the sheet keeps the same
// verdict for the activity: an edit classifies again only the activity it
// changed.
type activityRows struct {
	verdict *session.Verdict
	rows    []session.RegisterRow
	search  []string
}

// rowsOf is the rows of the activity at position i, from the cache when its
// verdict is the one they were made with. An activity without a risk or a
// register entry is not classified again.
func (s *Screen) rowsOf(a *model.Activity, i int) activityRows {
	sh := s.ctx.Sheet
	v := sh.Verdict(a)
	if c, ok := s.cache[a]; ok && c.verdict == v {
		return c
	}
	c := activityRows{verdict: v}
	if v.Risks == [4]int{} && len(a.Register) == 0 {
		return c
	}
	c.rows = sh.RowsOf(a, i)
	c.search = make([]string, len(c.rows))
	for j := range c.rows {
		c.search[j] = searchText(&c.rows[j], sh.Today())
	}
	return c
}

// Selected is the row under the cursor, or nil.
func (s *Screen) Selected() *session.RegisterRow {
	if s.cursor < 0 || s.cursor >= len(s.shown) {
		return nil
	}
	return &s.all[s.shown[s.cursor]]
}

// moveTo puts the cursor on a row when it is shown.
func (s *Screen) moveTo(at rowKey) {
	for i, p := range s.shown {
		if keyOf(&s.all[p]) == at {
			s.cursor = i
			break
		}
	}
	s.scroll()
}

// refilter keeps the rows that hold every word of the filter.
func (s *Screen) refilter() {
	words := strings.Fields(strings.ToLower(s.filter.Value()))
	s.shown = s.shown[:0]
	for i, text := range s.search {
		if (s.only == nil || s.all[i].Activity == s.only) && component.HoldsEvery(text, words) {
			s.shown = append(s.shown, i)
		}
	}
}

// searchText is what the filter looks in: everything the row shows, on
// day today (an HRDDP review past it is overdue).
func searchText(r *session.RegisterRow, today model.Date) string {
	a, k := r.Activity, &r.Risk
	m := &k.Mitigation
	parts := []string{a.Source.Ref, a.Title, k.Rule.ID, k.Rule.Title, string(k.Severity), statusText(r),
		string(m.State), m.Entry.Owner, string(m.Entry.Due), m.Entry.Note}
	if m.Overdue {
		parts = append(parts, "overdue")
	}
	if r.Activity.HRDDPReview.Before(today) {
		parts = append(parts, "hrddp review overdue")
	}
	if r.Stale {
		parts = append(parts, "stale")
	}
	return strings.ToLower(strings.Join(parts, " "))
}

// Update moves the cursor, sorts, filters, edits the entry under the cursor
// and opens its activity.
func (s *Screen) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	km, ok := msg.(tea.KeyMsg)
	if !ok {
		return s, nil
	}
	var cmd tea.Cmd
	switch {
	case s.edit.Editing():
		cmd = s.edit.Update(km, s.keys.Keep, s.keys.Cancel)
	case s.filtering:
		cmd = s.updateFilter(km)
	default:
		cmd = s.updateList(km)
	}
	s.Sync()
	s.scroll()
	return s, cmd
}

func (s *Screen) updateList(km tea.KeyMsg) tea.Cmd {
	k := s.keys
	c, moved := k.Move(km, s.cursor, s.listHeight(), len(s.shown))
	switch {
	case key.Matches(km, k.PageDown), key.Matches(km, k.PageUp):
		s.page(key.Matches(km, k.PageDown))
	case moved:
		s.cursor = c
	case key.Matches(km, k.Open):
		if r := s.Selected(); r != nil {
			s.ctx.Send(component.Select{Activity: r.Activity})
			return s.ctx.Send(component.Open{To: s.detail, Arg: r.Activity})
		}
	case key.Matches(km, k.Order):
		return s.cycleOrder()
	case key.Matches(km, k.All):
		return s.toggleAll()
	case key.Matches(km, k.Filter):
		s.filtering = true
		return s.filter.Focus()
	case key.Matches(km, k.Status), key.Matches(km, k.Owner), key.Matches(km, k.Due),
		key.Matches(km, k.Note), key.Matches(km, k.Review), key.Matches(km, k.Remove):
		if r := s.Selected(); r != nil {
			return s.editKey(km, r)
		}
	case key.Matches(km, k.Undo), key.Matches(km, k.Redo):
		return s.ctx.Undo(key.Matches(km, k.Redo))
	case key.Matches(km, k.Back):
		if s.filter.Value() != "" {
			s.filter.SetValue("")
			s.refilter()
			return nil
		}
		return s.ctx.Send(component.Back{})
	case key.Matches(km, k.Quit):
		return s.ctx.Send(component.Back{})
	}
	return nil
}

// editKey starts the edit a key asks for on a row's entry.
func (s *Screen) editKey(km tea.KeyMsg, r *session.RegisterRow) tea.Cmd {
	k, a, risk := s.keys, r.Activity, r.Risk.Rule.ID
	switch {
	case key.Matches(km, k.Status):
		return s.edit.CycleStatus(a, risk)
	case key.Matches(km, k.Owner):
		return s.edit.Start(a, risk, Owner)
	case key.Matches(km, k.Due):
		return s.edit.Start(a, risk, Due)
	case key.Matches(km, k.Note):
		return s.edit.Start(a, risk, Note)
	case key.Matches(km, k.Review):
		return s.edit.Start(a, risk, Review)
	}
	return s.edit.Remove(a, risk)
}

// toggleAll lists every activity's risks, or again only those of the
// activity the register was opened on.
func (s *Screen) toggleAll() tea.Cmd {
	var at rowKey
	if r := s.Selected(); r != nil {
		at = keyOf(r)
	}
	switch {
	case s.only != nil:
		s.opened, s.only = s.only, nil
	case s.opened != nil:
		s.only = s.opened
	default:
		return nil
	}
	s.refilter()
	s.tally = s.counts() // the heading counts what is listed: one activity's or all
	s.moveTo(at)
	return nil
}

// orderNames name the orders of session.RegisterOrder, as the heading shows
// them and the plain prompts' register by ORDER reads them.
var orderNames = session.RegisterOrderNames()

// cycleOrder sorts by the next order: severity, due date, status.
func (s *Screen) cycleOrder() tea.Cmd {
	s.order = (s.order + 1) % session.RegisterOrder(len(orderNames))
	var at rowKey
	if r := s.Selected(); r != nil {
		at = keyOf(r)
	}
	s.rebuild(at)
	return s.ctx.Status("Sorted by " + orderNames[s.order] + ".")
}

func (s *Screen) updateFilter(km tea.KeyMsg) tea.Cmd {
	switch {
	case key.Matches(km, s.keys.Keep):
		s.filtering = false
		s.filter.Blur()
		return nil
	case key.Matches(km, s.keys.Cancel):
		s.filtering = false
		s.filter.Blur()
		s.filter.SetValue("")
		s.refilter()
		return nil
	}
	var cmd tea.Cmd
	s.filter, cmd = s.filter.Update(km)
	s.refilter()
	s.cursor, s.offset = 0, 0
	return cmd
}
