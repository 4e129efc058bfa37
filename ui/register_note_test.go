package ui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
)

// longNote is a note of seven lines at 80 columns: as many as the register
// gives a note on a screen of 24 lines.
const longNote = "Units screened by the Human Rights Division with the host state's army; two commanders excluded after the joint review of March, " +
	"the rest cleared for joint patrols in the northern sector, with a second screening due before the rainy season and a report to the " +
	"Force Commander on each unit cleared, and the list shared with the host state and the Human Rights Division for the review of the " +
	"next quarter and of the rotation of the battalions in June"

// registerOfLongNote is the root model at w×h on the register of the case
// library's activity with the most risks, the first of which has note.
func registerOfLongNote(t *testing.T, w, h int, note string) *Model {
	t.Helper()
	ws := caseLibrary(t)
	rb := classify.Default()
	at, most := 0, 0
	for i, a := range ws.Activities {
		if n := len(rb.Classify(a).Risks); n > most {
			at, most = i, n
		}
	}
	a := ws.Activities[at]
	a.Register.Set(model.RegisterEntry{Risk: rb.Classify(a).Risks[0].Rule.ID, Status: model.Planned, Note: note})
	m := NewModel(rb, ws, true, nil, nil)
	m.Update(resize(w, h))
	for range at {
		press(t, m, "j")
	}
	press(t, m, "enter", "r")
	return m
}

// The register of one activity wraps a long note onto the lines free below
// the list and shows it to its end: where the rows wrapped whole left it no
// room, the note's end was cut off the screen's foot with no sign of it.
func TestRegisterShowsALongNoteWhole(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := registerOfLongNote(t, size[0], size[1], longNote)
			requireScreen(t, m, "What is being done about these risks?", "Note: Units screened", "battalions in June")
			if strings.Contains(screenText(m), "…\n") && size[0] == 200 {
				t.Errorf("the note is cut at 200 columns:\n%s", screenText(m))
			}
			golden(t, m, size[0], size[1], "battalions in June")
		})
	}
}

// A note longer than the lines the register gives it ends in "…".
func TestRegisterMarksANoteCutShort(t *testing.T) {
	m := registerOfLongNote(t, 80, 24, longNote+" "+longNote)
	lines := strings.Split(screenText(m), "\n")
	for i, l := range lines {
		if !strings.HasPrefix(l, "Note: ") {
			continue
		}
		last := strings.TrimRight(lines[i+6], " ")
		if !strings.HasPrefix(last, "      ") || !strings.HasSuffix(last, "…") {
			t.Errorf("the note's seventh line is %q, want it indented and ending in …:\n%s", last, screenText(m))
		}
		return
	}
	t.Errorf("no note under the list:\n%s", screenText(m))
}
