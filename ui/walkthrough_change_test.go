package ui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/teatest"
)

// What changed at a step takes the lines the risks leave free; what is
// still longer says so and c shows it whole in place of the drawings (esc
// or c brings them back). In "what if" the step's answer is marked as the
// real one, and the trial answer is named before what it changes, so the
// verdict below is never read as the real answer's.
func TestWalkThroughShowsWhatChangedAndWhichAnswer(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {200, 60}} {
		t.Run(fmt.Sprintf("what_changed_%dx%d", size[0], size[1]), func(t *testing.T) {
			m := demoModel(t, size[0], size[1])
			press(t, m, "p", "down", "down", "down", "t", "space", "space")
			requireScreen(t, m, "Step 2 of 3", "What changed: Tier: none → Tier 3.")
			if size[0] == 80 {
				requireScreen(t, m, "(c: all of it)", "c all of it")
				press(t, m, "c")
				if !containsFlat(screenText(m), changeLine(&walkOf(m).prev, &walkOf(m).res)) {
					t.Fatalf("c does not show what changed whole:\n%s", screenText(m))
				}
				press(t, m, "esc")
				requireScreen(t, m, "Step 2 of 3", "2015 policy: Tier 3")
				press(t, m, "c")
			} else {
				refuseScreen(t, m, "all of it")
				press(t, m, "c") // nothing more to show
				requireScreen(t, m, "2015 policy: Tier 3")
			}
			tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(size[0], size[1]))
			waitText(t, tm, "Step 2 of 3")
			_, view := finalScreen(t, tm)
			teatest.RequireEqualOutput(t, []byte(view))
		})
		t.Run(fmt.Sprintf("what_if_%dx%d", size[0], size[1]), func(t *testing.T) {
			m := demoModel(t, size[0], size[1])
			press(t, m, "p", "t", "space", "space", "space", "space", "space", "w", "down")
			requireScreen(t, m, "→ done (the real answer)",
				"What if → done with mitigation measures: ", "Verdict if so: ")
			tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(size[0], size[1]))
			waitText(t, tm, "Walk-through")
			_, view := finalScreen(t, tm)
			teatest.RequireEqualOutput(t, []byte(view))
		})
	}
}

// containsFlat reports whether s holds text, however it is wrapped.
func containsFlat(s, text string) bool {
	return text != "" && strings.Contains(flat(s), flat(text))
}

// walkOf is the walk-through open in the presentation.
func walkOf(m *Model) *walkThrough { return m.nav.screens[presentScreen].(*presentation).walk }

// In "what if" too, what the trial answer changes is never cut for good:
// where it is longer than its line, c shows it whole in place of the
// drawings, with the choices still below, and c brings the drawings back.
func TestWalkThroughWhatIfShowsTheWholeChange(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {200, 60}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := demoModel(t, size[0], size[1])
			press(t, m, "p", "t", "space", "space", "space", "space", "w", "up")
			wt := walkOf(m)
			change := "What if → minor abuses: " + changeLine(&wt.res, &wt.whatIf.res)
			if size[0] == 80 {
				requireScreen(t, m, "(c: all of it)", "c all of it")
				if containsFlat(screenText(m), change) {
					t.Fatalf("the change fits its line: the test shows nothing:\n%s", screenText(m))
				}
				press(t, m, "c")
				requireScreen(t, m, "> (•) minor abuses", "c the drawings again")
				refuseScreen(t, m, "(c: all of it)") // it is all there
			}
			if !containsFlat(screenText(m), change) {
				t.Fatalf("the trial's change is not shown whole:\n%s", screenText(m))
			}
			tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(size[0], size[1]))
			waitText(t, tm, "Walk-through")
			_, view := finalScreen(t, tm)
			teatest.RequireEqualOutput(t, []byte(view))
			if size[0] == 80 {
				press(t, m, "c")
				requireScreen(t, m, "2015 policy: Tier 2", "(c: all of it)")
			}
		})
	}
}

// A risk that came or went keeps its "(new)" or "(gone)" when its title
// is cut to the column: the tag is what the line says.
func TestWalkThroughRiskTagsSurviveCutting(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {200, 60}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := demoModel(t, size[0], size[1])
			press(t, m, "p", "t", "space", "space", "space", "space", "w", "up")
			requireScreen(t, m, "(gone)")
			press(t, m, "w", "backspace", "space")
			wt := walkOf(m)
			if len(wt.res.Risks) == 0 {
				t.Fatal("no risk at this step: the test shows nothing")
			}
			requireScreen(t, m, "(new)")
		})
	}
	if got := tagged("Support to forces implicated in grave violations", " (gone)", 20); got != "Support to f… (gone)" {
		t.Errorf("tagged = %q", got)
	}
}

// The choices of "what if" that do not fit say how many more there are,
// above and below, and the cursor's is always shown.
func TestWhatIfSaysHowManyChoicesAreHidden(t *testing.T) {
	for _, c := range []struct{ n, cursor, avail, first, end int }{
		{5, 0, 5, 0, 5},
		{6, 0, 5, 0, 4}, // ↓ 2 more
		{6, 5, 5, 2, 6}, // ↑ 2 more
		{9, 4, 5, 3, 6}, // both
	} {
		first, end := choiceWindow(c.n, c.cursor, c.avail)
		if first != c.first || end != c.end {
			t.Errorf("choiceWindow(%d, %d, %d) = %d, %d, want %d, %d", c.n, c.cursor, c.avail, first, end, c.first, c.end)
		}
		lines := end - first
		if first > 0 {
			lines++
		}
		if end < c.n {
			lines++
		}
		if lines > c.avail || c.cursor < first || c.cursor >= end {
			t.Errorf("choiceWindow(%d, %d, %d): %d lines, cursor out of view", c.n, c.cursor, c.avail, lines)
		}
	}
	m := demoModel(t, 80, 24)
	press(t, m, "p", "down", "down", "t", "space", "space", "space", "w")
	wt := walkOf(m)
	if wt.whatIf == nil || len(wt.whatIf.choices) <= 5 {
		t.Fatal("no what if with more choices than lines: the test shows nothing")
	}
	requireScreen(t, m, "↓ 2 more", "c: all of it", "w back to the real answer") // the way back stays whole
	press(t, m, "down", "down", "down", "down", "down")
	requireScreen(t, m, "↑ 2 more", "> [ ] don't know")
}
