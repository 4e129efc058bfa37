package words

import (
	"slices"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/report"
	"github.com/pocssr/pocssr/classify/suggest"
	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/component"
)

// A phrase that a longer one behind the same value takes in is left out of
// the phrases and of the value's line.
func TestPhrasesTakenInByLongerOnesAreLeftOut(t *testing.T) {
	ev := func(phrase string, start int, context bool) suggest.Evidence {
		return suggest.Evidence{Fact: model.Implementer, Value: "mission-support", Phrase: phrase,
			Start: start, End: start + len(phrase), InContext: context}
	}
	s := &suggest.Suggestion{Evidence: []suggest.Evidence{
		ev("Support the efforts", 4, false), ev("Support the efforts of the Government", 4, false),
		ev("efforts of the Government", 16, false), ev("Support", 4, true), // the context's offsets count apart
	}}
	s.Facts.SetOne(model.Implementer, "mission-support")
	want := []string{"Support the efforts of the Government", "Support"}
	if got := Phrases(s.Evidence); !slices.Equal(got, want) {
		t.Errorf("phrases %q, want %q", got, want)
	}
	vs := Values(s)
	if len(vs) != 1 || !slices.Equal(vs[0].Phrases, want) || !vs[0].Context {
		t.Fatalf("values %+v", vs)
	}
	if got := vs[0].Text(classify.Default()); got != "implementer: national authorities with mission support ← “Support the efforts of the Government”, “Support” (in the lead-in or heading)" {
		t.Errorf("text %q", got)
	}
}

// A value declined on overlapping words is said once, with the words read
// first for it, as the text account says it: the review listed "not
// suggested: implementer: the mission itself" three times, on “Authorizes
// UNMIL”, “Authorizes UNMIL to” and “UNMIL to”, pushing the draft off the
// screen. Another value declined stays.
func TestBehindSaysEachDeclinedValueOnce(t *testing.T) {
	rb := classify.Default()
	st := component.NewStyles(component.DefaultTheme())
	decl := func(fact model.Fact, value, phrase, reason string) suggest.Declined {
		return suggest.Declined{Evidence: suggest.Evidence{Fact: fact, Value: value, Phrase: phrase}, Reason: reason}
	}
	s := &suggest.Suggestion{Declined: []suggest.Declined{
		decl(model.Implementer, "mission", "Authorizes UNMIL", "outweighed by mission-support"),
		decl(model.Implementer, "mission", "Authorizes UNMIL to", "outweighed by mission-support"),
		decl(model.Kinds, "vetting", "without vetting", "negated"),
		decl(model.Implementer, "mission", "UNMIL to", "outweighed by mission-support"),
	}}
	a := &model.Activity{Title: "Support to the police"}
	said := under(Behind(rb, st, a, a.Source.Ref, s, nil, "", 200), "Read but not suggested")
	want := []string{
		"implementer: the mission itself ← “Authorizes UNMIL” — outweighed by mission-support",
		"kinds: Vetting ← “without vetting” — negated",
	}
	if !slices.Equal(said, want) {
		t.Errorf("declined readings said:\n%q\nwant:\n%q", said, want)
	}
}

// Only the answers the activity still holds on its words alone are marked
// "~", under a heading that says so; an answer confirmed since, or any
// answer of a reviewed activity, shows its words as evidence, unmarked: the
// account of an accepted activity read "status: reviewed" above "~" marks.
func TestBehindMarksOnlyTheSuggestedAnswers(t *testing.T) {
	rb := classify.Default()
	st := component.NewStyles(component.DefaultTheme())
	s := &suggest.Suggestion{Evidence: []suggest.Evidence{
		{Fact: model.Implementer, Value: "mission", Phrase: "Requests the Secretary-General to ensure"},
		{Fact: model.Forces, Value: "army", Phrase: "soldiers"},
	}}
	s.Facts[model.Implementer] = model.Value{Known: true, One: "mission"}
	s.Facts[model.Forces] = model.Value{Known: true, Set: []string{"army"}}
	a := &model.Activity{Title: "Monitoring", Source: model.Source{Ref: "15", Text: "15. Requests ..."}}
	a.Facts[model.Implementer] = s.Facts[model.Implementer]
	a.Facts[model.Forces] = s.Facts[model.Forces]
	text := func(suggested []model.Fact) string {
		return ansi.Strip(strings.Join(Behind(rb, st, a, a.Source.Ref, s, suggested, "", 200), "\n"))
	}
	draft := text([]model.Fact{model.Forces})
	for _, want := range []string{"Suggested by the words of the source paragraph 15 (~)", "  ~ forces: army ← “soldiers”",
		"    implementer: the mission itself ← “Requests the Secretary-General to ensure”"} {
		if !strings.Contains(draft, want) {
			t.Errorf("a draft with forces suggested lacks %q:\n%s", want, draft)
		}
	}
	reviewed := text(nil)
	if strings.Contains(reviewed, "~") || !strings.Contains(reviewed, "What the words of the source paragraph 15 suggested") ||
		!strings.Contains(reviewed, "    forces: army ← “soldiers”") {
		t.Errorf("answers that are answers read as suggested:\n%s", reviewed)
	}
}

// under is the lines of the section headed heading, without their indent:
// those after the heading up to the blank line that ends it.
func under(lines []string, heading string) []string {
	var out []string
	in := false
	for _, l := range lines {
		l = ansi.Strip(l)
		switch {
		case l == heading:
			in = true
		case in && strings.TrimSpace(l) == "":
			return out
		case in:
			out = append(out, strings.TrimSpace(l))
		}
	}
	return out
}

// What the words read but the reader did not suggest stands under its own
// heading, never among the planner's answers: "not suggested: implementer:
// the mission itself ← “MINUSTAH to”" read like an answer under "Answered
// since".
func TestBehindSetsWhatWasNotSuggestedApartFromTheAnswers(t *testing.T) {
	rb := classify.Default()
	st := component.NewStyles(component.DefaultTheme())
	s := &suggest.Suggestion{Declined: []suggest.Declined{{
		Evidence: suggest.Evidence{Fact: model.Implementer, Value: "mission", Phrase: "MINUSTAH to"},
		Reason:   "outweighed by mission-support"}}}
	a := &model.Activity{Title: "Support the police", Source: model.Source{Ref: "8", Text: "8. Requests MINUSTAH to support ..."}}
	a.Facts[model.Implementer] = model.Value{Known: true, One: "mission-support"}
	lines := Behind(rb, st, a, a.Source.Ref, s, nil, "", 200)
	answered := under(lines, "Answered since")
	if len(answered) != 1 || !strings.HasPrefix(answered[0], "implementer: ") || strings.Contains(answered[0], "MINUSTAH") {
		t.Errorf("answered since: %q, want the planner's answer alone", answered)
	}
	want := []string{"implementer: the mission itself ← “MINUSTAH to” — outweighed by mission-support"}
	if got := under(lines, "Read but not suggested"); !slices.Equal(got, want) {
		t.Errorf("read but not suggested: %q, want %q", got, want)
	}
}

// Where the planner made another kind primary, the account of the words
// says under the kinds read what the worksheet now holds, in the words of
// the text account (report.NowHolds): "kinds: Operational training
// (primary)" stood alone, as if the reading still held.
func TestBehindSaysWhatTheWorksheetNowHolds(t *testing.T) {
	rb := classify.Default()
	st := component.NewStyles(component.DefaultTheme())
	s := &suggest.Suggestion{Evidence: []suggest.Evidence{
		{Fact: model.Kinds, Value: "capacity-training", Phrase: "train"},
		{Fact: model.Kinds, Value: "equipment", Phrase: "equipment"},
	}}
	s.Facts.SetSet(model.Kinds, []string{"capacity-training", "equipment"})
	a := &model.Activity{Title: "Train and equip", Source: model.Source{Ref: "8", Text: "8. Requests the mission to train and equip ..."}}
	a.Facts.SetSet(model.Kinds, []string{"equipment", "capacity-training"})
	held, ok := report.NowHolds(rb, &a.Facts, s, model.Kinds)
	if !ok {
		t.Fatal("the text account says nothing of the kinds changed")
	}
	lines := under(Behind(rb, st, a, a.Source.Ref, s, nil, "", 200), "What the words of the source paragraph 8 suggested")
	want := []string{
		"kinds: " + rb.Label(model.Kinds, "capacity-training") + " (primary) ← “train”",
		"kinds: " + rb.Label(model.Kinds, "equipment") + " ← “equipment”",
		"kinds: " + held,
	}
	if !slices.Equal(lines, want) {
		t.Errorf("the words' account:\n%q\nwant:\n%q", lines, want)
	}
	if !strings.Contains(held, rb.Label(model.Kinds, "equipment")+", "+rb.Label(model.Kinds, "capacity-training")) {
		t.Errorf("the worksheet's kinds: %q", held)
	}
}

// The screens read an imported task as the import and the reports do: a
// paragraph that opens with a decision asking for no activity is read from
// the decision that keeps it. The review showed "kinds: Physical
// interposition ← “attacks on civilians”" (the attacks the parties are to
// end) beside "the worksheet now holds no value", where the text account
// listed the same words as not taken.
func TestReadAsTheImportReads(t *testing.T) {
	rb := classify.Default()
	rd := suggest.NewReader(rb)
	ws, _, err := suggest.Import(rd, "r.txt", "Resolution 1 (2031)\n\nThe Security Council,\n\n"+
		"1. Demands that all parties end attacks on civilians; and requests UNMISS to coordinate the agencies of the United Nations;\n", suggest.ImportOptions{})
	if err != nil || len(ws.Activities) != 1 {
		t.Fatalf("import: %v, %d drafts", err, len(ws.Activities))
	}
	a := ws.Activities[0]
	s := Read(rd, a)
	if s.Facts[model.Kinds].Known || a.Facts.Known(model.Kinds) {
		t.Errorf("kinds read %v (the draft holds %v), want none: the attacks are the parties' to end", s.Facts[model.Kinds], a.Facts[model.Kinds])
	}
	if s.Facts[model.Implementer].One != "mission" {
		t.Errorf("implementer %q, want the mission", s.Facts[model.Implementer].One)
	}
	declined := false
	for _, d := range s.Declined {
		declined = declined || d.Fact == model.Kinds && strings.Contains(d.Phrase, "attacks on civilians")
	}
	if !declined {
		t.Errorf("the attacks are not listed as read but not taken: %+v", s.Declined)
	}
}

// readDraftOf is a draft of paragraph ref of a resolution, with text, and
// its reading by the built-in rulebook.
func readDraftOf(ref, text string) (*classify.Rulebook, *model.Activity, *suggest.Suggestion) {
	rb := classify.Default()
	a := &model.Activity{ID: ref, Title: ref, Status: model.StatusDraft,
		Source: model.Source{Document: "S/RES/1 (2031)", Ref: ref, Text: text}}
	return rb, a, Read(suggest.NewReader(rb), a)
}

// Where the words name work the framework has no kind for, the list of what
// they suggested says so for the kinds, instead of that no words answer
// what the activity does.
func TestNoneReadNamesWorkWithNoKind(t *testing.T) {
	rb, a, s := readDraftOf("10", "10. Requests the mission to support the national DDR programme;")
	if !slices.Contains(NoneRead(a, s), model.Kinds) {
		t.Fatalf("kinds are not among the facts none read: %v", NoneRead(a, s))
	}
	got := NoneReadValueText(rb, a, "10", s, model.Kinds, "e")
	want := "none read — the words of the source paragraph 10 name disarmament, demobilization and reintegration ← “DDR”, which the framework has no kind for; e asks it"
	if got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
	if got := NoneReadValueText(rb, a, "10", s, model.Implementer, "e"); strings.Contains(got, "no kind for") {
		t.Errorf("the implementer's line names work with no kind: %q", got)
	}
}

// Where the words suggest nothing at all but name work the framework has no
// kind for, the one statement that says so names it.
func TestNothingReadNamesWorkWithNoKind(t *testing.T) {
	rb, a, s := readDraftOf("6", "6. The cantonment of the fighters of both sides;")
	none := NoneRead(a, s)
	if len(none) != 2 {
		t.Fatalf("facts none read %v, want who carries it out and what it does", none)
	}
	got := NothingReadText(rb, a, "6", s, none, "e")
	if !strings.Contains(got, "; they name disarmament, demobilization and reintegration ← “cantonment”, which the framework has no kind for; e asks them") {
		t.Errorf("got %q", got)
	}
}
