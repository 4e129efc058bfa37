package ui

import (
	"fmt"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/suggest"
	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/words"
)

// demoWithAccountabilityDraft is the demo with one draft more, whose words
// alone say it supports the army's accountability: its kinds and its force
// only suggested, none confirmed.
func demoWithAccountabilityDraft(t *testing.T, w, h int) *Model {
	t.Helper()
	ws := caseLibrary(t)
	draft := &model.Activity{ID: "army-justice", Title: "Military justice for the army", Status: model.StatusDraft,
		Source: model.Source{Text: "The mission supports the national army's military justice system to hold soldiers accountable for abuses"}}
	draft.Facts = words.Read(suggest.NewReader(classify.Default()), draft).Facts
	if !draft.Facts[model.Kinds].Known || !draft.Facts[model.Forces].Known {
		t.Fatal("the words no longer suggest the draft's kinds and force")
	}
	ws.Activities = append(ws.Activities, draft)
	m := NewModel(classify.Default(), ws, true, nil, nil)
	m.startedIn = testStartedIn
	m.Update(tea.WindowSizeMsg{Width: w, Height: h})
	return m
}

// A finding held open in the demo, cleared by a draft whose kinds and
// force are only suggested, is said to be so on P and in the summary's
// count ("held open (~)"): its going had read as settled.
func TestPortfolioSaysWhatSuggestedAnswersChanged(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := demoWithAccountabilityDraft(t, size[0], size[1])
			// The summary's count: whole below the list at 80 columns,
			// short in the column beside it at 200.
			count := map[int]string{80: "P: findings (0, 1 held open (~))", 200: "Portfolio: 0, 1 held (~) · P"}[size[0]]
			requireScreen(t, m, count)
			press(t, m, "P", "end")
			requireScreen(t, m, "Changed by suggested answers (~)", "~ The plan builds a force's capacity",
				"army: cleared by the suggested answers", "confirm them in the review")
			golden(t, m, size[0], size[1], "Changed by suggested answers")
		})
	}
}
