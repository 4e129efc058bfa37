package ui

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// "What if" on the kinds gives each ticked kind its rank and names the
// primary one, from the boxes the questionnaire draws: the heading says the
// primary kind decides the tier, and a first use found the kinds listed
// "[x] … (real)", none of them first.
func TestWhatIfRanksTheKinds(t *testing.T) {
	want := []string{"[1] Operational training (primary) (real)", "[2] Equipment and logistics (real)",
		"[3] Human rights and IHL training (real)", "[5] Combined operations (real)"}
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := newTestModel(t, sheetOf(manyKinds(t)), size[0], size[1])
			press(t, m, "p", "t", "space", "space", "w")
			refuseScreen(t, m, "[x] ")
			if size[0] == 80 {
				// The kinds out of sight are named by rank, the first first.
				requireScreen(t, m, "also ticked: [1] Operat… · +4 more (c)")
				press(t, m, "c", "pgdown")
			}
			requireScreen(t, m, want...)
			// Untick the primary: the next takes its rank and its mark.
			for !containsFlat(screenText(m), "> [1] Operational training") {
				press(t, m, "down")
			}
			press(t, m, "space")
			requireScreen(t, m, "[ ] Operational training (real)", "[1] Equipment and logistics (primary) (real)")
			golden(t, m, size[0], size[1], "What if → ")
		})
	}
}

// "What if" on the kinds of an activity of four kinds at 80×24: the line
// that names the ticked kinds out of sight names those that fit whole and
// counts the rest, saying that c shows them all, as the questionnaire's
// line does (the same function draws both): it read "also ticked:
// [1] Restructuring, [2]  …", the second name cut to nothing and [3] and
// [4] neither named nor counted. (At 40 columns the first name and the
// count leave no room for a second.)
func TestWhatIfNamesOrCountsEveryTickedKind(t *testing.T) {
	a := activity(t, "Restructuring of the police, with training, equipment and vetting of its officers",
		"implementer", "mission", "kinds", "restructuring,capacity-training,equipment,vetting")
	m := newTestModel(t, sheetOf(a), 80, 24)
	press(t, m, "p", "t", "space", "space", "w")
	requireScreen(t, m, "What if: What does the activity do?")
	line := ""
	for _, l := range strings.Split(screenText(m), "\n") {
		if i := strings.Index(l, "also ticked: "); i >= 0 {
			if line != "" {
				t.Fatalf("more than one line names the ticked kinds:\n%s", screenText(m))
			}
			line = strings.TrimSpace(l[i:])
		}
	}
	// At 40 columns one name and the count fill the line: the name gives
	// way, its rank kept.
	named := len(regexp.MustCompile(`\[\d\] [^,·…]*[^,· ]`).FindAllString(line, -1))
	counted := 0
	if c := regexp.MustCompile(`· \+(\d) more \(c\)$`).FindStringSubmatch(line); c != nil {
		counted, _ = strconv.Atoi(c[1])
	}
	if named+counted != 4 || !strings.HasPrefix(line, "also ticked: [1] Restru") {
		t.Fatalf("the line names %d kinds whole and counts %d, not the 4 ticked: %q\n%s", named, counted, line, screenText(m))
	}
	golden(t, m, 80, 24, "What if")
	press(t, m, "c", "pgdown")
	requireScreen(t, m, "[1] Restructuring", "[2] Operational training", "[3] Equipment and logistics", "[4] Vetting")
}
