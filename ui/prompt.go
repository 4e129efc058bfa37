package ui

import (
	"strings"

	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
	"github.com/pocssr/pocssr/classify/report"
)

// promptID says what a prompt's answer is for.
type promptID int

const (
	promptRestore promptID = iota
	promptQuit
	promptSaveAs
	promptChangedOnDisk
	promptOverwrite
	promptExportFormat
	promptExportPath
	promptExportOverwrite
	promptHeading
	promptImport
)

// promptChoice is one answer a prompt offers, picked by its key.
type promptChoice struct {
	key   string // the key that picks it, e.g. "s"
	label string // what it does, e.g. "save and quit"
}

// promptField is a text field of a prompt.
type promptField struct {
	label string
	input textinput.Model
	path  bool            // a file path: "~" is the home folder, tab completes
	comp  *pathCompletion // the names tab cycles through, while it does
	// suggested: the value is a suggestion (a default file name) that the
	// first letter typed replaces, and backspace clears, as a selected
	// default does; a key that moves in it makes it the planner's own.
	suggested bool
}

// prompt is a question over the screen: a few lettered choices, or text fields
// that enter submits. esc always cancels.
type prompt struct {
	id      promptID
	title   string
	message []string
	choices []promptChoice
	fields  []promptField
	focus   int
	data    any    // what the asker needs back with the answer
	esc     string // what esc does, when not "cancel"
	enter   string // the choice enter makes, where one is the default
	// answered is set once a choice is made; the root acts on it at once.
	answered *promptAnswer
}

func (p *prompt) escLabel() string {
	if p.esc != "" {
		return p.esc
	}
	return "cancel"
}

// promptAnswer is a prompt's answer, sent to the root model.
type promptAnswer struct {
	id     promptID
	choice string // a choice's key, "enter" for submitted fields, "esc" when cancelled
	values []string
	data   any
}

func newChoicePrompt(id promptID, title string, message []string, choices ...promptChoice) *prompt {
	return &prompt{id: id, title: title, message: message, choices: choices}
}

func newFieldPrompt(id promptID, title string, message []string, labels, values []string) *prompt {
	p := &prompt{id: id, title: title, message: message}
	for i, l := range labels {
		in := textinput.New()
		in.Prompt = ""
		in.CharLimit = 1000
		in.Cursor.SetMode(cursor.CursorStatic)
		in.SetValue(values[i])
		in.CursorEnd()
		p.fields = append(p.fields, promptField{label: l, input: in})
	}
	if len(p.fields) > 0 {
		p.fields[0].input.Focus()
	}
	return p
}

// keys of a prompt, for the footer.
func (p *prompt) ShortHelp() []key.Binding {
	var out []key.Binding
	if len(p.fields) > 0 {
		out = append(out, bind([]string{"enter"}, "enter", "ok"))
		if len(p.fields) > 1 {
			out = append(out, bind([]string{"tab"}, "tab", "next field"))
		}
	}
	for _, c := range p.choices {
		out = append(out, bind([]string{c.key}, p.choiceKey(c), c.label))
	}
	return append(out, bind([]string{"esc"}, "esc", p.escLabel()))
}

// choiceKey names a choice's key, and enter beside it when enter makes it.
func (p *prompt) choiceKey(c promptChoice) string {
	if c.key == p.enter {
		return c.key + "/enter"
	}
	return c.key
}

// FullHelp is the prompt's keys in one group.
func (p *prompt) FullHelp() [][]key.Binding { return [][]key.Binding{p.ShortHelp()} }

func (p *prompt) answer(choice string) tea.Cmd {
	values := make([]string, len(p.fields))
	for i, f := range p.fields {
		values[i] = f.input.Value()
		if f.path {
			values[i] = expandHome(strings.TrimSpace(values[i]))
		}
	}
	p.answered = &promptAnswer{id: p.id, choice: choice, values: values, data: p.data}
	return nil
}

// Update handles a key; once answered, the answer is in p.answered.
func (p *prompt) Update(msg tea.Msg) tea.Cmd {
	km, ok := msg.(tea.KeyMsg)
	if !ok {
		return nil
	}
	switch km.String() {
	case "esc":
		return p.answer("esc")
	case "enter":
		if len(p.fields) > 0 {
			return p.answer("enter")
		}
		if p.enter != "" {
			return p.answer(p.enter)
		}
	case "tab", "shift+tab", "down", "up":
		if len(p.fields) > 0 && p.fields[p.focus].path && km.String() == "tab" {
			f := &p.fields[p.focus]
			if v, ok := f.comp.cycle(); ok {
				f.input.SetValue(v)
				f.input.CursorEnd()
				return nil
			}
			return readMatches(p, p.focus, f.input.Value())
		}
		if len(p.fields) > 1 {
			p.fields[p.focus].input.Blur()
			if km.String() == "tab" || km.String() == "down" {
				p.focus = (p.focus + 1) % len(p.fields)
			} else {
				p.focus = (p.focus + len(p.fields) - 1) % len(p.fields)
			}
			return p.fields[p.focus].input.Focus()
		}
	}
	if len(p.fields) > 0 {
		var cmd tea.Cmd
		f := &p.fields[p.focus]
		f.comp = nil
		if f.suggested {
			f.suggested = false
			switch {
			case km.Type == tea.KeyRunes || km.Type == tea.KeySpace:
				f.input.SetValue("")
			case km.Type == tea.KeyBackspace || km.Type == tea.KeyDelete:
				f.input.SetValue("")
				return nil
			}
		}
		f.input, cmd = f.input.Update(km)
		return cmd
	}
	for _, c := range p.choices {
		if km.String() == c.key {
			return p.answer(c.key)
		}
	}
	return nil
}

// completed puts the names read for a tab in the field, unless the prompt
// or what the field holds changed meanwhile.
func (p *prompt) completed(msg pathMatchesMsg) {
	if msg.prompt != p || msg.field >= len(p.fields) || p.fields[msg.field].input.Value() != msg.value {
		return
	}
	f := &p.fields[msg.field]
	v, c := completeFrom(msg.value, msg.matches)
	f.input.SetValue(v)
	f.input.CursorEnd()
	f.comp = c
}

// View draws the prompt in a box at most w wide.
func (p *prompt) View(st *styles, w int) string {
	inner := max(20, min(w, 72)-st.Dialog.GetHorizontalFrameSize())
	lines := []string{st.Heading.Render(cut(oneLine(p.title), inner)), ""}
	for _, m := range p.message {
		lines = append(lines, wrap(report.Safe(m), inner)...) // messages name files
	}
	if len(p.message) > 0 {
		lines = append(lines, "")
	}
	for i, f := range p.fields {
		// The field draws one cell more than its width, for the cursor: without
		// it the line would be one too long and cut with a stray "…".
		p.fields[i].input.Width = max(5, inner-ansi.StringWidth(f.label)-4-1)
		mark := "  "
		if i == p.focus {
			mark = "> "
		}
		lines = append(lines, cut(st.Label.Render(mark+f.label+": ")+f.input.View(), inner))
		if f.comp != nil && len(f.comp.matches) > 1 {
			lines = append(lines, st.Muted.Render(cut("    "+f.comp.listed(f.input.Value()), inner)))
		}
	}
	var keys []string
	for _, c := range p.choices {
		keys = append(keys, st.Key.Render("["+p.choiceKey(c)+"]")+" "+c.label)
	}
	if len(p.fields) > 0 {
		keys = append(keys, st.Key.Render("[enter]")+" ok")
	}
	keys = append(keys, st.Key.Render("[esc]")+" "+p.escLabel())
	if len(p.fields) > 0 {
		lines = append(lines, "")
	}
	row := ""
	for _, k := range keys {
		if row != "" && ansi.StringWidth(row)+2+ansi.StringWidth(k) > inner {
			lines = append(lines, row)
			row = ""
		}
		if row != "" {
			row += "  "
		}
		row += k
	}
	lines = append(lines, row)
	return st.Dialog.Render(block(strings.Join(lines, "\n"), inner, len(lines)))
}

// overlay draws box over the middle of background (w×h), keeping the
// background visible around it.
func overlay(background, box string, w, h int) string {
	bg := strings.Split(block(background, w, h), "\n")
	fg := strings.Split(box, "\n")
	bw := 0
	for _, l := range fg {
		bw = max(bw, ansi.StringWidth(l))
	}
	if bw > w || len(fg) > h {
		return block(box, w, h)
	}
	x := (w - bw) / 2
	y := (h - len(fg)) / 2
	for i, l := range fg {
		row := bg[y+i]
		left := ansi.Truncate(row, x, "")
		right := ansi.TruncateLeft(row, x+bw, "")
		bg[y+i] = fit(left, x) + fit(l, bw) + right
	}
	return strings.Join(bg, "\n")
}
