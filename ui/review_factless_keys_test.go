package ui

import (
	"fmt"
	"strings"
	"testing"
)

// The question a asks of a draft with no fact known keeps the review's
// other keys on its line, or ends it with "… ? keys": at 80×24, on the
// drafts of S/RES/1812 (2008) and S/RES/1925 (2010) imported into one
// worksheet, the line read "No fact known: [a] accept, all unknown [e]
// answer [s] skip [l] left out …", [x] discard and [esc] stop gone with no
// sign. Both still act there: x discards the draft asked of, esc stops.
func TestReviewFactlessQuestionKeepsItsKeys(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			asked := func() *Model {
				m := importedInTurn(t, size[0], size[1], mandate1812, resolution)
				// The drafts with facts are accepted until one has none.
				press(t, m, "R")
				for i := 0; i < 60 && !factlessAsked(m); i++ {
					press(t, m, "a")
				}
				if !factlessAsked(m) {
					t.Fatalf("a asks nothing of any draft:\n%s", screenText(m))
				}
				return m
			}
			m := asked()
			lines := strings.Split(screenText(m), "\n")
			keys := ""
			for _, l := range lines {
				if strings.Contains(l, "No fact") {
					keys = strings.TrimRight(l, " ")
				}
			}
			for _, k := range []string{"[a] ", "[e] ", "[s] ", "[x] ", "[esc] "} {
				if !strings.Contains(keys, k) && !strings.HasSuffix(keys, "… ? keys") {
					t.Errorf("the key line lacks %s and says nothing gave way: %q", k, keys)
				}
			}
			if size[0] == 200 && strings.Contains(keys, "…") {
				t.Errorf("at 200 columns keys gave way: %q", keys)
			}
			golden(t, m, size[0], size[1], "No fact")

			m = asked()
			draft, n := m.draftReview().Draft(), m.sh.sheet.Len()
			press(t, m, "x")
			if m.sh.sheet.Index(draft) >= 0 || m.sh.sheet.Len() != n-1 || m.front != reviewScreen {
				t.Fatalf("x on the question left the draft in the worksheet (%d of %d activities), the review in front %v", m.sh.sheet.Len(), n, m.front == reviewScreen)
			}

			m = asked()
			press(t, m, "esc")
			if m.front == reviewScreen {
				t.Fatalf("esc on the question did not stop the review:\n%s", screenText(m))
			}
		})
	}
}
