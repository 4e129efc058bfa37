package review

import (
	"github.com/charmbracelet/bubbles/key"
	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/report"
	"github.com/pocssr/pocssr/ui/component"
)

// keys are the keys of the review of drafts.
type keys struct {
	Accept, Edit, Skip, Stop, LeftOut key.Binding
	Discard, Undo, Restore            key.Binding
	component.ScrollKeys
	global component.GlobalKeys
}

func newKeys(g component.GlobalKeys) keys {
	return keys{
		Accept: component.Bind([]string{"a"}, "a", "accept (reviewed)"),
		Edit:   component.Bind([]string{"e"}, "e", "edit (questionnaire)"),
		Skip:   component.Bind([]string{"s"}, "s", "skip (stays a draft)"),
		// Discard takes out a paragraph that is no task; u puts it back.
		Discard: component.Bind([]string{"x", "d"}, "x", "discard: no task (u undoes)"),
		Undo:    component.Bind([]string{"u"}, "u", "undo"),
		Stop:    component.Bind([]string{"esc", "q"}, "esc", "stop reviewing"),
		// LeftOut is enabled once an import left paragraphs out.
		LeftOut: disabled(component.Bind([]string{"l"}, "l", "left-out paragraphs and why")),
		// Restore works in the list of left-out paragraphs only.
		Restore: disabled(component.Bind([]string{"r"}, "r", "restore a left-out paragraph as a draft (u undoes)")),
		ScrollKeys: component.ScrollKeys{
			Up:       component.Bind([]string{"up", "k"}, "↑/k", "scroll up"),
			Down:     component.Bind([]string{"down", "j"}, "↓/j", "scroll down"),
			PageUp:   component.Bind([]string{"pgup"}, "pgup", "page up"),
			PageDown: component.Bind([]string{"pgdown", " "}, "pgdn", "page down"),
		},
		global: g,
	}
}

// ShortHelp lists the keys shown in the footer.
func (k keys) ShortHelp() []key.Binding {
	return []key.Binding{k.Accept, k.Edit, k.Skip, k.Discard, k.Restore, k.Stop, k.LeftOut, k.Down, k.global.Save, k.global.Help}
}

// disabled returns b switched off.
func disabled(b key.Binding) key.Binding {
	b.SetEnabled(false)
	return b
}

// FullHelp lists the keys shown on the help screen.
func (k keys) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.Accept, k.Edit, k.Skip, k.Discard, k.Stop, k.LeftOut, k.Restore},
		{k.Up, k.Down, k.PageUp, k.PageDown, k.global.Save, k.global.Help, k.global.ForceQuit},
	}
}

// The measuring and cutting of text every screen shares lives in
// ui/component; these names keep the review's drawing short.

// oneLine is text read from a file, safe for the terminal and on one line.
func oneLine(s string) string { return report.OneLine(s) }

func fit(s string, w int) string                     { return component.Fit(s, w) }
func cut(s string, w int) string                     { return component.Cut(s, w) }
func wrapIndent(prefix, text string, w int) []string { return component.WrapIndent(prefix, text, w) }
func block(s string, w, h int) string                { return component.Block(s, w, h) }
func plural(n int, one, many string) string          { return component.Plural(n, one, many) }
func severityTag(s classify.Severity) string         { return component.SeverityTag(s) }
