package framework

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/component"
)

// opened is the framework screen at w×h, and the context it sends to.
func opened(w, h int) (*Screen, *component.Context) {
	ctx := &component.Context{Styles: component.NewStyles(component.DefaultTheme()), Keys: component.NewGlobalKeys()}
	g := New(ctx, classify.Default(), func(a *model.Activity) component.Open { return component.Open{To: 7, Arg: a} })
	g.SetSize(w, h)
	return g, ctx
}

func press(g *Screen, keys ...string) {
	for _, k := range keys {
		km := tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(k)}
		if k == "enter" {
			km = tea.KeyMsg{Type: tea.KeyEnter}
		}
		g.Update(km)
	}
}

func TestNarrowKindsFallUnderEveryAgenda(t *testing.T) {
	g, _ := opened(120, 34)
	press(g, "r")
	text := strings.Join(g.kinds(), "\n")
	for _, want := range []string{"POC only", "POC and SSR overlap", "SSR only", "Outside both agendas", "Vetting (vetting)"} {
		if !strings.Contains(text, want) {
			t.Errorf("narrow kinds lack %q", want)
		}
	}
}

func TestCaseLinksFollowTheSelection(t *testing.T) {
	g, _ := opened(80, 20)
	press(g, "3")
	if len(g.links) < 10 {
		t.Fatalf("only %d case links in the risk catalogue", len(g.links))
	}
	for range g.links {
		press(g, "]")
	}
	last := g.links[len(g.links)-1]
	if g.link != len(g.links)-1 || last.line < g.view.YOffset || last.line >= g.view.YOffset+g.view.Height {
		t.Fatalf("the last case (line %d) is out of view (offset %d, height %d)", last.line, g.view.YOffset, g.view.Height)
	}
	if !strings.Contains(ansi.Strip(g.View()), "    > ") {
		t.Fatal("the chosen case is not marked")
	}
}

func TestEnterOpensTheChosenCaseThroughTheRoot(t *testing.T) {
	g, ctx := opened(80, 20)
	press(g, "3", "enter")
	if msg, ok := ctx.Next(); ok {
		t.Fatalf("enter before any case was chosen sent %#v", msg)
	}
	press(g, "]", "enter")
	msg, ok := ctx.Next()
	open, isOpen := msg.(component.Open)
	if !ok || !isOpen || open.To != 7 {
		t.Fatalf("enter on a case sent %#v, not the root's open", msg)
	}
	if a := open.Arg.(*model.Activity); a != g.caseLibrary().Cases.Activities[g.links[0].at] {
		t.Fatalf("enter opened %q, not the first case listed", a.Title)
	}
}

// r and the reading's label are offered on a section exactly when r changes
// what the section shows (a first use found r on the risks and the
// recommendations flipping the label and nothing else).
func TestReadingIsOfferedWhereItChangesTheSection(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {200, 60}} {
		g, _ := opened(size[0], size[1])
		for i, name := range frameworkSections {
			press(g, string(rune('1'+i)))
			content := func() string { return ansi.Strip(strings.Join(g.sectionLines(), "\n")) }
			before := content()
			head := ansi.Strip(g.View())
			g.narrow = !g.narrow
			changes := content() != before
			g.narrow = !g.narrow
			offered := g.keys.Reading.Enabled()
			for _, b := range g.ShortHelp() {
				offered = offered && (b.Help().Key != "r" || b.Enabled())
			}
			if labelled := strings.Contains(head, "[r] reading"); labelled != changes || offered != changes {
				t.Errorf("%dx%d, %s: the reading changes the section: %v; r offered: %v; its label shown: %v", size[0], size[1], name, changes, offered, labelled)
			}
			narrow := g.narrow
			press(g, "r")
			if changes == (g.narrow == narrow) {
				t.Errorf("%dx%d, %s: r flips the reading: %v, where the reading changes the section: %v", size[0], size[1], name, g.narrow != narrow, changes)
			}
		}
	}
}
