package ui

import (
	"fmt"
	"strings"
	"testing"
)

// On the description step the title is shown once, whole, in its field's
// place: at 80×24 it was on the heading, in the field and whole under the
// field, and what the words suggest was cut ("… and 3 more answers") for
// want of the lines it took.
func TestDescriptionShowsTheTitleOnce(t *testing.T) {
	const title = "Human rights training and vetting of police and army units in the eastern provinces before their deployment"
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := demoModel(t, size[0], size[1])
			press(t, m, "n")
			typeText(t, m, title)
			press(t, m, "tab")
			typeText(t, m, "The mission trains police officers")
			s := screenText(m)
			if n := strings.Count(flat(s), "Human rights training and vetting"); n != 1 {
				t.Errorf("the title is shown %d times:\n%s", n, s)
			}
			if !containsFlat(s, "Title: "+title) {
				t.Errorf("the title is not shown whole in its field's place:\n%s", s)
			}
			for _, want := range []string{"~ implementer: the mission itself", "~ forces: army"} {
				if !strings.Contains(s, want) {
					t.Errorf("what the words suggest lacks %q:\n%s", want, s)
				}
			}
			refuseScreen(t, m, "more answers")
			golden(t, m, size[0], size[1], "Suggested from the title")
		})
	}
}
