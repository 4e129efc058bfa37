package report

import (
	"bytes"
	"regexp"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
)

// acrossWords is what every place that shows the portfolio findings of a
// worksheet of 2147 and 2156 says of them.
const acrossWords = "Findings count each force across the tasks of 2147 and 2156 together; one worksheet per mission keeps them apart."

// twoMandatePlan is the plan with its police monitoring read from another
// mandate (S/RES/2156), its other tasks from S/RES/2147; police only
// keeps the police's tasks, whose findings the monitoring in the other
// mandate clears, so that none fires.
func twoMandatePlan(t *testing.T, policeOnly bool) Sheet {
	t.Helper()
	sh := planSheets(t)[0]
	var kept []*model.Activity
	for i, a := range sh.Worksheet.Activities {
		doc := "S/RES/2147 (2014)"
		if a.ID == "police-abuse-monitoring" || a.ID == "local-reconciliation" {
			doc = "S/RES/2156 (2014)"
		}
		a.Source = model.Source{Document: doc, Ref: string(rune('1' + i))}
		if !policeOnly || strings.HasPrefix(a.ID, "police-") {
			kept = append(kept, a)
		}
	}
	sh.Worksheet.Activities = kept
	return sh
}

// A worksheet of two mandates says, once in each format of the account and
// the briefing, that its findings count each force across both, with
// findings and without: the police's training in 2147 is answered by
// monitoring in 2156, and nothing said the findings were counted across
// the two mandates. A worksheet of one mandate says nothing of it.
func TestPortfolioSaysItCountsAcrossMandates(t *testing.T) {
	rb := classify.Default()
	space := regexp.MustCompile(`\s+`)
	tags := regexp.MustCompile(`<[^>]*>`)
	formats := []Format{Text, Markdown, HTML, TextBriefing, DOCX}
	for _, f := range formats {
		for _, policeOnly := range []bool{false, true} {
			sh := twoMandatePlan(t, policeOnly)
			if fs := rb.FindingsOf(sh.Worksheet.Activities); (len(fs) == 0) != policeOnly {
				t.Fatalf("police only %v: %d findings", policeOnly, len(fs))
			}
			var buf bytes.Buffer
			if err := Write(&buf, rb, f, []Sheet{sh}); err != nil {
				t.Fatal(err)
			}
			out := buf.String()
			if f == DOCX {
				out = string(docxOf(t, sh)["word/document.xml"])
			}
			if f == DOCX || f == HTML {
				out = tags.ReplaceAllString(out, "")
			}
			flat := space.ReplaceAllString(out, " ")
			if n := strings.Count(flat, acrossWords); n != 1 {
				t.Errorf("%s, police only %v: says %d times %q:\n%s", f, policeOnly, n, acrossWords, out)
			}
		}
		one := planSheets(t)
		var buf bytes.Buffer
		if err := Write(&buf, rb, f, one); err != nil {
			t.Fatal(err)
		}
		if strings.Contains(buf.String(), "one worksheet per mission") {
			t.Errorf("%s: a worksheet of one mandate says its findings are counted across mandates", f)
		}
	}
}

// The plain prompts' findings say it too.
func TestPortfolioTextSaysItCountsAcrossMandates(t *testing.T) {
	for _, policeOnly := range []bool{false, true} {
		var b strings.Builder
		WritePortfolioText(&b, classify.Default(), twoMandatePlan(t, policeOnly).Worksheet, nil, 200)
		if !strings.Contains(b.String(), "\n  "+acrossWords+"\n") {
			t.Errorf("police only %v: the findings lack %q:\n%s", policeOnly, acrossWords, b.String())
		}
	}
}
