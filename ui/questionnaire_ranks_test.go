package ui

import (
	"fmt"
	"regexp"
	"strings"
	"testing"
)

// The question of kinds, where ticked kinds are out of sight, names them
// on its "also ticked" line with the rank their boxes show, in the order of
// their ranks: the rank is what p changes and the first sets the tier (a
// first use found "7 Presence and deterrence, G Vetting" at 80×24 and no
// rank for either).
func TestAlsoTickedNamesTheRanks(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := demoModel(t, size[0], size[1])
			press(t, m, "n")
			typeText(t, m, "Joint patrols with the national police and human rights training")
			press(t, m, "tab")
			typeText(t, m, "Joint patrols with the national police deter attacks on displaced people; the mission gives officers human rights training and mentoring, and vets them.")
			press(t, m, "tab", "enter")
			requireScreen(t, m, "What does the activity do?")
			var line string
			for _, l := range strings.Split(screenText(m), "\n") {
				if t := strings.TrimSpace(l); strings.HasPrefix(t, "also ticked: ") {
					line = t
				}
			}
			if size[0] == 80 {
				if line == "" {
					t.Fatalf("no kind is out of sight: the test shows nothing\n%s", screenText(m))
				}
				ranks := regexp.MustCompile(`\[(\d)\] `).FindAllStringSubmatch(line, -1)
				if len(ranks) != strings.Count(line, ", ")+1 {
					t.Fatalf("a kind out of sight is named without its rank: %q", line)
				}
				for i := 1; i < len(ranks); i++ {
					if ranks[i][1] < ranks[i-1][1] {
						t.Fatalf("the kinds out of sight are not in the order of their ranks: %q", line)
					}
				}
			}
			golden(t, m, size[0], size[1], "Live verdict")
		})
	}
}
