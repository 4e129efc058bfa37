package ui

import (
	"fmt"
	"testing"

	"github.com/pocssr/pocssr/model"
)

// A planner's walk found: on a draft whose words suggest one kind,
// unticking it and leaving with esc made the draft reviewed with no word
// (the worksheet dropped [draft], the account said reviewed), while the
// questionnaire still called the kinds suggested, not yet confirmed.
// Unticking the only suggested value leaves the answer not known, as
// unticking the last value leaves any list, and the draft a draft; the
// status line says so.

// oneKindRow is the row of the worksheet of S/RES/2241's drafts whose
// words suggest one kind: presence and deterrence (7).
const oneKindRow = 4

func TestUntickingTheOnlySuggestedKindKeepsTheDraft(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := atTheOneSuggestedKind(t, size[0], size[1])
			press(t, m, "7", "esc")
			a := m.sh.sheet.Worksheet().Activities[oneKindRow]
			if a.Status != model.StatusDraft || a.Facts.Known(model.Kinds) {
				t.Fatalf("status %s, kinds %v: unticking the only suggested kind is not a draft with kinds not known", a.Status, a.Facts[model.Kinds])
			}
			requireScreen(t, m, "[draft] Maintain public", "Kinds: not known now")
			golden(t, m, size[0], size[1], "Kinds: not known now")
			press(t, m, "?")
			if s := screenText(m); !containsFlat(s, "Kinds: not known now (the 1 suggested value unticked, none ticked)") {
				t.Fatalf("the help does not give the note whole:\n%s", s)
			}
		})
	}
}

// The review of drafts counts such an edit skipped, and says what keeps
// the draft a draft: no suggestion is left to confirm.
func TestReviewSaysAnUntickedListKeepsTheDraft(t *testing.T) {
	m := imported2241(t, 200, 60)
	press(t, m, "R")
	draft := m.sh.sheet.Worksheet().Activities[oneKindRow]
	for i := 0; m.draftReview().Draft() != draft; i++ {
		if i > 40 {
			t.Fatal("the review never came to the draft of one suggested kind")
		}
		press(t, m, "s")
	}
	press(t, m, "e", "enter")
	if st := m.qs(); st.Fact != model.Kinds || !st.Activity.Facts.Has(model.Kinds, "deterrence") || len(st.Activity.Facts[model.Kinds].Set) != 1 {
		t.Fatalf("at %s, kinds %v: not the draft of one suggested kind", st.Fact, st.Activity.Facts[model.Kinds])
	}
	press(t, m, "7", "esc")
	requireScreen(t, m, "Edited, and skipped: it stays a draft, kinds not known (every suggested value unticked).")
}

// atTheOneSuggestedKind opens the questionnaire of the draft of S/RES/2241
// whose words suggest one kind, at its kinds question.
func atTheOneSuggestedKind(t *testing.T, w, h int) *Model {
	t.Helper()
	m := imported2241(t, w, h)
	for range oneKindRow {
		press(t, m, "j")
	}
	press(t, m, "e", "enter")
	if st := m.qs(); st.Fact != model.Kinds || len(st.Activity.Facts[model.Kinds].Set) != 1 {
		t.Fatalf("at %s, kinds %v: not one suggested kind", st.Fact, st.Activity.Facts[model.Kinds])
	}
	return m
}
