package ui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/report"
	"github.com/pocssr/pocssr/ui/component"
)

// The register step says why the risk holds and what to do, as the
// account does: the planner chooses a status there, and chose "planned"
// with neither on screen. At 80×24 what does not fit is a key away (?).
func TestRegisterStepSaysWhyAndWhatToDo(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m, a := toRisks(t, size[0], size[1])
			k := classify.Default().Classify(a).Risks[0]
			press(t, m, "enter")
			requireScreen(t, m, "What is being done about this risk?", "Why: ")
			s := flat(leftSide(m, screenText(m)))
			why, do := report.OneLine(report.RiskWhy(&k)), report.OneLine(k.Rule.Mitigation)
			if size[0] == 200 {
				if !strings.Contains(s, "Why: "+why) || !strings.Contains(s, "Do: "+do) {
					t.Fatalf("the step lacks the risk's why or what to do whole:\n%s", screenText(m))
				}
			} else if !strings.Contains(s, "Why: "+why) && !strings.Contains(s, "(?)") {
				t.Fatalf("the step cuts the why without naming ?:\n%s", screenText(m))
			}
			golden(t, m, size[0], size[1], "Why: ")
			if !strings.Contains(s, "Do: "+do) {
				press(t, m, "?")
				if h := flat(screenText(m)); !strings.Contains(h, component.Cut(do, 60)[:40]) {
					t.Errorf("the help does not give what to do:\n%s", screenText(m))
				}
			}
		})
	}
}

// While a field of the step takes the keys, ? is typed into it: the cut
// advice names f1 then, as the heading does (a walk typed "?" into the due
// date after the advice said "(?)").
func TestRegisterStepAdviceNamesF1WhileTyping(t *testing.T) {
	m, _ := toRisks(t, 80, 24)
	press(t, m, "enter", "2", "w")
	s := screenText(m)
	if !strings.Contains(s, "Do: ") && !strings.Contains(s, "Why: ") {
		t.Fatalf("the step shows no advice:\n%s", s)
	}
	for _, l := range strings.Split(s, "\n") {
		if (strings.Contains(l, "Why: ") || strings.Contains(l, "Do: ") || strings.HasPrefix(strings.TrimSpace(l), "…")) && strings.HasSuffix(strings.TrimRight(l, " "), "(?)") {
			t.Fatalf("while typing, the advice names ?, which the field takes: %q\n%s", l, s)
		}
	}
	golden(t, m, 80, 24, "(f1)")
}
