package report

import (
	"slices"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/suggest"
	"github.com/pocssr/pocssr/model"
)

// A draft whose words suggested neither what it does nor who carries it
// out, but read something else, names its source paragraph once: the
// briefing said "Read from the source paragraph 19 of …:" and then "Read
// from the source paragraph 19 of … (not yet confirmed):".
func TestBriefingNamesADraftsSourceOnce(t *testing.T) {
	rb := classify.Default()
	a := &model.Activity{ID: "d", Title: "Army", Status: model.StatusDraft,
		Source: model.Source{Document: "S/RES/9999 (2030)", Ref: "19", Text: "Expresses grave concern that the national army continues to commit serious violations against civilians."}}
	ws := model.New("")
	ws.Activities = []*model.Activity{a}
	sh := Sheet{File: "plan.yaml", Worksheet: ws, Readings: suggest.DraftReader(rb)}
	lines := readingLines(rb, a, sh.reading(a), false)
	if !slices.ContainsFunc(lines, func(l readingLine) bool { return l.label == NothingSuggestedLabel }) ||
		!slices.ContainsFunc(lines, func(l readingLine) bool { return l.label != NothingSuggestedLabel && l.of }) {
		t.Fatalf("the draft's words must suggest nothing of what it does and something else: %+v", lines)
	}
	for _, f := range []Format{Markdown, HTML, TextBriefing, DOCX} {
		got := flatBriefing(t, f, sh)
		if n := strings.Count(got, "Read from the source paragraph 19 of S/RES/9999 (2030)"); n != 1 {
			t.Errorf("%s names the draft's source %d times, want once:\n%s", f, n, got)
		}
		if !strings.Contains(got, NothingSuggested) {
			t.Errorf("%s no longer says the words suggested nothing:\n%s", f, got)
		}
	}
}
