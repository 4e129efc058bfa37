// Package keyhelp is the help screen: every key of the screen it was opened
// over, generated from that screen's key map, so it never lists a dead key,
// and, for a screen whose heading uses words of its own (a
// component.Glossary), what each of them means.
// It is a screen of its own package, built on ui/component only: the first
// of the screens the compiler keeps the root model out of.
package keyhelp

import (
	"strings"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/viewport"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
	"github.com/pocssr/pocssr/ui/component"
)

// Of is what the help screen opens with: the name of the screen it is opened
// over (Keys of the <About> screen) and that screen's keys; when Keys is a
// component.Glossary too, the help explains the words of its heading.
type Of struct {
	About string
	Keys  help.KeyMap
	// Message is the status line's message whole, as the line had it when
	// the help was opened; "" when the line said nothing.
	Message string
	// Recalled is a message the line let go that the program keeps for
	// this screen's help: its heading and its text (see
	// component.Recaller, which a screen's own keeps come before).
	Recalled [2]string
}

// Screen is the help screen.
type Screen struct {
	ctx    *component.Context
	keys   keys
	of     string // what the keys are of: "the worksheet screen"
	msg    string // the status line's message whole
	groups [][]key.Binding
	terms  []component.Term // the words of the screen's heading
	// termsOf heads the terms: "Words of the heading" unless the screen
	// names them (component.GlossaryOf).
	termsOf string
	// cutHead and cut are a text the screen cut, shown whole first.
	cutHead, cut string
	// saidHead and said are a message the screen recalls (Recaller).
	saidHead, said string
	// typing: the screen has text fields (a component.TextFocuser).
	typing bool
	view   viewport.Model
	width  int
	height int
}

// keys are the help screen's own: scrolling and leaving.
type keys struct {
	component.ScrollKeys
	Back key.Binding
	Help key.Binding
}

// ShortHelp lists the keys shown in the footer.
func (k keys) ShortHelp() []key.Binding { return []key.Binding{k.Down, k.Up, k.Back} }

// FullHelp lists the keys shown on the help screen.
func (k keys) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Up, k.Down, k.PageUp, k.PageDown, k.Back}}
}

// New builds the help screen.
func New(ctx *component.Context) *Screen {
	bind := component.Bind
	return &Screen{ctx: ctx, view: viewport.New(0, 0), keys: keys{
		ScrollKeys: component.PagerScrollKeys(),
		Back:       bind([]string{"esc", "q"}, "esc/q", "back"),
		Help:       ctx.Keys.Help,
	}}
}

// Init does nothing.
func (h *Screen) Init() tea.Cmd { return nil }

// Title names the help in the title bar.
func (h *Screen) Title() string { return "Help" }

// Open fills the help with the keys of the screen it is opened over (Of).
func (h *Screen) Open(arg any) (tea.Cmd, bool) {
	of, ok := arg.(Of)
	if !ok || of.Keys == nil {
		return nil, false
	}
	h.of, h.msg = "the "+of.About+" screen", of.Message
	if k, ok := of.Keys.(component.KeysOf); ok && k.KeysOf() != "" {
		h.of = k.KeysOf()
	}
	h.groups = of.Keys.FullHelp()
	h.terms = nil
	h.cutHead, h.cut = "", ""
	if c, ok := of.Keys.(component.WholeText); ok {
		h.cutHead, h.cut = c.WholeText()
	}
	h.saidHead, h.said = of.Recalled[0], of.Recalled[1]
	if c, ok := of.Keys.(component.Recaller); ok {
		if head, said := c.Recalled(); said != "" {
			h.saidHead, h.said = head, said
		}
	}
	if h.said == h.msg {
		h.said = "" // still on the line: shown once, above
	}
	_, h.typing = of.Keys.(component.TextFocuser)
	h.termsOf = "Words of the heading"
	if g, ok := of.Keys.(component.Glossary); ok {
		h.terms = g.Terms()
	}
	if g, ok := of.Keys.(component.GlossaryOf); ok && g.GlossaryOf() != "" {
		h.termsOf = g.GlossaryOf()
	}
	h.render()
	h.view.GotoTop()
	return nil, true
}

// SetSize gives the screen its area.
func (h *Screen) SetSize(w, ht int) {
	h.width, h.height = w, ht
	h.view.Width, h.view.Height = w, ht
	h.render()
}

// ShortHelp is the key help of the footer: the scroll keys only where
// there is something to scroll.
func (h *Screen) ShortHelp() []key.Binding {
	k := h.keys
	k.ScrollKeys = k.Within(&h.view)
	return k.ShortHelp()
}

// FullHelp is the key help of the help screen itself.
func (h *Screen) FullHelp() [][]key.Binding { return h.keys.FullHelp() }

func (h *Screen) render() {
	st := h.ctx.Styles
	var lines []string
	if h.msg != "" {
		// The help is a key away on every screen: what the status line
		// said last reads whole here, first, said in short or not.
		lines = append(lines, st.Heading.Render(component.Cut("The status line's message, whole", h.width)))
		lines = append(lines, component.WrapIndent("  ", h.msg, h.width)...)
		lines = append(lines, "")
	}
	if h.said != "" {
		// What the line said in short and let go, whole, as the screen
		// below keeps it: an import's note after the first key.
		for _, l := range component.Wrap(h.saidHead, h.width) {
			lines = append(lines, st.Heading.Render(l))
		}
		lines = append(lines, component.WrapIndent("  ", h.said, h.width)...)
		lines = append(lines, "")
	}
	if h.cut != "" {
		// What the screen below cut short for want of rows reads whole
		// here, before its keys: ? is the key its sign names.
		// Wrapped, not cut: the help is the screen that shows things
		// whole, its own heading too (at 80×24 "The title; the question's
		// help; the suggested answers and the open questions, whole" was
		// cut with no key to show it).
		for _, l := range component.Wrap(h.cutHead, h.width) {
			lines = append(lines, st.Heading.Render(l))
		}
		for _, p := range strings.Split(h.cut, "\n") { // a paragraph a line
			lines = append(lines, component.WrapIndent("  ", p, h.width)...)
		}
		lines = append(lines, "")
	}
	lines = append(lines, st.Heading.Render("Keys of "+h.of), "")
	keyW := 0
	for _, g := range h.groups {
		for _, b := range g {
			if b.Enabled() {
				keyW = max(keyW, ansi.StringWidth(helpKey(b)))
			}
		}
	}
	for _, g := range h.groups {
		for _, b := range g {
			if !b.Enabled() || b.Help().Key == "" {
				continue
			}
			k := helpKey(b)
			pad := strings.Repeat(" ", keyW-ansi.StringWidth(k))
			lines = append(lines, component.WrapIndent("  "+st.Key.Render(k)+pad+"  ", b.Help().Desc, h.width)...)
		}
		lines = append(lines, "")
	}
	if len(h.terms) > 0 {
		lines = append(lines, st.Heading.Render(component.Cut(h.termsOf, h.width)), "")
		for _, t := range h.terms {
			// Wrapped, not cut: a word may be a whole line (the review's
			// heading, which its screen cuts).
			for _, l := range component.WrapIndent("  ", t.Word, h.width) {
				lines = append(lines, "  "+st.Key.Render(strings.TrimPrefix(l, "  ")))
			}
			lines = append(lines, component.WrapIndent("    ", t.Meaning, h.width)...)
		}
		lines = append(lines, "")
	}
	// Wrapped, not cut: the last words say how to leave.
	// What text fields do is said only over a screen that has one (the
	// presentation has none).
	last := "ctrl+c quits from anywhere."
	if h.typing {
		last = "Text fields take every key you type; tab and esc leave them. " + last
	}
	for _, l := range component.Wrap(last, h.width) {
		lines = append(lines, st.Muted.Render(l))
	}
	for _, l := range component.Wrap("Unsaved work is kept in an autosave and offered back at the next start.", h.width) {
		lines = append(lines, st.Muted.Render(l))
	}
	h.view.SetContent(strings.Join(lines, "\n"))
	component.FitPager(&h.view, h.height)
}

// Update scrolls the help or closes it.
func (h *Screen) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	km, ok := msg.(tea.KeyMsg)
	if !ok {
		return h, nil
	}
	k := h.keys
	switch {
	case key.Matches(km, k.Back), key.Matches(km, k.Help):
		return h, h.ctx.Send(component.Back{})
	default:
		k.Scroll(&h.view, km)
	}
	return h, nil
}

// View draws the help.
func (h *Screen) View() string {
	body := h.view.View()
	if sign := component.PagerSign(h.ctx.Styles, &h.view, h.width); sign != "" {
		body = component.Block(body, h.width, h.view.Height) + "\n" + sign
	}
	return component.Block(body, h.width, h.height)
}

// helpKey is how the help names a binding's key. The help's own is named
// with every key that opens it, "?/f1": f1 works on every screen, from a
// text field too, and the worksheet's help never said so.
func helpKey(b key.Binding) string {
	if k := b.Help().Key; k != "?" {
		return k
	}
	return strings.Join(b.Keys(), "/")
}
