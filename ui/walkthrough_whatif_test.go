package ui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/report"
	"github.com/pocssr/pocssr/classify/sample"
	"github.com/pocssr/pocssr/model"
)

// riskiest is the activity of a generated worksheet that raises the most
// risks: more than the rows beside the values of "what if" at 80×24.
func riskiest(t *testing.T) (*model.Activity, classify.Result) {
	t.Helper()
	rb := classify.Default()
	var best *model.Activity
	var most classify.Result
	for _, a := range sample.Worksheet(rb, 5000, 7).Activities {
		if r := rb.Classify(a); best == nil || len(r.Risks) > len(most.Risks) {
			best, most = a, r
		}
	}
	return best, most
}

// "What if" lists the risks of the value tried beside the values; where
// they are more than its rows, the last row counts the rest and names the
// key (c), the footer and the help offer it, and c shows every risk whole
// (a first use found them cut with no way to see the rest). At 200×60 they
// all fit, and nothing offers c.
func TestWhatIfShowsEveryRiskOnAKey(t *testing.T) {
	a, r := riskiest(t)
	if len(r.Risks) < 8 {
		t.Fatalf("the riskiest activity raises %d risks; the test needs more than the rows", len(r.Risks))
	}
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := newTestModel(t, sheetOf(a), size[0], size[1])
			press(t, m, "p", "t")
			for range 30 {
				press(t, m, "space")
			}
			press(t, m, "w")
			requireScreen(t, m, "What if:", "Risks (")
			every := func() bool {
				s := strings.Join(strings.Fields(screenText(m)), " ")
				for _, k := range r.Risks {
					words := strings.Fields(report.OneLine(k.Rule.Title))
					if !strings.Contains(s, strings.Join(words[:min(3, len(words))], " ")) {
						return false
					}
				}
				return true
			}
			if size[0] == 200 {
				if !every() {
					t.Fatalf("at 200×60 a risk is out of sight:\n%s", screenText(m))
				}
				refuseScreen(t, m, "all of it")
				golden(t, m, size[0], size[1], "What if:")
				return
			}
			requireScreen(t, m, "more (c: all of it)", "c all of it")
			if every() {
				t.Fatalf("every risk is in sight: the test shows nothing cut\n%s", screenText(m))
			}
			golden(t, m, size[0], size[1], "What if:")
			press(t, m, "c")
			if !every() {
				t.Errorf("c does not show every risk:\n%s", screenText(m))
			}
			refuseScreen(t, m, "more (c: all of it)")
			requireScreen(t, m, "What if →", "c drawings") // as every what-if footer says it at 80
			press(t, m, "?")
			requireScreen(t, m, "every risk")
			press(t, m, "esc", "c")
			requireScreen(t, m, "more (c: all of it)")
		})
	}
}

// manyKinds is an activity of many kinds, forces and risks, whose answer
// on accountability is "none": the lists of "what if" are longer than c's
// rows at 80×24.
func manyKinds(t *testing.T) *model.Activity {
	t.Helper()
	return activity(t, "Joint training, equipping and vetting of army and police units during active operations in the east",
		"implementer", "mission", "kinds", "capacity-training,equipment,rights-training,vetting,combined-operations",
		"forces", "army,police", "rights_record", "grave-ongoing", "hrddp", "not-done", "accountability", "",
		"training_format", "one-off", "response_spectrum", "false", "dual_role", "true",
		"state_forces_attacking_civilians", "true", "community_trust", "low", "political_will", "weak",
		"encourages_reporting", "true", "community_input", "false",
		"combined_ops", "true", "exit_strategy", "false")
}

// In c's page of "what if" the value under the cursor stays in sight as
// ↑/↓ move it, so that space ticks a value the room sees (a first use
// found no row marked ">" after two ↓, and space ticking one out of
// sight); the sign names pgdn and pgup, the keys that scroll there, not
// ↓, which tries a value; and the value on trial above the page is
// wrapped whole, not cut.
func TestWhatIfPageFollowsTheCursor(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := newTestModel(t, sheetOf(manyKinds(t)), size[0], size[1])
			press(t, m, "p", "t", "space", "space", "w")
			requireScreen(t, m, "What if:")
			press(t, m, "c")
			if size[0] == 80 {
				// The value on trial is what the page is read by: whole, wrapped.
				flat := strings.Join(strings.Fields(screenText(m)), " ")
				if !strings.Contains(flat, "What if → operational training, equipment and logistics, human rights and IHL training, vetting and combined operations: all of it below") {
					t.Errorf("c cuts the value on trial:\n%s", screenText(m))
				}
			}
			for i := range 14 {
				press(t, m, "down")
				if !strings.Contains(screenText(m), "> [") {
					t.Fatalf("after c and %d ↓ no value is marked >:\n%s", i+1, screenText(m))
				}
			}
			refuseScreen(t, m, "↓/j")
			if size[0] == 80 {
				requireScreen(t, m, "above (pgup)", "below (pgdn)")
				// The page begins with what changed: scrolled, it is above.
				flat := strings.Join(strings.Fields(screenText(m)), " ")
				if !strings.Contains(flat, "combined operations: all of it above") {
					t.Errorf("the page has scrolled what changed out of sight at the top, and the head does not say above:\n%s", screenText(m))
				}
			}
			golden(t, m, size[0], size[1], "What if")
		})
	}
}

// A list whose real answer is "none" offers in "what if" the choices the
// questionnaire offers, "none of these" among them, ticked and marked the
// real answer (a first use found the measures and "don't know" only, and
// nothing to say the real answer was none); ticking a measure unticks it,
// and "none of these" ticks it back.
func TestWhatIfOffersNoneOfThese(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := newTestModel(t, sheetOf(manyKinds(t)), size[0], size[1])
			press(t, m, "p", "t")
			for range 18 {
				press(t, m, "space")
				if strings.Contains(strings.SplitN(screenText(m), "\n", 3)[1], "ccountab") {
					break
				}
			}
			press(t, m, "w")
			requireScreen(t, m, "> [x] none of these (real)", "[ ] don't know")
			golden(t, m, size[0], size[1], "What if")
			press(t, m, "up", "space")
			requireScreen(t, m, "[ ] none of these (real)")
			press(t, m, "down", "space")
			requireScreen(t, m, "> [x] none of these (real)")
		})
	}
}

// Where "what if" takes a risk away and the list is cut beside the values,
// the sign under it says how many of the lines it counts are risks gone:
// "Risks (6)" and six risk lines shown or counted agree (a first use read
// "Risks (10)" over five lines and "… 6 more").
func TestWhatIfRiskSignCountsTheGone(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := newTestModel(t, sheetOf(manyKinds(t)), size[0], size[1])
			press(t, m, "p", "t")
			for range 7 {
				press(t, m, "space")
			}
			press(t, m, "w", "up", "up")
			requireScreen(t, m, "Risks (6)", "> (•) minor abuses")
			if size[0] == 80 {
				requireScreen(t, m, "… 2 more, 1 gone (c: all of it)")
				// The question, and even its label, wider than the
				// column: the title names the step, whole on the line
				// above ("Step 7 of 16: human rights record of the
				// forces"). It read "What if: human rights record of the
				// for…", cut with no key to read it whole.
				requireScreen(t, m, "What if: step 7 ", "Step 7 of 16: human rights record of the forces")
				refuseScreen(t, m, "What if: human rights record of the for…")
			} else {
				requireScreen(t, m, "(gone)")
			}
			golden(t, m, size[0], size[1], "What if")
		})
	}
}

// c in "what if" opens with the value under the cursor in sight: it opened
// at the top of what it shows, and a cursor moved down the values, or
// starting on a real answer low in the list, was out of sight, so that
// space ticked a value the room did not see.
func TestWhatIfChangeOpensWithTheCursorInSight(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := newTestModel(t, sheetOf(manyKinds(t)), size[0], size[1])
			press(t, m, "p", "t", "space", "space", "w")
			requireScreen(t, m, "What if:")
			for range 14 {
				press(t, m, "down")
			}
			press(t, m, "c")
			if !strings.Contains(screenText(m), "> [") {
				t.Fatalf("c opens with the cursor's value out of sight:\n%s", screenText(m))
			}
			golden(t, m, size[0], size[1], "What if")
		})
	}
}
