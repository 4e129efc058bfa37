package ui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/report"
	"github.com/pocssr/pocssr/model"
)

// stepNamed is the fact a walk-through's step line names, by its question
// or by its short label, and whether it names it by its question.
func stepNamed(rb *classify.Rulebook, line string) (f model.Fact, asked, ok bool) {
	_, rest, _ := strings.Cut(line, ": ")
	name, _, _ := strings.Cut(rest, " →")
	name = strings.TrimSpace(name)
	for _, f := range model.AllFacts() {
		q := rb.QuestionFor(f)
		switch {
		case q != nil && name == report.OneLine(q.Question):
			return f, true, true
		case q != nil && name == report.OneLine(q.Label), name == report.FactName(f):
			return f, false, true
		}
	}
	return 0, false, false
}

// At 80×24 every step of the walk-through of every case of the demo shows
// its answer, and every step of one walk names its fact alike: by the
// short label where one step's question does not fit with its answer. At
// 80 columns step 2 asked "What does the activity do? → combined
// operations" between "implementing actor →" and "state security forces
// concerned →", and case #2's last step "How is the training delivered?".
func TestWalkThroughNamesEveryStepAlike(t *testing.T) {
	rb := classify.Default()
	m := demoModel(t, 80, 24)
	press(t, m, "p")
	for i := 0; i < m.sh.sheet.Len(); i++ {
		a := m.sh.sheet.At(i)
		if i > 0 {
			press(t, m, "down")
		}
		press(t, m, "t")
		asked := map[bool][]string{}
		for n := 1; ; n++ {
			press(t, m, "space")
			lines := strings.Split(screenText(m), "\n")
			if !strings.HasPrefix(lines[1], fmt.Sprintf("Step %d of", n)) {
				break
			}
			f, whole, ok := stepNamed(rb, lines[1])
			if !ok {
				t.Fatalf("%s step %d names no fact: %q", a.ID, n, lines[1])
			}
			asked[whole] = append(asked[whole], fmt.Sprintf("step %d", n))
			// The answer, on the step's line or on the lines under it.
			var step []string
			for _, l := range lines[1:] {
				if strings.HasPrefix(l, "What changed:") || strings.HasPrefix(l, "Verdict") || strings.HasPrefix(l, "Walk-through") || strings.HasPrefix(l, "Complete") {
					break
				}
				step = append(step, strings.TrimSpace(l))
			}
			if want := "→ " + report.OneLine(rb.ValueText(&a.Facts, f)); !strings.HasSuffix(strings.Join(step, " "), want) {
				t.Errorf("%s step %d: the answer %q is not in sight:\n%s", a.ID, n, want, screenText(m))
			}
		}
		if len(asked[true]) > 0 && len(asked[false]) > 0 {
			t.Errorf("%s: %v ask the whole question, %v name the fact by its short label", a.ID, asked[true], asked[false])
		}
		press(t, m, "esc")
	}
}

// The first case's second step names its fact as the others do: by the
// short label at 80 columns, by the question at 200.
func TestWalkThroughKindsStepNamedAsTheOthers(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := demoModel(t, size[0], size[1])
			press(t, m, "p", "t", "space", "space")
			want := "Step 2 of 5: kinds of activity → combined operations"
			if size[0] >= 200 {
				want = "Step 2 of 5: What does the activity do? → combined operations"
			}
			if step := strings.TrimSpace(strings.Split(screenText(m), "\n")[1]); step != want {
				t.Fatalf("the step reads %q, not %q", step, want)
			}
			golden(t, m, size[0], size[1], "combined operations")
		})
	}
}
