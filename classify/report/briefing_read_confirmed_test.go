package report

import (
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
)

// The words a draft's implementer was read from, once the planner confirmed
// that implementer in the session the briefing is written from, are no
// longer headed "not yet confirmed": the screens show that answer without
// "~", and the briefing of the same session says it was confirmed. The
// other drafts' words, and a briefing read from a file, say as before.
func TestBriefingReadFromKnowsTheSessionsConfirmations(t *testing.T) {
	rb := classify.Default()
	sh := readSheet(t, rb)
	draft := sh.Worksheet.Activities[2]
	sh.Confirmed = func(a *model.Activity, f model.Fact) bool { return a == draft && f == model.Implementer }
	for _, f := range []Format{Markdown, TextBriefing, HTML} {
		out := strings.Join(strings.Fields(renderString(t, f, sh)), " ")
		out = strings.NewReplacer("<strong>", "", "</strong>", "", "**", "", ")</dt><dd>", "): ").Replace(out)
		if !strings.Contains(out, "(confirmed by the planner): implementer: national authorities with mission support ←") {
			t.Errorf("%s: the confirmed implementer's words are not said to be confirmed:\n%s", f, out)
		}
		if strings.Contains(out, "(not yet confirmed): implementer: national authorities with mission support ←") {
			t.Errorf("%s: the confirmed implementer is still headed not yet confirmed", f)
		}
		if n := strings.Count(out, "(not yet confirmed)"); n < 3 {
			t.Errorf("%s: %d drafts' readings still not yet confirmed, want the 3 others at least", f, n)
		}
	}
}
