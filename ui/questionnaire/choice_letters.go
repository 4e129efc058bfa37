package questionnaire

import (
	"fmt"
	"unicode"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/pocssr/pocssr/classify/report"
	"github.com/pocssr/pocssr/ui/flow"
)

// choiceOf is the choice km picks, from 0, or -1: its digit or capital
// letter (choiceIndex), or the small letter of a capital where no key of
// the question takes that letter ("d" for D). A new user types the letter
// as it reads, small.
func (k questionnaireKeys) choiceOf(km tea.KeyMsg) int {
	r := km.Runes
	if km.Type != tea.KeyRunes || len(r) != 1 {
		return -1
	}
	if i := choiceIndex(r[0]); i >= 0 {
		return i
	}
	if r[0] >= 'a' && r[0] <= 'z' && k.bound(km) == nil {
		return choiceIndex(unicode.ToUpper(r[0]))
	}
	return -1
}

// bound is the key of the question that km presses, nil where none does.
func (k questionnaireKeys) bound(km tea.KeyMsg) *key.Binding {
	for _, b := range []*key.Binding{&k.Up, &k.Down, &k.Choose, &k.Toggle, &k.Primary, &k.DontKnow,
		&k.Next, &k.Back, &k.Jump, &k.Done, &k.Register, &k.Words} {
		if key.Matches(km, *b) {
			return b
		}
	}
	return nil
}

// letterTaken says, where km is a small letter that a key of the question
// takes while its capital picks one of the question's choices, which key
// picks that choice: the small letter does what it does ("h" goes back),
// and without a word the planner who meant the choice saw nothing of it.
// "" where km is no such letter.
func (q *Screen) letterTaken(km tea.KeyMsg) string {
	qq := q.question()
	r := km.Runes
	if qq == nil || km.Type != tea.KeyRunes || len(r) != 1 || r[0] < 'a' || r[0] > 'z' {
		return ""
	}
	b := q.keys.bound(km)
	i := choiceIndex(unicode.ToUpper(r[0]))
	cs := flow.Choices(qq)
	if b == nil || i < 0 || i >= len(cs)-1 || cs[i].Kind == flow.None {
		return ""
	}
	return fmt.Sprintf("%c is %q here; %c (shift+%c) picks %s.", r[0], b.Help().Desc, unicode.ToUpper(r[0]), r[0], report.OneLine(cs[i].Label))
}
