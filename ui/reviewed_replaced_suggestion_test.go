package ui

import (
	"fmt"
	"testing"

	"github.com/pocssr/pocssr/model"
)

// A facilitator's walk found: a draft whose suggested answers the planner
// replaced with answers of their own (the only suggested kind unticked,
// another ticked), left with esc, said "all suggestions confirmed, 1
// questions open" (80 wide) and "every suggested answer is confirmed" (200
// wide). Nothing suggested was confirmed: leaving says the planner's
// answers replace the suggestions, in one wording at both widths, and
// counts one question in the singular.
func TestReviewedByReplacingTheSuggestionsSaysSo(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := imported2241(t, size[0], size[1])
			for range oneKindRow {
				press(t, m, "j")
			}
			// the mission itself suggested: national authorities with its
			// support chosen; deterrence suggested: unticked, mediation ticked
			press(t, m, "e", "2", "7", "1", "esc")
			a := m.sh.sheet.Worksheet().Activities[oneKindRow]
			if a.Status != model.StatusReviewed {
				t.Fatalf("the draft is %q, not reviewed", a.Status)
			}
			s := screenText(m)
			if containsFlat(s, "confirmed") || !containsFlat(s, "Reviewed: your answers replace the suggestions; 1 question open") &&
				!containsFlat(s, "no longer a draft, your answers replace the suggestions; 1 of 3 questions still open (not known)") {
				t.Fatalf("leaving does not say the suggestions were replaced:\n%s", s)
			}
			golden(t, m, size[0], size[1], "replace the suggestions")
		})
	}
}

// Where one suggestion was confirmed (the implementer, by enter) and the
// other replaced (the kind), leaving counts each as what it became.
func TestReviewedWithOneSuggestionReplacedCountsIt(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := atTheOneSuggestedKind(t, size[0], size[1])
			press(t, m, "7", "1", "esc")
			s := screenText(m)
			if containsFlat(s, "all suggestions confirmed") || !containsFlat(s, "1 suggestion confirmed, 1 replaced by your answer; 1 question open") &&
				!containsFlat(s, "1 suggestion confirmed, 1 replaced by your answer; 1 of 3 questions still open (not known)") {
				t.Fatalf("leaving does not count the replaced suggestion apart:\n%s", s)
			}
		})
	}
}
