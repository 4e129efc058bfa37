package ui

import (
	"fmt"
	"strings"
	"testing"
)

// The walk-through's heading cuts a long title with "…" and names the key
// that shows it whole, "(?)", on every step, in "what if" too; the help
// then gives the title whole first. At 80×24 a facilitator read "…against
// the FDLR …" with no key to read the rest; at 200×60 it fits, unsigned.
func TestWalkThroughHeadingNamesTheKeyOfItsTitle(t *testing.T) {
	const whole = "Joint offensive with the Congolese army against the FDLR (2015)"
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := demoModel(t, size[0], size[1])
			press(t, m, "p", "t")
			heading := func() string { return strings.Split(screenText(m), "\n")[0] }
			check := func(where string) {
				t.Helper()
				h := strings.TrimRight(heading(), " ")
				switch {
				case size[0] == 80 && !strings.HasSuffix(h, "… (?)"):
					t.Errorf("%s: the heading cuts the title without naming ?: %q", where, h)
				case size[0] == 200 && !strings.HasSuffix(h, whole):
					t.Errorf("%s: the heading does not show the title whole: %q", where, h)
				}
			}
			check("step 0")
			for n := 1; n <= 5; n++ {
				press(t, m, "space")
				check(fmt.Sprintf("step %d", n))
			}
			press(t, m, "w")
			check("what if")
			press(t, m, "?")
			help := screenText(m)
			if got := strings.Contains(help, "The title, whole"); got != (size[0] == 80) || !strings.Contains(help, whole) && size[0] == 80 {
				t.Errorf("the help does not give the title cut on the heading whole:\n%s", help)
			}
			press(t, m, "esc", "w", "home")
			golden(t, m, size[0], size[1], "Step 0 of 5")
		})
	}
}
