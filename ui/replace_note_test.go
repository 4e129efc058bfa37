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
