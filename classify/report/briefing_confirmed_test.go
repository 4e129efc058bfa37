package report

import (
	"strings"
	"testing"

	"github.com/pocssr/pocssr/model"
)

// A report written from a session is told the answers the planner
// confirmed there (Sheet.Confirmed): the draft's risk, every answer it
// rests on confirmed, is stated as the reviewed activity's is, in every
// format the export writes, as the screens state it. Without, every answer
// the words suggest is marked, as for a file.
func TestReportMarksNoAnswerConfirmedInTheSession(t *testing.T) {
	sh := suggestedAttack(t, true)
	draft := sh.Worksheet.Activities[0]
	sh.Confirmed = func(a *model.Activity, f model.Fact) bool { return a == draft }
	for _, f := range []Format{Markdown, TextBriefing, HTML, Text} {
		if out := renderString(t, f, sh); strings.Contains(out, "~CRITICAL") || strings.Contains(out, "~critical") ||
			strings.Contains(out, "(1 ~)") {
			t.Errorf("%s marks ~ a risk whose answers the session confirmed:\n%s", f, out)
		}
	}
	// Only the kinds confirmed: the risk still rests on the suggestion that
	// state forces attack civilians.
	sh.Confirmed = func(a *model.Activity, f model.Fact) bool { return f == model.Kinds }
	if out := renderString(t, TextBriefing, sh); !strings.Contains(out, "~CRITICAL") {
		t.Errorf("the briefing no longer marks the risk on an answer left unconfirmed:\n%s", out)
	}
}
