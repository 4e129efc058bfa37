package review

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/x/ansi"
	"github.com/pocssr/pocssr/classify/report"
	"github.com/pocssr/pocssr/ui/component"
)

// keys are the keys of the review of drafts.
type keys struct {
	Accept, Edit, Skip, Stop, LeftOut key.Binding
	Discard, Undo, Restore            key.Binding
	component.ScrollKeys
	global component.GlobalKeys
}

func newKeys(g component.GlobalKeys) keys {
	return keys{
		Accept: component.Bind([]string{"a"}, "a", "accept (reviewed)"),
		Edit:   component.Bind([]string{"e"}, "e", "edit (questionnaire)"),
		Skip:   component.Bind([]string{"s"}, "s", "skip (stays a draft)"),
		// Discard takes out a paragraph that is no task; u puts it back.
		Discard: component.Bind([]string{"x", "d"}, "x", "discard: no task (u undoes)"),
		Undo:    component.Bind([]string{"u"}, "u", "undo"),
		Stop:    component.Bind([]string{"esc", "q"}, "esc", "stop reviewing"),
		// LeftOut is enabled once an import left paragraphs out.
		LeftOut: disabled(component.Bind([]string{"l"}, "l", "left-out paragraphs and why")),
		// Restore works in the list of left-out paragraphs only.
		Restore: disabled(component.Bind([]string{"r"}, "r", "restore a left-out paragraph as a draft (u undoes)")),
		ScrollKeys: component.ScrollKeys{
			Up:       component.Bind([]string{"up", "k"}, "↑/k", "scroll up"),
			Down:     component.Bind([]string{"down", "j"}, "↓/j", "scroll down"),
			PageUp:   component.Bind([]string{"pgup"}, "pgup", "page up"),
			PageDown: component.Bind([]string{"pgdown", " "}, "pgdn", "page down"),
		},
		global: g,
	}
}

// ShortHelp lists the keys shown in the footer.
func (k keys) ShortHelp() []key.Binding {
	return []key.Binding{k.Accept, k.Edit, k.Skip, k.Discard, k.Restore, k.Stop, k.LeftOut, k.Down, k.global.Save, k.global.Help}
}

// disabled returns b switched off.
func disabled(b key.Binding) key.Binding {
	b.SetEnabled(false)
	return b
}

// FullHelp lists the keys shown on the help screen.
func (k keys) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.Accept, k.Edit, k.Skip, k.Discard, k.Undo, k.Stop, k.LeftOut, k.Restore},
		{k.Up, k.Down, k.PageUp, k.PageDown, k.global.Save, k.global.Help, k.global.ForceQuit},
	}
}

// View draws the tally of the review, the draft and the verdict keys.
func (r *Screen) View() string {
	if r.activity == nil || r.width <= 0 || r.height <= 0 {
		return ""
	}
	st := r.ctx.Styles
	title := "Review of drafts"
	tally := r.tallyText(r.width - ansi.StringWidth(title))
	head := st.Heading.Render(title) + st.Muted.Render(tally)
	if ansi.StringWidth(tally) > r.width-ansi.StringWidth(title) {
		// Every count rather than the heading: the bar above says Review.
		head = st.Muted.Render(strings.TrimPrefix(r.tallyText(r.width+ansi.StringWidth(" · ")), " · "))
	}
	keys := st.Key.Render("[a]") + " accept  " + st.Key.Render("[e]") + " edit  " + st.Key.Render("[s]") + " skip  " +
		st.Key.Render("[x]") + " discard  " + st.Key.Render("[esc]") + " stop"
	if r.confirming {
		keys = st.Accent.Render("No fact is known of this draft: ") + st.Key.Render("[a]") + " accept it with every fact unknown  " +
			st.Key.Render("[e]") + " answer the questions  " + st.Key.Render("[s]") + " skip"
	}
	if len(r.leftOut) > 0 {
		what := fmt.Sprintf("left out (%d)", len(r.leftOut))
		if r.showLeftOut {
			what = "back to the draft"
		}
		keys += "  " + st.Key.Render("[l]") + " " + what
	}
	if r.showLeftOut {
		keys = st.Key.Render("[l]") + " back to the draft  " + st.Key.Render("[esc]") + " stop"
		if r.keys.Restore.Enabled() {
			keys = st.Key.Render("[↑/↓]") + " mark  " + st.Key.Render("[r]") + " restore as a draft  " + keys
		}
	}
	if !r.view.AtBottom() {
		// That the draft goes on below is never cut: the keys close up
		// first, then the words shorten.
		more := "  · ↓ more below"
		if ansi.StringWidth(keys+more) > r.width {
			keys, more = strings.ReplaceAll(keys, "  ", " "), " · ↓ more below"
		}
		if ansi.StringWidth(keys+more) > r.width {
			more = " · ↓ more"
		}
		keys += st.Muted.Render(more)
	}
	return component.Block(component.Cut(head, r.width)+"\n"+component.Block(r.view.View(), r.width, r.height-2)+"\n"+component.Cut(keys, r.width), r.width, r.height)
}

// tallyText is the review's tally: what is left, reviewed, skipped and
// discarded, then, as far as w cells allow, how many drafts the worksheet
// holds, each marked DRAFT in a briefing (those left and those skipped), and
// how many of those left are asked of others (they come last).
func (r *Screen) tallyText(w int) string {
	t := r.tally()
	left := fmt.Sprintf(" · %d left", t.left)
	done := fmt.Sprintf(" · %d reviewed · %d skipped · %d discarded", t.reviewed, t.skipped, t.discarded)
	// On a narrow screen the counts at nought give way first.
	var nonZero string
	for _, c := range []struct {
		n    int
		what string
	}{{t.reviewed, "reviewed"}, {t.skipped, "skipped"}, {t.discarded, "discarded"}} {
		if c.n > 0 {
			nonZero += fmt.Sprintf(" · %d %s", c.n, c.what)
		}
	}
	long := fmt.Sprintf(" · %d DRAFT in a briefing", r.ctx.Sheet.Drafts())
	short := fmt.Sprintf(" · %d DRAFT", r.ctx.Sheet.Drafts())
	if t.others == 0 {
		for _, tally := range []string{left + done + long, left + done + short} {
			if ansi.StringWidth(tally) <= w {
				return tally
			}
		}
		return left + done
	}
	// That the drafts asked of others come last explains the order of the
	// review: it gives way to nothing, the other counts shorten first, and
	// on the narrowest it follows what is left.
	others := fmt.Sprintf(" · %d asked of others, last", t.others)
	for _, tally := range []string{left + done + long + others, left + done + short + others, left + nonZero + long + others,
		left + nonZero + short + others, left + done + others, left + nonZero + others} {
		if ansi.StringWidth(tally) <= w {
			return tally
		}
	}
	return left + others + nonZero
}

// render lays out the draft for the viewport.
func (r *Screen) render() {
	if r.activity == nil || r.width <= 0 {
		return
	}
	y := r.view.YOffset
	if r.showLeftOut {
		r.view.SetContent(strings.Join(r.leftOutLines(r.width), "\n"))
		r.view.SetYOffset(y)
		return
	}
	r.view.SetContent(strings.Join(r.draftLines(r.width), "\n"))
	r.view.SetYOffset(y)
}

// draftLines is the draft as lines of width w.
func (r *Screen) draftLines(w int) []string {
	st := r.ctx.Styles
	rb := r.ctx.Sheet.Rulebook()
	a := r.activity
	var out []string
	add := func(lines ...string) { out = append(out, lines...) }
	heading := func(s string) { add("", st.Heading.Render(component.Cut(s, w))) }
	title := report.OneLine(a.Title)
	if title == "" {
		title = "(untitled)"
	}
	if r.ctx.Sheet.Verdict(a).Others {
		add(st.Accent.Render(component.Cut(r.others+" · not the mission's own task, reviewed last", w)))
	}
	add(st.Screen.Render(component.Cut(title, w)))
	src := report.SourceText(a)
	if src == "" {
		src = "none recorded"
	}
	add(st.Muted.Render(idAndSource(report.OneLine(a.ID), report.OneLine(src), w)))
	if t := strings.TrimSpace(a.Source.Text); t != "" {
		heading("Source text")
		add(component.WrapIndent("  ", t, w)...)
	}
	add(r.factLines(w)...)
	res := rb.Classify(a)
	heading("Verdict with these facts")
	verdict := report.TierText(res.Tier) + " · " + st.Agenda(res.Agenda, report.AgendaLabel(&res.Narrow)) + " · " +
		component.Plural(len(res.Risks), "risk", "risks") + " · " + component.Plural(len(res.OpenQuestions), "open question", "open questions")
	add("  " + component.Cut(verdict, w-2))
	for _, k := range res.Risks {
		add("  " + st.Severity(k.Severity, component.SeverityTag(k.Severity)) + " " + component.Cut(k.Rule.Title, w-3-len(component.SeverityTag(k.Severity))))
	}
	// An imported task's description is the lead-in and headings it stood
	// under: the least needed, so last.
	if d := strings.TrimSpace(a.Description); d != "" {
		label := "Description"
		if !a.Source.IsZero() {
			label = "Stands under (lead-in and headings)"
		}
		heading(label)
		for _, p := range strings.Split(d, "\n") {
			add(component.WrapIndent("  ", p, w)...)
		}
	}
	return out
}

// factLines lists what the words suggest, each value with the phrases behind
// it, marked "~" while the draft still holds it; then the facts answered
// since, and what was read but not suggested.
func (r *Screen) factLines(w int) []string {
	return r.words.Behind(r.activity, r.reading, w)
}

// idAndSource is the draft's id and source on one line of width w: the
// source's reference is never cut, the id gives way first, then goes.
func idAndSource(id, src string, w int) string {
	source := " · source: " + src
	if room := w - ansi.StringWidth("id: "+source); room >= 4 { // a few letters of the id, and its cut mark
		return "id: " + component.Cut(id, room) + source
	}
	return component.Cut("source: "+src, w)
}
