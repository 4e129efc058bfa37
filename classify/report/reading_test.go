package report

import (
	"bytes"
	"slices"
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
		"left out: on import, and brought back as a draft by the planner (restored in the review or imported with --all): it concerns the conduct of the mission's own personnel",
	} {
		if !strings.Contains(strings.Join(strings.Fields(text.String()), " "), want) {
			t.Errorf("the text account lacks %q", want)
		}
	}
	if !strings.Contains(trace.String(), "· cue “") {
		t.Error("the trace names no cue")
	}
	// The reason says "purpose" once: "named as a purpose (purpose)" said it twice.
	for name, out := range map[string]string{"text account": text.String(), "trace": trace.String()} {
		if flat := strings.Join(strings.Fields(out), " "); strings.Contains(flat, "a purpose (purpose)") {
			t.Errorf("the %s says \"purpose\" twice", name)
		}
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

// A draft whose words give more than one kind says, in the text account and
// the trace, why the primary kind leads: the ordering rule that decided; a
// draft of one kind says nothing of it.
func TestReadingSaysWhyThePrimaryKindLeads(t *testing.T) {
	rb := classify.Default()
	rd := suggest.NewReader(rb)
	const text = "S/RES/9002 (2031)\n\n" +
		"1. Requests the mission to advise on the reorganization of the army, and invites the mission and the Government to patrol the border jointly;\n" +
		"2. Requests the mission to patrol the camps;\n"
	ws, _, err := suggest.Import(rd, "mandate.txt", text, suggest.ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	sh := Sheet{File: "mandate.yaml", Worksheet: ws, Readings: rd.ReadDraft}
	var account, trace bytes.Buffer
	if err := Write(&account, rb, Text, []Sheet{sh}); err != nil {
		t.Fatal(err)
	}
	if err := WriteExplain(&trace, rb, []Sheet{sh}); err != nil {
		t.Fatal(err)
	}
	const want = "Restructuring leads: read in the main clause (“reorganization of the army”), Presence and deterrence only in the encouragement scope (“patrol”)"
	for name, out := range map[string]string{"text": account.String(), "trace": trace.String()} {
		flat := strings.Join(strings.Fields(out), " ")
		if !strings.Contains(flat, want) {
			t.Errorf("%s lacks %q:\n%s", name, want, out)
		}
		if n := strings.Count(flat, " leads: "); n != 1 {
			t.Errorf("%s: %d accounts of a lead, want 1 (the draft of one kind has none)", name, n)
		}
	}
}

// A briefing (markdown, HTML, Word) shows under each draft the words its
// facts were suggested from, as the text account does; a reviewed activity,
// whose facts are the planner's, shows none; without readings, no draft
// does.
func TestBriefingShowsWhereADraftWasReadFrom(t *testing.T) {
	rb := classify.Default()
	sh := readSheet(t, rb)
	want := "Read from the source paragraph 3 of S/RES/9001 (2031) (not yet confirmed):** implementer: national authorities with mission support ←"
	for _, f := range []Format{Markdown, HTML} {
		var b bytes.Buffer
		if err := Write(&b, rb, f, []Sheet{sh}); err != nil {
			t.Fatal(err)
		}
		got := b.String()
		if f == HTML {
			got = strings.NewReplacer("<strong>", "**", "</strong>", "**").Replace(got)
		}
		if f == Markdown && !strings.Contains(got, want) {
			t.Errorf("%s: a draft's part lacks %q", f, want)
		}
		if n := strings.Count(got, "(not yet confirmed)"); n != 4 {
			t.Errorf("%s: %d drafts show where they were read from, want the 4 drafts (the paragraph left out kept)", f, n)
		}
	}
	reviewed := readSheet(t, rb)
	reviewed.Worksheet.Activities[2].Status = model.StatusReviewed
	var b bytes.Buffer
	if err := Write(&b, rb, Markdown, []Sheet{reviewed}); err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(b.String(), "(not yet confirmed)"); n != 3 {
		t.Errorf("with paragraph 3 reviewed, %d parts show where they were read from, want 3", n)
	}
	none := sh
	none.Readings = nil
	b.Reset()
	if err := Write(&b, rb, Markdown, []Sheet{none}); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(b.String(), "not yet confirmed") {
		t.Error("a briefing without readings shows where a draft was read from")
	}
}

// Each value declined is kept once, with its strongest words (the
// heaviest cue's, the first among equals), in the place of its first
// reading; other values stay, in order.
func TestDeclinedOnceKeepsTheStrongestWords(t *testing.T) {
	decl := func(fact model.Fact, value, phrase string, weight int) suggest.Declined {
		return suggest.Declined{Evidence: suggest.Evidence{Fact: fact, Value: value, Phrase: phrase}, Reason: "outweighed", Weight: weight}
	}
	for _, c := range []struct {
		name string
		in   []suggest.Declined
		want []string
	}{
		{"none", nil, nil},
		{"one", []suggest.Declined{decl(model.Implementer, "mission", "Authorizes UNMIL", 2)}, []string{"Authorizes UNMIL"}},
		{"heaviest of overlapping words", []suggest.Declined{
			decl(model.Implementer, "mission", "encourage", 1),
			decl(model.Kinds, "vetting", "not vet", 3),
			decl(model.Implementer, "mission", "Authorizes UNMIL to", 3),
			decl(model.Implementer, "mission", "UNMIL to", 2),
		}, []string{"Authorizes UNMIL to", "not vet"}},
		{"first among equals", []suggest.Declined{
			decl(model.Kinds, "vetting", "not vet", 3),
			decl(model.Kinds, "vetting", "not vet the army", 3),
		}, []string{"not vet"}},
		{"another value of the fact stays", []suggest.Declined{
			decl(model.Implementer, "mission", "UNMIL", 1),
			decl(model.Implementer, "national-alone", "the Government", 1),
		}, []string{"UNMIL", "the Government"}},
		// a value suggested from other words is no value declined
		{"a kind suggested from other words", []suggest.Declined{
			decl(model.Kinds, "capacity-training", "training", 2),
			decl(model.Kinds, "vetting", "not vet", 3),
		}, []string{"not vet"}},
		{"an implementer suggested from other words", []suggest.Declined{
			decl(model.Implementer, "mission-support", "assisting the Government", 2),
			decl(model.Implementer, "mission", "UNMIL", 1),
		}, []string{"UNMIL"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			s := &suggest.Suggestion{Declined: c.in}
			s.Facts.SetSet(model.Kinds, []string{"capacity-training", "restructuring"})
			s.Facts.SetOne(model.Implementer, "mission-support")
			var got []string
			for _, d := range DeclinedOnce(s) {
				got = append(got, d.Phrase)
			}
			if !slices.Equal(got, c.want) {
				t.Errorf("kept %q, want %q", got, c.want)
			}
		})
	}
}
