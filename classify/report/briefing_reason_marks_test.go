package report

import (
	"strings"
	"testing"
)

// A draft's entries on why its tier and its agenda name them marked "~" as
// its verdict line does ("~T2 · ~POC only"), in every briefing format; the
// reviewed activity of the same answers names them unmarked. The draft's
// entries read "Tier: Tier 2 (…)" and "Agenda: POC only:" under a verdict
// of "~T2 · ~POC only".
func TestBriefingMarksTheDraftsTierAndAgendaEntriesAsItsVerdict(t *testing.T) {
	sh := suggestedAttack(t, true)
	for _, f := range []Format{Markdown, TextBriefing, HTML, DOCX} {
		t.Run(string(f), func(t *testing.T) {
			out := flatBriefing(t, f, sh)
			for _, c := range []struct{ marked, plain string }{
				{"~Tier 2 (Provision of physical protection): " + IfSuggestedLead, "Tier 2 (Provision of physical protection): the 2015 policy"},
				{"~POC only: " + IfSuggestedLead, "POC only: combined operations is"},
			} {
				if n := strings.Count(out, c.marked); n != 1 {
					t.Errorf("%s marks %d entries %q, want the draft's:\n%s", f, n, c.marked, out)
				}
				if n := strings.Count(out, c.plain); n != 1 {
					t.Errorf("%s states %d entries %q, want the reviewed one's:\n%s", f, n, c.plain, out)
				}
				if n := strings.Count(out, strings.TrimPrefix(c.marked, "~")); n != 1 {
					t.Errorf("%s names the draft's tier or agenda %d times, want once and marked:\n%s", f, n, out)
				}
			}
		})
	}
}
