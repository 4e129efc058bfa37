package ui

import (
	"fmt"
	"regexp"
	"testing"
)

// With a kind the words did not suggest ticked, not saved, the questionnaire's heading
// and the live verdict count the same answers in the same words ("2 not
// confirmed"): the verdict said "on 1 suggested" under the heading's "2
// not confirmed", the planner's ticks counted in one and not the other.
func TestHeadingAndVerdictCountTheAnswersNotConfirmedAlike(t *testing.T) {
	head := regexp.MustCompile(`relevant, (\d+) not confirmed`)
	verdict := regexp.MustCompile(`(?i)(?:live verdict )?on (\d+) (suggested|not confirmed): `)
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := atThreeSuggestedKinds(t, size[0], size[1])
			press(t, m, "E") // operational training ticked, not saved
			s := screenText(m)
			h, v := head.FindStringSubmatch(s), verdict.FindStringSubmatch(s)
			if h == nil {
				t.Fatalf("no count in the heading:\n%s", s)
			}
			if v == nil {
				// Beside the questions the panel counts nothing: it names
				// each answer not confirmed, the suggested and the ticks.
				if h[1] != "2" || !containsFlat(s, "~ suggested, not yet confirmed: forces") || !containsFlat(s, "kinds: your ticks, not yet confirmed") {
					t.Fatalf("the heading counts %s not confirmed, the panel does not name them:\n%s", h[1], s)
				}
				return
			}
			if h[1] != v[1] || v[2] != "not confirmed" {
				t.Fatalf("the heading counts %s not confirmed, the verdict %q:\n%s", h[1], v[0], s)
			}
		})
	}
}
