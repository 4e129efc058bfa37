package ui

import (
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/sample"
)

// loopSteps are the events of the worksheet that must cost the same on any
// worksheet: each is sent to Update and the screen drawn, as the program
// does. The presentation has been shown once before (its board is built
// then), so opening it again after an edit must reuse what did not change.
var loopSteps = []struct {
	name string
	msgs []tea.Msg
	prep func(m *Model) // before the messages, counted with them
}{
	{"resize", []tea.Msg{resize(131, 41)}, nil},
	{"resize back", []tea.Msg{resize(120, 40)}, nil},
	{"move down", []tea.Msg{keyMsg("down")}, nil},
	{"move up", []tea.Msg{keyMsg("up")}, nil},
	{"sort", []tea.Msg{keyMsg("o")}, nil},
	{"sort again", []tea.Msg{keyMsg("o")}, nil},
	{"open the questionnaire", []tea.Msg{keyMsg("e")}, nil},
	{"answer", []tea.Msg{keyMsg("down"), keyMsg("space")}, func(m *Model) { m.quest.goTo(m.quest.questions[0].Fact) }},
	{"back to the worksheet", []tea.Msg{keyMsg("esc")}, nil},
	{"open the presentation after the edit", []tea.Msg{keyMsg("p")}, nil},
	{"resize the presentation", []tea.Msg{resize(140, 45)}, nil},
	{"leave the presentation", []tea.Msg{keyMsg("esc")}, nil},
	{"resize on the worksheet", []tea.Msg{resize(120, 40)}, nil},
}

// classifications counts what each step classifies on a worksheet of n
// activities.
func classifications(t *testing.T, n int) []int64 {
	rb := classify.Default()
	m := NewModel(rb, sample.Worksheet(rb, n, 7), false, nil, nil)
	m.Update(resize(120, 40))
	step := func(msgs []tea.Msg, prep func(*Model)) int64 {
		before := rb.Classified()
		if prep != nil {
			prep(m)
		}
		for _, msg := range msgs {
			_, cmd := m.Update(msg)
			run(m, cmd)
			_ = m.View()
		}
		return rb.Classified() - before
	}
	step([]tea.Msg{keyMsg("p")}, nil) // the board is built once
	step([]tea.Msg{keyMsg("esc")}, nil)
	gen := m.sh.sheet.Gen()
	out := make([]int64, len(loopSteps))
	for i, s := range loopSteps {
		out[i] = step(s.msgs, s.prep)
	}
	if m.sh.sheet.Gen() == gen {
		t.Fatal("the answer changed nothing: the presentation was not opened after an edit")
	}
	return out
}

// No event on the loop classifies in proportion to the worksheet: each step
// classifies as many activities on 4,000 as on 200 (the one edited, the
// questionnaire's preview), counted, never timed.
func TestLoopWorkDoesNotGrowWithWorksheet(t *testing.T) {
	small, large := classifications(t, 200), classifications(t, 4000)
	for i, s := range loopSteps {
		if large[i] != small[i] || large[i] > 8 {
			t.Errorf("%s: %d classifications on 4,000 activities, %d on 200", s.name, large[i], small[i])
		}
	}
}
