package ui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/model"
)

// draftWithCriticalOpen is the demo at w×h whose UNMISS activity, whose
// critical risk nothing is done about yet, is a draft, duplicated (c).
func draftWithCriticalOpen(t *testing.T, w, h int) *Model {
	t.Helper()
	ws := caseLibrary(t)
	at := -1
	for i, a := range ws.Activities {
		if strings.HasPrefix(a.Title, "UNMISS SSR support") {
			a.Status, at = model.StatusDraft, i
		}
	}
	if at < 0 {
		t.Fatal("the case library has no UNMISS SSR support")
	}
	m := newTestModel(t, ws, w, h)
	press(t, m, "home")
	for range at {
		press(t, m, "j")
	}
	press(t, m, "c")
	return m
}

// At 80 columns a duplicate of a draft with a critical risk still open read
// "[draft] [crit open]… (copy)": the marks took the whole column. Where the
// column is narrow the marks are short and some of the title shows; where it
// is wide they are whole.
func TestNarrowListKeepsTheTitleBesideItsMarks(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := draftWithCriticalOpen(t, size[0], size[1])
			if size[0] == 80 {
				requireScreen(t, m, "[d] [~crit] UNMISS SSR", "… (copy)")
				refuseScreen(t, m, "crit open]…")
			} else {
				requireScreen(t, m, "[draft] [~crit open] UNMISS SSR support")
			}
			golden(t, m, size[0], size[1], "u to undo")
		})
	}
}

// The help says what each mark means, in full and short.
func TestWorksheetHelpSaysWhatTheMarksMean(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := draftWithCriticalOpen(t, size[0], size[1])
			press(t, m, "?", "end", "up", "up", "up") // the glossary whole, its "~" long
			requireScreen(t, m, "Marks before a title", "[crit open] (or [crit]", "[draft] (or [d]")
			golden(t, m, size[0], size[1], "Marks before a title")
		})
	}
}
