package report

import (
	"bytes"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/suggest"
	"github.com/pocssr/pocssr/model"
)

// mandateText is a short mandate written for these tests, in the shapes of a
// modern one: a task asked of the mission after a call on the Government, a
// purpose beside an action, a task of the mission supporting the
// authorities, and a paragraph on the mission's own conduct.
const mandateText = `S/RES/9001 (2031)

1. Urges the Government to ensure the respect of human rights by the national police, and calls on the mission to provide monitoring in this regard;
2. Requests the mission to implement quick-impact projects that contribute to a secure and stable environment;
3. Requests the mission to support the Government in the reform of the army;
4. Requests the Secretary-General to take the measures needed to ensure compliance of all the mission's personnel with the zero tolerance policy on sexual exploitation and abuse;
`

// readSheet imports mandateText, the paragraph left out kept (--all),
// with the reader's readings of the drafts.
func readSheet(t *testing.T, rb *classify.Rulebook) Sheet {
	t.Helper()
	rd := suggest.NewReader(rb)
	ws, _, err := suggest.Import(rd, "mandate.txt", mandateText, suggest.ImportOptions{All: true, TopicFirst: true})
	if err != nil {
		t.Fatal(err)
	}
	return Sheet{File: "mandate.yaml", Worksheet: ws, Readings: rd.ReadDraft}
}

// An imported draft shows, in the text account and in the trace, the words
// that gave it its kind and implementer, what was read but not taken and why
// its paragraph would be left out; the trace names the cues as well.
func TestGoldenReadingOfDrafts(t *testing.T) {
	rb := classify.Default()
	sh := readSheet(t, rb)
	var text, trace bytes.Buffer
	if err := Write(&text, rb, Text, []Sheet{sh}); err != nil {
		t.Fatal(err)
	}
	golden(t, "imported.txt", text.Bytes())
	if err := WriteExplain(&trace, rb, []Sheet{sh}); err != nil {
		t.Fatal(err)
	}
	golden(t, "imported.explain.txt", trace.Bytes())
	for _, want := range []string{
		"implementer: the mission itself ← “and calls on the mission to”",
		"not taken: kinds Presence and deterrence ← “secure and stable environment”: named as a purpose",
		"left out: the import leaves this paragraph out (kept with --all): it concerns the conduct of the mission's own personnel",
	} {
		if !strings.Contains(strings.Join(strings.Fields(text.String()), " "), want) {
			t.Errorf("the text account lacks %q", want)
		}
	}
	if !strings.Contains(trace.String(), "· cue “") {
		t.Error("the trace names no cue")
	}
}

// A fact changed in the worksheet since the import is shown beside the words
// read, never replaced by them; without readings nothing is shown.
func TestReadingShowsWhatTheWorksheetNowHolds(t *testing.T) {
	rb := classify.Default()
	sh := readSheet(t, rb)
	a := sh.Worksheet.Activities[2] // ¶3, the reform of the army
	a.Facts.SetOne(model.Implementer, "partner")
	var b strings.Builder
	writeReadingText(&b, rb, a, sh.Readings(a), textWidth)
	got := strings.Join(strings.Fields(b.String()), " ")
	if !strings.Contains(got, "implementer: the worksheet now holds another international partner") ||
		!strings.Contains(got, "national authorities with mission support ←") {
		t.Errorf("reading of a changed draft:\n%s", b.String())
	}
	var text bytes.Buffer
	sh.Readings = nil
	if err := Write(&text, rb, Text, []Sheet{sh}); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(text.String(), "Read from") {
		t.Error("a sheet without readings shows one")
	}
}
