package report

import (
	"bytes"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/suggest"
	"github.com/pocssr/pocssr/model"
)

// draft is an imported draft of paragraph id of a resolution, with text.
func draft(id, text string) *model.Activity {
	return &model.Activity{ID: id, Title: id, Status: model.StatusDraft,
		Source: model.Source{Document: "S/RES/1 (2031)", Ref: id, Text: text}}
}

// textAccounts is the text report of ws, its drafts read as import reads them.
func textAccounts(t *testing.T, ws *model.Worksheet) *bytes.Buffer {
	t.Helper()
	rb := classify.Default()
	var buf bytes.Buffer
	if err := Write(&buf, rb, Text, []Sheet{{File: "plan.yaml", Worksheet: ws, Readings: suggest.DraftReader(rb)}}); err != nil {
		t.Fatal(err)
	}
	return &buf
}

// A draft whose words gave one of the two first answers but not the other
// says which is missing and what waits on it, in the text account: a kind
// without who carries it out, who carries it out without a kind. A draft
// whose words gave both says neither. Where words that name the missing
// answer were read but not taken, it says so, not that there were none.
func TestAccountSaysWhichFirstAnswerWasNotRead(t *testing.T) {
	ws := model.New("")
	ws.Activities = []*model.Activity{
		draft("1", "1. Patrols in the camps at night;"),
		draft("2", "2. Requests the Mission to coordinate the agencies of the United Nations;"),
		draft("3", "3. Requests the Mission to patrol the camps at night;"),
		draft("4", "4. Demands that all parties end attacks on civilians; and requests the Mission to coordinate the agencies of the United Nations;"),
		draft("5", "5. Requests the Mission to support the national DDR programme;"),
		draft("6", "6. The cantonment of the fighters of both sides;"),
	}
	buf := textAccounts(t, ws)
	out := buf.String()
	accounts := map[string]string{}
	for _, id := range []string{"1", "2", "3", "4", "5", "6"} {
		i := strings.Index(out, "\n"+id+" — ")
		if i < 0 {
			t.Fatalf("no account of %s:\n%s", id, out)
		}
		rest := out[i+1:]
		if j := strings.Index(rest, "\n\n"); j > 0 {
			rest = rest[:j]
		}
		accounts[id] = strings.Join(strings.Fields(rest), " ")
	}
	for id, want := range map[string]string{"1": NoImplementerReadLabel + ": " + NoImplementerRead, "2": NoKindReadLabel + ": " + NoKindRead,
		// words that name a kind read in a decision that asks for no
		// activity: the account says they were not taken, not that there
		// were none
		"4": NoKindReadLabel + ": " + NoKindTaken,
		// work the framework has no kind for, named
		"5": NoKindReadLabel + ": its words name disarmament, demobilization and reintegration ← “DDR”, which the framework has no kind for",
		// neither answer read, and work with no kind named
		"6": NothingSuggestedLabel + ": " + NothingSuggested + "; its words name disarmament, demobilization and reintegration ← “cantonment”, which the framework has no kind for"} {
		if !strings.Contains(accounts[id], want) {
			t.Errorf("the account of %s lacks %q:\n%s", id, want, accounts[id])
		}
	}
	for _, label := range []string{NoImplementerReadLabel, NoKindReadLabel} {
		if strings.Contains(accounts["3"], label) {
			t.Errorf("the account of a draft whose words gave both says %q:\n%s", label, accounts["3"])
		}
	}
}

// A force read but not taken is said in the account with why, as a kind or
// an implementer not taken is: the police beside patrols are "not relevant
// to the kinds read" there, and the trace said nothing of them.
func TestAccountSaysAForceNotTaken(t *testing.T) {
	ws := model.New("")
	ws.Activities = []*model.Activity{{ID: "2e", Title: "2e", Status: model.StatusDraft,
		Source: model.Source{Document: "S/RES/1 (2031)", Ref: "2(e)", Text: "(e) Carry out patrols with the riot control units of the national police to improve security;"}}}
	rb := classify.Default()
	for _, write := range []func(*bytes.Buffer) error{
		func(b *bytes.Buffer) error {
			return Write(b, rb, Text, []Sheet{{File: "plan.yaml", Worksheet: ws, Readings: suggest.DraftReader(rb)}})
		},
		func(b *bytes.Buffer) error {
			return WriteExplain(b, rb, []Sheet{{File: "plan.yaml", Worksheet: ws, Readings: suggest.DraftReader(rb)}})
		},
	} {
		var buf bytes.Buffer
		if err := write(&buf); err != nil {
			t.Fatal(err)
		}
		out := strings.Join(strings.Fields(buf.String()), " ")
		if !strings.Contains(out, "forces Police ← “police”: not relevant to the kinds read") && !strings.Contains(out, "forces police ← “police”: not relevant to the kinds read") {
			t.Errorf("the account does not say the police were not taken:\n%s", buf.String())
		}
	}
}

// A kind read only in a purpose, and kept because no other words say what
// the activity does, says so in the account; a kind read in the task's own
// words does not, and a purpose beside such a kind is listed as not taken.
// A planner saw "rule of law" taken from "with a view to … promote rule of
// law" in one task and set aside as a purpose in the next, with nothing to
// say why.
func TestAccountSaysAKindWasKeptFromAPurpose(t *testing.T) {
	ws := model.New("")
	ws.Activities = []*model.Activity{
		draft("1", "1. Requests the Mission to assist the Government in building the capacity of its institutions, with a view to promoting the rule of law;"),
		draft("2", "2. Requests the Mission to support the reform of the judiciary, with a view to promoting the rule of law;"),
	}
	buf := textAccounts(t, ws)
	out := strings.Join(strings.Fields(buf.String()), " ")
	i := strings.Index(out, " 2 — ")
	if i < 0 {
		t.Fatalf("no account of 2:\n%s", buf.String())
	}
	first, second := out[:i], out[i:]
	const kept = "kinds: Justice and rule of law ← “rule of law” (read in a purpose, kept: no other words say what the activity does)"
	if !strings.Contains(first, kept) {
		t.Errorf("the account of 1 lacks %q:\n%s", kept, first)
	}
	if strings.Contains(second, "read in a purpose, kept") {
		t.Errorf("the account of 2, whose own words name its kind, says it was kept from a purpose:\n%s", second)
	}
}
