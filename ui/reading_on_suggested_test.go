package ui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/teatest"
)

// The worksheet marks "~" the tier and the agenda of the draft whose kinds
// only its words suggest ("~T2", "~POC only"), not those of the reviewed
// activity of the same answers; the summary's grid marks the cell that
// counts the draft ("~2"), and where the summary stands beside the list
// says under the grid what that "~" is. The row read "T2 POC only" and the
// cell "2", as if the draft's kinds were known.
func TestWorksheetMarksReadingsOnSuggestedAnswers(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {200, 60}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			tm := suggestedAttackScreen(t, size)
			_, view := finalScreen(t, tm)
			text := ansi.Strip(view)
			for _, l := range strings.Split(text, "\n") {
				switch {
				case strings.Contains(l, "Joint operations") && !strings.Contains(l, "~T2  ~POC only"):
					t.Errorf("the draft's row does not mark its tier and agenda ~: %q", l)
				case strings.Contains(l, "Army operations reviewed") && !strings.Contains(l, "T2   POC only"):
					t.Errorf("the reviewed activity's row: %q", l)
				}
			}
			grid := "POC only        ·  ~2   ·   ·"
			if !strings.Contains(text, grid) {
				t.Errorf("the grid does not mark the cell counting the draft (%q):\n%s", grid, text)
			}
			flat := strings.Join(strings.Fields(text), " ")
			if legend := "~ before a count: the count"; size[0] == 200 && !strings.Contains(flat, legend) {
				t.Errorf("the summary beside the list does not say what ~ is:\n%s", text)
			}
			teatest.RequireEqualOutput(t, []byte(view))
		})
	}
}

// The worksheet's help says what "~" before a tier, an agenda or a count of
// the grid means: at 80 columns the summary has no line for it.
func TestWorksheetHelpSaysWhatTildeBeforeATierMeans(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {200, 60}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			tm := suggestedAttackScreen(t, size)
			sendKeys(tm, "?", "end")
			waitText(t, tm, "a column or a count")
			_, view := finalScreen(t, tm)
			text := strings.Join(strings.Fields(ansi.Strip(view)), " ")
			for _, want := range []string{"~T3, ~SSR only, 2 (1 ~), ~2)",
				"or the tier or the agenda reads so, only on them",
				"in the summary's grid, the count includes drafts placed there only on suggested answers"} {
				if !strings.Contains(text, want) {
					t.Errorf("the help does not read %q:\n%s", want, ansi.Strip(view))
				}
			}
			teatest.RequireEqualOutput(t, []byte(view))
		})
	}
}

// The activity screen's verdict line marks the draft's tier and agenda
// "~": it read "T2 · POC only", as if its kinds were known.
func TestAccountVerdictMarksTheReadingOnSuggestedAnswers(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {200, 60}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			tm := suggestedAttackScreen(t, size)
			sendKeys(tm, "enter")
			waitText(t, tm, "Verdict:")
			_, view := finalScreen(t, tm)
			text := strings.Join(strings.Fields(ansi.Strip(view)), " ")
			if !strings.Contains(text, "Verdict: ~T2 · ~POC only · 1 risk (1 ~)") {
				t.Errorf("the verdict line does not mark the tier and agenda:\n%s", ansi.Strip(view))
			}
			teatest.RequireEqualOutput(t, []byte(view))
		})
	}
}
