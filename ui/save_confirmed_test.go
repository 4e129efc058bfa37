package ui

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
)

// A save to a JSON file with a draft whose confirmed answers the file does
// not keep says so: those confirmations last for this session, and
// reviewing the draft keeps its answers. At 80 columns the line is cut with
// "… (?)", the help giving it whole. The save said nothing, and the next
// session showed the answers suggested again.
func TestSaveSaysConfirmationsLastForTheSession(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			wd, err := os.Getwd()
			if err != nil {
				t.Fatal(err)
			}
			t.Chdir(t.TempDir()) // the file is saved here, its name the same at every run
			ws := model.New("plan.json")
			ws.Activities = policeDraftSheet().Activities
			m := newTestModel(t, ws, size[0], size[1])
			m.sh.sheet.Confirm(ws.Activities[0], model.Implementer)
			press(t, m, "ctrl+s")
			whole := "Saved 1 activity to plan.json. The answers confirmed in 1 draft are confirmed for this session only; reviewing the draft keeps its answers."
			if got := m.statusWhole(); got != whole {
				t.Errorf("the save says %q, want %q", got, whole)
			}
			if err := os.Chdir(wd); err != nil { // for the golden
				t.Fatal(err)
			}
			golden(t, m, size[0], size[1], "Saved 1 activity")
		})
	}
}

// A YAML file keeps the answers confirmed on a draft, as a comment above its
// status: the save says nothing of them, the file names them, the program
// opening the file again shows them confirmed (no "~"), and a briefing of
// the file agrees with the one of the session (a walk found the exported
// briefing calling an answer confirmed that the file had lost).
func TestYAMLFileKeepsTheConfirmedAnswers(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			t.Chdir(t.TempDir())
			ws := model.New("plan.yaml")
			ws.Activities = policeDraftSheet().Activities
			m := newTestModel(t, ws, size[0], size[1])
			m.sh.sheet.Confirm(ws.Activities[0], model.Implementer)
			press(t, m, "ctrl+s")
			if got, want := m.statusWhole(), "Saved 1 activity to plan.yaml."; got != want {
				t.Errorf("the save says %q, want %q", got, want)
			}
			data, err := os.ReadFile("plan.yaml")
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(string(data), "# confirmed by the planner: implementer\n    status: draft") {
				t.Fatalf("the file does not keep the confirmation:\n%s", data)
			}
			again, err := model.Load("plan.yaml", classify.Default().Vocabulary())
			if err != nil {
				t.Fatal(err)
			}
			m2 := newTestModel(t, again, size[0], size[1])
			a := again.Activities[0]
			if !m2.sh.sheet.Confirmed(a, model.Implementer) {
				t.Fatal("the answer confirmed is not confirmed in the session that opens the file")
			}
			if m2.sh.sheet.Confirmed(a, model.Forces) {
				t.Fatal("an answer never confirmed reads as confirmed")
			}
			if a.Confirmed != nil {
				t.Fatalf("the session left the activity holding %v: the sheet keeps them", a.Confirmed)
			}
			// The reports of the file read it so too: ui/cli's
			// TestReportsReadTheConfirmedAnswersOfAFile.
		})
	}
}
