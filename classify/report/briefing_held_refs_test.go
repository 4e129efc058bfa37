package report

import (
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/suggest"
)

// The portfolio part of the briefing names by reference the activities
// that might answer a finding held open, as the portfolio screen lists
// them: it said "22 other activities might answer it" and named none.
// The text briefing names them all too, wrapped, as the files do: it named
// five and "and N more", which nothing in a text briefing could show.
func TestBriefingNamesTheActivitiesThatMightAnswerAFinding(t *testing.T) {
	const file = "../suggest/testdata/corpus/resolutions/S-RES-1756-2007.txt" // the tuned part of the corpus
	text, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	rb := classify.Default()
	rd := suggest.NewReader(rb)
	ws, _, err := suggest.Import(rd, "S-RES-1756-2007.txt", string(text), suggest.ImportOptions{TopicFirst: true})
	if err != nil {
		t.Fatal(err)
	}
	sh := Sheet{File: "plan.yaml", Worksheet: ws, Readings: rd.ReadDraft}
	held := regexp.MustCompile(`(\d+) other activities might answer it: ([^;]*);`)
	for _, f := range []Format{TextBriefing, Markdown, HTML} {
		t.Run(string(f), func(t *testing.T) {
			flat := strings.Join(strings.Fields(renderString(t, f, sh)), " ")
			m := held.FindStringSubmatch(flat)
			if m == nil {
				t.Fatalf("no finding held open names the activities that might answer it:\n%s", flat)
			}
			named := strings.Count(m[2], ", ") + strings.Count(m[2], " and ") + 1
			if named < 6 {
				t.Fatalf("the finding held open names %q: too few to tell whether all are named", m[2])
			}
			if strings.Contains(m[2], "more") || strings.Contains(m[2], "—") || m[1] != strconv.Itoa(named) {
				t.Errorf("the %s briefing names %q, not all %s by reference", f, m[2], m[1])
			}
		})
	}
}
