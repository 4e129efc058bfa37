package compareview

import (
	"fmt"

	"github.com/charmbracelet/bubbles/key"
	"github.com/pocssr/pocssr/ui/component"
)

// keys are the comparison screen's keys.
type keys struct {
	component.ScrollKeys
	Open, Changed, Totals, Swap key.Binding
	Prev, Next, Close, Back     key.Binding
	global                      component.GlobalKeys
}

func newKeys(g component.GlobalKeys) keys {
	bind := component.Bind
	return keys{
		ScrollKeys: component.ScrollKeys{
			Up:       bind([]string{"up", "k"}, "↑/k", "up"),
			Down:     bind([]string{"down", "j"}, "↓/j", "down"),
			PageUp:   bind([]string{"pgup", "b"}, "pgup", "page up"),
			PageDown: bind([]string{"pgdown", " ", "f"}, "pgdn/space", "page down"),
			Top:      bind([]string{"home", "g"}, "home/g", "first"),
			Bottom:   bind([]string{"end", "G"}, "end/G", "last"),
		},
		Open:    bind([]string{"enter"}, "enter", "the task's word diff and both accounts"),
		Changed: bind([]string{"v"}, "v", "changed verdicts only / every task"),
		Totals:  bind([]string{"T"}, "T", "totals: tier × agenda of both mandates"),
		Swap:    bind([]string{"w"}, "w", "swap OLD and NEW (compares again)"),
		Prev:    bind([]string{"["}, "[", "previous task"),
		Next:    bind([]string{"]"}, "]", "next task"),
		Close:   bind([]string{"esc", "q"}, "esc/q", "back to the list"),
		Back:    bind([]string{"esc", "q"}, "esc/q", "back to the worksheet"),
		global:  g,
	}
}

// plural is "1 task" or "3 tasks".
func plural(n int, one, many string) string {
	if n == 1 {
		return fmt.Sprintf("%d %s", n, one)
	}
	return fmt.Sprintf("%d %s", n, many)
}
