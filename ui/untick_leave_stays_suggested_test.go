package ui

import (
	"fmt"
	"path/filepath"
	"slices"
	"testing"

	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/questionnaire"
)

// A facilitator's walk found: on an imported draft whose only suggestion
// left was its kinds, unticking one of them and leaving with esc (enter
// never pressed on the kinds) made the draft reviewed, "every suggested
// answer is confirmed", while the screen had shown the kinds left still
// "~" and "1 not confirmed". Only enter confirms the ticks: leaving keeps
// what unticking left as the suggestion, the draft a draft, its verdict
// "~", and the status line says what was kept. The file written after it
// keeps the draft; an undo brings back the three kinds.

// atNarrowedKinds is the draft of three suggested kinds at w×h with every
// other suggestion confirmed, back at its kinds, one of them (presence and
// deterrence, 7) unticked.
func atNarrowedKinds(t *testing.T, m *Model) *model.Activity {
	t.Helper()
	for range threeKindsRow {
		press(t, m, "j")
	}
	press(t, m, "e", "enter", "right") // the implementer accepted, the kinds passed
	for i := 0; m.qs().Stage == questionnaire.Asking; i++ {
		if i > 30 {
			t.Fatal("the questionnaire never came to its review")
		}
		press(t, m, "enter")
	}
	st := m.qs()
	if !slices.Equal(st.Pending, []model.Fact{model.Kinds}) {
		t.Fatalf("pending %v: not the kinds alone left to confirm", st.Pending)
	}
	m.quest.GoTo(model.Kinds)
	press(t, m, "7")
	return st.Activity
}

func TestLeavingUntickedKindsKeepsTheRestSuggested(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			ws := importedSheet(t, mandate2241)
			path := filepath.Join(t.TempDir(), "plan.yaml")
			if err := ws.Save(path, model.SaveOptions{}); err != nil {
				t.Fatal(err)
			}
			m := newTestModel(t, loadPlan(t, path), size[0], size[1])
			a := atNarrowedKinds(t, m)
			requireScreen(t, m, "> [ ] 7 ~ Presence and deterrence")
			press(t, m, "esc")
			if a.Status != model.StatusDraft || a.Facts.Has(model.Kinds, "deterrence") || len(a.Facts[model.Kinds].Set) != 2 {
				t.Fatalf("status %s, kinds %v: leaving unticked kinds is not a draft of the two kinds left", a.Status, a.Facts[model.Kinds])
			}
			if r := m.sh.sheet.Result(a); !slices.Contains(r.Suggested, model.Kinds) || !r.ReadingOnSuggested() {
				t.Fatalf("suggested %v, verdict on suggested %v: the kinds left are not marked suggested", r.Suggested, r.ReadingOnSuggested())
			}
			whole := "Kinds: 1 unticked; the rest still suggested (~), not confirmed: enter on the question confirms them. Still a draft."
			if got := m.statusWhole(); got != whole {
				t.Fatalf("leaving says %q, want %q", got, whole)
			}
			requireScreen(t, m, "Kinds: 1 unticked; the rest still suggested")
			golden(t, m, size[0], size[1], "Kinds: 1 unticked")
			press(t, m, "ctrl+s")
			if got := loadPlan(t, path).Activities[threeKindsRow]; got.Status != model.StatusDraft || len(got.Facts[model.Kinds].Set) != 2 {
				t.Fatalf("the file holds status %s, kinds %v: want the draft of two kinds", got.Status, got.Facts[model.Kinds])
			}
			press(t, m, "u")
			if a.Status != model.StatusDraft || len(a.Facts[model.Kinds].Set) != 3 {
				t.Fatalf("after the undo status %s, kinds %v: want the draft of three kinds", a.Status, a.Facts[model.Kinds])
			}
		})
	}
}

// Enter on the kinds left confirms them: the draft, nothing left to
// confirm, is reviewed, as before.
func TestEnterOnUntickedKindsConfirmsThem(t *testing.T) {
	m := imported2241(t, 80, 24)
	a := atNarrowedKinds(t, m)
	press(t, m, "enter")
	if a.Status != model.StatusReviewed || len(a.Facts[model.Kinds].Set) != 2 {
		t.Fatalf("status %s, kinds %v: enter did not confirm the two kinds left", a.Status, a.Facts[model.Kinds])
	}
	requireScreen(t, m, "Kinds: your answer now (2 of 3 suggested values kept).")
}
