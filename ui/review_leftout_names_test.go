package ui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/model"
)

// A worksheet of S/RES/1590 (2005), UNMIS, into which S/RES/1702 (2006),
// MINUSTAH, was imported: the review's l counts the paragraphs left out of
// the draft's mandate, and names it, as the list's references do ("1590·…"):
// the count went from "(8)" to "(7+1)" as the review moved from one
// mandate's drafts to the other's, without saying whose it was. The help
// names the mandate whole.
func TestReviewLeftOutCountNamesItsMandate(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := newTestModel(t, model.New(""), size[0], size[1])
			importFile(t, m, mandate1590)
			press(t, m, "esc")
			importOfAnotherMission(t, m, mandate1702)
			reviewDraftOf(t, m, "S/RES/1702 (2006)")
			if k := reviewKeyLine(m); !strings.Contains(k, "[l] left out of 1702 (") {
				t.Fatalf("on a draft of 1702 the line of keys does not name 1702: %q", k)
			}
			reviewDraftOf(t, m, "S/RES/1590 (2005)")
			press(t, m, "x")
			reviewDraftOf(t, m, "S/RES/1590 (2005)")
			k := reviewKeyLine(m)
			if !strings.Contains(k, "[l] left out of 1590 (") || !strings.Contains(k, "+1") && !strings.Contains(k, "discarded in this run (1)") {
				t.Fatalf("on a draft of 1590, one of its drafts discarded, the line of keys does not name 1590: %q", k)
			}
			golden(t, m, size[0], size[1], "left out of 1590")
			press(t, m, "?")
			// The help may give the draft's title whole first (its "(?)").
			const names = "left-out paragraphs of 1590 (S/RES/1590 (2005)), the draft's mandate, and why; the line of keys counts them:"
			for i := 0; i < 60 && !containsFlat(screenText(m), names); i++ {
				press(t, m, "j")
			}
			if s := screenText(m); !containsFlat(s, names) {
				t.Fatalf("the help does not name the mandate the line of keys counts:\n%s", s)
			}
			press(t, m, "esc")
			press(t, m, "l")
			requireScreen(t, m, "Left out of S/RES/1590 (2005)", "1590·")
		})
	}
}
