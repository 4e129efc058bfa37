package ui

import (
	"strings"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/viewport"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
)

// keyHelp is the help screen: every key of the screen it was opened from,
// generated from that screen's key map, so it never lists a dead key.
type keyHelp struct {
	sh     *shared
	keys   helpKeys
	of     string // the screen's name
	groups [][]key.Binding
	view   viewport.Model
	width  int
	height int
}

func newKeyHelp(sh *shared) *keyHelp {
	return &keyHelp{sh: sh, keys: helpKeys{newPagerKeys(sh.global)}, view: viewport.New(0, 0)}
}

// Init does nothing.
func (h *keyHelp) Init() tea.Cmd { return nil }

// helpOf is what the help screen opens with: the screen's name and keys.
type helpOf struct {
	about string
	keys  help.KeyMap
}

// Open fills the help with the keys of the screen it is opened over.
func (h *keyHelp) Open(arg any) (tea.Cmd, bool) {
	of, ok := arg.(helpOf)
	if !ok {
		return nil, false
	}
	h.Show(of.about, of.keys)
	return nil, true
}

// Title names the help in the title bar.
func (h *keyHelp) Title() string { return "Help" }

// Show fills the help with a screen's keys.
func (h *keyHelp) Show(screen string, km help.KeyMap) {
	h.of = screen
	h.groups = km.FullHelp()
	h.render()
	h.view.GotoTop()
}

// SetSize gives the screen its area.
func (h *keyHelp) SetSize(w, ht int) {
	h.width, h.height = w, ht
	h.view.Width, h.view.Height = w, ht
	h.render()
}

// ShortHelp is the key help of the footer.
func (h *keyHelp) ShortHelp() []key.Binding { return h.keys.ShortHelp() }

// FullHelp is the key help of the help screen itself.
func (h *keyHelp) FullHelp() [][]key.Binding { return h.keys.FullHelp() }

func (h *keyHelp) render() {
	st := h.sh.st
	lines := []string{st.Heading.Render("Keys of the " + h.of + " screen"), ""}
	keyW := 0
	for _, g := range h.groups {
		for _, b := range g {
			if b.Enabled() {
				keyW = max(keyW, ansi.StringWidth(b.Help().Key))
			}
		}
	}
	for _, g := range h.groups {
		for _, b := range g {
			if !b.Enabled() || b.Help().Key == "" {
				continue
			}
			k := b.Help().Key
			pad := strings.Repeat(" ", keyW-ansi.StringWidth(k))
			lines = append(lines, wrapIndent("  "+st.Key.Render(k)+pad+"  ", b.Help().Desc, h.width)...)
		}
		lines = append(lines, "")
	}
	lines = append(lines, st.Muted.Render("Text fields take every key you type; tab and esc leave them. ctrl+c quits from anywhere."),
		st.Muted.Render("Unsaved work is kept in an autosave and offered back at the next start."))
	h.view.SetContent(strings.Join(lines, "\n"))
}

// Update scrolls the help or closes it.
func (h *keyHelp) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	km, ok := msg.(tea.KeyMsg)
	if !ok {
		return h, nil
	}
	k := h.keys
	switch {
	case key.Matches(km, k.Back), key.Matches(km, k.global.Help):
		return h, h.sh.send(backMsg{})
	default:
		k.scroll(&h.view, km)
	}
	return h, nil
}

// View draws the help.
func (h *keyHelp) View() string { return block(h.view.View(), h.width, h.height) }
