package ui

import (
	"slices"
	"testing"

	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/flow"
)

// A draft's answer read from its words whose question is asked only once
// another answer makes it relevant stays a suggestion to confirm: the force
// read from "the Police" became relevant with the first kind ticked and was
// counted as answered, so leaving the draft marked it reviewed with the
// force never confirmed.
func TestADraftsSuggestionAskedLaterStaysToConfirm(t *testing.T) {
	ws := policeDraftSheet()
	a := ws.Activities[0]
	m := newTestModel(t, ws, 80, 24)
	press(t, m, "e")
	requirePending(t, m, model.Implementer) // the force is not asked yet: no kind
	press(t, m, "enter")                    // the implementer confirmed
	// a kind that works on the forces makes the force asked
	if m.qs().Fact != model.Kinds {
		t.Fatalf("after the implementer the kinds are not asked: %v", m.qs().Fact)
	}
	want := slices.IndexFunc(flow.Choices(m.qs().Question), func(c flow.Choice) bool { return c.Value == "capacity-training" })
	for i := 0; i < 40 && m.qs().Cursor != want; i++ {
		if m.qs().Cursor < want {
			press(t, m, "down")
		} else {
			press(t, m, "up")
		}
	}
	press(t, m, "space", "enter")
	if !slices.Contains(m.qs().Pending, model.Forces) {
		t.Fatalf("the force read from the words is not a suggestion to confirm once asked: pending %v", m.qs().Pending)
	}
	press(t, m, "esc")
	if a.Status != model.StatusDraft {
		t.Errorf("left with the force unconfirmed, the draft is %q", a.Status)
	}
}

// policeDraftSheet holds one draft whose words name the police, the force
// asked only once a kind that works with forces is ticked.
func policeDraftSheet() *model.Worksheet {
	ws := model.New("")
	a := &model.Activity{ID: "adjustments", Title: "Adjustments to the force", Status: model.StatusDraft,
		Source: model.Source{Document: "S/RES/9001 (2031)", Ref: "3",
			Text: "Affirms that future adjustments to the force will be made by the national authorities in consultation with the Police"}}
	a.Facts.SetOne(model.Implementer, "mission")
	a.Facts.SetSet(model.Forces, []string{"police"})
	ws.Activities = append(ws.Activities, a)
	return ws
}
