package ui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/teatest"
)

// The restore dialog over `pocssr present` stands over the board as it is
// drawn at the window's width, under the title bar: at 200×60 the board
// behind it was cut to 120 columns, "…" ending every line, and drawn full
// width only once the dialog was answered.
func TestPresentRestoreDialogOverTheWholeBoard(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("present_restore_%dx%d", size[0], size[1]), func(t *testing.T) {
			tm := presentAskingToRestore(t, size)
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
