package ui

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/model"
)

// A planner's walk found: on a draft of S/RES/2241 whose words suggest
// three kinds, unticking one made the two left the planner's answer at
// once, unmarked, though nobody had looked at them. While the list is
// ticked its answer stays suggested, each kind the words suggested marked
// "~", ticked or not; the line under the hint says that enter makes the
// ticked kinds the planner's answer, and the status line then says how
// many of the suggested ones were kept.

// threeKindsRow is the row of the worksheet of S/RES/2241's drafts whose
// words suggest three kinds: presence and deterrence (7), human rights
// training and monitoring of abuses.
const threeKindsRow = 6

// atThreeSuggestedKinds is the drafts of S/RES/2241 at w×h, the draft of
// three suggested kinds open at its question of kinds, its implementer
// accepted.
func atThreeSuggestedKinds(t *testing.T, w, h int) *Model {
	t.Helper()
	m := imported2241(t, w, h)
	for range threeKindsRow {
		press(t, m, "j")
	}
	press(t, m, "e", "enter")
	st := m.qs()
	if st.Fact != model.Kinds || !slices.Contains(st.Pending, model.Kinds) || len(st.Activity.Facts[model.Kinds].Set) != 3 {
		t.Fatalf("at %s, pending %v, kinds %v: not three suggested kinds", st.Fact, st.Pending, st.Activity.Facts[model.Kinds])
	}
	return m
}

func TestUntickingASuggestedKindKeepsTheSuggestionMarked(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := atThreeSuggestedKinds(t, size[0], size[1])
			press(t, m, "7") // presence and deterrence, unticked
			st := m.qs()
			if st.Activity.Facts.Has(model.Kinds, "deterrence") || !slices.Contains(st.Pending, model.Kinds) {
				t.Fatalf("kinds %v, pending %v: the untick made the kinds the planner's", st.Activity.Facts[model.Kinds], st.Pending)
			}
			requireScreen(t, m, "> [ ] 7 ~ Presence and deterrence",
				"~ suggested by the text")
			// The line of the suggestion says what enter does now, in the
			// hint's words: it no longer accepts the suggestion as it was.
			if s := screenText(m); strings.Contains(s, "enter accepts it") || strings.Count(flat(s), "— enter: the ticked values become your answer") != 1 ||
				strings.Count(flat(s), "the ticked values become your answer") != 1 {
				t.Fatalf("the suggestion's line does not say what enter does now:\n%s", s)
			}
			golden(t, m, size[0], size[1], "ticked values")
		})
	}
}

// Before any tick the suggestion's line says that enter accepts it.
func TestSuggestedListSaysEnterAcceptsItUntilTicked(t *testing.T) {
	for _, size := range sizes {
		m := atThreeSuggestedKinds(t, size[0], size[1])
		requireScreen(t, m, "— enter accepts it")
		if s := screenText(m); strings.Contains(s, "— enter: the ticked") {
			t.Fatalf("%dx%d: the line speaks of ticks before any:\n%s", size[0], size[1], s)
		}
	}
}

// Leaving the questionnaire (esc) on ticks that add a kind the words did
// not suggest saves them, and the status line says what it saved, as
// enter says it, with the draft's own note after it where both fit
// ("still a draft" where not): it showed only the draft's note, and the
// planner never learnt what esc had made the answer. The help gives both
// whole. Ticks only unticked stay the suggestion, narrowed
// (untick_leave_stays_suggested_test.go).
func TestLeavingOnSuggestedTicksSaysWhatWasKept(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := atThreeSuggestedKinds(t, size[0], size[1])
			press(t, m, "7", "E", "esc")
			if size[0] == 80 {
				requireScreen(t, m, "Kinds: yours now (2 of 3 suggested kept); still a draft (?).")
			} else {
				requireScreen(t, m, "Kinds: your answer now (2 of 3 suggested values kept, 1 added). Draft: 1 answer confirmed, 1 changed is your answer now; accept the draft (R, a) so the file keeps it (?).")
			}
			golden(t, m, size[0], size[1], "now")
			press(t, m, "?")
			s := screenText(m)
			for _, want := range []string{
				"Kinds: your answer now (2 of 3 suggested values kept, 1 added). Still a draft.",
				"The 1 suggested answer you confirmed is kept as an answer, but the worksheet's file keeps no mark of a confirmation",
			} {
				if !containsFlat(s, want) {
					t.Fatalf("the help lacks %q:\n%s", want, s)
				}
			}
		})
	}
}

// Enter saves the ticks and says how many of the suggested values it
// kept; → leaves the kinds only unticked as the suggestion, narrowed, and
// says so.
func TestSavingSuggestedTicksSaysHowManyWereKept(t *testing.T) {
	m := atThreeSuggestedKinds(t, 80, 24)
	press(t, m, "7", "enter")
	st := m.qs()
	if st.Fact == model.Kinds || slices.Contains(st.Pending, model.Kinds) || !slices.Contains(st.Decided, model.Kinds) {
		t.Fatalf("at %s, pending %v, decided %v: the ticks were not saved", st.Fact, st.Pending, st.Decided)
	}
	requireScreen(t, m, "Kinds: your answer now (2 of 3 suggested values kept).")

	m = atThreeSuggestedKinds(t, 80, 24)
	press(t, m, "7", "right")
	st = m.qs()
	if st.Fact == model.Kinds || !slices.Contains(st.Pending, model.Kinds) || slices.Contains(st.Decided, model.Kinds) || len(st.Activity.Facts[model.Kinds].Set) != 2 {
		t.Fatalf("at %s, pending %v, decided %v: → confirmed the kinds left", st.Fact, st.Pending, st.Decided)
	}
	requireScreen(t, m, "Kinds: 1 unticked; the rest still suggested")

	// A kind ticked that the words did not suggest is counted apart.
	m = atThreeSuggestedKinds(t, 80, 24)
	press(t, m, "7", "E", "enter")
	requireScreen(t, m, "Kinds: your answer now (2 of 3 suggested values kept, 1 added).")
}

// The plain prompts mark the kinds the words suggested and say the same
// words: what "~" marks, what the numbers do, and how many were kept.
func TestAccessibleMarksSuggestedKindsAndSaysWhatWasKept(t *testing.T) {
	ws := importedSheet(t, mandate2241)
	ws.Activities = ws.Activities[threeKindsRow : threeKindsRow+1]
	path := filepath.Join(t.TempDir(), "plan.yaml")
	if err := ws.Save(path, model.SaveOptions{}); err != nil {
		t.Fatal(err)
	}
	// The menu, the edit, its title and description and implementer kept,
	// the kinds given as 13 and 5: presence and deterrence left out.
	_, stderr, code := runPocssr(t, strings.Join([]string{"", "edit 1", "", "", "", "13 5"}, "\n")+"\n", path, "--accessible")
	if code != 0 {
		t.Fatalf("exit %d:\n%s", code, stderr)
	}
	for _, want := range []string{
		"  ~ suggested by the text · numbers: the values you give become your answer.",
		"  5. ~ Monitoring abuses by security forces — ",
		"  7. ~ Presence and deterrence — ",
		"  8. Physical interposition — ",
		"  13. ~ Human rights and IHL training — ",
		"\nKinds: your answer now (2 of 3 suggested values kept).\n",
	} {
		if !strings.Contains(stderr, want) {
			t.Errorf("the prompts lack %q:\n%s", want, stderr)
		}
	}
	if got := loadPlan(t, path).Activities[0].Facts[model.Kinds].Set; !slices.Equal(got, []string{"rights-training", "abuse-monitoring"}) {
		t.Errorf("kinds saved %v", got)
	}
}
