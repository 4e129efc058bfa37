package ui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/ui/register"
)

// A new user's walk found, on the kinds question after unticking a
// suggested kind, the heading saying "2 not confirmed" while the verdict
// line under the list said "+ 1 suggested, your ticks" of the same
// answers, and "enter: the ticked values become your answer" on two lines
// in a row. The verdict's line counts them in the heading's words, and the
// hint is said once. The kinds left are the suggestion still, narrowed:
// both count them suggested.
func TestUntickedKindsAreCountedInOneWording(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := atThreeSuggestedKinds(t, size[0], size[1])
			press(t, m, "7") // presence and deterrence, unticked
			s := screenText(m)
			requireScreen(t, m, "answered 1 of 15 relevant, 2 suggested")
			if size[0] == 80 {
				requireScreen(t, m, "On 2 suggested: ", "· + 2 suggested (?)")
			}
			if strings.Contains(s, "suggested, your ticks") {
				t.Errorf("the verdict's line counts the answers in other words than the heading:\n%s", s)
			}
			if n := strings.Count(flat(s), "the ticked values become your answer"); n != 1 {
				t.Errorf("what enter does is said %d times:\n%s", n, s)
			}
			golden(t, m, size[0], size[1], "2 suggested")
		})
	}
}

// The question-jump list (g) named the risks by their ids ("Risk 1: HIGH
// distrusted-partner"); it names them by their titles, as the register
// does.
func TestJumpListNamesRisksByTheirTitles(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m, a := toRisks(t, size[0], size[1])
			risks := classify.Default().Classify(a).Risks
			press(t, m, "left", "g")
			s := screenText(m)
			title := register.RiskTitle(risks[0])
			if !strings.Contains(s, "Risk 1: ") || !strings.Contains(s, title[:min(len(title), 30)]) {
				t.Errorf("the jump list does not name risk 1 by its title %q:\n%s", title, s)
			}
			for _, k := range risks {
				if strings.Contains(s, " "+k.Rule.ID) {
					t.Errorf("the jump list names risk %s by its id:\n%s", k.Rule.ID, s)
				}
			}
			golden(t, m, size[0], size[1], "Risk 1: ")
		})
	}
}
