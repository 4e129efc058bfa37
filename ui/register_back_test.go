package ui

import (
	"fmt"
	"regexp"
	"testing"
)

// The register's help says where esc and q go from where it was opened:
// opened over the review of drafts (r at the end of a questionnaire opened
// with e there), both go back to the review, and the help said "q back to
// the worksheet".
func TestRegisterHelpSaysWhereItGoesBack(t *testing.T) {
	cases := []struct {
		name string
		open func(t *testing.T, w, h int) *Model
		back screenID
		to   string
	}{
		{"from the review of drafts", func(t *testing.T, w, h int) *Model {
			m := toReviewStepFromDrafts(t, w, h)
			press(t, m, "r")
			return m
		}, reviewScreen, "review of drafts"},
		{"from the worksheet", func(t *testing.T, w, h int) *Model {
			m := newTestModel(t, caseLibrary(t), w, h)
			press(t, m, "r")
			return m
		}, worksheetScreen, "worksheet"},
	}
	for _, c := range cases {
		for _, key := range []string{"esc", "q"} {
			t.Run(c.name+" "+key, func(t *testing.T) {
				m := c.open(t, 120, 40)
				if m.front != registerScreen {
					t.Fatalf("the register did not open, %v is in front", m.front)
				}
				press(t, m, "?")
				for _, want := range []string{`esc\s+clear the filter, or back to the ` + c.to + `\s`, `\sq\s+back to the ` + c.to + `\s`} {
					if !regexp.MustCompile(want).MatchString(screenText(m)) {
						t.Fatalf("the help does not say %q:\n%s", want, screenText(m))
					}
				}
				press(t, m, "esc", key)
				if m.front != c.back {
					t.Fatalf("%s in the register went to %v, the help says the %s", key, m.front, c.to)
				}
			})
		}
	}
}

func TestRegisterHelpFromTheReviewOfDraftsScreens(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := toReviewStepFromDrafts(t, size[0], size[1])
			press(t, m, "r", "?")
			golden(t, m, size[0], size[1], "Keys of the risk register")
		})
	}
}
