// Package activity is the activity screen: the full account of one
// activity, scrollable (tier and why, agenda and why with both readings
// drawn, each risk with why and what to do, open questions, what would
// change the agenda, the words behind its source), with the register line
// under it that edits the entries of the risks that fire in place.
package activity

import (
	"fmt"
	"slices"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/viewport"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/report"
	"github.com/pocssr/pocssr/classify/suggest"
	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/component"
	"github.com/pocssr/pocssr/ui/register"
)

// Links is what the screen cannot know of the root: the screens it opens
// and how the words behind an activity's source are read and drawn, which
// the review of drafts shows alike.
type Links struct {
	// Register is the risk register screen, opened at the activity.
	Register component.ID
	// Edit is the questionnaire on the activity, opened in the account's
	// place: what the edit did goes to the screen below, which the account
	// would only hand on.
	Edit func(a *model.Activity) component.Replace
	// Read reads the activity's source and description.
	Read func(a *model.Activity) *suggest.Suggestion
	// Behind draws what the reading made of the activity's words, w wide,
	// with the facts of which nothing was read and how (a key) asks them,
	// as the review of drafts says them.
	Behind func(a *model.Activity, reading *suggest.Suggestion, how string, w int) []string
}

// Screen is the full account of one activity, scrollable: tier and why,
// agenda and why with both readings drawn, each risk with why, mitigation,
// chapter section and example, open questions, and what would change the
// agenda.
type Screen struct {
	ctx      *component.Context
	links    Links
	keys     keyMap
	activity *model.Activity
	gen      uint64 // the sheet generation the account was drawn for
	view     viewport.Model
	// The register line under the account: the risks that fire, the one
	// shown (focus) and its place in the register, edited in place by reg.
	risks  []classify.Risk
	focus  int
	reg    *register.Editor
	width  int
	height int
	// The reading of the activity's source, kept while the words read
	// (source and description) stay the same: a resize or an edit of a
	// fact draws the account again, it does not read again.
	reading  *suggest.Suggestion
	readFrom [3]string
}

// New makes the activity screen; it shows an activity once opened with it.
func New(ctx *component.Context, links Links) *Screen {
	return &Screen{ctx: ctx, links: links, keys: newKeys(ctx.Keys), view: viewport.New(0, 0), reg: register.NewEditor(ctx)}
}

// Init does nothing.
func (d *Screen) Init() tea.Cmd { return nil }

// Title names the activity's account in the title bar.
func (d *Screen) Title() string { return "Activity" }

// Open shows the account of an activity, which the worksheet selects too.
func (d *Screen) Open(arg any) (tea.Cmd, bool) {
	a, ok := arg.(*model.Activity)
	if !ok || a == nil {
		return nil, false
	}
	d.show(a)
	return d.ctx.Send(component.Select{Activity: a}), true
}

// Shown is the activity whose account is on the screen.
func (d *Screen) Shown() *model.Activity { return d.activity }

// show opens the account of an activity at the top.
func (d *Screen) show(a *model.Activity) {
	d.activity = a
	d.focus = 0
	d.reg.Close()
	d.render()
	d.view.GotoTop()
}

// SetSize gives the screen its area and reflows the account.
func (d *Screen) SetSize(w, h int) {
	d.width, d.height = w, h
	d.view.Width, d.view.Height = w, h
	d.reg.SetWidth(w)
	d.render()
}

func (d *Screen) render() {
	if d.activity == nil || d.width <= 0 {
		return
	}
	y := d.view.YOffset
	// Read on the sheet's day, so that the register's entries say what is
	// overdue, as the register screen does.
	s := d.ctx.Sheet
	hasSource := strings.TrimSpace(d.activity.Source.Text) != ""
	if hasSource || d.activity.Status == model.StatusDraft {
		// A draft's words are read for the answers they alone suggest,
		// which the account marks "~" as the questionnaire does.
		if from := [3]string{d.activity.Source.Text, d.activity.Title, d.activity.Description}; d.reading == nil || from != d.readFrom {
			d.reading, d.readFrom = d.links.Read(d.activity), from
		}
	}
	var read *model.Facts
	if d.reading != nil {
		read = &d.reading.Facts
	}
	r := s.Rulebook().ClassifySuggested(d.activity, s.Today(), s.Suggested(d.activity, read))
	d.gen = s.Gen()
	d.risks = r.Risks
	d.focus = min(d.focus, max(0, len(d.risks)-1))
	d.view.Height = max(1, d.height-len(d.foot()))
	lines, underTitle := accountLines(s.Rulebook(), d.ctx.Styles, d.activity, &r, d.width)
	if hasSource {
		// After the source text, the words behind what it suggests, as the
		// review of drafts showed them.
		lines = append(lines, d.links.Behind(d.activity, d.reading, d.keys.Edit.Help().Key, d.width)...)
	}
	if sign := suggest.ShortenedTitleSign(d.activity); sign != "" {
		note := d.shortenedNote(sign, "")
		if len(lines)+len(note) > d.view.Height {
			note = d.shortenedNote(sign, component.ScrollSignDefault[1])
		}
		lines = slices.Insert(lines, underTitle, note...)
	}
	d.view.SetContent(strings.Join(lines, "\n"))
	component.FitPager(&d.view, d.view.Height)
	// The place is kept in the rows the pager has once its sign has one:
	// kept before, in one row more, an account read to its end lost its
	// last line when drawn again at the same size.
	d.view.SetYOffset(y)
}

// Sync draws the account again when the worksheet changed under it: an
// entry edited in the register opened from here, an undo.
func (d *Screen) Sync() {
	if d.activity != nil && d.gen != d.ctx.Sheet.Gen() {
		if d.ctx.Sheet.Index(d.activity) < 0 {
			return
		}
		d.render()
	}
}

// TextFocused reports whether a field of a register entry has the keys.
func (d *Screen) TextFocused() bool { return d.reg.Editing() }

// ShortHelp is the key help of the footer.
func (d *Screen) ShortHelp() []key.Binding {
	if d.reg.Editing() {
		return []key.Binding{d.keys.Keep, d.keys.Cancel}
	}
	k := d.keys
	k.ScrollKeys = k.Within(&d.view) // scroll keys only where there is something to scroll
	// [ and ] only where there is an activity before or after this one.
	if s := d.ctx.Sheet; s != nil && d.activity != nil {
		i := s.Index(d.activity)
		k.Prev.SetEnabled(i > 0)
		k.Next.SetEnabled(i >= 0 && i < s.Len()-1)
	}
	return k.ShortHelp()
}

// FullHelp is the key help of the help screen.
func (d *Screen) FullHelp() [][]key.Binding { return d.keys.FullHelp() }

// Update scrolls the account and moves between activities.
func (d *Screen) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	// A change of the risk in focus, or of its entry, may change the lines
	// the entry wraps to under the account.
	defer d.fit()
	km, ok := msg.(tea.KeyMsg)
	if !ok || d.activity == nil {
		return d, nil
	}
	k := d.keys
	if d.reg.Editing() {
		return d, d.reg.Update(km, k.Keep, k.Cancel)
	}
	if cmd, ok := d.updateRegister(km); ok {
		return d, cmd
	}
	switch {
	case key.Matches(km, k.Back):
		return d, d.ctx.Send(component.Back{})
	case key.Matches(km, k.Edit):
		// In the account's place: an edit left without finishing goes back
		// to the screen below, as esc in the questionnaire says.
		return d, d.ctx.Send(d.links.Edit(d.activity))
	case key.Matches(km, k.Register):
		return d, d.ctx.Send(component.Open{To: d.links.Register, Arg: register.Of{Activity: d.activity}})
	case key.Matches(km, k.Prev), key.Matches(km, k.Next):
		s := d.ctx.Sheet
		i := s.Index(d.activity)
		if key.Matches(km, k.Prev) {
			i--
		} else {
			i++
		}
		if i >= 0 && i < s.Len() {
			d.show(s.At(i))
		}
	default:
		k.Scroll(&d.view, km)
	}
	return d, nil
}

// updateRegister handles the keys of the register line; ok is false for
// any other key.
func (d *Screen) updateRegister(km tea.KeyMsg) (tea.Cmd, bool) {
	k := d.keys
	if key.Matches(km, k.Undo) || key.Matches(km, k.Redo) {
		return d.ctx.Undo(key.Matches(km, k.Redo)), true
	}
	if len(d.risks) == 0 {
		return nil, false
	}
	a, risk := d.activity, d.risks[d.focus].Rule.ID
	switch {
	case key.Matches(km, k.NextRisk):
		d.focus = (d.focus + 1) % len(d.risks)
		return nil, true
	case key.Matches(km, k.Status):
		return d.reg.CycleStatus(a, risk), true
	case key.Matches(km, k.Owner):
		return d.reg.Start(a, risk, register.Owner), true
	case key.Matches(km, k.Due):
		return d.reg.Start(a, risk, register.Due), true
	case key.Matches(km, k.Note):
		return d.reg.Start(a, risk, register.Note), true
	}
	return nil, false
}

// View draws the visible part of the account and, when risks fire, the
// register line under it: the risk shown and its entry, or the field being
// edited.
func (d *Screen) View() string {
	if d.activity == nil {
		return ""
	}
	st := d.ctx.Styles
	body := component.Block(d.view.View(), d.width, d.view.Height)
	if sign := component.PagerSign(st, &d.view, d.width); sign != "" {
		body += "\n" + sign
	}
	if len(d.risks) == 0 {
		return component.Block(body, d.width, d.height)
	}
	return body + "\n" + strings.Join(d.foot(), "\n")
}

// mostRegisterLines is how many lines the register's entry under the
// account wraps to at most in h rows: whole while the account keeps half of
// them (a long owner and note took six lines at 80×24, and a cap of four
// cut the note), four at least on a short screen; past that it is cut with
// "…", and r opens the register, which has the entry and the note under its
// list.
func mostRegisterLines(h int) int { return max(4, h/2-1) }

// foot is the lines under the account: the field being edited, or the
// entry of the risk in focus, wrapped whole (an owner, a due date and a
// note read to their end), and the register's keys.
func (d *Screen) foot() []string {
	if len(d.risks) == 0 {
		return nil
	}
	if d.reg.Editing() {
		return d.reg.Lines(d.width)
	}
	st := d.ctx.Styles
	k := &d.risks[d.focus]
	label := fmt.Sprintf("Register (%d of %d) ", d.focus+1, len(d.risks))
	// A risk that fires only on suggested answers is marked "~" before its
	// severity, as the register's list and the account mark it.
	mark := component.RiskMark(*k)
	tag := report.SeverityTag(k.Severity)
	lead := ""
	entry := k.Mitigation
	if entry.Overdue {
		// First, so that it never goes to a second line; said there once,
		// not again after the due date.
		lead = "OVERDUE "
		entry.Overdue = false
	}
	rest := lead + mark + tag + " " + register.RiskTitle(*k) + ": " + report.MitigationText(&entry)
	lines := component.WrapIndent(label, rest, d.width)
	if most := mostRegisterLines(d.height); len(lines) > most {
		indent := strings.Repeat(" ", ansi.StringWidth(label))
		tail := strings.Join(strings.Fields(strings.Join(lines[most-1:], " ")), " ")
		lines = append(lines[:most-1], indent+component.Cut(tail, d.width-len(indent)))
	}
	first := strings.TrimPrefix(lines[0], label)
	styled := st.Label.Render(label)
	if lead != "" && strings.HasPrefix(first, lead) {
		styled += st.Error.Render(strings.TrimSpace(lead)) + " "
		first = strings.TrimPrefix(first, lead)
	}
	if strings.HasPrefix(first, mark+tag) {
		styled += mark + st.Severity(k.Severity, tag)
		first = strings.TrimPrefix(first, mark+tag)
	}
	lines[0] = styled + first
	for i := range lines {
		lines[i] = component.Fit(lines[i], d.width)
	}
	return append(lines, component.Fit(st.Muted.Render("tab next risk · s status · w owner · d due · n note · u undo · r the register"), d.width))
}

// shortenedNote says, under a title the import shortened (ending in sign),
// where its paragraph is whole: the source text further down the account,
// reached by keys where the account is taller than its rows ("" where it
// fits).
func (d *Screen) shortenedNote(sign, keys string) []string {
	text := component.ShortenedTitleNote(sign)
	if keys != "" {
		text += " (" + keys + ")"
	}
	var out []string
	for _, l := range component.Wrap(text, d.width) {
		out = append(out, d.ctx.Styles.Muted.Render(l))
	}
	return out
}

// fit gives the account the rows the lines under it leave, less one for
// the sign of what is out of sight where it does not fit.
func (d *Screen) fit() {
	component.FitPager(&d.view, d.height-len(d.foot()))
}

// riskWords says how many risks an activity has and the most serious,
// severity styled by style: "3 risks, the most serious high".
func riskWords(r *classify.Result, style func(classify.Severity, string) string) string {
	return report.RiskPhrase(r, style)
}

// AccountLines draws the full account of an activity (report.NewAccount, the
// same account the text report prints) wrapped to width w, with both
// readings drawn after the agenda; the presentation shows it too.
func AccountLines(rb *classify.Rulebook, st *component.Styles, a *model.Activity, r *classify.Result, w int) []string {
	lines, _ := accountLines(rb, st, a, r, w)
	return lines
}

// accountLines is AccountLines, and the index of the first line under the
// title's.
func accountLines(rb *classify.Rulebook, st *component.Styles, a *model.Activity, r *classify.Result, w int) ([]string, int) {
	acc := report.NewAccount(rb, a, r)
	var out []string
	add := func(lines ...string) { out = append(out, lines...) }
	para := func(prefix, text string) { add(component.WrapIndent(prefix, text, w)...) }

	// Whole, wrapped: the title bar above the account has room for part of
	// a long title only, and nothing else shows the rest.
	// "~" before it where its topic is only suggested, as the verdict
	// under it marks the tier.
	for _, l := range component.Wrap(component.TopicMark(r.TopicOnSuggested)+acc.Title, w) {
		add(st.Screen.Render(l))
	}
	underTitle := len(out)
	for _, l := range component.WrapItems(acc.Meta, " · ", w) {
		add(st.Muted.Render(l))
	}
	verdict := report.VerdictTier(r) + " · " + st.Agenda(r.Agenda, report.VerdictAgenda(r)) + " · "
	// Wrapped, not cut: the open questions close the line. The agenda and
	// severity words are styled apart, so the plain words are wrapped and
	// the styled ones put back.
	plain := report.VerdictTier(r) + " · " + report.VerdictAgenda(r) + " · " + riskWords(r, func(_ classify.Severity, s string) string { return s }) +
		" · " + component.Plural(len(r.OpenQuestions), "open question", "open questions")
	if ansi.StringWidth("Verdict: "+plain) <= w {
		add(st.Label.Render("Verdict: ") + verdict + riskWords(r, st.Severity) + " · " + component.Plural(len(r.OpenQuestions), "open question", "open questions"))
	} else {
		lines := component.WrapIndent("Verdict: ", plain, w)
		lines[0] = st.Label.Render("Verdict: ") + strings.TrimPrefix(lines[0], "Verdict: ")
		add(lines...)
	}
	if len(acc.About) > 0 {
		add("")
		for _, p := range acc.About {
			para("", p)
		}
	}
	for _, sec := range acc.Sections {
		// Every line is wrapped to the width: the pager cuts what is
		// wider with no sign, and a section's last words went with it.
		add("")
		for _, l := range component.Wrap(sec.Heading, w) {
			add(st.Heading.Render(l))
		}
		if len(sec.Lines) == 0 {
			for _, l := range component.WrapIndent("  ", sec.Empty, w) {
				add(st.Muted.Render(l))
			}
		}
		for i, l := range sec.Lines {
			indent := strings.Repeat("  ", 1+l.Depth)
			switch {
			case l.Severity != "":
				if i > 0 {
					add("")
				}
				tag := report.SeverityTag(l.Severity)
				lines := component.WrapIndent(indent+l.Prefix, l.Text, w)
				lines[0] = indent + st.Severity(l.Severity, tag) + strings.TrimPrefix(l.Prefix, tag) + st.Label.Render(strings.TrimPrefix(lines[0], indent+l.Prefix))
				add(lines...)
			case l.Muted:
				// A line each: the presentation indents every line of
				// the account, and a wrapped line was indented once.
				for _, x := range component.WrapIndent(indent+l.Prefix, l.Text, w) {
					add(st.Muted.Render(x))
				}
			default:
				para(indent+l.Prefix, l.Text)
			}
		}
		if sec.Part == report.PartAgenda {
			add("")
			add(component.Readings(rb, st, r, w)...)
		}
	}
	return out, underTitle
}

// pagerKeys are the keys that scroll the account and move between
// activities.
type pagerKeys struct {
	component.ScrollKeys
	Prev, Next, Edit, Tab, Reading, Back key.Binding
	global                               component.GlobalKeys
}

func newPagerKeys(g component.GlobalKeys) pagerKeys {
	return pagerKeys{
		ScrollKeys: component.PagerScrollKeys(),
		Prev:       component.Bind([]string{"["}, "[", "previous activity"),
		Next:       component.Bind([]string{"]"}, "]", "next activity"),
		Edit:       component.Bind([]string{"e"}, "e", "edit (questionnaire)"),
		Tab:        component.Bind([]string{"tab", "right", "l"}, "tab/→", "next section"),
		Reading:    component.Bind([]string{"r"}, "r", "2015 reading / narrow reading"),
		Back:       component.Bind([]string{"esc", "q"}, "esc/q", "back"),
		global:     g,
	}
}

// keyMap is the pager keys the account uses, and the keys of
// the register line under the account: the risk it shows, its entry's
// fields, undo, and the register screen at the activity.
type keyMap struct {
	pagerKeys
	Register, NextRisk, Status, Owner, Due, Note, Undo key.Binding
	Redo                                               key.Binding
	Keep, Cancel                                       key.Binding // in a field of the entry
}

func newKeys(g component.GlobalKeys) keyMap {
	undo, redo := component.UndoKeys()
	return keyMap{pagerKeys: newPagerKeys(g),
		Register: component.Bind([]string{"r"}, "r", "the risk register, at this activity"),
		NextRisk: component.Bind([]string{"tab"}, "tab", "register line: next risk"),
		Status:   component.Bind([]string{"s"}, "s", "register: next status of the risk's entry"),
		Owner:    component.Bind([]string{"w"}, "w", "register: owner (who)"),
		Due:      component.Bind([]string{"d"}, "d", "register: due date"),
		Note:     component.Bind([]string{"n"}, "n", "register: note"),
		Undo:     undo,
		Redo:     redo,
		Keep:     component.Bind([]string{"enter"}, "enter", "keep"),
		Cancel:   component.Bind([]string{"esc"}, "esc", "cancel"),
	}
}

// ShortHelp lists the keys shown in the footer.
func (k keyMap) ShortHelp() []key.Binding {
	// The footer drops items from its end: the keys between activities
	// come before the scroll keys but the first, and ] before [, so that
	// at 80 columns going on is still offered.
	return []key.Binding{k.Down, k.Edit, k.Next, k.Prev, k.Up, k.PageDown, k.Back, k.global.Help}
}

// FullHelp lists the keys shown on the help screen.
func (k keyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.Up, k.Down, namedAlso(k.PageUp, "b"), namedAlso(k.PageDown, "f"), k.Top, k.Bottom},
		{k.Edit, k.Prev, k.Next, k.Back, k.global.Save, k.global.Help, k.global.ForceQuit, k.global.Suspend},
		{k.NextRisk, k.Status, k.Owner, k.Due, k.Note, k.Undo, k.Redo, k.Register},
	}
}

// namedAlso is binding b with key also named in its help: f and b page as
// on every pager (the framework, help, the briefing), but come from the
// worksheet, whose f opens the framework, f paged down here with no word
// of it. The footer keeps the shorter name.
func namedAlso(b key.Binding, also string) key.Binding {
	b.SetHelp(b.Help().Key+"/"+also, b.Help().Desc)
	return b
}
