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

// notesDraft is a draft whose words name neither who acts nor a kind, nor
// anything else the questions ask.
func notesDraft() *model.Activity {
	return &model.Activity{ID: "7-notes", Title: "Notes the report", Status: model.StatusDraft,
		Source: model.Source{Document: "S/RES/1892 (2009)", Ref: "7", Text: "7. Takes note of the report;"}}
}

// nothingRead is what the review and the account say of notesDraft's words.
const nothingRead = "Nothing: no words of the source paragraph 7 suggest an answer to “Who carries out the activity?”, “What does the activity do?” or any other question; e asks them"

// A draft whose words suggest nothing says so in one statement, naming the
// questions of who acts and what it does, in the order of the list's
// facts, and the key that asks them: the review said "Nothing: no words
// match the cue lexicon. e answers the questions." and then again of each
// fact that none was read.
func TestReviewSaysNothingWasReadOnce(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {200, 60}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := newTestModel(t, sheetOf(notesDraft()), size[0], size[1])
			press(t, m, "R")
			if !containsFlat(screenText(m), nothingRead) {
				t.Errorf("the review lacks %q:\n%s", nothingRead, screenText(m))
			}
			refuseScreen(t, m, "cue lexicon", "none read")
			teatest.RequireEqualOutput(t, []byte(m.View()))
		})
	}
}

// The activity's account says of the facts its words read nothing of what
// the review says, with the account's key that asks them: it said nothing
// of them, and "Nothing: no words match the cue lexicon" of a draft whose
// words suggest nothing.
func TestAccountSaysWhatNoneWasReadOf(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {200, 60}} {
		t.Run(fmt.Sprintf("kind_%dx%d", size[0], size[1]), func(t *testing.T) {
			m := newTestModel(t, sheetOf(rightsDraft(t)), size[0], size[1])
			press(t, m, "enter", "G")
			if m.front != detailScreen || !containsFlat(screenText(m), noKindRead) {
				t.Errorf("the account does not say no kind was read:\n%s", screenText(m))
			}
			refuseScreen(t, m, "implementer: none read")
			teatest.RequireEqualOutput(t, []byte(m.View()))
		})
		t.Run(fmt.Sprintf("nothing_%dx%d", size[0], size[1]), func(t *testing.T) {
			m := newTestModel(t, sheetOf(notesDraft()), size[0], size[1])
			press(t, m, "enter", "G")
			if m.front != detailScreen || !containsFlat(screenText(m), nothingRead) {
				t.Errorf("the account lacks %q:\n%s", nothingRead, screenText(m))
			}
			refuseScreen(t, m, "cue lexicon", "none read")
			teatest.RequireEqualOutput(t, []byte(m.View()))
		})
	}
}
