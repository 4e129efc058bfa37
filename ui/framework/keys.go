package framework

import (
	"github.com/charmbracelet/bubbles/key"
	"github.com/pocssr/pocssr/ui/component"
)

// keys are the framework screen's: scrolling the section, moving between
// sections and readings, and leaving.
type keys struct {
	component.ScrollKeys
	Tab, Reading, Back key.Binding
	global             component.GlobalKeys
}

func newKeys(g component.GlobalKeys) keys {
	bind := component.Bind
	return keys{
		ScrollKeys: component.PagerScrollKeys(),
		Tab:        bind([]string{"tab", "right", "l"}, "tab/→", "next section"),
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
		{k.Tab, k.Reading, k.Back, k.global.Help, k.global.ForceQuit},
	}
}
