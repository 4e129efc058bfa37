package model

import (
	"slices"
	"strings"
	"testing"
)

// A draft's confirmed answers go into a YAML file as a comment above its
// status and come back from it; the planner's own comments there stay; a
// reviewed activity, and a draft with none, carry no such line.
func TestConfirmedAnswersKeptInTheYAMLFile(t *testing.T) {
	const text = `schema: pocssr/v1
activities:
  - id: a
    title: Patrols
    implementer: mission
    kinds: [deterrence]
    # the planner's own note
    status: draft
  - id: b
    title: Training
    implementer: mission
    status: reviewed
`
	ws, err := Parse("plan.yaml", []byte(text), testVocab)
	if err != nil {
		t.Fatal(err)
	}
	if ws.Activities[0].Confirmed != nil {
		t.Fatalf("a draft with no line of confirmed answers reads %v", ws.Activities[0].Confirmed)
	}
	ws.Activities[0].Confirmed = []Fact{Implementer, Kinds}
	ws.Activities[1].Confirmed = []Fact{Implementer} // reviewed: every answer is the planner's
	out, err := ws.EncodeYAML()
	if err != nil {
		t.Fatal(err)
	}
	saved := string(out)
	for _, want := range []string{"# the planner's own note\n    # confirmed by the planner: implementer, kinds\n    status: draft"} {
		if !strings.Contains(saved, want) {
			t.Fatalf("the file lacks %q:\n%s", want, saved)
		}
	}
	if strings.Count(saved, confirmedMark) != 1 {
		t.Fatalf("the reviewed activity carries a line of confirmed answers:\n%s", saved)
	}
	back, err := Parse("plan.yaml", out, testVocab)
	if err != nil {
		t.Fatal(err)
	}
	if got := back.Activities[0].Confirmed; !slices.Equal(got, []Fact{Implementer, Kinds}) {
		t.Fatalf("read back %v, want implementer and kinds", got)
	}
	if back.Activities[1].Confirmed != nil {
		t.Fatalf("a reviewed activity reads confirmed answers %v", back.Activities[1].Confirmed)
	}
	// None confirmed any more: the line goes, the planner's note stays.
	back.Activities[0].Confirmed = nil
	out, err = back.EncodeYAML()
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(out), confirmedMark) || !strings.Contains(string(out), "# the planner's own note") {
		t.Fatalf("after the confirmations went:\n%s", out)
	}
}

// The comment is read leniently: names of no fact are passed over, each
// fact counts once, in the order of FRAMEWORK §1.
func TestConfirmedCommentRead(t *testing.T) {
	for _, c := range []struct {
		comment string
		want    []Fact
	}{
		{"# confirmed by the planner: kinds, implementer", []Fact{Implementer, Kinds}},
		{"#confirmed by the planner:kinds,kinds, nonsense", []Fact{Kinds}},
		{"# a note\n# confirmed by the planner: forces", []Fact{Forces}},
		{"# confirmed: forces", nil},
		{"", nil},
	} {
		if got := confirmedIn(c.comment); !slices.Equal(got, c.want) {
			t.Errorf("confirmedIn(%q) = %v, want %v", c.comment, got, c.want)
		}
	}
}

// A stream of a YAML file hands out each draft with the answers its file
// kept confirmed, as reading the file whole does (the reports read files so:
// `pocssr classify` marked a confirmed answer "~" again); a JSON file that
// gives the stream's own key for them is refused, as any unknown key.
func TestStreamKeepsTheConfirmedAnswers(t *testing.T) {
	const text = `schema: pocssr/v1
activities:
  - title: Patrols
    implementer: mission
    kinds: [deterrence]
    # confirmed by the planner: kinds
    status: draft
  - title: Training
    implementer: mission
    status: draft
`
	st, err := OpenStream("plan.yaml", []byte(text), testVocab)
	if err != nil {
		t.Fatal(err)
	}
	var got [][]Fact
	for a := range st.All() {
		got = append(got, slices.Clone(a.Confirmed))
	}
	if len(got) != 2 || !slices.Equal(got[0], []Fact{Kinds}) || got[1] != nil {
		t.Fatalf("the stream hands out confirmations %v, want [[kinds] []]", got)
	}
	const js = `{"schema":"pocssr/v1","activities":[{"title":"Patrols","status":"draft","pocssr:confirmed":["kinds"]}]}`
	if _, err := Parse("plan.json", []byte(js), testVocab); err == nil {
		t.Fatal("a JSON file giving the stream's key is read")
	}
	if st, err := OpenStream("plan.json", []byte(js), testVocab); err == nil {
		for a := range st.All() {
			if a.Confirmed != nil {
				t.Fatalf("a JSON file's stream reads confirmations %v", a.Confirmed)
			}
		}
		if st.Err() == nil {
			t.Fatal("a JSON file giving the stream's key is streamed without an error")
		}
	}
}
