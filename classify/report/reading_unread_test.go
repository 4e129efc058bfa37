package report

import (
	"bytes"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/suggest"
	"github.com/pocssr/pocssr/model"
)

// A draft whose words gave one of the two first answers but not the other
// says which is missing and what waits on it, in the text account: a kind
// without who carries it out, who carries it out without a kind. A draft
// whose words gave both says neither.
func TestAccountSaysWhichFirstAnswerWasNotRead(t *testing.T) {
	draft := func(id, text string) *model.Activity {
		return &model.Activity{ID: id, Title: id, Status: model.StatusDraft,
			Source: model.Source{Document: "S/RES/1 (2031)", Ref: id, Text: text}}
	}
	ws := model.New("")
	ws.Activities = []*model.Activity{
		draft("1", "1. Patrols in the camps at night;"),
		draft("2", "2. Requests the Mission to coordinate the agencies of the United Nations;"),
		draft("3", "3. Requests the Mission to patrol the camps at night;"),
	}
	rb := classify.Default()
	var buf bytes.Buffer
	if err := Write(&buf, rb, Text, []Sheet{{File: "plan.yaml", Worksheet: ws, Readings: suggest.DraftReader(rb)}}); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	accounts := map[string]string{}
	for _, id := range []string{"1", "2", "3"} {
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
	for id, want := range map[string]string{"1": NoImplementerReadLabel + ": " + NoImplementerRead, "2": NoKindReadLabel + ": " + NoKindRead} {
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
