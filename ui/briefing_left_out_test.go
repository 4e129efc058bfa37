package ui

import (
	"bytes"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify/report"
	"github.com/pocssr/pocssr/model"
)

// A briefing exported in the session that imported the mandate lists the
// paragraphs the import left out, each with the reason, and the draft
// discarded in the review, marked so; the briefing screen (b) shows the
// same. Read from disk, the worksheet knows none of them.
func TestBriefingOfTheSessionListsWhatTheImportLeftOut(t *testing.T) {
	m := newTestModel(t, model.New(""), 120, 40)
	importFile(t, m, resolution)
	gone := m.draftReview().Draft()
	press(t, m, "x") // discard the first draft
	press(t, m, "esc")
	if m.sh.sheet.Index(gone) >= 0 {
		t.Fatal("x kept the draft")
	}
	discarded := gone.Source.Ref + ": its draft was discarded in review"
	x := m.exportCopy()
	of := m.briefingOf()
	for name, sh := range map[string]report.Sheet{
		"export":   x.reportSheet("plan"),
		"briefing": {File: of.File, Worksheet: of.Sheet, LeftOut: of.LeftOut},
	} {
		var b bytes.Buffer
		if err := report.Write(&b, m.sh.rb, report.Markdown, []report.Sheet{sh}); err != nil {
			t.Fatal(err)
		}
		out := b.String()
		at := strings.Index(out, "## Left out on import")
		if at < 0 {
			t.Fatalf("the %s has no part on what the import left out", name)
		}
		part := out[at:]
		if !strings.Contains(part, "### S/RES/1925 (2010)") || !strings.Contains(part, discarded) {
			t.Errorf("the %s's part lacks the document or the discarded draft %q:\n%s", name, discarded, part)
		}
		if n := strings.Count(part[:strings.Index(part, "## Recommendations")], "\n- "); n != 10+1 {
			t.Errorf("the %s lists %d paragraphs; want the 10 left out and the one discarded:\n%s", name, n, part)
		}
		if strings.Contains(part, "that the import left out as asking for no activity") {
			t.Errorf("the %s says the list is not in it, though it is", name)
		}
	}
}
