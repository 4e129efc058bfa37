package ui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/model"
)

// The review keeps the paragraphs each imported document left out: after
// S/RES/2012 (2011) was reviewed (paragraph 8 discarded, 10 restored) and
// S/RES/2156 (2014) imported into the same worksheet, l on a draft of 2012
// listed "Left out of S/RES/2156 (2014)", and the list of 2012, with its
// discard, could no longer be reached.

const (
	doc2012 = "S/RES/2012 (2011)"
	doc2156 = "S/RES/2156 (2014)"
)

// twoImportsReviewed is the review of a new worksheet of w×h into which
// S/RES/2012 (2011) was imported and reviewed (its paragraph 8 discarded,
// its left-out paragraph 10 restored), then S/RES/2156 (2014) imported.
func twoImportsReviewed(t *testing.T, w, h int) *Model {
	t.Helper()
	m := newTestModel(t, model.New(""), w, h)
	importFile(t, m, mandate2012)
	reviewUntil(t, m, func(a *model.Activity) bool { return a.Source.Ref == "8" })
	press(t, m, "x", "l")
	markLeftOut(t, m, "10")
	press(t, m, "r")
	if a := m.draftReview().Draft(); a.Source.Document != doc2012 || a.Source.Ref != "10" {
		t.Fatalf("r restored %s %s, not paragraph 10 of %s", a.Source.Document, a.Source.Ref, doc2012)
	}
	press(t, m, "esc")
	importOfAnotherMission(t, m, mandate2156)
	requireScreen(t, m, "Review of drafts")
	return m
}

// reviewUntil skips drafts in the review until it shows one that is.
func reviewUntil(t *testing.T, m *Model, is func(a *model.Activity) bool) {
	t.Helper()
	for range 60 {
		if a := m.draftReview().Draft(); a != nil && is(a) {
			return
		}
		press(t, m, "s")
	}
	t.Fatalf("the review shows no such draft:\n%s", screenText(m))
}

// reviewDraftOf skips drafts in the review until it shows one of doc.
func reviewDraftOf(t *testing.T, m *Model, doc string) {
	t.Helper()
	reviewUntil(t, m, func(a *model.Activity) bool { return a.Source.Document == doc })
}

// markLeftOut moves the mark of the list in view to paragraph ref ("10",
// or "2012·10" where the worksheet holds two documents).
func markLeftOut(t *testing.T, m *Model, ref string) {
	t.Helper()
	for range 30 {
		if strings.Contains(screenText(m), "> "+ref+" ") {
			return
		}
		press(t, m, "down")
	}
	t.Fatalf("the list marks no paragraph %s:\n%s", ref, screenText(m))
}

// reviewKeyLine is the review's line of keys, "" where none names l.
func reviewKeyLine(m *Model) string {
	lines := strings.Split(screenText(m), "\n")
	for i := len(lines) - 1; i >= 0; i-- {
		if strings.Contains(lines[i], "[l] ") {
			return strings.TrimSpace(lines[i])
		}
	}
	return ""
}

// l on a draft of 2012 lists 2012's paragraphs left out, paragraph 8
// marked discarded and 10, restored, not among them; on a draft of 2156,
// 2156's. The line of keys counts those of the draft's document.
func TestLeftOutListIsTheDraftsDocuments(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			t.Run("2012", func(t *testing.T) {
				m := twoImportsReviewed(t, size[0], size[1])
				reviewDraftOf(t, m, doc2012)
				if k := reviewKeyLine(m); !strings.Contains(k, "left out of 2012 (9+1") && !strings.Contains(k, "left out of 2012 (9) and discarded in this run (1)") {
					t.Errorf("on a draft of 2012 the line of keys does not count 2012's 9 left out and 1 discarded: %q", k)
				}
				press(t, m, "l")
				requireScreen(t, m, "Left out of "+doc2012, "9 paragraphs ask for no activity, 1 was discarded in this run")
				refuseScreen(t, m, doc2156, "2012·10 ")
				markLeftOut(t, m, "2012·8")
				requireScreen(t, m, "> 2012·8 [discarded] in this run")
				// Back to the draft and to the list again: its top, which
				// names the document, the mark kept on paragraph 8.
				press(t, m, "l", "l")
				golden(t, m, size[0], size[1], "Left out of")
			})
			t.Run("2156", func(t *testing.T) {
				m := twoImportsReviewed(t, size[0], size[1])
				reviewDraftOf(t, m, doc2156)
				if k := reviewKeyLine(m); !strings.Contains(k, "[l] left out of 2156 (11)") {
					t.Errorf("on a draft of 2156 the line of keys does not count 2156's 11 left out: %q", k)
				}
				press(t, m, "l")
				requireScreen(t, m, "Left out of "+doc2156, "11 paragraphs ask for no activity: no draft was made of them.", "> 2156·")
				refuseScreen(t, m, doc2012, "[discarded]")
				golden(t, m, size[0], size[1], "Left out of")
			})
		})
	}
}

// r in 2012's list, after 2156 was imported, brings back the discarded
// paragraph 8 as a draft of 2012, among 2012's drafts; u puts it back on
// 2012's list.
func TestRestoreFromTheEarlierDocumentsList(t *testing.T) {
	m := twoImportsReviewed(t, 80, 24)
	s := m.sh.sheet
	reviewDraftOf(t, m, doc2012)
	press(t, m, "l")
	markLeftOut(t, m, "2012·8")
	press(t, m, "r")
	requireScreen(t, m, "Paragraph 2012·8 brought back as a draft")
	a := m.draftReview().Draft()
	if a.Source.Document != doc2012 || a.Source.Ref != "8" || a.Status != model.StatusDraft {
		t.Fatalf("r brought back %s %s (%s), not paragraph 8 of %s as a draft", a.Source.Document, a.Source.Ref, a.Status, doc2012)
	}
	i := s.Index(a)
	if i < 1 || s.At(i-1).Source.Document != doc2012 || s.At(i-1).Source.Ref != "7" {
		t.Errorf("paragraph 8 came back at row %d, not after 2012's paragraph 7", i+1)
	}
	press(t, m, "u")
	if s.Index(a) >= 0 {
		t.Fatal("u left the paragraph brought back in the worksheet")
	}
	requireScreen(t, m, "Undid the restore of paragraph 2012·8.", "> 2012·8 [discarded]")
}

// An undo of the import of 2156 leaves 2012's list as it was, and the
// discard of paragraph 8 counted; a redo brings 2156's list back beside it.
func TestUndoOfTheSecondImportKeepsTheFirstList(t *testing.T) {
	m := twoImportsReviewed(t, 80, 24)
	press(t, m, "u")
	requireScreen(t, m, "Undid the import")
	reviewDraftOf(t, m, doc2012)
	// At 80 columns "(9+1)": the words are in the help (FullHelp).
	if k := reviewKeyLine(m); !strings.Contains(k, "left out (9+1 discarded in this run)") && !strings.Contains(k, "left out (9+1)") {
		t.Errorf("after the undo the line of keys does not count 2012's 9 left out and 1 discarded: %q", k)
	}
	press(t, m, "l")
	// One document again: its references are not qualified.
	requireScreen(t, m, "Left out of "+doc2012, "9 paragraphs ask for no activity, 1 was discarded in this run")
	markLeftOut(t, m, "8")
	requireScreen(t, m, "> 8 [discarded] in this run")
	refuseScreen(t, m, doc2156)

	press(t, m, "q", "ctrl+r") // q stops the review from the list
	requireScreen(t, m, "Redid the import")
	press(t, m, "R")
	reviewDraftOf(t, m, doc2156)
	press(t, m, "l")
	requireScreen(t, m, "Left out of "+doc2156, "11 paragraphs ask for no activity")
	press(t, m, "l")
	reviewDraftOf(t, m, doc2012)
	press(t, m, "l")
	requireScreen(t, m, "Left out of "+doc2012, "9 paragraphs ask for no activity, 1 was discarded in this run")
}

// After the import of 2156 the review begins with 2156's drafts of the
// mission's own: the import's note counts 2156's paragraphs left out ("l
// lists them"), and l lists those. It began on 2012's first draft, whose
// list is 2012's.
func TestReviewAfterAnotherImportBeginsWithItsDrafts(t *testing.T) {
	m := twoImportsReviewed(t, 200, 60)
	requireScreen(t, m, "(30 to review), 11 paragraphs left out: l lists them")
	if a := m.draftReview().Draft(); a.Source.Document != doc2156 {
		t.Fatalf("the review after the import of 2156 begins with %s %s", a.Source.Document, a.Source.Ref)
	}
	press(t, m, "l")
	requireScreen(t, m, "Left out of "+doc2156, "11 paragraphs ask for no activity")
}
