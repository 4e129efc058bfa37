package ui

import (
	"fmt"
	"strings"
	"testing"
)

// The register line under an activity's account names the risk in focus
// by its title in the rulebook, as the risk register lists it: it showed
// the risk's id ("grave-violations-support"), a word the account and the
// register never use.
func TestActivityRegisterLineNamesTheRiskByItsTitle(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := demoModel(t, size[0], size[1])
			a := m.sh.sheet.At(0)
			risks := m.sh.sheet.Result(a).Risks
			if len(risks) == 0 {
				t.Fatal("the demo's first activity has no risk")
			}
			k := risks[0]
			press(t, m, "enter")
			line := fmt.Sprintf("Register (1 of %d) ", len(risks))
			requireScreen(t, m, line)
			if !containsFlat(screenText(m), line+"CRITICAL "+k.Rule.Title+": ") {
				t.Fatalf("the register line does not name the risk %q:\n%s", k.Rule.Title, screenText(m))
			}
			if s := screenText(m); strings.Contains(s, k.Rule.ID+":") {
				t.Fatalf("the register line names the risk by its id %q:\n%s", k.Rule.ID, s)
			}
			golden(t, m, size[0], size[1], line)
		})
	}
}
