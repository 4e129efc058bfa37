package questionnaire

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/pocssr/pocssr/ui/component"
)

// globalKeys work on every screen (outside text fields, except ctrl+c and ctrl+s).
type globalKeys = component.GlobalKeys

// questionnaireKeys are the keys of the questionnaire, outside its text fields.
type questionnaireKeys struct {
	Up, Down, Choose, Toggle, Primary, DontKnow key.Binding
	// Number picks a choice by its key (see choiceKey); it is matched by
	// choiceIndex and declared here for the help.
	Number                 key.Binding
	Next, Back, Jump, Done key.Binding
	Register               key.Binding // in the review
	// Words shows whole the words an answer is suggested from, where the
	// choices took the rows of all but its first line.
	Words  key.Binding
	global globalKeys
}

func newQuestionnaireKeys(g globalKeys) questionnaireKeys {
	return questionnaireKeys{
		Up:       component.Bind([]string{"up", "k"}, "↑/k", "previous choice"),
		Down:     component.Bind([]string{"down", "j"}, "↓/j", "next choice"),
		Choose:   component.Bind([]string{"enter"}, "enter", "answer and go on"),
		Toggle:   component.Bind([]string{" ", "x"}, "space", "tick / choose"),
		Primary:  component.Bind([]string{"p"}, "p", "make the kind primary"),
		DontKnow: component.Bind([]string{"0"}, "0", "don't know"),
		Number:   component.Bind(numberKeys(), "1–9", "choose the answer of that number (A–Z past the ninth, a–z too where the small letter is no other key)"),
		Next:     component.Bind([]string{"right", "tab", "l"}, "→/tab", "next question"),
		Back:     component.Bind([]string{"left", "shift+tab", "h"}, "←/shift+tab", "previous question"),
		Jump:     component.Bind([]string{"g"}, "g", "jump to a question"),
		Done:     component.Bind([]string{"esc"}, "esc", "done: back to the worksheet"),
		Register: component.Bind([]string{"r"}, "r", "in the review: what is being done about the risks (the register)"),
		Words:    component.Bind([]string{"w"}, "w", "suggested from: all the words (where cut to a line)"),
		global:   g,
	}
}

// ShortHelp lists the keys shown in the footer.
func (k questionnaireKeys) ShortHelp() []key.Binding {
	return []key.Binding{k.Up, k.Down, k.Choose, k.Toggle, k.Back, k.Next, k.Jump, k.Done}
}

// FullHelp lists the keys shown on the help screen.
func (k questionnaireKeys) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.Up, k.Down, k.Choose, k.Number, k.Toggle, k.Primary, k.DontKnow, k.Words},
		{k.Next, k.Back, k.Jump, k.doneWhole(), k.Register, k.global.Save, k.global.ForceQuit, k.global.Suspend},
	}
}

// doneWhole is esc as the help screen lists it, on one line with where the
// edit is undone: the questionnaire's edit is one change of the worksheet,
// undone there as a whole (u), never key by key here.
func (k questionnaireKeys) doneWhole() key.Binding {
	d := k.Done
	where := "u there undoes this edit whole"
	if !strings.HasSuffix(d.Help().Desc, "worksheet") {
		where = "u on the worksheet undoes this edit whole"
	}
	d.SetHelp(d.Help().Key, d.Help().Desc+" ("+where+")")
	return d
}

// describeKeys are the keys while the title or description has focus: every
// other key types into the field.
type describeKeys struct {
	NextField, PrevField, Done key.Binding
	global                     globalKeys
}

func newDescribeKeys(g globalKeys) describeKeys {
	return describeKeys{
		NextField: component.Bind([]string{"tab"}, "tab", "next field / first question"),
		PrevField: component.Bind([]string{"shift+tab"}, "shift+tab", "previous field"),
		Done:      component.Bind([]string{"esc"}, "esc", "done: back to the worksheet"),
		global:    g,
	}
}

// ShortHelp lists the keys shown in the footer.
func (k describeKeys) ShortHelp() []key.Binding {
	return []key.Binding{k.NextField, k.PrevField, k.Done, k.global.Save}
}

// FullHelp lists the keys shown on the help screen.
func (k describeKeys) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.NextField, k.PrevField, k.Done, k.global.Save, k.global.ForceQuit}}
}

// jumpKeys are the keys of the questionnaire's list of questions.
type jumpKeys struct {
	Up, Down, Go, Close key.Binding
}

func newJumpKeys() jumpKeys {
	return jumpKeys{
		Up:    component.Bind([]string{"up", "k"}, "↑/k", "up"),
		Down:  component.Bind([]string{"down", "j"}, "↓/j", "down"),
		Go:    component.Bind([]string{"enter"}, "enter", "go to the question"),
		Close: component.Bind([]string{"esc", "g"}, "esc/g", "close the list"),
	}
}

// ShortHelp lists the keys shown in the footer.
func (k jumpKeys) ShortHelp() []key.Binding { return []key.Binding{k.Up, k.Down, k.Go, k.Close} }

// FullHelp lists the keys shown on the help screen.
func (k jumpKeys) FullHelp() [][]key.Binding { return [][]key.Binding{k.ShortHelp()} }

// Choices are picked by a key each: 1–9 for the first nine, then the capital
// letters A–Z (some small letters already move, tick and jump; the others
// pick as their capital does, choiceOf), so that a question with many
// choices, such as the kinds, has a key for every one.
const choiceLetters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"

// choiceKey is the key of the i-th choice (from 0), or "" past the last key.
func choiceKey(i int) string {
	switch {
	case i < 0:
		return ""
	case i < 9:
		return string(rune('1' + i))
	case i-9 < len(choiceLetters):
		return choiceLetters[i-9 : i-8]
	}
	return ""
}

// numberKeys are the keys that pick a choice, in order.
func numberKeys() []string {
	var keys []string
	for i := 0; choiceKey(i) != ""; i++ {
		keys = append(keys, choiceKey(i))
	}
	return keys
}

// choiceIndex is the choice a key picks, or -1.
func choiceIndex(r rune) int {
	switch {
	case r >= '1' && r <= '9':
		return int(r - '1')
	case r >= 'A' && r <= 'Z':
		return 9 + int(r-'A')
	}
	return -1
}
