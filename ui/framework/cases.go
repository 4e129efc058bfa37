package framework

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/report"
	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/component"
)

// The framework's risk catalogue names, under each risk, the cases of the
// library that raise it, with the chapter section each comes from; ] and [
// choose one and enter opens its account at presentation size.

// Each case is numbered as the worksheet shown numbers it (#n, as the
// presentation and the worksheet do), not by its place in the library, so
// that the same case does not go by two numbers; a case the worksheet does
// not hold says so.

// caseLink is one case listed under a risk: the line it is on and its place
// in the case library.
type caseLink struct {
	line int
	end  int // its last line: a case wraps onto the lines it takes
	at   int
	head int // the line of its risk's heading
}

// caseLinkKeys choose and open the cases listed under the risks.
type caseLinkKeys struct {
	Next, Prev, Open key.Binding
}

func newCaseLinkKeys() caseLinkKeys {
	return caseLinkKeys{
		Next: component.Bind([]string{"]"}, "]", "next case"),
		Prev: component.Bind([]string{"["}, "[", "previous case"),
		Open: component.Bind([]string{"enter"}, "enter", "open the case"),
	}
}

// caseLibrary is the case library with its links to the risks, read once.
func (g *Screen) caseLibrary() *classify.CaseLinks {
	if g.cases == nil {
		l, err := classify.LinkCases(g.rb)
		if err != nil {
			l = &classify.CaseLinks{}
		}
		g.cases = l
	}
	return g.cases
}

// caseLines lists the cases that raise a risk; first is the line the list
// starts on in the catalogue.
func (g *Screen) caseLines(r *classify.RiskRule, head, first, w int) []string {
	st := g.ctx.Styles
	l := g.caseLibrary()
	at := l.Raising(r.ID)
	var out []string
	if len(at) > 0 {
		out = append(out, "    Cases that raise it:")
	}
	for _, i := range at {
		a := l.Cases.Activities[i]
		text := fmt.Sprintf("%s %s — from “%s”", g.caseNumber(a), report.OneLine(a.Title), report.OneLine(classify.Section(a)))
		mark := "      "
		selected := len(g.links) == g.link
		if selected {
			mark = "    > "
		}
		lines := component.WrapIndent(mark, text, w)
		if selected {
			for j := range lines {
				lines[j] = st.Selected.Render(lines[j])
			}
		}
		g.links = append(g.links, caseLink{line: first + len(out), end: first + len(out) + len(lines) - 1, at: i, head: head})
		out = append(out, lines...)
	}
	out = append(out, g.exampleLines(r, w)...)
	return append(out, g.raisedLines(r, w)...)
}

// exampleLines say, under the cases that raise a risk, where the case its
// example tells of is not among them, why: what the risk still waits for
// on that case as the library answers it, as the engine finds it. The
// example then reads as what would follow, not as a case that raises it.
func (g *Screen) exampleLines(r *classify.RiskRule, w int) []string {
	l := g.caseLibrary()
	at, raises := l.Example(r)
	if at < 0 || raises {
		return nil
	}
	a := l.Cases.Activities[at]
	name := g.caseNumber(a) + " " + report.OneLine(a.Title)
	if num := g.caseNumber(a); num == notInWorksheet {
		name = report.OneLine(a.Title) + " " + num // a sign after the title, not a number before it
	}
	text := "The example's case, " + name + ", does not raise it as the library answers it."
	if words, facts := g.rb.Waiting(r.When, &a.Facts); words != "" {
		text = "The example's case, " + name + ", raises it only once it is known that " + words +
			"; the library leaves " + facts + " unanswered."
	}
	return component.WrapIndent("    ", text, w)
}

// raisedLines names the activities of the worksheet open that raise a
// risk, apart from the library's cases and after them: by number and
// title as the portfolio names them, every one whole, the list wrapping
// onto the lines it takes. Nothing where the worksheet is empty.
func (g *Screen) raisedLines(r *classify.RiskRule, w int) []string {
	s := g.ctx.Sheet
	if s == nil || s.Len() == 0 {
		return nil
	}
	ids := g.raisedHere()[r.ID]
	if len(ids) == 0 {
		return []string{g.ctx.Styles.Muted.Render(component.Cut("    Raised in this worksheet: by none of its activities", w))}
	}
	names := g.names
	names.Title = component.WholeTitle
	return append([]string{fmt.Sprintf("    Raised in this worksheet (%d):", len(ids))}, component.WrapIndent("      ", names.ListNoted(ids, g.raisedAt[r.ID]), w)...)
}

// raisedHere is, for each risk, the worksheet's activities that raise it,
// by id: read from the results the worksheet keeps (Sheet.Result), as the
// portfolio reads its findings, once for each change of the worksheet; a
// resize or another section only draws it again.
func (g *Screen) raisedHere() map[string][]string {
	s := g.ctx.Sheet
	if g.raised != nil && g.raisedGen == s.Gen() {
		return g.raised
	}
	g.raised, g.raisedGen, g.raisedAt = map[string][]string{}, s.Gen(), map[string]map[string]string{}
	acts := s.Worksheet().Activities
	g.names = component.NameActivities(acts, s.Sources())
	rb := s.Rulebook()
	g.findings, g.heldOpen = rb.Fired(s.Portfolio().Firing()), rb.Fired(s.Portfolio().HeldOpen())
	g.findingBy = make([][]string, len(g.findings))
	for _, a := range acts {
		for _, k := range s.Result(a).Risks {
			// An id the worksheet holds twice is named once.
			if ids := g.raised[k.Rule.ID]; len(ids) == 0 || ids[len(ids)-1] != a.ID {
				g.raised[k.Rule.ID] = append(ids, a.ID)
			}
			// The catalogue tags the rule's own severity; where this
			// activity's answers raise it, the list says so, so that the
			// tags add up to the worksheet's counts.
			if k.Severity != k.Rule.Severity {
				if g.raisedAt[k.Rule.ID] == nil {
					g.raisedAt[k.Rule.ID] = map[string]string{}
				}
				g.raisedAt[k.Rule.ID][a.ID] = string(k.Severity) + " here"
			}
		}
		// The activities behind each finding that fires: those whose mark
		// (kept with the verdict the line above reads) raises it.
		raises := classify.FindingSet(s.Verdict(a).Mark.Raises)
		for i, f := range g.findings {
			if ids := g.findingBy[i]; rb.FindingIn(raises, f.Rule.ID, f.Force) && (len(ids) == 0 || ids[len(ids)-1] != a.ID) {
				g.findingBy[i] = append(ids, a.ID)
			}
		}
	}
	return g.raised
}

// findingLines say, under a portfolio finding of the catalogue, for which
// forces the worksheet open raises it and by which activities, and for
// which it is held open by what is not known, as P shows them; read from
// the worksheet's running tally of findings, never classified again.
// Nothing where the worksheet is empty.
func (g *Screen) findingLines(rule *classify.PortfolioRule, w int) []string {
	s := g.ctx.Sheet
	if s == nil || s.Len() == 0 {
		return nil
	}
	st := g.ctx.Styles
	g.raisedHere()
	names := g.names
	names.Title = component.WholeTitle
	var out []string
	for i, f := range g.findings {
		if f.Rule.ID == rule.ID {
			out = append(out, component.WrapIndent("      "+f.ForceLabel+": ", names.List(g.findingBy[i]), w)...)
		}
	}
	if n := len(out); n == 0 {
		out = []string{st.Muted.Render(component.Cut("    Raised in this worksheet: for none of its forces", w))}
	} else {
		forces := 0
		for _, f := range g.findings {
			if f.Rule.ID == rule.ID {
				forces++
			}
		}
		out = append([]string{fmt.Sprintf("    Raised in this worksheet (%s, %s):", component.Plural(forces, "force", "forces"), g.findingsShort())}, out...)
	}
	var held []string
	for _, f := range g.heldOpen {
		if f.Rule.ID == rule.ID {
			held = append(held, f.ForceLabel)
		}
	}
	if len(held) > 0 {
		for _, l := range component.WrapIndent("    Held open in this worksheet, by what is not known: ", "for "+strings.Join(held, ", "), w) {
			out = append(out, st.Muted.Render(l))
		}
	}
	return out
}

// notInWorksheet stands where the number of a case the worksheet does not
// hold would.
const notInWorksheet = "(not in the worksheet)"

// caseNumber is a case's number in the worksheet shown (#n), or
// notInWorksheet.
func (g *Screen) caseNumber(a *model.Activity) string {
	if g.numbers == nil {
		g.numbers = map[string]int{}
		if s := g.ctx.Sheet; s != nil {
			for i := s.Len() - 1; i >= 0; i-- {
				g.numbers[s.At(i).ID] = i + 1
			}
		}
	}
	if n, ok := g.numbers[a.ID]; ok {
		return fmt.Sprintf("#%d", n)
	}
	return notInWorksheet
}

// Open draws the screen afresh: the worksheet may have changed since it
// was last shown, and with it the cases' numbers.
func (g *Screen) Open(any) (tea.Cmd, bool) {
	g.render()
	return nil, true
}

// updateCaseLinks moves among the cases of the risk catalogue and opens one;
// it reports whether the key was one of its keys.
func (g *Screen) updateCaseLinks(km tea.KeyMsg) (bool, tea.Cmd) {
	if g.section != riskSection || len(g.links) == 0 {
		return false, nil
	}
	k := g.linkKeys
	switch {
	// From a case in view ] and [ go to the next and the one before; with
	// none chosen, or the one chosen scrolled out of view, to the first
	// case in view (]) or the last ([): from the end of the catalogue [
	// went back to the first case of all, 400 lines up. With no case at or
	// below the view's top, ] chooses nothing new, nor [ with none above
	// its bottom: a "next" key jumped 28 lines up to the last case.
	case key.Matches(km, k.Next):
		i := g.nextLink()
		if i < 0 {
			return true, nil
		}
		g.link = i
	case key.Matches(km, k.Prev):
		i := g.prevLink()
		if i < 0 {
			return true, nil
		}
		g.link = i
	case key.Matches(km, k.Open):
		// enter opens the case chosen while it is in view: scrolled out of
		// it, enter opened #1, 396 lines above the view.
		if !g.linkOpen() {
			return true, nil
		}
		a := g.caseLibrary().Cases.Activities[g.links[g.link].at]
		return true, g.ctx.Send(g.openCase(a))
	default:
		return false, nil
	}
	g.render()
	// The case chosen is in view whole, to the end of its last line, with
	// its risk's heading above it, where both fit: "[CRIT] Supporting
	// forces …" went out of sight on ] ] at 80×24, the case shown without
	// the risk it raises; and a case on the last line in view showed its
	// first line only, the rest below until the next key.
	l := g.links[g.link]
	switch {
	case l.head >= g.view.YOffset && l.end < g.view.YOffset+g.view.Height:
	case l.end-l.head < g.view.Height:
		g.view.SetYOffset(l.head)
	default:
		// Two lines above it, or its last line at the bottom where it
		// takes more; where the case itself is longer than the view, its
		// first line at the top.
		off := max(0, l.line-2)
		if l.end >= off+g.view.Height {
			off = max(0, min(l.line, l.end-g.view.Height+1))
		}
		g.view.SetYOffset(off)
	}
	return true, nil
}

// nextLink is the case ] chooses: the one after the case chosen while it
// is in view; with none chosen, or the one chosen scrolled out of view, the
// first case at or below the top of the view. -1 where there is none: at the
// last case, or below the last one, ] chooses nothing and the key line does
// not offer it. The same rule at every size: only what is in view differs.
func (g *Screen) nextLink() int {
	if g.link < 0 || !g.linkInView(g.link) {
		return g.linkFromView(true)
	}
	if g.link+1 < len(g.links) {
		return g.link + 1
	}
	return -1
}

// prevLink is the case [ chooses, as nextLink the one ] does: the one
// before the case chosen, or, the one chosen scrolled out of view, the
// last case above the bottom of the view; -1 at the first case, or above
// it, and before any case is chosen: there is no previous one then, and
// "[ previous case" was offered beside "] next case" to choose the same
// case as ].
func (g *Screen) prevLink() int {
	if g.link < 0 {
		return -1
	}
	if !g.linkInView(g.link) {
		return g.linkFromView(false)
	}
	return g.link - 1
}

// linkInView reports whether case i's line is in view.
func (g *Screen) linkInView(i int) bool {
	l := g.links[i].line
	return l >= g.view.YOffset && l < g.view.YOffset+g.view.Height
}

// linkOpen reports whether enter opens a case: one is chosen and in view.
func (g *Screen) linkOpen() bool {
	return g.link >= 0 && g.link < len(g.links) && g.linkInView(g.link)
}

// linkFromView is the first case at or below the top of the view (first),
// or the last above its bottom; -1 where none is.
func (g *Screen) linkFromView(first bool) int {
	if first {
		for i, l := range g.links {
			if l.line >= g.view.YOffset {
				return i
			}
		}
		return -1
	}
	for i := len(g.links) - 1; i >= 0; i-- {
		if g.links[i].line < g.view.YOffset+g.view.Height {
			return i
		}
	}
	return -1
}

// riskSection is the place of the risk catalogue among the sections.
const riskSection = 2

// caseLinkHelp adds the case keys to a key list in the risk catalogue.
func (g *Screen) caseLinkHelp(keys []key.Binding) []key.Binding {
	if g.section != riskSection {
		return keys
	}
	// ] and [ are offered where they choose a case, enter while a case is
	// chosen and in view: at the last case ] was offered and did nothing,
	// and [ was never named.
	var offer []key.Binding
	if g.nextLink() >= 0 {
		offer = append(offer, g.linkKeys.Next)
	}
	if g.prevLink() >= 0 {
		offer = append(offer, g.linkKeys.Prev)
	}
	if g.linkOpen() {
		offer = append(offer, g.linkKeys.Open)
	}
	return append(offer, keys...)
}
