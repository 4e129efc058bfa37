package report

import (
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/sample"
	"github.com/pocssr/pocssr/model"
)

// A text report writes the lines that are the rulebook's alone from a memo:
// each activity's account is byte for byte the account written without one,
// whether its lines were wrapped for it or for an activity before it, with
// and without a register (which adds lines of the activity's own to a
// risk's); and the memo holds no more lines than the rulebook can make, so
// no line of an activity's own was taken for a fixed one.
func TestWrapMemoWritesAccountsAsWritten(t *testing.T) {
	rb := classify.Default()
	ws := sample.Worksheet(rb, 1500, 5)
	for i, a := range ws.Activities {
		if i%3 == 0 {
			for _, k := range rb.Classify(a).Risks {
				a.Register = append(a.Register, model.RegisterEntry{Risk: k.Rule.ID, Status: model.MitigationStatuses[i%4],
					Owner: "Human Rights Division", Due: "2026-03-31", Note: "Units screened"})
			}
		}
		if i%5 == 0 {
			a.Notes = "Seen by the “working group” — twice"
		}
	}
	memo := &wrapMemo{lines: map[string]string{}}
	for _, a := range ws.Activities {
		r := rb.ClassifyOn(a, "2026-06-01")
		var with, without strings.Builder
		writeAccount(&with, r.ID, &r, NewAccount(rb, a, &r), textWidth, memo)
		writeAccount(&without, r.ID, &r, NewAccount(rb, a, &r), textWidth, nil)
		if with.String() != without.String() {
			t.Fatalf("%s: with the memo\n%s\nwithout\n%s", a.ID, with.String(), without.String())
		}
	}
	// A risk's head line at each severity and its four lines of the
	// rulebook, each question, and what four sections say when empty.
	bound := len(rb.Risks)*(len(classify.Severities)+4) + len(rb.Questions) + 5
	if n := len(memo.lines); n == 0 || n > bound {
		t.Errorf("the memo holds %d lines; the rulebook makes at most %d", n, bound)
	}
}

// The text report writes each account straight from its activity and its
// result: byte for byte the Account NewAccount makes, written by
// writeAccount, for activities of every shape (a register with stale
// entries and an HRDDP review, notes, a description of several paragraphs,
// a source with its text, a status, no id), the rulebook's words made once
// for all of them.
func TestActivityAccountIsNewAccountWritten(t *testing.T) {
	rb := classify.Default()
	ws := sample.Worksheet(rb, 1500, 7)
	for i, a := range ws.Activities {
		if i%3 == 0 {
			for _, k := range rb.Classify(a).Risks {
				a.Register = append(a.Register, model.RegisterEntry{Risk: k.Rule.ID, Status: model.MitigationStatuses[i%4],
					Owner: "Human Rights Division", Due: "2026-03-31", Note: "Units screened"})
			}
			a.HRDDPReview = "2026-01-31"
		}
		if i%7 == 0 {
			// An entry for a risk that may not fire: kept, and stale.
			a.Register = append(a.Register, model.RegisterEntry{Risk: rb.Risks[i%len(rb.Risks)].ID, Status: model.NotNeeded, Note: "Not armed"})
		}
		if i%5 == 0 {
			a.Notes = "Seen by the “working group” — twice"
		}
		if i%4 == 1 {
			a.Description = "First paragraph, long enough to be wrapped at the report's width of eighty columns.\n\n  Second\tone  "
		}
		switch i % 6 {
		case 1:
			a.Status = model.StatusDraft
			a.Source = model.Source{Document: "S/RES/2409 (2018)", Ref: "29(i)(a)", Text: "Requests the Mission to protect civilians"}
		case 2:
			a.Status = model.StatusReviewed
			a.Source = model.Source{Document: "Case library"}
		case 3:
			a.ID = ""
		}
	}
	memo := &wrapMemo{lines: map[string]string{}}
	words := newRuleWords()
	var all strings.Builder
	for _, a := range ws.Activities {
		r := rb.ClassifyOn(a, "2026-06-01")
		var streamed, made strings.Builder
		writeActivityAccount(&streamed, rb, a, &r, textWidth, memo, words)
		writeAccount(&made, r.ID, &r, NewAccount(rb, a, &r), textWidth, nil)
		if streamed.String() != made.String() {
			t.Fatalf("%s: written from the result\n%s\nfrom its Account\n%s", a.ID, streamed.String(), made.String())
		}
		all.WriteString(streamed.String())
	}
	for _, want := range []string{"Stale: ", "HRDDP review: ", "Source text:", "Notes:", "status: draft · source:", "Register: ", "Recommendations: ", "None found with", "Open questions (0)"} {
		if !strings.Contains(all.String(), want) {
			t.Errorf("no account says %q", want)
		}
	}
}
