package present

import (
	"fmt"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify/report"
	"github.com/pocssr/pocssr/ui/component"
)

// On every step of every case of the library, and on trying another value
// at the last, the verdict is shown whole: at 80 columns the last step of
// case #20 read "… · Outside both agendas · 0 ris…", and neither c nor ?
// showed the rest. Where it does not fit on a line, its words go whole on
// the line under its label.
func TestWalkThroughNeverCutsTheVerdict(t *testing.T) {
	wrapped := 0
	for _, size := range [][2]int{{80, 24}, {200, 60}} {
		p, ctx := board(t, caseLibrary(t), size[0], size[1])
		for i := 0; i < ctx.Sheet.Len(); i++ {
			wt := walkToEnd(t, p, i)
			press(p, "home")
			for n := 0; n <= len(wt.steps); n++ {
				if n > 0 {
					press(p, "space")
				}
				at := fmt.Sprintf("%dx%d, case #%d, step %d", size[0], size[1], i+1, n)
				wrapped += verdictWhole(t, p, at)
			}
			press(p, "w")
			verdictWhole(t, p, fmt.Sprintf("%dx%d, case #%d, what if", size[0], size[1], i+1))
			press(p, "w", "esc")
		}
	}
	if wrapped == 0 {
		t.Fatal("no verdict was too long for its line: the test proves nothing")
	}
}

// verdictWhole fails where the verdict's line on p's walk-through is cut,
// or its words are not on the screen whole; it reports 1 where they are on
// the line under the label.
func verdictWhole(t *testing.T, p *Screen, at string) int {
	t.Helper()
	wt := p.walk
	r := wt.verdict()
	words := verdictWords(r)
	if wt.atEnd() && wt.whatIf == nil && (len(r.OpenQuestions) > 0 || len(r.Suggested) > 0) {
		words = report.TierText(r.Tier) + " · " + report.OneLine(report.AgendaLabel(&r.Narrow)) + " · " + component.Plural(len(r.Risks), "risk", "risks")
	}
	lines := strings.Split(screenText(p), "\n")
	for j, l := range lines {
		l = strings.TrimRight(l, " ")
		for _, label := range []string{"Verdict so far: ", "Verdict if so, so far: ", "Verdict if so: ", "Walk-through complete · ", "Walk-through done · ", "Complete · "} {
			if !strings.HasPrefix(l, label) {
				continue
			}
			if strings.HasSuffix(l, words) {
				return 0
			}
			if j+1 < len(lines) && strings.TrimSpace(lines[j+1]) == words && !strings.Contains(l, "…") {
				return 1
			}
			t.Errorf("%s: the verdict %q is not shown whole:\n%s", at, words, screenText(p))
			return 0
		}
	}
	t.Errorf("%s: no verdict on the screen:\n%s", at, screenText(p))
	return 0
}

// Before the last step the verdict is of the answers revealed so far, and
// its label says so, what-if too: "Verdict if so" at step 5 of case #22
// read as the whole activity's, though the HRDDP answer still to come kept
// a risk the trial answer seemed to clear. At the end it is the verdict.
func TestWalkThroughVerdictSaysItIsOfTheAnswersSoFar(t *testing.T) {
	p, _ := board(t, caseLibrary(t), 200, 60)
	wt := walkToEnd(t, p, 21)
	press(p, "home", "space")
	if wt.atEnd() {
		t.Fatal("case #22 ends at its first step: the test shows nothing")
	}
	requireLabel := func(at, want string, not ...string) {
		t.Helper()
		s := screenText(p)
		if !strings.Contains(s, want) {
			t.Errorf("%s: no %q:\n%s", at, want, s)
		}
		for _, n := range not {
			if strings.Contains(s, n) {
				t.Errorf("%s: %q:\n%s", at, n, s)
			}
		}
	}
	requireLabel("step 1", "Verdict so far: ", "Verdict: ")
	press(p, "w")
	requireLabel("what if at step 1", "Verdict if so, so far: ")
	press(p, "esc", "end")
	if !wt.atEnd() {
		t.Fatal("end did not reach the last step")
	}
	press(p, "w")
	requireLabel("what if at the end", "Verdict if so: ", "so far")
}
