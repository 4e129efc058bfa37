package report

import (
	"strings"
	"testing"

	"github.com/pocssr/pocssr/model"
)

// The executive summary marks "~" what it takes from the same results as
// the rest of the briefing: an overdue risk resting on suggested answers
// ("~CRITICAL …", as the register section marks it) and the tier × agenda
// counts that include a draft placed on suggested answers ("~1", as the
// worksheet's grid marks them), with what that "~" means. The overdue
// line read "MEDIUM Reform support…" under a register reading "~MEDIUM",
// and the table had plain numbers.
func TestBriefingSummaryMarksWhatRestsOnSuggestedAnswers(t *testing.T) {
	sh := suggestedAttack(t, true)
	draft := sh.Worksheet.Activities[0]
	draft.Register = model.Register{{Risk: "state-forces-attacking", Status: model.Planned, Due: "2026-01-31"}}
	sh.Today = "2026-05-01"
	for _, c := range []struct {
		f       Format
		overdue string
		cell    string
	}{
		{TextBriefing, "~CRITICAL Supporting forces that are attacking civilians: #1 — Joint operations with the army (DRAFT): planned", "│ ~2 │"},
		{Markdown, `**\~CRITICAL** Supporting forces that are attacking civilians: \#1 — Joint operations with the army (DRAFT): planned`, `| \~2 |`},
		{HTML, "<li>~" + sevHTML("critical") + " <strong>Supporting forces that are attacking civilians</strong>: #1 — Joint operations with the army <span class=\"draft\">DRAFT</span>: planned", `<td class="n">~2</td>`},
	} {
		t.Run(string(c.f), func(t *testing.T) {
			out := renderString(t, c.f, sh)
			flat := strings.Join(strings.Fields(out), " ")
			summary, _, ok := strings.Cut(flat, "Risk register")
			if !ok {
				t.Fatalf("no risk register:\n%s", out)
			}
			for _, want := range []string{c.overdue, c.cell, "before a count: the count includes drafts placed there only on suggested answers."} {
				if !strings.Contains(summary, want) {
					t.Errorf("the executive summary lacks %q:\n%s", want, summary)
				}
			}
		})
	}
}
