package ui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/viewport"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/report"
	"github.com/pocssr/pocssr/model"
)

// activityDetail is the full account of one activity, scrollable: tier and
// why, agenda and why with both readings drawn, each risk with why,
// mitigation, chapter section and example, open questions, and what would
// change the agenda.
type activityDetail struct {
	sh       *shared
	keys     detailKeys
	activity *model.Activity
	view     viewport.Model
	width    int
	height   int
}

func newActivityDetail(sh *shared) *activityDetail {
	return &activityDetail{sh: sh, keys: detailKeys{newPagerKeys(sh.global)}, view: viewport.New(0, 0)}
}

// Init does nothing.
func (d *activityDetail) Init() tea.Cmd { return nil }

// Show opens the account of an activity at the top.
func (d *activityDetail) Show(a *model.Activity) {
	d.activity = a
	d.render()
	d.view.GotoTop()
}

// SetSize gives the screen its area and reflows the account.
func (d *activityDetail) SetSize(w, h int) {
	d.width, d.height = w, h
	d.view.Width, d.view.Height = w, h
	d.render()
}

func (d *activityDetail) render() {
	if d.activity == nil || d.width <= 0 {
		return
	}
	y := d.view.YOffset
	r := d.sh.rb.Classify(d.activity)
	d.view.SetContent(strings.Join(accountLines(d.sh, d.activity, &r, d.width), "\n"))
	d.view.SetYOffset(y)
}

// ShortHelp is the key help of the footer.
func (d *activityDetail) ShortHelp() []key.Binding { return d.keys.ShortHelp() }

// FullHelp is the key help of the help screen.
func (d *activityDetail) FullHelp() [][]key.Binding { return d.keys.FullHelp() }

// Update scrolls the account and moves between activities.
func (d *activityDetail) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	km, ok := msg.(tea.KeyMsg)
	if !ok || d.activity == nil {
		return d, nil
	}
	k := d.keys
	switch {
	case key.Matches(km, k.Back):
		return d, d.sh.send(backMsg{})
	case key.Matches(km, k.Edit):
		return d, d.sh.send(editMsg{activity: d.activity})
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
		k.scroll(&d.view, km)
	}
	return d, nil
}

// View draws the visible part of the account.
func (d *activityDetail) View() string {
	if d.activity == nil {
		return ""
	}
	return block(d.view.View(), d.width, d.height)
}

// splitReasons separates the reasons for the tier from the reason for the
// agenda: the engine gives the tier's reasons first and the agenda's last.
func splitReasons(r *classify.Result) (tier, agenda []string) {
	if len(r.Reasons) == 0 {
		return nil, nil
	}
	n := len(r.Reasons) - 1
	return r.Reasons[:n], r.Reasons[n:]
}

// accountLines is the full account of an activity, wrapped to width w.
func accountLines(sh *shared, a *model.Activity, r *classify.Result, w int) []string {
	st := sh.st
	rb := sh.rb
	var out []string
	add := func(lines ...string) { out = append(out, lines...) }
	para := func(prefix, text string) { add(wrapIndent(prefix, text, w)...) }
	heading := func(s string) { add("", st.Heading.Render(s)) }

	title := oneLine(a.Title)
	if title == "" {
		title = "(untitled)"
	}
	add(st.Screen.Render(cut(title, w)))
	meta := []string{"id: " + oneLine(a.ID)}
	if a.Status != model.StatusUnset {
		meta = append(meta, "status: "+string(a.Status))
	}
	if !a.Source.IsZero() {
		meta = append(meta, "source: "+oneLine(strings.TrimSpace(a.Source.Document+" "+a.Source.Ref)))
	}
	add(st.Muted.Render(cut(strings.Join(meta, " · "), w)))
	verdict := report.TierText(r.Tier) + " · " + st.Agenda(r.Agenda, report.AgendaText(r.Agenda)) + " · "
	if h := r.Highest(); h != "" {
		verdict += plural(len(r.Risks), "risk", "risks") + ", the most serious " + st.Severity(h, string(h))
	} else {
		verdict += "no risk found"
	}
	add(st.Label.Render("Verdict: ") + cut(verdict+" · "+plural(len(r.OpenQuestions), "open question", "open questions"), w-9))
	if d := strings.TrimSpace(a.Description); d != "" {
		add("")
		for _, p := range strings.Split(report.Safe(d), "\n") {
			para("", p)
		}
	}

	heading("Facts")
	unknown := 0
	for _, f := range model.AllFacts() {
		if a.Facts.Known(f) {
			para("  "+factName(f)+": ", rb.ValueText(&a.Facts, f))
		} else if rb.Relevant(&a.Facts, f) {
			unknown++
		}
	}
	if unknown > 0 {
		add(st.Muted.Render(fmt.Sprintf("  %s not known yet (see the open questions)", plural(unknown, "relevant fact", "relevant facts"))))
	}

	tierReasons, agendaReasons := splitReasons(r)
	if t := rb.Tier(r.Tier); t != nil {
		heading(fmt.Sprintf("Tier %d — %s", r.Tier, t.Title))
	} else {
		heading("Tier — undetermined")
	}
	for _, reason := range tierReasons {
		para("  ", reason)
	}
	agenda := "Agenda — " + report.AgendaText(r.Agenda)
	if b := rb.Basis(r.Basis); b != nil && r.Basis != classify.NoBasis {
		agenda += " (" + b.Title + ")"
	}
	heading(agenda)
	for _, reason := range agendaReasons {
		para("  ", reason)
	}
	add("")
	add(readingsDrawing(sh, r, a.Facts.Primary(), w)...)

	heading(fmt.Sprintf("Risks (%d)", len(r.Risks)))
	if len(r.Risks) == 0 {
		add("  " + st.Muted.Render("None found with what is known."))
	}
	for i, k := range r.Risks {
		if i > 0 {
			add("")
		}
		tag := strings.ToUpper(string(k.Severity))
		lines := wrapIndent("  "+tag+" — ", k.Rule.Title, w)
		lines[0] = "  " + st.Severity(k.Severity, tag) + " — " + st.Label.Render(lines[0][len(tag)+len("   — "):])
		add(lines...)
		para("    Why: ", k.Why)
		para("    Do: ", k.Rule.Mitigation)
		para("    See: ", "“"+k.Rule.Section+"” in the chapter")
		para("    Example: ", k.Rule.Example)
		var recs []string
		for _, id := range k.Rule.Recommendations {
			if rec := rb.Recommendation(id); rec != nil {
				recs = append(recs, rec.Title)
			}
		}
		if len(recs) > 0 {
			para("    Recommendations: ", strings.Join(recs, "; "))
		}
	}

	heading(fmt.Sprintf("Open questions (%d)", len(r.OpenQuestions)))
	if len(r.OpenQuestions) == 0 {
		add("  " + st.Muted.Render("None: every relevant fact is known."))
	}
	for _, q := range r.OpenQuestions {
		para("  - ", q.Question+" ("+factName(q.Fact)+")")
	}

	heading("What would change the agenda")
	if len(r.WouldChange) == 0 {
		add("  " + st.Muted.Render("Nothing the framework names would move it to another agenda."))
	}
	for _, c := range r.WouldChange {
		para("  - ", report.AgendaText(c.Agenda)+": "+c.If)
	}
	if n := strings.TrimSpace(a.Notes); n != "" {
		heading("Notes")
		para("  ", n)
	}
	if t := strings.TrimSpace(a.Source.Text); t != "" {
		heading("Source text")
		para("  ", t)
	}
	return out
}
