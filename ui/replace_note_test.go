package ui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/model"
)

// mandate2070 is a mandate of MINUSTAH with paragraphs enough to discard one.
const mandate2070 = "../classify/suggest/testdata/corpus/resolutions/S-RES-2070-2012.txt"

// A replace that keeps a discarded paragraph out names it: on the status
// line by its reference where the line holds it ("discarded 5 kept out",
// not "1 discarded kept out"), and whole on the help wherever the line
// says it shorter than the whole note ("left paragraph 5 discarded"). At
// 200×60 the line held the short form, which named no paragraph, and the
// help had no whole form, since the line counted nothing ("+n more").
func TestReplaceNamesTheParagraphKeptDiscarded(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := newTestModel(t, model.New(""), size[0], size[1])
			importFile(t, m, mandate2070)
			s := m.sh.sheet
			press(t, m, "a", "a") // two reviewed, which a replace keeps as they are
			discarded := ""
			for i := 0; i < s.Len() && discarded == ""; i++ { // x discards the first draft it can
				d := m.draftReview().Draft()
				if press(t, m, "x"); s.Index(d) < 0 {
					discarded = d.Source.Ref
				} else {
					press(t, m, "s")
				}
			}
			if discarded == "" {
				t.Fatal("no draft of S/RES/2070 (2012) was discarded")
			}
			press(t, m, "esc")
			// A register on a draft, which goes to its new draft: the note
			// is longer than the line at 200 columns whole.
			risk := s.Rulebook().Vocabulary().Risks()[0]
			for i := 0; i < s.Len(); i++ {
				if a := s.At(i); a.Status == model.StatusDraft {
					if err := s.SetMitigation(a, model.RegisterEntry{Risk: risk, Status: model.Planned}); err != nil {
						t.Fatal(err)
					}
					break
				}
			}
			importFile(t, m, mandate2070)
			if m.prompt == nil || m.prompt.id != promptImportAgain {
				t.Fatalf("no question on importing the mandate again:\n%s", screenText(m))
			}
			press(t, m, "r")
			lines := strings.Split(screenText(m), "\n")
			status := strings.TrimSpace(lines[len(lines)-2])
			t.Logf("the status line: %q", status)
			short, whole := "discarded "+discarded+" kept out", "left paragraph "+discarded+" discarded"
			if size[0] >= 200 && !strings.Contains(status, short) && !strings.Contains(status, whole) {
				t.Errorf("the status line at %d columns does not name paragraph %s: %q", size[0], discarded, status)
			}
			if !strings.Contains(status, short) && !strings.Contains(status, whole) && !strings.Contains(status, "(?)") {
				t.Errorf("the status line neither names paragraph %s nor says the help has more: %q", discarded, status)
			}
			if !strings.Contains(status, whole) || !strings.HasSuffix(status, "(S/RES/2070 (2012)).") {
				press(t, m, "?")
				requireScreen(t, m, "The status line's message, whole")
				for _, want := range []string{whole, "12 drafts imported", "(S/RES/2070 (2012))"} {
					if !containsFlat(screenText(m), want) {
						t.Errorf("the help's whole note lacks %q:\n%s", want, screenText(m))
					}
				}
			}
			golden(t, m, size[0], size[1], "pocssr")
		})
	}
}

// The help has the import's note whole wherever the status line says less
// than the whole, counted or in short, and nothing where the line has it
// word for word; the line names the paragraph kept discarded, in full or
// in short, wherever it tells what the replace did in full or in short,
// its count alone only where neither fits.
func TestImportNoteWholeWhereTheLineSaysLess(t *testing.T) {
	how := replaceDid(model.Reimport{Replaced: 12, Reviewed: 3, Discarded: 1,
		DiscardedDrafts: []*model.Activity{{Source: model.Source{Ref: "13(b)"}}}})
	c := importCount{13, 13, 13}
	const doc = "S/RES/2180 (2014)"
	all := importNoteOf(1<<30, c, how, doc)
	if !strings.Contains(all, "left paragraph 13(b) discarded") {
		t.Fatalf("the whole note does not name the paragraph: %q", all)
	}
	for _, w := range []int{60, 80, 118, 140, 160, 200, 400} {
		line := importNoteOf(w, c, how, doc)
		whole := importNoteWholeOf(line, c, how, doc)
		switch {
		case line == all && whole != "":
			t.Errorf("width %d: the line has it all, and the help repeats it: %q", w, whole)
		case line != all && whole != all:
			t.Errorf("width %d: the line %q says less, and the help has %q", w, line, whole)
		}
		if strings.Contains(line, "1 discarded kept out") {
			named := strings.Replace(line, "1 discarded kept out", "discarded 13(b) kept out", 1)
			if len([]rune(named)) <= w {
				t.Errorf("width %d: %q counts the paragraph where its name fits", w, line)
			}
		}
	}
}

// The replace's note keeps its parts in the order docs/ui.md gives: the
// counts and the keys whole, then as far as the line holds them that it
// replaced, the reviewed activities kept, the paragraphs kept restored, and
// the paragraphs kept discarded last; what gives way is counted at the end
// with the document.
// At 80 columns, with reviewed activities kept too (the planner's), the line
// has room for none of them but the first, the paragraph kept discarded
// counted with them: the help (?) has the note whole.
func TestReplaceNoteKeepsItsPartsInOrder(t *testing.T) {
	discarded := &model.Activity{Source: model.Source{Ref: "13"}}
	how := replaceDid(model.Reimport{Replaced: 12, Reviewed: 4, Discarded: 1, DiscardedDrafts: []*model.Activity{discarded}})
	const doc = "S/RES/2180 (2014)"
	if got, want := importNote(78, 12, 13, how, doc), "replaced: 12 drafts, 13 left out: l lists them, u undoes it · +3 more (?)"; got != want {
		t.Errorf("at 80 columns the note is %q, want %q", got, want)
	}
	for w := 60; w <= 240; w++ {
		note := importNote(w, 12, 13, how, doc)
		shown := 0
		for _, h := range how {
			if !strings.Contains(note, h.full) && !strings.Contains(note, h.short) && (h.least == "" || !strings.Contains(note, h.least)) {
				break
			}
			shown++
		}
		if importDidShown(note, how, doc) != len(how) {
			t.Fatalf("at %d cells a part of the note went without a sign: %q", w, note)
		}
		for _, h := range how[shown:] {
			if strings.Contains(note, h.short) || h.least != "" && strings.Contains(note, h.least) {
				t.Fatalf("at %d cells %q is said though a part before it gave way: %q", w, h.short, note)
			}
		}
	}
}

// After a replace the status line names the paragraph restored that stays
// as the question before it did ("paragraph 3, restored, stays"), reviewed
// since or not: reviewed, it was counted with the reviewed activities and
// the restore went unsaid ("left 3 reviewed activities as reviewed").
// Where the line is too short for it, ? has the note whole.
func TestReplaceNamesTheParagraphRestoredThatStays(t *testing.T) {
	for _, size := range sizes {
		for _, reviewed := range []bool{true, false} {
			t.Run(fmt.Sprintf("%dx%d reviewed %v", size[0], size[1], reviewed), func(t *testing.T) {
				m := newTestModel(t, model.New(""), size[0], size[1])
				importFile(t, m, resolution)
				press(t, m, "l", "down", "down", "r", "esc") // restores paragraph 3
				var restored *model.Activity
				ws := m.sh.sheet.Worksheet()
				for _, a := range ws.Activities {
					if a.Source.Ref == "3" {
						restored = a
					}
				}
				if restored == nil {
					t.Fatal("paragraph 3 was not restored")
				}
				for _, a := range ws.Activities[len(ws.Activities)-2:] { // two others reviewed
					if a == restored {
						t.Fatal("paragraph 3 is among the last two activities")
					}
					a.Status = model.StatusReviewed
					m.sh.sheet.Touch(a)
				}
				whole := "kept paragraph 3 restored"
				if reviewed {
					restored.Status = model.StatusReviewed
					m.sh.sheet.Touch(restored)
					whole = "left 3 reviewed activities as reviewed (paragraph 3 restored)"
				}
				importFile(t, m, resolution)
				if asked := strings.Join(m.prompt.message, " "); !strings.Contains(asked, "paragraph 3, restored, stays") {
					t.Fatalf("the question does not name the paragraph restored: %q", asked)
				}
				press(t, m, "r")
				lines := strings.Split(screenText(m), "\n")
				status := strings.TrimSpace(lines[len(lines)-2])
				t.Logf("the status line: %q", status)
				if size[0] >= 200 && !strings.Contains(status, whole) {
					t.Errorf("the status line at %d columns does not say %q: %q", size[0], whole, status)
				}
				if !strings.Contains(status, whole) {
					if !strings.Contains(status, "(?)") {
						t.Errorf("the status line neither names paragraph 3 nor says the help has more: %q", status)
					}
					press(t, m, "?")
					if !containsFlat(screenText(m), whole) {
						t.Errorf("the help's whole note lacks %q:\n%s", whole, screenText(m))
					}
				}
				if reviewed { // the line, or the help that has it whole
					golden(t, m, size[0], size[1], "pocssr")
				}
			})
		}
	}
}

// Wherever the line tells the reviewed activities or the paragraphs kept
// restored, in full, in short or counted, it says the restore with them:
// the paragraph by its reference where the line holds it, else counted.
func TestReplaceNoteSaysTheRestoreWithWhatItKept(t *testing.T) {
	restored := func(ref string, st model.Status) *model.Activity {
		return &model.Activity{Status: st, Source: model.Source{Ref: ref}}
	}
	r := model.Reimport{Replaced: 12, Reviewed: 4, Restored: 1,
		RestoredKept: []*model.Activity{restored("3", model.StatusReviewed), restored("15(b)", model.StatusDraft)}}
	how := replaceDid(r)
	if len(how) != 3 || how[1].full != "left 4 reviewed activities as reviewed (paragraph 3 restored)" ||
		how[2].full != "kept paragraph 15(b) restored" {
		t.Fatalf("what the replace did: %+v", how)
	}
	const doc = "S/RES/1925 (2010)"
	for w := 60; w <= 240; w++ {
		note := importNote(w, 12, 9, how, doc)
		if importDidShown(note, how, doc) != len(how) {
			t.Fatalf("at %d cells a part of the note went without a sign: %q", w, note)
		}
		for _, h := range how[1:] {
			said := strings.Contains(note, h.full) || strings.Contains(note, h.short) || strings.Contains(note, h.least)
			if said && !strings.Contains(note, "restored") {
				t.Errorf("at %d cells the note tells what was kept without the restore: %q", w, note)
			}
			if strings.Contains(note, h.least) && !strings.Contains(note, h.short) {
				if named := strings.Replace(note, h.least, h.short, 1); len([]rune(named)) <= w {
					t.Errorf("at %d cells %q counts the paragraph where its name fits", w, note)
				}
			}
		}
	}
}
