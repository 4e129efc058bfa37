package report

import (
	"strings"
	"testing"
)

// A briefing written in the session that imported the mandate lists, in
// every format, the paragraphs the import left out with the reason and
// the drafts discarded in the review, marked so; no longer the note for a
// briefing without that list.
func TestBriefingListsWhatTheImportLeftOut(t *testing.T) {
	sh := importedSheet(t)
	sh.LeftOut = []LeftOut{{Document: "S/RES/1925 (2010)", Parts: []LeftOutPart{
		{Ref: "1", Why: "extends a mandate by reference"},
		{Ref: "12(a)", DiscardedNow: true},
	}}}
	for _, f := range briefingFormats {
		out := briefingText(t, f, sh)
		for _, want := range []string{leftOutHeading, "S/RES/1925 (2010)",
			"1: extends a mandate by reference",
			"12(a): its draft was discarded in review"} {
			if !strings.Contains(out, want) {
				t.Errorf("%s: %q missing", f, want)
			}
		}
		if strings.Contains(out, "that ask for no activity were left out") {
			t.Errorf("%s: says the list is not here, though it is", f)
		}
	}
}

// A briefing with no session's list (a worksheet read from disk, the
// command line) says once per imported document that its left-out
// paragraphs are not in it, and how to list them.
func TestBriefingSaysLeftOutParagraphsAreNotInIt(t *testing.T) {
	for _, f := range briefingFormats {
		out := briefingText(t, f, importedSheet(t))
		want := strings.Join(strings.Fields(LeftOutUnlisted("S/RES/1925 (2010)")), " ")
		if n := strings.Count(out, want); n != 1 {
			t.Errorf("%s: the note on left-out paragraphs is said %d times, want once", f, n)
		}
		if !strings.Contains(out, leftOutHeading) {
			t.Errorf("%s: no part %q", f, leftOutHeading)
		}
	}
}

// The list of a session names a document whose every draft was discarded,
// and says so of one whose import left nothing out.
func TestBriefingLeftOutOfEveryDocumentOfTheSession(t *testing.T) {
	sh := importedSheet(t)
	sh.LeftOut = []LeftOut{{Document: "S/RES/1925 (2010)"}, {Document: "S/RES/1906 (2009)", Parts: []LeftOutPart{{Ref: "19", DiscardedNow: true}}}}
	out := briefingText(t, Markdown, sh)
	for _, want := range []string{"### S/RES/1925 (2010) " + leftOutNone, "### S/RES/1906 (2009) - 19: its draft was discarded in review"} {
		if !strings.Contains(out, want) {
			t.Errorf("%q missing from %s", want, out[strings.Index(out, leftOutHeading):])
		}
	}
}
