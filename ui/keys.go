package ui

import (
	"github.com/charmbracelet/bubbles/key"
	"github.com/pocssr/pocssr/ui/component"
)

func bind(keys []string, k, desc string) key.Binding { return component.Bind(keys, k, desc) }

// globalKeys work on every screen (outside text fields, except ctrl+c and ctrl+s).
type globalKeys = component.GlobalKeys

func newGlobalKeys() globalKeys { return component.NewGlobalKeys() }

// worksheetKeys are the keys of the worksheet screen.
type worksheetKeys struct {
	component.ScrollKeys                   // the list's cursor
	Open, Edit, Add, Duplicate, Delete     key.Binding
	Undo, Redo, MoveUp, MoveDown           key.Binding
	Filter, ClearFilter                    key.Binding
	Sort, Group                            key.Binding
	Heading, Summary, Framework, Portfolio key.Binding
	Present, Register, Copy, Briefing      key.Binding
	Import, Review, Compare                key.Binding
	SaveAs, Export, Quit                   key.Binding
	global                                 globalKeys
}

func newWorksheetKeys(g globalKeys) worksheetKeys {
	undo, redo := component.UndoKeys()
	return worksheetKeys{
		ScrollKeys:  component.ListKeys(),
		Open:        bind([]string{"enter"}, "enter", "open"),
		Edit:        bind([]string{"e"}, "e", "edit (questionnaire)"),
		Add:         bind([]string{"n"}, "n", "new activity"),
		Duplicate:   bind([]string{"c"}, "c", "duplicate"),
		Delete:      bind([]string{"d", "delete"}, "d", "delete"),
		Undo:        undo,
		Redo:        redo,
		MoveUp:      bind([]string{"K", "shift+up"}, "K/shift+↑", "move up"),
		MoveDown:    bind([]string{"J", "shift+down"}, "J/shift+↓", "move down"),
		Filter:      bind([]string{"/"}, "/", "filter"),
		ClearFilter: bind([]string{"esc"}, "esc", "clear filter"),
		Sort:        bind([]string{"o"}, "o", "sort the view: ref, tier, agenda, risk, open (the file keeps its order)"),
		Group:       bind([]string{"t"}, "t", "group the view by paragraph (the file keeps its order)"),
		Heading:     bind([]string{"m"}, "m", "mission and mandate"),
		Summary:     bind([]string{"s"}, "s", "summary on/off"),
		Framework:   bind([]string{"f"}, "f", "framework"),
		Present:     bind([]string{"p"}, "p", "present to a room"),
		Portfolio:   bind([]string{"P"}, "P", "portfolio findings"),
		Register:    bind([]string{"r"}, "r", "risk register: what is done about each risk, by whom, by when"),
		Import:      bind([]string{"i"}, "i", "import a mandate as drafts"),
		Review:      bind([]string{"R"}, "R", "review the drafts"),
		Compare:     bind([]string{"C"}, "C", "compare with another mandate (this worksheet is OLD)"),
		SaveAs:      bind([]string{"S"}, "S", "save as"),
		Export:      bind([]string{"x"}, "x", "export"),
		Briefing:    bind([]string{"b"}, "b", "the briefing, as the export writes it"),
		Copy:        bind([]string{"y"}, "y", "copy the activity's ref, title and verdict (OSC 52)"),
		Quit:        bind([]string{"q"}, "q", "quit"),
		global:      g,
	}
}

// ShortHelp lists the keys shown in the footer.
func (k worksheetKeys) ShortHelp() []key.Binding {
	return []key.Binding{k.Open, k.Add, k.Edit, k.Review, k.Delete, k.Undo, k.Filter, k.global.Save, k.global.Help, k.Quit}
}

// FullHelp lists the keys shown on the help screen.
func (k worksheetKeys) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom, k.Filter, k.ClearFilter},
		{k.Open, k.Edit, k.Add, k.Duplicate, k.Delete, k.Undo, k.Redo, k.MoveUp, k.MoveDown, k.Heading},
		{k.Import, k.Review, k.Register, k.Compare, k.Summary, k.Portfolio, k.Framework, k.global.Save, k.SaveAs, k.Briefing, k.Export, k.Copy, k.global.Help, k.Quit, k.global.ForceQuit, k.global.Suspend, k.Present, k.Sort, k.Group},
	}
}

// questionnaireKeys are the keys of the questionnaire, outside its text fields.
type questionnaireKeys struct {
	Up, Down, Choose, Toggle, Primary, DontKnow key.Binding
	Next, Back, Jump, Done                      key.Binding
	Register                                    key.Binding // in the review
	global                                      globalKeys
}

func newQuestionnaireKeys(g globalKeys) questionnaireKeys {
	return questionnaireKeys{
		Up:       bind([]string{"up", "k"}, "↑/k", "previous choice"),
		Down:     bind([]string{"down", "j"}, "↓/j", "next choice"),
		Choose:   bind([]string{"enter"}, "enter", "answer and go on"),
		Toggle:   bind([]string{" ", "x"}, "space", "tick / choose"),
		Primary:  bind([]string{"p"}, "p", "make the kind primary"),
		DontKnow: bind([]string{"0"}, "0", "don't know"),
		Next:     bind([]string{"right", "tab", "l"}, "→/tab", "next question"),
		Back:     bind([]string{"left", "shift+tab", "h"}, "←/shift+tab", "previous question"),
		Jump:     bind([]string{"g"}, "g", "jump to a question"),
		Done:     bind([]string{"esc"}, "esc", "done: back to the worksheet"),
		Register: bind([]string{"r"}, "r", "in the review: what is being done about the risks (the register)"),
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
		{k.Up, k.Down, k.Choose, k.Toggle, k.Primary, k.DontKnow},
		{k.Next, k.Back, k.Jump, k.Done, k.Register, k.global.Save, k.global.ForceQuit},
	}
}

// describeKeys are the keys while the title or description has focus: every
// other key types into the field.
type describeKeys struct {
	NextField, PrevField, Done key.Binding
	global                     globalKeys
}

func newDescribeKeys(g globalKeys) describeKeys {
	return describeKeys{
		NextField: bind([]string{"tab"}, "tab", "next field / first question"),
		PrevField: bind([]string{"shift+tab"}, "shift+tab", "previous field"),
		Done:      bind([]string{"esc"}, "esc", "done: back to the worksheet"),
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
		Up:    bind([]string{"up", "k"}, "↑/k", "up"),
		Down:  bind([]string{"down", "j"}, "↓/j", "down"),
		Go:    bind([]string{"enter"}, "enter", "go to the question"),
		Close: bind([]string{"esc", "g"}, "esc/g", "close the list"),
	}
}

// ShortHelp lists the keys shown in the footer.
func (k jumpKeys) ShortHelp() []key.Binding { return []key.Binding{k.Up, k.Down, k.Go, k.Close} }

// FullHelp lists the keys shown on the help screen.
func (k jumpKeys) FullHelp() [][]key.Binding { return [][]key.Binding{k.ShortHelp()} }

// pagerKeys are the keys of the screens that scroll a long text: the activity
// detail, the framework and help.
// scrollKeys move a scrollable text.
type scrollKeys = component.ScrollKeys

type pagerKeys struct {
	scrollKeys
	Prev, Next, Edit, Tab, Reading, Back key.Binding
	global                               globalKeys
}

func newPagerKeys(g globalKeys) pagerKeys {
	return pagerKeys{
		scrollKeys: component.PagerScrollKeys(),
		Prev:       bind([]string{"["}, "[", "previous activity"),
		Next:       bind([]string{"]"}, "]", "next activity"),
		Edit:       bind([]string{"e"}, "e", "edit (questionnaire)"),
		Tab:        bind([]string{"tab", "right", "l"}, "tab/→", "next section"),
		Reading:    bind([]string{"r"}, "r", "2015 reading / narrow reading"),
		Back:       bind([]string{"esc", "q"}, "esc/q", "back"),
		global:     g,
	}
}

// detailKeys are the pager keys the activity detail uses, and the keys of
// the register line under the account: the risk it shows, its entry's
// fields, undo, and the register screen at the activity.
type detailKeys struct {
	pagerKeys
	Register, NextRisk, Status, Owner, Due, Note, Undo key.Binding
	Redo                                               key.Binding
	Keep, Cancel                                       key.Binding // in a field of the entry
}

func newDetailKeys(g globalKeys) detailKeys {
	undo, redo := component.UndoKeys()
	return detailKeys{pagerKeys: newPagerKeys(g),
		Register: bind([]string{"r"}, "r", "the risk register, at this activity"),
		NextRisk: bind([]string{"tab"}, "tab", "register line: next risk"),
		Status:   bind([]string{"s"}, "s", "register: next status of the risk's entry"),
		Owner:    bind([]string{"w"}, "w", "register: owner (who)"),
		Due:      bind([]string{"d"}, "d", "register: due date"),
		Note:     bind([]string{"n"}, "n", "register: note"),
		Undo:     undo,
		Redo:     redo,
		Keep:     bind([]string{"enter"}, "enter", "keep"),
		Cancel:   bind([]string{"esc"}, "esc", "cancel"),
	}
}

// ShortHelp lists the keys shown in the footer.
func (k detailKeys) ShortHelp() []key.Binding {
	return []key.Binding{k.Down, k.Up, k.PageDown, k.Edit, k.Prev, k.Next, k.Back, k.global.Help}
}

// FullHelp lists the keys shown on the help screen.
func (k detailKeys) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom},
		{k.Edit, k.Prev, k.Next, k.Back, k.global.Save, k.global.Help, k.global.ForceQuit, k.global.Suspend},
		{k.NextRisk, k.Status, k.Owner, k.Due, k.Note, k.Undo, k.Redo, k.Register},
	}
}
