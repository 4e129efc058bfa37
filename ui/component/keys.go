package component

import (
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/viewport"
	tea "github.com/charmbracelet/bubbletea"
)

// Bind declares a key binding with its help text.
func Bind(keys []string, k, desc string) key.Binding {
	return key.NewBinding(key.WithKeys(keys...), key.WithHelp(k, desc))
}

// GlobalKeys work on every screen (outside text fields, except ctrl+c and ctrl+s).
type GlobalKeys struct {
	ForceQuit key.Binding
	Save      key.Binding
	Help      key.Binding
}

// NewGlobalKeys declares the keys that work on every screen.
func NewGlobalKeys() GlobalKeys {
	return GlobalKeys{
		ForceQuit: Bind([]string{"ctrl+c"}, "ctrl+c", "quit now (unsaved work stays in the autosave)"),
		Save:      Bind([]string{"ctrl+s"}, "ctrl+s", "save"),
		Help:      Bind([]string{"?"}, "?", "help: all keys of this screen"),
	}
}

// ScrollKeys move a scrollable text.
type ScrollKeys struct {
	Up, Down, PageUp, PageDown, Top, Bottom key.Binding
}

// Scroll moves v when km is one of the scroll keys, and reports whether it was.
func (k ScrollKeys) Scroll(v *viewport.Model, km tea.KeyMsg) bool {
	switch {
	case key.Matches(km, k.Up):
		v.ScrollUp(1)
	case key.Matches(km, k.Down):
		v.ScrollDown(1)
	case key.Matches(km, k.PageUp):
		v.PageUp()
	case key.Matches(km, k.PageDown):
		v.PageDown()
	case key.Matches(km, k.Top):
		v.GotoTop()
	case key.Matches(km, k.Bottom):
		v.GotoBottom()
	default:
		return false
	}
	return true
}
