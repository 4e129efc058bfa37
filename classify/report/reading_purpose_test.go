package report

import (
	"bytes"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/suggest"
	"github.com/pocssr/pocssr/model"
)

// A kind read only in a purpose, and kept because no other words say what
// the activity does, says so in the account; a kind read in the task's own
// words does not, and a purpose beside such a kind is listed as not taken.
// A planner saw "rule of law" taken from "with a view to … promote rule of
// law" in one task and set aside as a purpose in the next, with nothing to
// say why.
func TestAccountSaysAKindWasKeptFromAPurpose(t *testing.T) {
	draft := func(id, text string) *model.Activity {
		return &model.Activity{ID: id, Title: id, Status: model.StatusDraft,
			Source: model.Source{Document: "S/RES/1 (2031)", Ref: id, Text: text}}
	}
	ws := model.New("")
	ws.Activities = []*model.Activity{
		draft("1", "1. Requests the Mission to assist the Government in building the capacity of its institutions, with a view to promoting the rule of law;"),
		draft("2", "2. Requests the Mission to support the reform of the judiciary, with a view to promoting the rule of law;"),
	}
	rb := classify.Default()
	var buf bytes.Buffer
	if err := Write(&buf, rb, Text, []Sheet{{File: "plan.yaml", Worksheet: ws, Readings: suggest.DraftReader(rb)}}); err != nil {
		t.Fatal(err)
	}
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
