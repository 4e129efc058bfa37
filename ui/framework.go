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

// frameworkGuide is the framework screen for facilitators: the kinds of
// activity by tier (or, in the narrow reading, by agenda), the two drawings,
// the risk catalogue and the chapter's recommendations.
type frameworkGuide struct {
	sh      *shared
	keys    frameworkKeys
	section int
	narrow  bool // the narrow reading rather than the 2015 one
	view    viewport.Model
	width   int
	height  int

	cases    *classify.CaseLinks // the case library, linked to the risks
	links    []caseLink          // the cases listed in the risk catalogue
	link     int                 // the chosen one, -1 before any
	linkKeys caseLinkKeys
}

var frameworkSections = []string{"Kinds", "Readings", "Risks", "Recommendations"}

func newFrameworkGuide(sh *shared) *frameworkGuide {
	return &frameworkGuide{sh: sh, keys: frameworkKeys{newPagerKeys(sh.global)}, view: viewport.New(0, 0), link: -1, linkKeys: newCaseLinkKeys()}
}

// Init does nothing.
func (g *frameworkGuide) Init() tea.Cmd { return nil }

// SetSize gives the screen its area.
func (g *frameworkGuide) SetSize(w, h int) {
	g.width, g.height = w, h
	g.view.Width, g.view.Height = w, max(1, h-2)
	g.render()
}

// ShortHelp is the key help of the footer.
func (g *frameworkGuide) ShortHelp() []key.Binding { return g.caseLinkHelp(g.keys.ShortHelp()) }

// FullHelp is the key help of the help screen.
func (g *frameworkGuide) FullHelp() [][]key.Binding {
	if extra := g.caseLinkHelp(nil); len(extra) > 0 {
		return append(g.keys.FullHelp(), extra)
	}
	return g.keys.FullHelp()
}

// Title names the framework guide in the title bar.
func (g *frameworkGuide) Title() string { return "Framework" }

// Update changes section and reading, and scrolls.
func (g *frameworkGuide) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
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
		return g, g.sh.send(backMsg{})
	case key.Matches(km, k.Tab):
		g.section = (g.section + 1) % len(frameworkSections)
		g.render()
		g.view.GotoTop()
	case km.String() == "shift+tab" || km.String() == "left" || km.String() == "h":
		g.section = (g.section + len(frameworkSections) - 1) % len(frameworkSections)
		g.render()
		g.view.GotoTop()
	case key.Matches(km, k.Reading):
		g.narrow = !g.narrow
		g.render()
	case len(km.Runes) == 1 && km.Runes[0] >= '1' && int(km.Runes[0]-'1') < len(frameworkSections):
		g.section = int(km.Runes[0] - '1')
		g.render()
		g.view.GotoTop()
	default:
		k.Scroll(&g.view, km)
	}
	return g, nil
}

// View draws the section tabs, the reading in force and the section.
func (g *frameworkGuide) View() string {
	st := g.sh.st
	var tabs []string
	for i, name := range frameworkSections {
		label := fmt.Sprintf(" %d %s ", i+1, name)
		if i == g.section {
			tabs = append(tabs, st.Selected.Render("["+strings.TrimSpace(label)+"]"))
		} else {
			tabs = append(tabs, st.Muted.Render(label))
		}
	}
	reading := "[r] reading: 2015 policy"
	if g.narrow {
		reading = "[r] reading: narrow"
	}
	head := strings.Join(tabs, " ") + "   " + st.Accent.Render(reading)
	return block(cut(head, g.width)+"\n"+st.Rule.Render(strings.Repeat("─", g.width))+"\n"+g.view.View(), g.width, g.height)
}

func (g *frameworkGuide) render() {
	if g.width <= 0 {
		return
	}
	var lines []string
	switch g.section {
	case 0:
		lines = g.kinds()
	case 1:
		lines = g.readings()
	case 2:
		lines = g.risks()
	default:
		lines = g.recommendations()
	}
	g.view.SetContent(strings.Join(lines, "\n"))
}

// kinds lists the kinds by tier, or in the narrow reading by the agenda they
// take when the mission carries them out, as the engine classifies them.
func (g *frameworkGuide) kinds() []string {
	st, rb, w := g.sh.st, g.sh.rb, g.width
	var out []string
	kindLine := func(k *classify.Kind, extra string) {
		out = append(out, wrapIndent("  • ", k.Label+" ("+k.ID+")"+extra, w)...)
		out = append(out, st.Muted.Render(strings.Join(wrapIndent("      ", k.Description, w), "\n")))
	}
	if !g.narrow {
		for _, t := range rb.Tiers {
			out = append(out, st.Heading.Render(fmt.Sprintf("Tier %d — %s", t.Tier, t.Title)))
			out = append(out, wrapIndent("  ", t.Description, w)...)
			for _, k := range rb.KindsOf(t.Tier) {
				kindLine(k, "")
			}
			out = append(out, "")
		}
		return out
	}
	out = append(out, wrapIndent("", "Where each kind falls when the mission carries it out or supports it. Carried out by the host state alone or by a partner, a kind is SSR only when it acts on the security institutions, otherwise outside both.", w)...)
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
			out = append(out, wrapIndent("  ", info.Description, w)...)
		}
		for i, k := range kinds {
			kindLine(k, group[i])
		}
	}
	return out
}

// readings draws both readings and explains the one in force.
func (g *frameworkGuide) readings() []string {
	st, rb, w := g.sh.st, g.sh.rb, g.width
	out := readingsDrawing(g.sh, nil, w)
	out = append(out, "")
	if !g.narrow {
		out = append(out, st.Heading.Render("The 2015 policy"))
		out = append(out, wrapIndent("  ", "Three tiers of protection, with all support to security sector reform inside Tier 3: the tier takes in anything that helps build a protective environment.", w)...)
		for _, t := range rb.Tiers {
			out = append(out, wrapIndent(fmt.Sprintf("  Tier %d: ", t.Tier), t.Title, w)...)
		}
		return out
	}
	out = append(out, st.Heading.Render("The narrow reading"))
	out = append(out, wrapIndent("  ", "POC and SSR are separate agendas that overlap only where peacekeepers reduce violence by the security forces, or make host forces both more effective and accountable in combined operations to protect civilians.", w)...)
	for _, a := range rb.Agendas {
		out = append(out, "", st.Agenda(a.ID, st.Label.Render(a.Title)))
		out = append(out, wrapIndent("  ", a.Description, w)...)
	}
	for _, b := range rb.Bases {
		out = append(out, "", st.Label.Render("Ground for overlap: "+b.Title))
		out = append(out, wrapIndent("  ", b.Description, w)...)
	}
	return out
}

// risks is the risk catalogue: each risk with when it fires, what to do, the
// chapter section and the example.
func (g *frameworkGuide) risks() []string {
	st, rb, w := g.sh.st, g.sh.rb, g.width
	var out []string
	g.links = g.links[:0]
	for _, sev := range classify.Severities {
		for _, r := range rb.Risks {
			if r.Severity != sev {
				continue
			}
			tag := severityTag(sev)
			out = append(out, st.Severity(sev, tag)+" "+st.Label.Render(cut(r.Title, w-len(tag)-1)))
			out = append(out, wrapIndent("    When: ", r.When.Words(rb), w)...)
			for _, raise := range r.Raise {
				out = append(out, wrapIndent("    Rises to "+string(raise.Severity)+" when: ", raise.When.Words(rb), w)...)
			}
			out = append(out, wrapIndent("    Do: ", r.Mitigation, w)...)
			out = append(out, wrapIndent("    See: ", "“"+r.Section+"”", w)...)
			out = append(out, wrapIndent("    Example: ", r.Example, w)...)
			out = append(out, g.caseLines(r, len(out), w)...)
			out = append(out, "")
		}
	}
	return append(out, g.portfolioRules()...)
}

// recommendations lists the chapter's recommendations and the risks each answers.
func (g *frameworkGuide) recommendations() []string {
	st, rb, w := g.sh.st, g.sh.rb, g.width
	var out []string
	for i, rec := range rb.Recommendations {
		out = append(out, st.Heading.Render(cut(fmt.Sprintf("%d. %s", i+1, rec.Title), w)))
		out = append(out, wrapIndent("   ", rec.Summary, w)...)
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
				out = append(out, wrapIndent("   - ", a, w)...)
			}
		}
		out = append(out, "")
	}
	return out
}
