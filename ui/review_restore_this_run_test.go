package ui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
)

// A paragraph discarded in this run and brought back by r is said to be
// "discarded in this run", as its mark on the list said a moment before:
// the note said "discarded earlier", the words the key keeps for those a
// replace kept out. Where the line cannot hold it, the help has it whole.
func TestRestoreSaysTheParagraphWasDiscardedInThisRun(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := NewModel(classify.Default(), model.New(""), false, nil, nil)
			m.Update(resize(size[0], size[1]))
			importFile(t, m, resolution)
			ref := m.draftReview().Draft().Source.Ref
			press(t, m, "x", "l")
			mark := "> " + ref + " [discarded] in this run"
			for i := 0; i < 40 && !strings.Contains(screenText(m), mark); i++ {
				press(t, m, "down")
			}
			requireScreen(t, m, mark)
			press(t, m, "r")
			whole := "Paragraph " + ref + ", discarded in this run, brought back as a draft; u takes it out again."
			if size[0] == 80 {
				requireScreen(t, m, "Paragraph "+ref+" brought back as a draft; u takes it out again. · in full (?)")
			} else {
				requireScreen(t, m, whole)
			}
			golden(t, m, size[0], size[1], "brought back")
			press(t, m, "?")
			if s := screenText(m); !containsFlat(s, whole) || containsFlat(s, "Paragraph "+ref+", discarded earlier") {
				t.Fatalf("the help does not say the paragraph was discarded in this run:\n%s", s)
			}
		})
	}
}
