package report

import (
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/suggest"
	"github.com/pocssr/pocssr/model"
)

// The case library plus a draft whose words alone say it supports the
// army's accountability: the finding on the army's capacity, held open
// without the draft's suggested answers, is cleared by them. The briefing
// says so under its findings and marks its count "~"; it had dropped from
// "2 held open" to "1" as though settled.
func TestBriefingSaysWhichFindingsSuggestedAnswersChange(t *testing.T) {
	rb := classify.Default()
	ws, err := classify.Cases(rb)
	if err != nil {
		t.Fatal(err)
	}
	draft := &model.Activity{ID: "army-justice", Title: "Military justice for the army", Status: model.StatusDraft,
		Source: model.Source{Text: "The mission supports the national army's military justice system to hold soldiers accountable for abuses"}}
	draft.Facts = suggest.NewReader(rb).ReadDraft(draft).Suggestion.Facts
	ws.Activities = append(ws.Activities, draft)
	sh := Sheet{File: "plan.yaml", Worksheet: ws, Readings: suggest.DraftReader(rb)}
	flat := strings.Join(strings.Fields(renderString(t, TextBriefing, sh)), " ")
	for _, want := range []string{
		"1 finding is held open (~) by facts not known yet",
		"~ The plan builds a force's capacity and nothing works on its accountability — army: cleared by the suggested answers of #24: confirm them in the review.",
	} {
		if !strings.Contains(flat, want) {
			t.Errorf("the briefing lacks %q:\n%s", want, flat)
		}
	}
}
