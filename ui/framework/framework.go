// Package framework is the framework screen for facilitators: the kinds of
// activity by tier (or, in the narrow reading, by agenda), the two readings
// drawn, the risk catalogue with the cases of the library that raise each
// risk, and the chapter's recommendations. It is a screen of its own
// package, built on ui/component: it reads the rulebook it is made with and
// opens a case through the function the root gives it.
package framework

import (
	"fmt"
	"slices"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/viewport"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/report"
	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/component"
)

// Screen is the framework screen.
type Screen struct {
	ctx     *component.Context
	rb      *classify.Rulebook
	keys    keys
	section int
	narrow  bool // the narrow reading rather than the 2015 one
	// plain: drawn for the plain prompts (Plain), with no drawing and the
	// menu's commands named where the screen names its keys.
	plain  bool
	view   viewport.Model
	width  int
	height int

	cases   *classify.CaseLinks // the case library, linked to the risks
	links   []caseLink          // the cases listed in the risk catalogue
	numbers map[string]int      // the worksheet's number of each id, made by each drawing
	link    int                 // the chosen one, -1 before any
	// raised names, for each risk, the worksheet's activities that raise
	// it, made at the worksheet's change raisedGen (raisedHere); names
	// numbers them as the portfolio does.
	raised    map[string][]string
	raisedGen uint64
	// raisedAt is, for each risk, the severity it has in each activity
	// where a raise makes it other than the rule's own: "high".
	raisedAt map[string]map[string]string
	// findings are the portfolio findings that fire on the worksheet,
	// findingBy the ids of the activities that raise each, and heldOpen
	// those that unknown facts hold open: made with raised.
	findings, heldOpen []classify.Finding
	findingBy          [][]string
	names              component.ActivityNames
	linkKeys           caseLinkKeys
	// openCase is how the root opens a case of the library at
	// presentation size: the screen does not know the presentation's id
	// or what it is opened with.
	openCase func(a *model.Activity) component.Open
}

// keys are the framework screen's: scrolling the section, moving between
// sections and readings, and leaving.
type keys struct {
	component.ScrollKeys
	Tab, PrevTab, Section, Reading, Back key.Binding
	global                               component.GlobalKeys
}

func newKeys(g component.GlobalKeys) keys {
	bind := component.Bind
	return keys{
		ScrollKeys: component.PagerScrollKeys(),
		Tab:        bind([]string{"tab", "right", "l"}, "tab/→", "next section"),
		PrevTab:    bind([]string{"shift+tab", "left", "h"}, "shift+tab/←", "previous section"),
		Section:    bind([]string{"1", "2", "3", "4"}, "1–4", "a section by its number"),
		Reading:    bind([]string{"r"}, "r", "2015 reading / narrow reading"),
		Back:       bind([]string{"esc", "q"}, "esc/q", "back"),
		global:     g,
	}
}

// ShortHelp lists the keys shown in the footer.
func (k keys) ShortHelp() []key.Binding {
	return []key.Binding{k.Tab, k.Reading, k.Down, k.Up, k.PageDown, k.Back, k.global.Help}
}

// FullHelp lists the keys shown on the help screen.
func (k keys) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom},
		{k.Tab, k.PrevTab, k.Section, k.Reading, k.Back, k.global.Help, k.global.ForceQuit, k.global.Suspend},
	}
}

var frameworkSections = []string{"Kinds", "Readings", "Risks", "Recommendations"}

// readingSections are the sections the reading in force changes: the kinds
// (by tier or by agenda) and the readings (the one explained). The risks and
// the recommendations are the same under both, so r is offered only here.
var readingSections = []int{0, 1}

// readingMatters reports whether the section shown changes with the reading.
func (g *Screen) readingMatters() bool { return slices.Contains(readingSections, g.section) }

// showSection shows section i from its top, offering r only where the
// reading changes it.
func (g *Screen) showSection(i int) {
	g.section = i
	g.keys.Reading.SetEnabled(g.readingMatters())
	g.render()
	g.view.GotoTop()
}

// New builds the framework screen over the rulebook rb; openCase says how
// to open a case of the library (enter on a case of the risk catalogue).
func New(ctx *component.Context, rb *classify.Rulebook, openCase func(a *model.Activity) component.Open) *Screen {
	return &Screen{ctx: ctx, rb: rb, keys: newKeys(ctx.Keys), view: viewport.New(0, 0), link: -1, linkKeys: newCaseLinkKeys(),
		openCase: openCase}
}

// Init does nothing.
func (g *Screen) Init() tea.Cmd { return nil }

// SetSize gives the screen its area.
func (g *Screen) SetSize(w, h int) {
	g.width, g.height = w, h
	g.view.Width, g.view.Height = w, max(1, h-2)
	g.render()
}

// ShortHelp is the key help of the footer: the scroll keys only where
// there is something to scroll.
func (g *Screen) ShortHelp() []key.Binding {
	k := g.keys
	k.ScrollKeys = k.Within(&g.view)
	return g.caseLinkHelp(k.ShortHelp())
}

// FullHelp is the key help of the help screen.
func (g *Screen) FullHelp() [][]key.Binding {
	// The case keys are listed wherever the help is opened, saying where
	// they work, so that they can be found before the risk catalogue is.
	lk, where := g.linkKeys, fmt.Sprintf(" (in %d %s)", riskSection+1, frameworkSections[riskSection])
	cases := []key.Binding{
		component.Bind(lk.Next.Keys(), lk.Next.Help().Key, lk.Next.Help().Desc+where),
		component.Bind(lk.Prev.Keys(), lk.Prev.Help().Key, lk.Prev.Help().Desc+where),
		component.Bind(lk.Open.Keys(), lk.Open.Help().Key, lk.Open.Help().Desc+" chosen with ] or ["+where),
	}
	// r too is listed wherever the help is opened, saying where it works.
	k := g.keys
	var in []string
	for _, i := range readingSections {
		in = append(in, fmt.Sprintf("%d %s", i+1, frameworkSections[i]))
	}
	k.Reading = component.Bind(k.Reading.Keys(), k.Reading.Help().Key, k.Reading.Help().Desc+" (in "+strings.Join(in, ", ")+")")
	return append(k.FullHelp(), cases)
}

// Title names the framework guide in the title bar.
func (g *Screen) Title() string { return "Framework" }

// Update changes section and reading, and scrolls.
func (g *Screen) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	km, ok := msg.(tea.KeyMsg)
	if !ok {
		return g, nil
	}
	if done, cmd := g.updateCaseLinks(km); done {
		return g, cmd
	}
	k := g.keys
	switch {
	case key.Matches(km, k.Back):
		return g, g.ctx.Send(component.Back{})
	case key.Matches(km, k.Tab):
		g.showSection((g.section + 1) % len(frameworkSections))
	case key.Matches(km, k.PrevTab):
		g.showSection((g.section + len(frameworkSections) - 1) % len(frameworkSections))
	case key.Matches(km, k.Reading):
		g.narrow = !g.narrow
		g.render()
	case len(km.Runes) == 1 && km.Runes[0] >= '1' && int(km.Runes[0]-'1') < len(frameworkSections):
		g.showSection(int(km.Runes[0] - '1'))
	default:
		k.Scroll(&g.view, km)
	}
	return g, nil
}

// View draws the section tabs, the reading in force and the section.
func (g *Screen) View() string {
	st := g.ctx.Styles
	var tabs []string
	for i, name := range frameworkSections {
		label := fmt.Sprintf(" %d %s ", i+1, name)
		if i == g.section {
			tabs = append(tabs, st.Selected.Render("["+strings.TrimSpace(label)+"]"))
		} else {
			tabs = append(tabs, st.Muted.Render(label))
		}
	}
	head := strings.Join(tabs, " ")
	if g.readingMatters() {
		reading := "[r] reading: 2015 policy"
		if g.narrow {
			reading = "[r] reading: narrow"
		}
		head += "   " + st.Accent.Render(reading)
	}
	body := g.view.View()
	if sign := component.PagerSign(st, &g.view, g.width); sign != "" {
		body = component.Block(body, g.width, g.view.Height) + "\n" + sign
	}
	return component.Block(component.Cut(head, g.width)+"\n"+st.Rule.Render(strings.Repeat("─", g.width))+"\n"+body, g.width, g.height)
}

func (g *Screen) render() {
	if g.width <= 0 {
		return
	}
	g.numbers = nil
	g.view.SetContent(strings.Join(g.sectionLines(), "\n"))
	component.FitPager(&g.view, g.height-2)
}

// sectionLines are the lines of the section shown, whole.
func (g *Screen) sectionLines() []string {
	switch g.section {
	case 0:
		return g.kinds()
	case 1:
		return g.readings()
	case 2:
		return g.risks()
	}
	return g.recommendations()
}

// kinds lists the kinds by tier, or in the narrow reading by the agenda they
// take when the mission carries them out, as the engine classifies them.
func (g *Screen) kinds() []string {
	st, rb, w := g.ctx.Styles, g.rb, g.width
	var out []string
	kindLine := func(k *classify.Kind, extra string) {
		out = append(out, component.WrapIndent("  • ", k.Label+" ("+k.ID+")"+extra, w)...)
		out = append(out, st.Muted.Render(strings.Join(component.WrapIndent("      ", k.Description, w), "\n")))
	}
	if !g.narrow {
		for _, t := range rb.Tiers {
			out = append(out, st.Heading.Render(fmt.Sprintf("Tier %d — %s", t.Tier, t.Title)))
			out = append(out, component.WrapIndent("  ", t.Description, w)...)
			for _, k := range rb.KindsOf(t.Tier) {
				kindLine(k, "")
			}
			out = append(out, "")
		}
		return out
	}
	out = append(out, component.WrapIndent("", "Where each kind falls when the mission carries it out or supports it. Carried out by the host state alone or by a partner, a kind is SSR only when it acts on the security institutions, otherwise outside both.", w)...)
	for _, ag := range classify.Agendas {
		var group []string
		var kinds []*classify.Kind
		for _, k := range rb.Kinds {
			var fs model.Facts
			fs.SetOne(model.Implementer, "mission")
			fs.SetSet(model.Kinds, []string{k.ID})
			r := rb.ClassifyFacts(&fs)
			if r.Agenda != ag {
				continue
			}
			extra := ""
			for _, c := range r.WouldChange {
				extra = " — " + report.ChangeText(rb, c)
			}
			group = append(group, extra)
			kinds = append(kinds, k)
		}
		if len(kinds) == 0 {
			continue
		}
		if info := rb.Agenda(ag); info != nil {
			out = append(out, "", st.Heading.Render(info.Title))
			out = append(out, component.WrapIndent("  ", info.Description, w)...)
		}
		for i, k := range kinds {
			kindLine(k, group[i])
		}
	}
	return out
}

// readingsLead says, above the drawing of both readings, which of them
// the words below it explain, and that r explains the other.
func readingsLead(narrow bool) string {
	if narrow {
		return "Explained below the drawings: the narrow reading (r: the 2015 policy)"
	}
	return "Explained below the drawings: the 2015 policy (r: the narrow reading)"
}

// readings draws both readings and explains the one in force.
func (g *Screen) readings() []string {
	st, rb, w := g.ctx.Styles, g.rb, g.width
	var out []string
	if !g.plain {
		// The drawing of both readings, which no screen reader reads:
		// the plain prompts give the words under it only.
		// Its first line says which reading the words under it explain:
		// the drawing is the same in both, and at 80×24 r changed nothing
		// on the first page.
		out = append(component.WrapIndent("", readingsLead(g.narrow), w), "")
		out = append(out, component.Readings(rb, st, nil, w)...)
		out = append(out, "")
	}
	if !g.narrow {
		out = append(out, st.Heading.Render("The 2015 policy"))
		out = append(out, component.WrapIndent("  ", "Three tiers of protection, with all support to security sector reform inside Tier 3: the tier takes in anything that helps build a protective environment.", w)...)
		for _, t := range rb.Tiers {
			out = append(out, component.WrapIndent(fmt.Sprintf("  Tier %d: ", t.Tier), t.Title, w)...)
		}
		return out
	}
	out = append(out, st.Heading.Render("The narrow reading"))
	out = append(out, component.WrapIndent("  ", "POC and SSR are separate agendas that overlap only where peacekeepers reduce violence by the security forces, or make host forces both more effective and accountable in combined operations to protect civilians.", w)...)
	for _, a := range rb.Agendas {
		out = append(out, "", st.Agenda(a.ID, st.Label.Render(a.Title)))
		out = append(out, component.WrapIndent("  ", a.Description, w)...)
	}
	for _, b := range rb.Bases {
		out = append(out, "", st.Label.Render("Ground for overlap: "+b.Title))
		out = append(out, component.WrapIndent("  ", b.Description, w)...)
	}
	return out
}

// risks is the risk catalogue: each risk with when it fires, what to do, the
// chapter section and the example.
func (g *Screen) risks() []string {
	st, rb, w := g.ctx.Styles, g.rb, g.width
	var out []string
	g.links = g.links[:0]
	for _, sev := range classify.Severities {
		for _, r := range rb.Risks {
			if r.Severity != sev {
				continue
			}
			head := len(out)
			out = append(out, headingLines(st, sev, r.Title, w)...)
			out = append(out, component.WrapIndent("    When: ", r.When.Words(rb), w)...)
			for _, raise := range r.Raise {
				out = append(out, component.WrapIndent("    Rises to "+string(raise.Severity)+" when: ", raise.When.Words(rb), w)...)
			}
			out = append(out, component.WrapIndent("    Do: ", r.Mitigation, w)...)
			out = append(out, component.WrapIndent("    See: ", "“"+r.Section+"”", w)...)
			out = append(out, component.WrapIndent("    Example: ", r.Example, w)...)
			out = append(out, g.caseLines(r, head, len(out), w)...)
			out = append(out, "")
		}
	}
	return append(out, g.portfolioRules()...)
}

// recommendations lists the chapter's recommendations and the risks each answers.
func (g *Screen) recommendations() []string {
	st, rb, w := g.ctx.Styles, g.rb, g.width
	var out []string
	for i, rec := range rb.Recommendations {
		out = append(out, st.Heading.Render(component.Cut(fmt.Sprintf("%d. %s", i+1, rec.Title), w)))
		out = append(out, component.WrapIndent("   ", rec.Summary, w)...)
		var answers []string
		for _, r := range rb.Risks {
			for _, id := range r.Recommendations {
				if id == rec.ID {
					answers = append(answers, r.Title)
				}
			}
		}
		if len(answers) > 0 {
			out = append(out, st.Muted.Render("   Answers these risks:"))
			for _, a := range answers {
				out = append(out, component.WrapIndent("   - ", a, w)...)
			}
		}
		out = append(out, "")
	}
	return out
}

// headingLines are a risk's or a finding's severity and title, the title
// wrapped whole under itself as P wraps a finding's.
func headingLines(st *component.Styles, sev classify.Severity, title string, w int) []string {
	tag := component.SeverityTag(sev)
	lines := component.WrapIndent(tag+" ", title, w)
	for i := range lines {
		if i == 0 {
			lines[i] = st.Severity(sev, tag) + st.Label.Render(lines[i][len(tag):])
		} else {
			lines[i] = st.Label.Render(lines[i])
		}
	}
	return lines
}

// portfolioRules lists the rulebook's portfolio findings for the framework
// screen, after the risks.
func (g *Screen) portfolioRules() []string {
	st, rb, w := g.ctx.Styles, g.rb, g.width
	if len(rb.Portfolio) == 0 {
		return nil
	}
	out := []string{st.Heading.Render("Across the worksheet, for each force (" + g.findingsKey() + ")")}
	for _, r := range rb.Portfolio {
		out = append(out, headingLines(st, r.Severity, r.Title, w)...)
		out = append(out, component.WrapIndent("    Raised by: ", r.RaisedBy.Words(rb), w)...)
		out = append(out, component.WrapIndent("    Unless some activity: ", r.AnsweredBy.Words(rb), w)...)
		out = append(out, component.WrapIndent("    Do: ", r.Mitigation, w)...)
		out = append(out, component.WrapIndent("    See: ", "“"+r.Section+"”", w)...)
		out = append(out, g.findingLines(r, w)...)
		out = append(out, "")
	}
	return out
}
