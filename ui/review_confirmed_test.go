package ui

import (
	"fmt"
	"path/filepath"
	"testing"

	"github.com/pocssr/pocssr/model"
)

// A suggestion confirmed in the review's edit of a draft that stays a draft
// is kept as an answer only: the worksheet has no mark of a confirmation, so
// a later run opening the draft shows it suggested again. Leaving the edit
// says so, on the status line as far as it holds and whole on the help, at
// 80×24 and 200×60 (it said only that the draft was skipped, and the
// confirmation was gone after a save and a reopening with no word of it).
func TestReviewSaysConfirmationsAreKeptAsAnswersOnly(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := newTestModel(t, model.New(""), size[0], size[1])
			importFile(t, m, resolution)
			d := m.draftReview().Draft()
			press(t, m, "e")
			requirePending(t, m, model.Implementer, model.Kinds)
			press(t, m, "enter") // the implementer confirmed, the kinds left suggested
			press(t, m, "esc")
			if d.Status != model.StatusDraft || m.front != reviewScreen {
				t.Fatalf("the draft is %q, the screen %d", d.Status, m.front)
			}
			requireScreen(t, m, "Skipped: 1 answer confirmed; accept the draft (a) so the file keeps it (?).")
			golden(t, m, size[0], size[1], "(?).")
			press(t, m, "?")
			if s := screenText(m); !containsFlat(s, "Edited, and skipped: it stays a draft, 1 suggested answer not confirmed yet. The 1 suggested answer you confirmed is kept as an answer, but the worksheet's file keeps no mark of a confirmation: opened from the file in a later run, the draft shows it as suggested (~) again, until it is accepted.") {
				t.Fatalf("the help does not give the note whole:\n%s", s)
			}
			press(t, m, "esc")

			// What it says is so: saved, and opened in a new run, the
			// draft shows the implementer suggested again.
			path := filepath.Join(t.TempDir(), "plan.json") // a YAML file keeps the confirmation
			if err := m.sh.sheet.Worksheet().Save(path, model.SaveOptions{}); err != nil {
				t.Fatal(err)
			}
			again := newTestModel(t, loadPlan(t, path), size[0], size[1])
			press(t, again, "R")
			if a := again.draftReview().Draft(); a == nil || a.ID != d.ID {
				t.Fatalf("the review in the new run opens on %v, not %s", a, d.ID)
			}
			press(t, again, "e")
			requirePending(t, again, model.Implementer, model.Kinds)
		})
	}
}

// Leaving a draft's questionnaire says what is kept in one wording at
// every width: at 80 columns it said "1 answer confirmed, not saved as
// confirmed until reviewed", confirmed and not confirmed at once, and at
// 200 "kept as an answer only; a later run shows it as suggested again".
// The help gives the whole note, which agrees: the confirmation lasts this
// run, a later one shows the answer suggested again.
func TestLeavingADraftSaysPlainlyWhatIsKeptAtEveryWidth(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := newTestModel(t, importedSheet(t, resolution), size[0], size[1])
			press(t, m, "e")
			requirePending(t, m, model.Implementer, model.Kinds)
			press(t, m, "enter", "esc")
			requireScreen(t, m, "Draft: 1 answer confirmed; accept the draft (R, a) so the file keeps it (?).")
			golden(t, m, size[0], size[1], "Draft: ")
			press(t, m, "?")
			if s := screenText(m); !containsFlat(s, "The 1 suggested answer you confirmed is kept as an answer, but the worksheet's file keeps no mark of a confirmation: opened from the file in a later run, the draft shows it as suggested (~) again, until it is accepted.") {
				t.Fatalf("the help does not give the note whole:\n%s", s)
			}
		})
	}
}

// Leaving a draft's questionnaire from the worksheet, with a suggestion
// confirmed and another left, says the same: the confirmation is kept as an
// answer only.
func TestLeavingADraftSaysConfirmationsAreKeptAsAnswersOnly(t *testing.T) {
	m := newTestModel(t, importedSheet(t, resolution), 120, 40)
	press(t, m, "e")
	if m.front != questionnaireScreen {
		t.Fatalf("e opened screen %d", m.front)
	}
	requirePending(t, m, model.Implementer, model.Kinds)
	press(t, m, "enter", "esc")
	requireScreen(t, m, "Draft: 1 answer confirmed; accept the draft (R, a) so the file keeps it (?).")
}
