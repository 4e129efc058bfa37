package ui

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/report"
	"github.com/pocssr/pocssr/model"
)

// manyRisks is an activity whose answers raise seventeen risks and whose
// kinds are four, too many for one line at 80 columns: the worksheet of a
// first use of the walk-through in front of a room.
func manyRisks(t testing.TB) *model.Activity {
	t.Helper()
	a := activity(t, "Train, equip and vet the army and police while reporting publicly on abuses",
		"implementer", "mission",
		"kinds", "capacity-training,rights-training,equipment,vetting",
		"forces", "army,police",
		"rights_record", "grave-allegations",
		"hrddp", "not-done",
		"accountability", "",
		"training_format", "one-off",
		"response_spectrum", "false",
		"state_forces_attacking_civilians", "true",
		"community_trust", "low",
		"dual_role", "true",
		"political_will", "weak",
		"changes_control_lines", "true",
		"encourages_reporting", "true",
		"community_input", "false",
		"public_reporting", "true",
		"exit_strategy", "true",
		"horizon", "immediate")
	a.ID = "many-risks"
	return a
}

// manySheet is the worksheet of manyRisks and a second, quiet activity.
func manySheet(t testing.TB) *model.Worksheet {
	t.Helper()
	quiet := activity(t, "Community security meetings", "implementer", "mission", "kinds", "security-dialogue")
	quiet.ID = "second"
	return sheetOf(manyRisks(t), quiet)
}

// The answer a step reveals is what the room waits for: too long for a
// line, it wraps onto as many as it needs, at every step and size, and is
// never cut (a first use found the last of four kinds cut off at 80×24).
func TestWalkThroughWrapsALongAnswerWhole(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := newTestModel(t, manySheet(t), size[0], size[1])
			press(t, m, "p", "t")
			rb := classify.Default()
			a := manyRisks(t)
			for n := 1; ; n++ {
				press(t, m, "space")
				lines := strings.Split(screenText(m), "\n")
				if !strings.HasPrefix(lines[1], fmt.Sprintf("Step %d of", n)) {
					break
				}
				var head []string
				for _, l := range lines[1:] {
					if strings.HasPrefix(l, "What changed:") || strings.HasPrefix(l, "Verdict") || strings.HasPrefix(l, "Walk-through complete") || strings.HasPrefix(l, "Complete") {
						break
					}
					head = append(head, strings.TrimSpace(l))
				}
				step := strings.Join(head, " ")
				if strings.Contains(step, "…") {
					t.Errorf("step %d cuts its answer: %q", n, step)
				}
				if n == 2 {
					want := "→ " + report.OneLine(rb.ValueText(&a.Facts, model.Kinds))
					if !strings.HasSuffix(step, want) {
						t.Errorf("step 2 does not show %q whole:\n%s", want, screenText(m))
					}
				}
				// c, where it offers more, never loses the answer either.
				press(t, m, "c")
				if s := screenText(m); !strings.Contains(s, "Step ") {
					t.Errorf("step %d: c loses the step:\n%s", n, s)
				}
				press(t, m, "c")
			}
			press(t, m, "home", "space", "space")
			requireScreen(t, m, "and vetting")
			golden(t, m, size[0], size[1], "and vetting")
		})
	}
}

// The walk-through's footer closes with "? keys", as the board's and the
// account's do, at every step, in "what if" and in what c shows; and on a
// wide screen its Answers column right-aligns the numbers, so that the
// names of the answers start in one column past the ninth.
func TestWalkThroughFooterNamesTheKeysAndAnswersAlign(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := newTestModel(t, manySheet(t), size[0], size[1])
			press(t, m, "p", "t")
			foot := func(at string) {
				t.Helper()
				lines := strings.Split(screenText(m), "\n")
				if last := strings.TrimRight(lines[len(lines)-1], " "); !strings.HasSuffix(last, "· ? keys") {
					t.Fatalf("%s: the footer does not name ? keys: %q", at, last)
				}
			}
			for n := 0; n <= 18; n++ {
				foot(fmt.Sprintf("step %d", n))
				press(t, m, "c")
				foot(fmt.Sprintf("step %d, c", n))
				press(t, m, "c", "w")
				foot(fmt.Sprintf("step %d, what if", n))
				press(t, m, "c")
				foot(fmt.Sprintf("step %d, what if, c", n))
				press(t, m, "c", "w", "space")
			}
			if size[0] < 100 {
				return
			}
			press(t, m, "home", "space")
			at := regexp.MustCompile(`(?m)^.*?(>|\s) +(\d+) (\S+):`)
			col := -1
			for _, l := range strings.Split(screenText(m), "\n") {
				mm := at.FindStringSubmatchIndex(l)
				if mm == nil || mm[4] < size[0]/2 {
					continue
				}
				if col >= 0 && mm[6] != col {
					t.Fatalf("the answers' names do not start in one column:\n%s", screenText(m))
				}
				col = mm[6]
			}
			if col < 0 {
				t.Fatalf("no Answers column:\n%s", screenText(m))
			}
			golden(t, m, size[0], size[1], "Answers")
		})
	}
}

// At the last step of seventeen risks, what c shows is longer than the
// screen at 80×24: it scrolls with ↓/j, ↑/k, pgdn and pgup, its last row
// counts the lines above and below, and the footer and the help name the
// keys (a first use found "… 3 more" and no key that showed them). At
// 200×60 every risk is in sight and nothing offers c.
func TestWalkThroughAllOfItScrolls(t *testing.T) {
	rb := classify.Default()
	risks := rb.Classify(manyRisks(t)).Risks
	seen := func(m *Model, k classify.Risk) bool {
		return strings.Contains(screenText(m), report.OneLine(k.Rule.Title))
	}
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := newTestModel(t, manySheet(t), size[0], size[1])
			press(t, m, "p", "t", "end")
			requireScreen(t, m, "Step 16 of 16", "17 risks")
			if size[0] == 200 {
				for _, k := range risks {
					if !seen(m, k) {
						t.Fatalf("at 200×60 %q is out of sight:\n%s", k.Rule.Title, screenText(m))
					}
				}
				refuseScreen(t, m, "all of it", "below (")
				golden(t, m, size[0], size[1], "Step 16 of 16")
				return
			}
			press(t, m, "c")
			requireScreen(t, m, "↓ more: 4 lines below (↓/j, pgdn)", "↓/↑ pgdn/pgup scroll")
			last := risks[len(risks)-3] // one of the four lines below
			if seen(m, last) {
				t.Fatalf("the last risk is in sight before scrolling: the test shows nothing\n%s", screenText(m))
			}
			for _, keys := range [][2]string{{"j", "k"}, {"down", "up"}, {"pgdown", "pgup"}} {
				for range 4 {
					press(t, m, keys[0])
				}
				if !seen(m, last) {
					t.Fatalf("%s does not bring the last risk into sight:\n%s", keys[0], screenText(m))
				}
				requireScreen(t, m, "↑ 4 above (pgup)")
				for range 4 {
					press(t, m, keys[1])
				}
				requireScreen(t, m, "↓ more: 4 lines below")
			}
			requireScreen(t, m, "Step 16 of 16") // scrolling never stepped
			press(t, m, "j", "j", "j", "j")
			golden(t, m, size[0], size[1], "↑ 4 above")
		})
	}
	m := newTestModel(t, manySheet(t), 80, 24)
	press(t, m, "p", "t", "end", "c", "?")
	requireScreen(t, m, "↓/↑ pgdn/pgup", "scroll what c shows")
}
