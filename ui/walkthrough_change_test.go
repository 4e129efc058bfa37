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
			requireScreen(t, m, "Step 2 of 3", "What changed: Tier: No tier yet → Tier 3.")
			if size[0] == 80 {
				requireScreen(t, m, "(c: all of it)", "c all of it")
				// c shows it whole (ui/present, TestWalkThroughShowsWhatChangedWhole).
				press(t, m, "c")
				refuseScreen(t, m, "2015 policy: Tier 3")
				// One label: the line that says it is below, not the text too.
				if n := strings.Count(screenText(m), "What changed:"); n != 1 {
					t.Errorf("what changed is labelled %d times:\n%s", n, screenText(m))
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

// In "what if" too, what the trial answer changes is never cut for good:
// where it is longer than its line, c shows it whole in place of the
// drawings, with the choices still below, and c brings the drawings back
// (that it is whole: ui/present, TestWhatIfShowsTheWholeChange).
func TestWalkThroughWhatIfShowsTheWholeChange(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {200, 60}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := demoModel(t, size[0], size[1])
			press(t, m, "p", "t", "space", "space", "space", "space", "w", "up")
			requireScreen(t, m, "What if → minor abuses: ")
			if size[0] == 80 {
				requireScreen(t, m, "(c: all of it)", "c all of it", "2015 policy: Tier 2")
				press(t, m, "c")
				// c in the words every what-if footer says at 80.
				requireScreen(t, m, "> (•) minor abuses", "c drawings", "What if → minor abuses: all of it below")
				refuseScreen(t, m, "(c: all of it)", "2015 policy: Tier 2") // it is all there, over the drawings
			} else {
				refuseScreen(t, m, "all of it")
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

// In "what if", where the risks fit in count but a title or a value's
// description is cut to its half of the screen, c is named in the key line
// and shows every one of them whole in place of the drawings.
func TestWalkThroughWhatIfShowsCutLinesWhole(t *testing.T) {
	keys := []string{"p", "j", "j", "j", "j", "j", "j", "j", "j", "t", "space", "space", "space", "space", "space", "space", "w"}
	whole := []string{"[HIGH] The same personnel both secure with and mentor the force",
		"(•) yes — The same personnel both operate with and mentor the force.",
		"( ) no — Security provision and mentoring are done by different personnel."}
	for _, size := range [][2]int{{80, 24}, {200, 60}} {
		for _, c := range []bool{false, true} {
			name := fmt.Sprintf("%dx%d", size[0], size[1])
			if c {
				name = "c_" + name
			}
			t.Run(name, func(t *testing.T) {
				m := demoModel(t, size[0], size[1])
				press(t, m, keys...)
				requireScreen(t, m, "What if: ")
				if size[0] == 80 && !c {
					requireScreen(t, m, "c all of it", "secur…")
				}
				if c {
					press(t, m, "c")
				}
				if c || size[0] == 200 {
					requireScreen(t, m, whole...)
				}
				tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(size[0], size[1]))
				waitText(t, tm, "Walk-through")
				_, view := finalScreen(t, tm)
				teatest.RequireEqualOutput(t, []byte(view))
			})
		}
	}
}
