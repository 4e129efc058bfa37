package ui

import (
	"fmt"
	"strings"
	"testing"
)

// Where the question and the answer do not fit on the step's line, the
// step names the fact by its label in words, as at every other step: at 80
// columns case #11's first step read "implementer → …", the fact's key,
// where the 200-column screen asks "Who carries out the activity?".
func TestWalkThroughStepNamesTheFactInWords(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := demoModel(t, size[0], size[1])
			press(t, m, "p")
			for range 10 {
				press(t, m, "down")
			}
			press(t, m, "t", "space")
			requireScreen(t, m, "[#11] UNMISS SSR support", "Step 1 of 5: ")
			step := strings.Split(screenText(m), "\n")[1]
			want := "Step 1 of 5: implementing actor → national authorities with mission support"
			if size[0] >= 200 {
				want = "Step 1 of 5: Who carries out the activity? → national authorities with mission support"
			}
			if strings.TrimSpace(step) != want {
				t.Fatalf("the step reads %q, not %q", strings.TrimSpace(step), want)
			}
			golden(t, m, size[0], size[1], "national authorities with mission support")
		})
	}
}
