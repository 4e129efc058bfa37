package report

import (
	"strings"
	"testing"
)

// The briefing, in every format, marks "~" the tier and the agenda of the
// draft whose kinds only its words suggest, in the draft's verdict line,
// and says once, beside its DRAFT mark, what "~" before them means; the
// reviewed activity of the same answers reads "T2 · POC only" unmarked.
// The draft's verdict read "T2 · POC only" as if its kinds were known.
func TestBriefingMarksReadingsOnSuggestedAnswers(t *testing.T) {
	sh := suggestedAttack(t, true)
	for _, f := range []Format{Markdown, TextBriefing, HTML, DOCX} {
		t.Run(string(f), func(t *testing.T) {
			out := flatBriefing(t, f, sh)
			if n := strings.Count(out, "~T2 · ~POC only"); n != 1 {
				t.Errorf("%s marks %d verdicts ~T2 · ~POC only, want the draft's:\n%s", f, n, out)
			}
			if n := strings.Count(out, "T2 · POC only"); n != 1 {
				t.Errorf("%s states %d verdicts T2 · POC only unmarked, want the reviewed one's:\n%s", f, n, out)
			}
			if n := strings.Count(out, SuggestedReadingLegend); n != 1 {
				t.Errorf("%s says %d times what ~ before a tier means, want once:\n%s", f, n, out)
			}
		})
	}
	for _, f := range []Format{Markdown, TextBriefing} {
		if out := renderString(t, f, suggestedAttack(t, false)); strings.Contains(out, SuggestedReadingLegend) {
			t.Errorf("%s without the words read explains a ~ it does not mark", f)
		}
	}
}
