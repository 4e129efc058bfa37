package ui

import (
	"fmt"
	"testing"
)

// A facilitator's walk found: in the framework's risks at 80×24, ] chose
// case #11 on the last line in view, and the end of its line ("— from
// “Impartiality”") stayed below until the next key. The case chosen is in
// view whole.
func TestFrameworkShowsTheCaseChosenWhole(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := demoModel(t, size[0], size[1])
			press(t, m, "f", "3")
			// #11's first line on the last line in view at 80×24
			for range 18 {
				press(t, m, "j")
			}
			press(t, m, "]")
			requireScreen(t, m, "> #11 UNMISS SSR support amid attacks on civilians by state forces")
			if s := screenText(m); !containsFlat(s, "#11 UNMISS SSR support amid attacks on civilians by state forces (before May 2014) — from “Impartiality”") {
				t.Fatalf("the case chosen is not whole in view:\n%s", s)
			}
			golden(t, m, size[0], size[1], "Cases that raise it")
		})
	}
}
