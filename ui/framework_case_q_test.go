package ui

import (
	"fmt"
	"strings"
	"testing"
)

// A case opened from the framework's risk catalogue is left as the
// framework is: q goes back there, as esc does, and the footer says so
// (a facilitator's walk found q opening the quit dialog under a footer
// that offered only "esc back"); from the case's walk-through q goes back
// to the case. Over the case the title bar names the framework's case, not
// a presentation. On the presentation's own board q still quits.
func TestCaseFromTheFrameworkGoesBackOnQ(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := demoModel(t, size[0], size[1])
			press(t, m, "f", "3", "]", "enter")
			requireScreen(t, m, "Case from the library · Joint offensive", "esc/q back")
			refuseScreen(t, m, "q quit")
			golden(t, m, size[0], size[1], "esc/q back")

			press(t, m, "ctrl+s") // a prompt over the case shows the title bar
			requireScreen(t, m, "Save as")
			if bar := strings.Split(screenText(m), "\n")[0]; !strings.Contains(bar, "│ Framework · case │") || strings.Contains(bar, "Presentation") {
				t.Errorf("the title bar over a case from the framework reads %q", bar)
			}
			press(t, m, "esc")

			press(t, m, "t", "space")
			requireScreen(t, m, "Walk-through · [#1] Joint offensive", "esc/q back")
			if press(t, m, "q") || m.prompt != nil {
				t.Fatal("q in the walk-through of a case asked to quit")
			}
			requireScreen(t, m, "Case from the library · Joint offensive")
			if press(t, m, "q") || m.prompt != nil {
				t.Fatal("q on a case from the framework asked to quit")
			}
			if m.front != frameworkScreen {
				t.Fatalf("q on the case did not go back to the framework:\n%s", screenText(m))
			}
			requireScreen(t, m, "[3 Risks]", "> #1 Joint offensive")

			press(t, m, "esc", "p")
			if m.front != presentScreen {
				t.Fatalf("p did not open the presentation:\n%s", screenText(m))
			}
			requireScreen(t, m, "Both readings")
			if !press(t, m, "q") {
				t.Fatal("q on the presentation's board does not quit")
			}
		})
	}
}
