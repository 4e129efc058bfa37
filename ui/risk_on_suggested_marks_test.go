package ui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/teatest"
)

// The mark before the title of a draft whose open critical risk fires only
// on its suggested answers is "[~crit open]" ("[~crit]" where the title
// needs the room), beside a Risk column that says "~critical", and the
// summary counts that activity "~" among those by most serious risk; the
// reviewed activity's same risk keeps "[crit open]". Both read as a known
// critical risk: "[crit open]" and "critical 2".
func TestWorksheetTitleMarkAndCountsOnSuggestedAnswers(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {200, 60}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			tm := suggestedAttackScreen(t, size)
			_, view := finalScreen(t, tm)
			text := ansi.Strip(view)
			for _, l := range strings.Split(text, "\n") {
				switch {
				case strings.Contains(l, "Joint operations") && !strings.Contains(l, "[~crit"):
					t.Errorf("the draft's title mark does not say its critical risk is only suggested: %q", l)
				case strings.Contains(l, "Army operations reviewed") && (!strings.Contains(l, "[crit") || strings.Contains(l, "~")):
					t.Errorf("the reviewed activity's title mark: %q", l)
				}
			}
			if size[0] == 200 && !strings.Contains(text, "critical 2 (1 ~)") {
				t.Errorf("the summary does not count the activity whose most serious risk is only suggested:\n%s", text)
			}
			teatest.RequireEqualOutput(t, []byte(view))
		})
	}
}

// The worksheet's help says what "~" means in a title's mark, the Risk
// column and the counts.
func TestWorksheetHelpSaysWhatTildeMeans(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {200, 60}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			tm := suggestedAttackScreen(t, size)
			sendKeys(tm, "?", "end")
			waitText(t, tm, "a column or a count")
			_, view := finalScreen(t, tm)
			text := strings.Join(strings.Fields(ansi.Strip(view)), " ")
			for _, want := range []string{"~ in a mark, a column or a count ([~crit open], ~critical, ~T3, ~SSR only, 2 (1 ~), ~2)",
				"it rests on answers the draft's words suggested and nobody has confirmed yet: the risk fires"} {
				if !strings.Contains(text, want) {
					t.Errorf("the help does not read %q:\n%s", want, ansi.Strip(view))
				}
			}
			teatest.RequireEqualOutput(t, []byte(view))
		})
	}
}
