package ui

import (
	"fmt"
	"testing"
	"time"

	"github.com/charmbracelet/x/exp/teatest"
	"github.com/pocssr/pocssr/classify"
)

// The presentation hides the chrome, and with it the status line: after
// `pocssr present` restored an autosave, "Restored 22 activities from the
// autosave; ctrl+s saves them." was said only on the help. The board says
// it on its key line, cut with "(?)" where it does not fit, "? keys" beside.
func TestPresentSaysTheRestoredAutosave(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {200, 60}} {
		t.Run(fmt.Sprintf("present_restored_%dx%d", size[0], size[1]), func(t *testing.T) {
			tm := presentAskingToRestore(t, size)
			sendKeys(tm, "r")
			waitText(t, tm, "Restored")
			_, view := finalScreen(t, tm)
			teatest.RequireEqualOutput(t, []byte(view))
			if !containsFlat(view, "Restored 22 activities from") || !containsFlat(view, "? keys") {
				t.Fatalf("the board does not say the restored autosave:\n%s", view)
			}
		})
	}
}

// presentAskingToRestore is `pocssr present` on the case library at size,
// started after a session that ended with unsaved work: it asks whether to
// restore it.
func presentAskingToRestore(t *testing.T, size [2]int) *teatest.TestModel {
	t.Helper()
	isolateState(t)
	endedSession(t, "", time.Date(2025, 3, 1, 9, 0, 0, 0, time.UTC), caseLibrary(t).Activities[1:]...)
	rec, found, _ := startTestRecovery(t, "")
	m := NewModel(classify.Default(), caseLibrary(t), true, rec, found)
	m.startedIn = testStartedIn
	m.Present()
	tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(size[0], size[1]))
	waitText(t, tm, "Restore unsaved work?")
	return tm
}
