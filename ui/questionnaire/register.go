package questionnaire

import (
	"fmt"
	"github.com/charmbracelet/x/ansi"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/report"
	"github.com/pocssr/pocssr/ui/component"
	"github.com/pocssr/pocssr/ui/flow"
	"github.com/pocssr/pocssr/ui/register"
)

// The register steps of the questionnaire (FRAMEWORK §9): after the review,
// one step per risk that fires asks what is being done about it. The
// statuses are the step's answers, chosen as a question's are (a number, or
// the cursor and space); the owner, due date and note are typed in a field
// of the register's own editor, which refuses what the register would
// refuse and says why. Every change is one undo step. Enter goes on to the
// next risk: a step left alone is skipped, and the risk stays as it was.

// mitigateKeys are the keys of a register step beyond the questionnaire's.
type mitigateKeys struct {
	Owner, Due, Note, Undo, Skip key.Binding
	Keep, Cancel                 key.Binding // in a field of the entry
}

func newMitigateKeys() mitigateKeys {
	return mitigateKeys{
		Owner:  component.Bind([]string{"w"}, "w", "owner: who puts the measures in place"),
		Due:    component.Bind([]string{"d"}, "d", "due date"),
		Note:   component.Bind([]string{"n"}, "n", "note"),
		Undo:   component.Bind([]string{"u"}, "u", "undo"),
		Skip:   component.Bind([]string{"0"}, "0", "skip: leave the risk as it is"),
		Keep:   component.Bind([]string{"enter"}, "enter", "keep"),
		Cancel: component.Bind([]string{"esc"}, "esc", "cancel"),
	}
}

// mitigate asks what is being done about a risk, the cursor on its status
// (on "skip" while it has no entry).
func (q *Screen) mitigate(risk string) {
	q.stage, q.risk, q.jumping = Mitigating, risk, false
	q.ageNote()
	statuses := flow.Statuses()
	q.cursor = len(statuses)
	if e := q.activity.Register.Entry(risk); e != nil {
		for i, s := range statuses {
			if s == e.Status {
				q.cursor = i
			}
		}
	}
}

// riskAsked is the risk of the register step, as it fires now.
func (q *Screen) riskAsked() (classify.Risk, bool) {
	i := flow.RiskIndex(q.risks, q.risk)
	if i < 0 {
		return classify.Risk{}, false
	}
	return q.risks[i], true
}

func (q *Screen) updateMitigating(km tea.KeyMsg) tea.Cmd {
	mk := q.mkeys
	if q.reg.Editing() {
		return q.reg.Update(km, mk.Keep, mk.Cancel)
	}
	k := q.keys
	a, risk := q.activity, q.risk
	statuses := flow.Statuses()
	rows := len(statuses) + 1 // and "skip"
	switch {
	case key.Matches(km, k.Done):
		return q.finish(false)
	case key.Matches(km, k.Next):
		return q.next()
	case key.Matches(km, k.Back):
		return q.back()
	case key.Matches(km, k.Jump):
		q.openJump()
		return nil
	case key.Matches(km, k.Up):
		q.cursor = (q.cursor - 1 + rows) % rows
	case key.Matches(km, k.Down):
		q.cursor = (q.cursor + 1) % rows
	case key.Matches(km, mk.Skip):
		return q.next()
	case key.Matches(km, k.Toggle):
		if q.cursor < len(statuses) {
			return q.reg.SetStatus(a, risk, statuses[q.cursor])
		}
	case key.Matches(km, k.Choose):
		if q.cursor < len(statuses) {
			if cmd := q.reg.SetStatus(a, risk, statuses[q.cursor]); q.reg.Editing() {
				return cmd // not-needed waits for its note
			}
		}
		return q.next()
	case key.Matches(km, mk.Owner):
		return q.reg.Start(a, risk, register.Owner)
	case key.Matches(km, mk.Due):
		return q.reg.Start(a, risk, register.Due)
	case key.Matches(km, mk.Note):
		return q.reg.Start(a, risk, register.Note)
	case key.Matches(km, mk.Undo):
		if what := q.ctx.Sheet.Undo(); what != "" {
			return q.ctx.StatusTitled("Undid the last " + what + ".")
		}
		return q.ctx.Status("Nothing to undo.")
	default:
		if r := km.Runes; km.Type == tea.KeyRunes && len(r) == 1 && r[0] >= '1' && int(r[0]-'1') < len(statuses) {
			q.cursor = int(r[0] - '1')
			return q.reg.SetStatus(a, risk, statuses[q.cursor])
		}
	}
	return nil
}

// mitigateHelp is the footer of a register step.
func (q *Screen) mitigateHelp() []key.Binding {
	mk, k := q.mkeys, q.keys
	if q.reg.Editing() {
		return []key.Binding{mk.Keep, mk.Cancel}
	}
	return []key.Binding{component.Bind([]string{"enter"}, "enter", "choose, next risk"), k.Toggle, mk.Owner, mk.Due, mk.Note, mk.Skip, k.Back, k.Done}
}

// mitigateView draws a register step: the risk, its entry as it stands,
// the statuses to choose from and the field being typed, in h lines.
func (q *Screen) mitigateView(w, h int) []string {
	st := q.ctx.Styles
	k, ok := q.riskAsked()
	if !ok {
		return nil
	}
	head := []string{st.Label.Render(component.Cut(q.walk.Asks(q.step()), w))}
	head = append(head, component.WrapIndent(st.Severity(k.Severity, report.SeverityTag(k.Severity))+" ", register.RiskTitle(k), w)...) // its title, not its id
	// The entry as the register reads it today (open, mitigated, accepted;
	// overdue), as the activity's account shows it.
	now := k.Mitigation
	r := q.rb.ClassifyOn(q.activity, q.ctx.Sheet.Today())
	if i := flow.RiskIndex(r.Risks, k.Rule.ID); i >= 0 {
		now = r.Risks[i].Mitigation
	}
	// Wrapped, not cut: the due date and the note are what the step is for.
	for _, l := range component.WrapIndent("Register: ", report.MitigationText(&now), w) {
		head = append(head, st.Muted.Render(l))
	}
	// Why the risk holds and what to do, as the account gives them: the
	// choice is made here, and a planner chose "planned" with neither on
	// screen. Where the screen is short they give way first, the rest a key
	// away (?).
	advice := append(component.WrapIndent("Why: ", report.RiskWhy(&k), w), component.WrapIndent("Do: ", k.Rule.Mitigation, w)...)
	var rows []string
	for i, s := range flow.Statuses() {
		box := "( )"
		if s == now.Entry.Status {
			box = "(•)"
		}
		rows = append(rows, q.mitigateRow(fmt.Sprintf("%s %d %s", box, i+1, report.StatusText(s)), i, w))
	}
	rows = append(rows, q.mitigateRow("    0 skip — leave the risk as it is and go on", len(flow.Statuses()), w))
	// The field and why a value was refused, or the step's keys, are what
	// the user acts on: they always show, and the blank lines and then the
	// risk's heading give way first on a short screen.
	tail := q.reg.FieldLines(w)
	if !q.reg.Editing() {
		tail = []string{st.Muted.Render(component.Cut("w owner · d due date · n note · u undo · enter next risk", w))}
	}
	// They take the rows the screen has past the step's own, less one
	// blank line; the blank lines between go first.
	room := h - len(head) - len(rows) - len(tail) - 1
	if room >= len(advice)+2 {
		head = append(head, "") // room for it: a blank line before them
		room--
	}
	if room > 0 {
		if len(advice) > room {
			// The key of the help: f1 while a field takes the keys, where
			// ? is typed into it (as the heading's sign says).
			sign := " (?)"
			if q.TextFocused() {
				sign = " (f1)"
			}
			advice = append(advice[:room-1], component.Cut(advice[room-1], w-ansi.StringWidth(sign))+sign)
		}
		for _, l := range advice {
			head = append(head, st.Muted.Render(l))
		}
	}
	return stackLines(h, head, rows, tail)
}

// stackLines puts the head, the rows and the tail in h lines, a blank line
// between each while there is room; past that the head loses lines from
// its top, then the rows from their end, and the tail is kept whole.
func stackLines(h int, head, rows, tail []string) []string {
	gaps := 2
	for gaps > 0 && len(head)+len(rows)+len(tail)+gaps > h {
		gaps--
	}
	if over := len(head) + len(rows) + len(tail) + gaps - h; over > 0 {
		drop := min(over, len(head))
		head = head[drop:]
		over -= drop
		rows = rows[:max(0, len(rows)-over)]
	}
	lines := append([]string{}, head...)
	if gaps > 0 {
		lines = append(lines, "")
	}
	lines = append(lines, rows...)
	if gaps > 1 {
		lines = append(lines, "")
	}
	lines = append(lines, tail...)
	if len(lines) > h {
		lines = lines[len(lines)-max(0, h):]
	}
	return lines
}

// mitigateRow draws one row of the statuses, highlighted under the cursor.
func (q *Screen) mitigateRow(text string, i, w int) string {
	if i == q.cursor {
		return q.ctx.Styles.Selected.Render(component.Fit("> "+text, w))
	}
	return component.Cut("  "+text, w)
}

// adviceWhole is the risk's why and what to do whole, for the help screen
// of a register step, which may have cut them.
func (q *Screen) adviceWhole() (heading, text string, ok bool) {
	k, found := q.riskAsked()
	if !found {
		return "", "", false
	}
	return "Why the risk holds and what to do, whole", "Why: " + report.OneLine(report.RiskWhy(&k)) + "\nDo: " + report.OneLine(k.Rule.Mitigation), true
}
