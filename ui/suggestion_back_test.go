package ui

import (
	"slices"
	"testing"

	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/flow"
	"github.com/pocssr/pocssr/ui/questionnaire"
)

// A suggestion withdrawn because an answer made its question irrelevant
// comes back, marked to confirm as when it was first offered, once its
// question is asked again, and the note says so: a kind ticked again asks
// which forces, and the words still say the police. (It stayed withdrawn:
// the forces were asked with no answer, and nothing said why.)
func TestWithdrawnSuggestionComesBackWhenAskedAgain(t *testing.T) {
	a := activity(t, "Police reform", "implementer", "partner")
	a.Description = policeReform
	m := newTestModel(t, sheetOf(a), 120, 40)
	press(t, m, "e", "left", "left")
	if m.qs().Stage != questionnaire.Describing {
		t.Fatal("not on the description")
	}
	press(t, m, "tab", "tab", "right")
	requireAsking(t, m, model.Kinds)
	requirePending(t, m, model.Kinds, model.Forces, model.Accountability)
	police := a.Facts[model.Forces]
	if !police.Known {
		t.Fatal("the words suggested no forces")
	}
	press(t, m, "0") // no kind known: the forces are no longer asked
	requirePending(t, m)
	if a.Facts.Known(model.Forces) {
		t.Fatalf("the withdrawn suggestion stayed: %v", a.Facts[model.Forces])
	}
	press(t, m, "left")
	requireAsking(t, m, model.Kinds)
	press(t, m, "D") // human rights training ticked: the forces are asked again
	if !a.Facts.Known(model.Kinds) {
		t.Fatalf("D ticked no kind: %v", a.Facts[model.Kinds])
	}
	if got := a.Facts[model.Forces]; !got.Known || got.One != police.One || !slices.Equal(got.Set, police.Set) {
		t.Errorf("the forces asked again hold %v, want the words' suggestion %v", got, police)
	}
	if !slices.Contains(m.qs().Pending, model.Forces) {
		t.Errorf("the forces' suggestion is not marked to confirm: pending %v", m.qs().Pending)
	}
	if a.Status != model.StatusDraft {
		t.Errorf("status %q with a suggestion to confirm", a.Status)
	}
	requireScreen(t, m, "suggested again from the words (~, to confirm): ")
	press(t, m, "enter") // on to the forces, marked as when first offered
	requireAsking(t, m, model.Forces)
	requireScreen(t, m, "~ suggested from")
}

// On a draft too: the force its words name, withdrawn when the kind that
// asks it is unticked, is a suggestion to confirm again once the kind is
// ticked again, with the words' value, and the draft stays a draft.
func TestADraftsWithdrawnSuggestionComesBack(t *testing.T) {
	ws := policeDraftSheet()
	a := ws.Activities[0]
	m := newTestModel(t, ws, 80, 24)
	press(t, m, "e", "enter") // the implementer confirmed; on to the kinds
	requireAsking(t, m, model.Kinds)
	want := slices.IndexFunc(flow.Choices(m.qs().Question), func(c flow.Choice) bool { return c.Value == "capacity-training" })
	for i := 0; i < 40 && m.qs().Cursor != want; i++ {
		press(t, m, "down")
	}
	for i, pending := range []bool{true, false, true} { // ticked, unticked, ticked again
		press(t, m, "space")
		if got := slices.Contains(m.qs().Pending, model.Forces); got != pending {
			t.Fatalf("space %d: the force a suggestion to confirm: %v, want %v (facts %v)", i+1, got, pending, a.Facts[model.Forces])
		}
		if got := a.Facts.Has(model.Forces, "police"); got != pending {
			t.Fatalf("space %d: the force holds %v", i+1, a.Facts[model.Forces])
		}
	}
	press(t, m, "esc")
	if a.Status != model.StatusDraft {
		t.Errorf("left with the force unconfirmed, the draft is %q", a.Status)
	}
}
