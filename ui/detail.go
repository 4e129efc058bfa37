package ui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/viewport"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/report"
	"github.com/pocssr/pocssr/classify/suggest"
	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/register"
)

// activityDetail is the full account of one activity, scrollable: tier and
// why, agenda and why with both readings drawn, each risk with why,
// mitigation, chapter section and example, open questions, and what would
// change the agenda.
type activityDetail struct {
	sh       *shared
	keys     detailKeys
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
	readFrom [2]string
}

func newActivityDetail(sh *shared) *activityDetail {
	return &activityDetail{sh: sh, keys: newDetailKeys(sh.global), view: viewport.New(0, 0), reg: register.NewEditor(sh.ctx)}
}

// Init does nothing.
func (d *activityDetail) Init() tea.Cmd { return nil }

// Title names the activity's account in the title bar.
func (d *activityDetail) Title() string { return "Activity" }

// Open shows the account of an activity, which the worksheet selects too.
func (d *activityDetail) Open(arg any) (tea.Cmd, bool) {
	a, ok := arg.(*model.Activity)
	if !ok || a == nil {
		return nil, false
	}
	d.Show(a)
	return d.sh.send(selectMsg{Activity: a}), true
}

// Show opens the account of an activity at the top.
func (d *activityDetail) Show(a *model.Activity) {
	d.activity = a
	d.focus = 0
	d.reg.Close()
	d.render()
	d.view.GotoTop()
}

// SetSize gives the screen its area and reflows the account.
func (d *activityDetail) SetSize(w, h int) {
	d.width, d.height = w, h
	d.view.Width, d.view.Height = w, h
	d.reg.SetWidth(w)
	d.render()
}

func (d *activityDetail) render() {
	if d.activity == nil || d.width <= 0 {
		return
	}
	y := d.view.YOffset
	// Read on the sheet's day, so that the register's entries say what is
	// overdue, as the register screen does.
	r := d.sh.rb.ClassifyOn(d.activity, d.sh.sheet.Today())
	d.gen = d.sh.sheet.Gen()
	d.risks = r.Risks
	d.focus = min(d.focus, max(0, len(d.risks)-1))
	d.view.Height = d.height
	if len(d.risks) > 0 {
		d.view.Height = max(1, d.height-registerLines)
	}
	lines := accountLines(d.sh, d.activity, &r, d.width)
	if strings.TrimSpace(d.activity.Source.Text) != "" {
		// After the source text, the words behind what it suggests, as the
		// review of drafts showed them.
		if from := [2]string{d.activity.Source.Text, d.activity.Description}; d.reading == nil || from != d.readFrom {
			d.reading, d.readFrom = readActivity(d.sh.reader(), d.activity), from
		}
		lines = append(lines, wordsBehind(d.sh, d.activity, d.reading, d.width)...)
	}
	d.view.SetContent(strings.Join(lines, "\n"))
	d.view.SetYOffset(y)
}

// Sync draws the account again when the worksheet changed under it: an
// entry edited in the register opened from here, an undo.
func (d *activityDetail) Sync() {
	if d.activity != nil && d.gen != d.sh.sheet.Gen() {
		if d.sh.sheet.Index(d.activity) < 0 {
			return
		}
		d.render()
	}
}

// registerLines is the height of the register line under the account.
const registerLines = 2

// TextFocused reports whether a field of a register entry has the keys.
func (d *activityDetail) TextFocused() bool { return d.reg.Editing() }

// ShortHelp is the key help of the footer.
func (d *activityDetail) ShortHelp() []key.Binding {
	if d.reg.Editing() {
		return []key.Binding{d.keys.Keep, d.keys.Cancel}
	}
	return d.keys.ShortHelp()
}

// FullHelp is the key help of the help screen.
func (d *activityDetail) FullHelp() [][]key.Binding { return d.keys.FullHelp() }

// Update scrolls the account and moves between activities.
func (d *activityDetail) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if e, ok := msg.(editedMsg); ok {
		// An edit opened here and left without finishing goes back to the
		// worksheet, as esc in the questionnaire says.
		return d, d.sh.send(backMsg{Result: e})
	}
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
		return d, d.sh.send(backMsg{})
	case key.Matches(km, k.Edit):
		return d, d.sh.send(openMsg{To: questionnaireScreen, Arg: editArgs{activity: d.activity}})
	case key.Matches(km, k.Register):
		return d, d.sh.send(openMsg{To: registerScreen, Arg: register.Of{Activity: d.activity}})
	case key.Matches(km, k.Prev), key.Matches(km, k.Next):
		s := d.sh.sheet
		i := s.Index(d.activity)
		if key.Matches(km, k.Prev) {
			i--
		} else {
			i++
		}
		if i >= 0 && i < s.Len() {
			d.Show(s.At(i))
		}
	default:
		k.Scroll(&d.view, km)
	}
	return d, nil
}

// updateRegister handles the keys of the register line; ok is false for
// any other key.
func (d *activityDetail) updateRegister(km tea.KeyMsg) (tea.Cmd, bool) {
	k := d.keys
	if key.Matches(km, k.Undo) || key.Matches(km, k.Redo) {
		return d.sh.ctx.Undo(key.Matches(km, k.Redo)), true
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
func (d *activityDetail) View() string {
	if d.activity == nil {
		return ""
	}
	if len(d.risks) == 0 {
		return block(d.view.View(), d.width, d.height)
	}
	st := d.sh.st
	lines := d.reg.Lines(d.width)
	if !d.reg.Editing() {
		k := &d.risks[d.focus]
		head := st.Label.Render(fmt.Sprintf("Register (%d of %d) ", d.focus+1, len(d.risks))) +
			st.Severity(k.Severity, report.SeverityTag(k.Severity)) + " " + k.Rule.ID + ": " + report.MitigationText(&k.Mitigation)
		if k.Mitigation.Overdue {
			// First, so that a long entry never cuts it off.
			head = st.Label.Render(fmt.Sprintf("Register (%d of %d) ", d.focus+1, len(d.risks))) + st.Error.Render("OVERDUE") + " " +
				st.Severity(k.Severity, report.SeverityTag(k.Severity)) + " " + k.Rule.ID + ": " + report.MitigationText(&k.Mitigation)
		}
		lines = []string{fit(head, d.width),
			fit(st.Muted.Render("tab next risk · s status · w owner · d due · n note · u undo · r the register"), d.width)}
	}
	return block(d.view.View(), d.width, d.view.Height) + "\n" + strings.Join(lines, "\n")
}

// riskWords says how many risks an activity has and the most serious,
// severity styled by style: "3 risks, the most serious high".
func riskWords(r *classify.Result, style func(classify.Severity, string) string) string {
	h := r.Highest()
	if h == "" {
		return "no risk found"
	}
	return plural(len(r.Risks), "risk", "risks") + ", the most serious " + style(h, string(h))
}

// accountLines draws the full account of an activity (report.NewAccount, the
// same account the text report prints) wrapped to width w, with both
// readings drawn after the agenda.
func accountLines(sh *shared, a *model.Activity, r *classify.Result, w int) []string {
	st := sh.st
	acc := report.NewAccount(sh.rb, a, r)
	var out []string
	add := func(lines ...string) { out = append(out, lines...) }
	para := func(prefix, text string) { add(wrapIndent(prefix, text, w)...) }

	add(st.Screen.Render(cut(acc.Title, w)))
	for _, l := range wrap(strings.Join(acc.Meta, " · "), w) {
		add(st.Muted.Render(l))
	}
	verdict := report.TierText(r.Tier) + " · " + st.Agenda(r.Agenda, report.AgendaLabel(&r.Narrow)) + " · "
	// Wrapped, not cut: the open questions close the line. The agenda and
	// severity words are styled apart, so the plain words are wrapped and
	// the styled ones put back.
	plain := report.TierText(r.Tier) + " · " + report.AgendaLabel(&r.Narrow) + " · " + riskWords(r, func(_ classify.Severity, s string) string { return s }) +
		" · " + plural(len(r.OpenQuestions), "open question", "open questions")
	if ansi.StringWidth("Verdict: "+plain) <= w {
		add(st.Label.Render("Verdict: ") + verdict + riskWords(r, st.Severity) + " · " + plural(len(r.OpenQuestions), "open question", "open questions"))
	} else {
		lines := wrapIndent("Verdict: ", plain, w)
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
		add("", st.Heading.Render(sec.Heading))
		if len(sec.Lines) == 0 {
			add("  " + st.Muted.Render(sec.Empty))
		}
		for i, l := range sec.Lines {
			indent := strings.Repeat("  ", 1+l.Depth)
			switch {
			case l.Severity != "":
				if i > 0 {
					add("")
				}
				tag := report.SeverityTag(l.Severity)
				lines := wrapIndent(indent+l.Prefix, l.Text, w)
				lines[0] = indent + st.Severity(l.Severity, tag) + strings.TrimPrefix(l.Prefix, tag) + st.Label.Render(strings.TrimPrefix(lines[0], indent+l.Prefix))
				add(lines...)
			case l.Muted:
				add(st.Muted.Render(strings.Join(wrapIndent(indent+l.Prefix, l.Text, w), "\n")))
			default:
				para(indent+l.Prefix, l.Text)
			}
		}
		if sec.Part == report.PartAgenda {
			add("")
			add(readingsDrawing(sh, r, w)...)
		}
	}
	return out
}
