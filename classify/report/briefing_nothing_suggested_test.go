package report

import (
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/suggest"
	"github.com/pocssr/pocssr/model"
)

// A draft whose words suggested neither what it does nor who carries it
// out is said to be one, once, in every format: the briefing listed
// nothing under it, as under a draft with nothing left to read. A draft
// whose words suggested a kind, and a reviewed activity, say nothing of it.
func TestBriefingSaysADraftsWordsSuggestedNothing(t *testing.T) {
	rb := classify.Default()
	silent := &model.Activity{ID: "silent", Title: "Quarterly meeting", Status: model.StatusDraft,
		Source: model.Source{Document: "S/RES/9999 (2030)", Ref: "4", Text: "Decides to remain seized of the matter."}}
	read := &model.Activity{ID: "read", Title: "Patrols", Status: model.StatusDraft,
		Source: model.Source{Document: "S/RES/9999 (2030)", Ref: "5", Text: "Protect civilians under imminent threat of physical violence by patrolling."}}
	reviewed := &model.Activity{ID: "reviewed", Title: "Quarterly review", Status: model.StatusReviewed,
		Source: model.Source{Document: "S/RES/9999 (2030)", Ref: "6", Text: "Decides to remain seized of the matter."}}
	ws := model.New("")
	ws.Activities = []*model.Activity{silent, read, reviewed}
	sh := Sheet{File: "plan.yaml", Worksheet: ws, Readings: suggest.DraftReader(rb)}
	if r := sh.reading(read); r == nil || !r.Suggestion.Facts[model.Kinds].Known {
		t.Fatal("the second draft's words suggest no kind: the test would not hold the bug")
	}
	for _, f := range []Format{Markdown, HTML, Text, TextBriefing, DOCX} {
		got := flatBriefing(t, f, sh)
		if n := strings.Count(got, NothingSuggested); n != 1 {
			t.Errorf("%s says %d times that a draft's words suggested nothing, want once (the first draft's):\n%s", f, n, got)
			continue
		}
		before := got[:strings.Index(got, NothingSuggested)]
		if from := before[strings.LastIndex(before, "Read from "):]; !strings.HasPrefix(from, "Read from the source paragraph 4 of") {
			t.Errorf("%s says it of another activity than the draft of paragraph 4:\n%s", f, got)
		}
	}
}
