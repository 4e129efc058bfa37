package report

import (
	"bytes"
	"html"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/suggest"
	"github.com/pocssr/pocssr/model"
)

// briefingFormats are the formats a briefing is written in.
var briefingFormats = []Format{Markdown, HTML, DOCX, TextBriefing}

// briefingText is the briefing of sheets in format f as its reader reads
// it: the HTML's escapes undone, the Word document's paragraphs one a
// line, and every run of spaces and line ends one space, so that a
// sentence wrapped at the text's width reads as one.
func briefingText(t *testing.T, f Format, sheets ...Sheet) string {
	t.Helper()
	var out string
	switch f {
	case DOCX:
		var b strings.Builder
		for _, p := range docxParagraphs(t, docxOf(t, sheets...)["word/document.xml"]) {
			b.WriteString(p.text + "\n")
		}
		out = b.String()
	default:
		var buf bytes.Buffer
		if err := Write(&buf, classify.Default(), f, sheets); err != nil {
			t.Fatal(err)
		}
		out = buf.String()
		if f == HTML {
			out = html.UnescapeString(out)
		}
	}
	return strings.Join(strings.Fields(out), " ")
}

// importedWalk is a planner's worksheet of two mandates imported one after
// the other, S/RES/1780 (2007) and S/RES/1906 (2009): drafts, some of whose
// titles the import shortened (the paragraph whole under each).
func importedWalk(t *testing.T) *model.Worksheet {
	t.Helper()
	r := suggest.NewReader(classify.Default())
	var ws *model.Worksheet
	for _, name := range []string{"S-RES-1780-2007.txt", "S-RES-1906-2009.txt"} {
		path := filepath.Join("..", "suggest", "testdata", "corpus", "resolutions", name)
		text, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		one, _, err := suggest.Import(r, path, string(text), suggest.ImportOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if ws == nil {
			ws = one
			continue
		}
		ws.Activities = append(ws.Activities, one.Activities...)
	}
	return ws
}

// A briefing whose summary and register name activities by titles the
// import made says once, under its heading, what they are: headings made
// from their paragraph, those cut short ending in "…", each paragraph
// whole in its activity's section. Titles shorter than their paragraph
// without "…" ("Army training: provide in the short term basic training")
// are imported titles too: a briefing of those alone says so, without
// speaking of a cut; one of activities written by hand says nothing.
func TestBriefingSaysOnceWhereShortenedTitlesAreWhole(t *testing.T) {
	ws := importedWalk(t)
	var cut, whole []*model.Activity
	for _, a := range ws.Activities {
		if suggest.ShortenedTitle(a) {
			cut = append(cut, a)
		} else {
			whole = append(whole, a)
		}
	}
	if len(cut) == 0 || len(whole) == 0 {
		t.Fatalf("the two mandates give %d shortened titles and %d whole ones", len(cut), len(whole))
	}
	note := ShortenedTitlesNote([]string{suggest.TitleCut})
	wholeOnly := &model.Worksheet{Mission: ws.Mission, Mandate: ws.Mandate, Activities: whole}
	for _, f := range briefingFormats {
		t.Run(string(f), func(t *testing.T) {
			got := briefingText(t, f, Sheet{File: "walk.yaml", Worksheet: ws, Today: "2026-12-07"})
			if n := strings.Count(got, note); n != 1 {
				t.Errorf("the briefing says %d times %q", n, note)
			}
			if at, summary := strings.Index(got, note), strings.Index(got, "Executive summary"); at < 0 || at > summary {
				t.Errorf("the note is not under the heading, before the summary (at %d, the summary at %d)", at, summary)
			}
			if title := cut[0].Title; !strings.Contains(got, title) {
				t.Errorf("the briefing does not name %q", title)
			}
			if !strings.Contains(note, "a heading made from its paragraph, and one cut short ends in …;") {
				t.Errorf("the note %q does not say what imported titles are and which are cut", note)
			}
			plain := ShortenedTitlesNote(nil)
			got = briefingText(t, f, Sheet{File: "walk.yaml", Worksheet: wholeOnly, Today: "2026-12-07"})
			if strings.Count(got, plain) != 1 || strings.Contains(got, "cut short") {
				t.Errorf("a briefing of imported titles none of them cut does not say once %q alone", plain)
			}
			byHand := &model.Worksheet{Activities: []*model.Activity{{ID: "patrols", Title: "Patrols", Description: "The mission patrols the camps"}}}
			if got := briefingText(t, f, Sheet{File: "plan.yaml", Worksheet: byHand}); strings.Contains(got, "imported activity's title") {
				t.Errorf("a briefing of activities written by hand speaks of imported titles")
			}
		})
	}
	// The dots of a worksheet imported before "…" are named as its titles
	// show them.
	old := cut[0].Clone()
	old.Title = strings.TrimSuffix(old.Title, suggest.TitleCut) + "..."
	got := briefingText(t, Markdown, Sheet{Worksheet: &model.Worksheet{Activities: []*model.Activity{old}}})
	if !strings.Contains(got, ShortenedTitlesNote([]string{"..."})) {
		t.Errorf("the note does not name the dots the title ends in:\n%s", got[:min(len(got), 600)])
	}
}

// The briefing says in its heading the day its register and verdicts are
// read on, the day its OVERDUE entries are measured from (Sheet.Today), in
// every format, in words that speak of the register, not of the mandate
// named before them ("Read on" read as the day the mandate was read); it
// said OVERDUE without a date. Read on no day, it says none.
func TestBriefingSaysTheDayItWasReadOn(t *testing.T) {
	for _, f := range briefingFormats {
		t.Run(string(f), func(t *testing.T) {
			sh := registerSheets(t)[0]
			got := briefingText(t, f, sh)
			read := "Register and verdicts as of " + registerToday
			at, summary := strings.Index(got, read), strings.Index(got, "Executive summary")
			if at < 0 || at > summary {
				t.Fatalf("the heading does not say %q before the summary:\n%s", read, got[:min(len(got), 600)])
			}
			if !strings.Contains(got, "OVERDUE") {
				t.Errorf("the register read on %s has nothing overdue", registerToday)
			}
			sh.Today = "2031-02-03"
			if got := briefingText(t, f, sh); !strings.Contains(got, "Register and verdicts as of 2031-02-03") || strings.Contains(got, "Read on") {
				t.Errorf("the heading does not say the day the sheet is read on, 2031-02-03")
			}
			sh.Today = ""
			if got := briefingText(t, f, sh); strings.Contains(got, "verdicts as of") {
				t.Errorf("a briefing read on no day names one")
			}
		})
	}
}
