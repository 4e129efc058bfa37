package ui

import (
	"fmt"
	"testing"

	"github.com/charmbracelet/x/exp/teatest"
	"github.com/pocssr/pocssr/model"
)

// rightsDraft is the draft the import of S/RES/1892 (2009) makes of ¶19
// ("to continue to promote and protect the rights of women and children"):
// the mission suggested as its implementer, and no kind.
func rightsDraft(t testing.TB) *model.Activity {
	t.Helper()
	for _, a := range importedSheet(t, mandate1892).Activities {
		if a.Source.Ref == "19" {
			if a.Facts.Known(model.Kinds) || !a.Facts.Known(model.Implementer) {
				t.Fatalf("¶19 holds %v: the case tests little", a.Facts)
			}
			return a
		}
	}
	t.Fatal("the import made no draft of ¶19")
	return nil
}

// noKindRead is what the review says of ¶19's kinds, read from nothing.
const noKindRead = "kinds: none read — no words of the source paragraph 19 answer “What does the activity do?”; e asks it"

// The review of a draft whose words suggest no kind says so in the list of
// what they suggested, with the question and the key that asks it: the
// verdict read "Not yet determined" and the list named the implementer
// alone, as though the kinds had not been looked for.
func TestReviewSaysNoKindWasRead(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {200, 60}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := newTestModel(t, sheetOf(rightsDraft(t)), size[0], size[1])
			press(t, m, "R")
			requireScreen(t, m, "Suggested by the words of the source paragraph 19 (~)", "~ implementer: the mission itself")
			if !containsFlat(screenText(m), noKindRead) {
				t.Errorf("the review does not say no kind was read:\n%s", screenText(m))
			}
			refuseScreen(t, m, "implementer: none read")
			teatest.RequireEqualOutput(t, []byte(m.View()))
		})
	}
}

// Where the planner has answered the kinds, the words are no longer
// waited on: the review says nothing of what they did not suggest.
func TestReviewSaysNothingOfAKindAnswered(t *testing.T) {
	a := rightsDraft(t)
	a.Facts.SetSet(model.Kinds, []string{"rights-training"})
	m := newTestModel(t, sheetOf(a), 200, 60)
	press(t, m, "R")
	requireScreen(t, m, "Answered since", "kinds: human rights and IHL training")
	refuseScreen(t, m, "none read")
}

// A draft whose words name neither who acts nor a kind says both were read
// from nothing, in the order of the list's facts.
func TestReviewSaysNoImplementerWasRead(t *testing.T) {
	a := &model.Activity{ID: "7-notes", Title: "Notes the report", Status: model.StatusDraft,
		Source: model.Source{Document: "S/RES/1892 (2009)", Ref: "7", Text: "7. Takes note of the report;"}}
	m := newTestModel(t, sheetOf(a), 200, 60)
	press(t, m, "R")
	for _, want := range []string{
		"implementer: none read — no words of the source paragraph 7 answer “Who carries out the activity?”; e asks it",
		"kinds: none read — no words of the source paragraph 7 answer “What does the activity do?”; e asks it",
	} {
		if !containsFlat(screenText(m), want) {
			t.Errorf("the review lacks %q:\n%s", want, screenText(m))
		}
	}
}
