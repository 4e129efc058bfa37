package ui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/teatest"
	"github.com/pocssr/pocssr/model"
)

// monitorDraft is the draft an import makes of S/RES/1990 (2011) ¶2(a):
// the words suggest the mission itself, and the army and police of "Sudan
// Armed Forces" and "Abyei Police Service"; with no kind read, the forces
// question is not asked.
func monitorDraft(t testing.TB) *model.Activity {
	a := activity(t, "Monitor and verify the redeployment", "implementer", "mission", "forces", "army,police")
	a.Description = "2. Decides that UNISFA shall have the following mandate, in addition to tasks set out in paragraph 3:"
	a.Source = model.Source{Document: "S/RES/1990 (2011)", Ref: "2(a)",
		Text: "(a) Monitor and verify the redeployment of any Sudan Armed Forces, Sudan People's Liberation Army or its successor, " +
			"from the Abyei Area as defined by the Permanent Court of Arbitration; henceforth, the Abyei Area shall be " +
			"demilitarized from any forces other than UNISFA and the Abyei Police Service,"}
	a.Status = model.StatusDraft
	return a
}

// The review of drafts marks every answer only the words suggest alike,
// forces too where no question asks it yet, and its legend says what a
// line without the mark is: the implementer read "~", the forces under it
// did not.
func TestReviewMarksEverySuggestedAnswer(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {200, 60}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			a := monitorDraft(t)
			m := newTestModel(t, sheetOf(a), size[0], size[1])
			press(t, m, "R")
			s := screenText(m)
			for _, want := range []string{"~ implementer: the mission itself", "~ forces: army", "~ forces: police"} {
				if !strings.Contains(s, want) {
					t.Errorf("the review lacks %q:\n%s", want, s)
				}
			}
			teatest.RequireEqualOutput(t, []byte(m.View()))
		})
	}
}

// The legend under the words' heading says what a line without "~" is,
// where some line has none: the implementer confirmed in the
// questionnaire, the forces still only suggested.
func TestWordsLegendSaysWhatAnUnmarkedLineIs(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {200, 60}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			a := monitorDraft(t)
			a.Source.Text = "(a) Monitor the Abyei Police Service,"
			a.Facts.SetSet(model.Forces, []string{"police"})
			a.Facts.SetSet(model.Kinds, []string{"capacity-training"}) // forces asked
			m := newTestModel(t, sheetOf(a), size[0], size[1])
			press(t, m, "e", "enter", "esc") // the implementer confirmed, the forces left
			press(t, m, "R")
			requireScreen(t, m, "    implementer: the mission itself", "~ forces: police")
			if !containsFlat(screenText(m), "~ suggested, not yet confirmed; a line without ~ is an answer confirmed or changed since") {
				t.Errorf("no legend:\n%s", screenText(m))
			}
			teatest.RequireEqualOutput(t, []byte(m.View()))
		})
	}
}

// Accepting a draft whose forces only its words suggest, on a question
// not asked (no kind yet), does not make them the planner's: they are
// dropped, the status line says so, and what would place the draft, which
// is reviewed with no tier; the heading counts it reviewed; u brings the
// forces back, a draft again.
func TestAcceptDropsWhatNoQuestionAsks(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {200, 60}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			a, b := monitorDraft(t), activity(t, "Patrols", "implementer", "mission", "kinds", "deterrence")
			b.Status = model.StatusDraft
			m := newTestModel(t, sheetOf(a, b), size[0], size[1])
			press(t, m, "R", "a")
			if a.Status != model.StatusReviewed || a.Facts.Known(model.Forces) {
				t.Fatalf("accepted: status %s, forces known %v", a.Status, a.Facts.Known(model.Forces))
			}
			requireScreen(t, m, "1 reviewed", "Accepted")
			s := flat(screenText(m))
			for _, want := range []string{"no tier or agenda yet", "forces"} {
				if !strings.Contains(s, want) {
					t.Errorf("the status line lacks %q:\n%s", want, screenText(m))
				}
			}
			if size[0] == 200 && !strings.Contains(s, "dropped forces, only suggested") {
				t.Errorf("the status line does not name the forces dropped:\n%s", screenText(m))
			}
			if full := m.statusFull; !strings.Contains(full, "dropped forces: army and police, which only its words suggested and no question asks now") ||
				!strings.Contains(full, "“What does the activity do?” would place it") {
				t.Errorf("the status line's whole text (?) is %q", full)
			}
			teatest.RequireEqualOutput(t, []byte(m.View()))
			press(t, m, "u")
			if a.Status != model.StatusDraft || !a.Facts.Has(model.Forces, "police") {
				t.Fatalf("undone: status %s, forces %v", a.Status, a.Facts[model.Forces])
			}
		})
	}
}

// Reviewing a draft in the questionnaire, the planner saying it is early
// warning (no forces asked), does not keep the forces its words suggested:
// the account states no force, the status line says they were dropped, and
// u brings them back.
func TestQuestionnaireReviewDropsWhatNoQuestionAsks(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {200, 60}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			a := monitorDraft(t)
			m := newTestModel(t, sheetOf(a), size[0], size[1])
			press(t, m, "e", "enter") // the implementer confirmed
			requireScreen(t, m, "What does the activity do?")
			press(t, m, "9", "enter", "esc") // early warning
			if a.Status != model.StatusReviewed || a.Facts.Known(model.Forces) {
				t.Fatalf("reviewed: status %s, forces %v", a.Status, a.Facts[model.Forces])
			}
			requireScreen(t, m, "Reviewed")
			teatest.RequireEqualOutput(t, []byte(m.View()))
			press(t, m, "enter")
			refuseScreen(t, m, "forces: army and police")
			press(t, m, "esc", "u")
			if !a.Facts.Has(model.Forces, "army") {
				t.Fatalf("undone: forces %v", a.Facts[model.Forces])
			}
		})
	}
}
