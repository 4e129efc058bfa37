package ui

import (
	"fmt"
	"os"
	"testing"

	"github.com/pocssr/pocssr/model"
)

// A save with a draft whose confirmed answers the file does not keep says
// so: those confirmations last for this session, and reviewing the draft
// keeps its answers. At 80 columns the line is cut with "… (?)", the help
// giving it whole. The save said nothing, and the next session showed the
// answers suggested again.
func TestSaveSaysConfirmationsLastForTheSession(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			wd, err := os.Getwd()
			if err != nil {
				t.Fatal(err)
			}
			t.Chdir(t.TempDir()) // the file is saved here, its name the same at every run
			ws := model.New("plan.yaml")
			ws.Activities = policeDraftSheet().Activities
			m := newTestModel(t, ws, size[0], size[1])
			m.sh.sheet.Confirm(ws.Activities[0], model.Implementer)
			press(t, m, "ctrl+s")
			whole := "Saved 1 activity to plan.yaml. The answers confirmed in 1 draft are confirmed for this session only; reviewing the draft keeps its answers."
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
