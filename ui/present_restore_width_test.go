package ui

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/teatest"
	"github.com/pocssr/pocssr/classify"
)

// The restore dialog over `pocssr present` stands over the board as it is
// drawn at the window's width, under the title bar: at 200×60 the board
// behind it was cut to 120 columns, "…" ending every line, and drawn full
// width only once the dialog was answered.
func TestPresentRestoreDialogOverTheWholeBoard(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("present_restore_%dx%d", size[0], size[1]), func(t *testing.T) {
			isolateState(t)
			endedSession(t, "", time.Date(2025, 3, 1, 9, 0, 0, 0, time.UTC), caseLibrary(t).Activities[1:]...)
			rec, found, _ := startTestRecovery(t, "")
			m := NewModel(classify.Default(), caseLibrary(t), true, rec, found)
			m.startedIn = testStartedIn
			m.Present()
			tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(size[0], size[1]))
			waitText(t, tm, "Restore unsaved work?")
			m, view := finalScreen(t, tm)
			teatest.RequireEqualOutput(t, []byte(view))
			behind := strings.Split(ansi.Strip(view), "\n")
			press(t, m, "esc") // decide later: the board alone
			board := strings.Split(screenText(m), "\n")
			// Under the title bar, each row beside the dialog is the board's.
			for i, row := range behind[1 : m.bodyHeight()+1] {
				if !strings.ContainsAny(row, "╔║╚") && row != board[i] {
					t.Fatalf("line %d behind the dialog is not the board's:\n%q\n%q\n%s", i+2, row, board[i], ansi.Strip(view))
				}
			}
			requireScreen(t, m, "Both readings")
		})
	}
}
