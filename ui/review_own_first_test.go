package ui

import (
	"fmt"
	"testing"

	"github.com/pocssr/pocssr/model"
)

// A planner imports S/RES/2205 (2015) and then S/RES/2243 (2015) (both of
// the tuned part of the corpus) into one worksheet.
const (
	mandate2205 = "../classify/suggest/testdata/corpus/resolutions/S-RES-2205-2015.txt"
	mandate2243 = "../classify/suggest/testdata/corpus/resolutions/S-RES-2243-2015.txt"
)

// twoImportsReview is the root model on the review the import of S/RES/2243
// opens, S/RES/2205 imported before it.
func twoImportsReview(t *testing.T, w, h int) *Model {
	t.Helper()
	m := importedInTurn(t, w, h, mandate2205)
	importOfAnotherMission(t, m, mandate2243)
	if m.front != reviewScreen {
		t.Fatal("the import did not open the review")
	}
	return m
}

// The review after the second import begins with its own drafts and goes
// through every draft of the mission's own, those of the first document
// too, before any asked of others, as its heading says ("asked of others,
// last"): it went on from the imported document's drafts to those asked
// of others, and came round to 2205·1 and 2205·28 after all eleven.
func TestReviewTakesEveryOwnDraftBeforeThoseOfOthers(t *testing.T) {
	m := twoImportsReview(t, 200, 60)
	if a := m.draftReview().Draft(); a == nil || a.Source.Document != "S/RES/2243 (2015)" {
		t.Fatalf("the review began at %v, not with the imported document", a)
	}
	requireScreen(t, m, "by others, reviewed last")
	var order []string
	var own, others int
	seen := map[*model.Activity]bool{}
	var last *model.Activity
	for i := 0; i < 100 && m.front == reviewScreen; i++ {
		a := m.draftReview().Draft()
		if a == last {
			// A draft of no fact known: a asks once, a again accepts it.
			press(t, m, "a")
			continue
		}
		if a == nil || seen[a] {
			t.Fatalf("the review showed %v again after %v", a, order)
		}
		last = a
		seen[a] = true
		ref := m.sh.sheet.Ref(a)
		if m.sh.sheet.Verdict(a).Others {
			others++
			ref += " (others)"
		} else {
			if others > 0 {
				t.Fatalf("%s, the mission's own, came after %d asked of others: %v", ref, others, order)
			}
			own++
		}
		order = append(order, ref)
		press(t, m, "a")
	}
	if others != 14 || own == 0 {
		t.Fatalf("the review showed %d of the mission's own and %d asked of others: %v", own, others, order)
	}
}

// The first draft asked of others comes once none of the mission's own is
// left: the heading counts the eleven of others among what is left.
func TestReviewReachesOthersWhenNoOwnIsLeft(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := twoImportsReview(t, size[0], size[1])
			// a, and a again on a draft of no fact known.
			for i := 0; i < 200 && m.front == reviewScreen && !m.sh.sheet.Verdict(m.draftReview().Draft()).Others; i++ {
				press(t, m, "a")
			}
			if m.front != reviewScreen {
				t.Fatal("the review ended before any draft asked of others")
			}
			for _, a := range m.sh.sheet.Worksheet().Activities {
				if a.Status == model.StatusDraft && !m.sh.sheet.Verdict(a).Others {
					t.Fatalf("%s, the mission's own, is left for after those asked of others", m.sh.sheet.Ref(a))
				}
			}
			golden(t, m, size[0], size[1], "Review")
		})
	}
}
