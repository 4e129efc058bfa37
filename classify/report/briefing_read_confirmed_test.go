package report

import (
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/suggest"
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

// A kind the words suggested that the planner unticked, confirming the
// kinds, is not listed as "confirmed by the planner": the briefing listed
// "kinds: Combined operations ← “Joint operations”" there though the
// worksheet no longer holds it. It stands under what was read and not
// kept; what the worksheet holds stays with the confirmed.
func TestBriefingListsAnUntickedKindAsReadNotKept(t *testing.T) {
	rb := classify.Default()
	a := handWrittenDraft()
	a.Facts.SetSet(model.Kinds, []string{"interposition"}) // combined operations unticked
	ws := model.New("")
	ws.Activities = []*model.Activity{a}
	sh := Sheet{File: "plan.yaml", Worksheet: ws, Readings: suggest.DraftReader(rb),
		Confirmed: func(x *model.Activity, f model.Fact) bool { return x == a && f == model.Kinds }}
	for _, f := range []Format{Markdown, TextBriefing, HTML} {
		out := strings.Join(strings.Fields(renderString(t, f, sh)), " ")
		out = strings.NewReplacer("<strong>", "", "</strong>", "", "**", "", ")</dt><dd>", "): ").Replace(out)
		confirmed, _, _ := strings.Cut(after(out, "(confirmed by the planner): "), "Read from")
		if confirmed == "" {
			t.Fatalf("%s: nothing is listed as confirmed by the planner:\n%s", f, out)
		}
		if strings.Contains(confirmed, "Combined operations ←") {
			t.Errorf("%s: the unticked kind is listed as confirmed: %q", f, confirmed)
		}
		if !strings.Contains(confirmed, "kinds: the worksheet now holds Physical interposition") {
			t.Errorf("%s: what the worksheet holds is not with the confirmed: %q", f, confirmed)
		}
		if !strings.Contains(out, "("+ReadNotKept+"): kinds: Combined operations ← “Joint operations”") {
			t.Errorf("%s: the unticked kind is not under what was read and not kept:\n%s", f, out)
		}
	}
}

// after is what follows the first sep in s, "" where s has none.
func after(s, sep string) string {
	_, rest, _ := strings.Cut(s, sep)
	return rest
}
