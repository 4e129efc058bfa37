package ui

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/teatest"
	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/report"
	"github.com/pocssr/pocssr/classify/suggest"
	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/words"
)

// suggestedAttackSheet holds a draft whose words alone say that army units
// attack civilians, every answer of it as the words suggest it and none
// confirmed, and a reviewed activity whose planner gave the same answers:
// the same critical risk fires for both, on a suggestion for the first.
// suggestedAttackFile is suggestedAttackSheet saved to a file of its own,
// for the commands that read one.
func suggestedAttackFile(t *testing.T) string {
	t.Helper()
	data, err := suggestedAttackSheet(t).EncodeYAML()
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "plan.yaml")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// suggestedAttackScreen opens suggestedAttackSheet on a terminal of size,
// its worksheet on screen.
func suggestedAttackScreen(t *testing.T, size [2]int) *teatest.TestModel {
	t.Helper()
	m := NewModel(classify.Default(), suggestedAttackSheet(t), false, nil, nil)
	m.startedIn = testStartedIn
	tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(size[0], size[1]))
	waitText(t, tm, "Army operations reviewed")
	return tm
}

func suggestedAttackSheet(t *testing.T) *model.Worksheet {
	t.Helper()
	draft := &model.Activity{ID: "joint-ops", Title: "Joint operations with the army", Status: model.StatusDraft,
		Source: model.Source{Text: "The mission plans combined operations with the national army, although army units are attacking civilians"}}
	draft.Facts = words.Read(suggest.NewReader(classify.Default()), draft).Facts
	if !draft.Facts.Known(model.StateForcesAttackingCivilians) {
		t.Fatal("the words no longer suggest that state forces attack civilians")
	}
	confirmed := activity(t, "Army operations reviewed", "implementer", "mission", "kinds", "combined-operations",
		"forces", "army", "state_forces_attacking_civilians", "true")
	confirmed.Status = model.StatusReviewed
	return sheetOf(draft, confirmed)
}

// The worksheet's list marks "~" the most serious risk of a draft that
// fires only on answers its words suggested ("~critical"), not the same
// risk of an activity whose answers the planner gave; the summary counts
// the critical risks with how many of them are "~" and says what "~" is:
// the row read "critical" and the count "2", as if the attack were known.
func TestWorksheetMarksRisksOnSuggestedAnswers(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {200, 60}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			tm := suggestedAttackScreen(t, size)
			_, view := finalScreen(t, tm)
			text := ansi.Strip(view)
			for _, l := range strings.Split(text, "\n") {
				switch {
				case strings.Contains(l, "Joint operations") && !strings.Contains(l, "~critical"):
					t.Errorf("the draft's row does not mark its critical risk ~: %q", l)
				case strings.Contains(l, "Army operations reviewed") && strings.Contains(l, "~"):
					t.Errorf("the reviewed activity's row marks its risk ~: %q", l)
				}
			}
			if !strings.Contains(text, "critical      2 (1 ~)") {
				t.Errorf("the summary does not count the critical risk on suggested answers:\n%s", text)
			}
			if !strings.Contains(text, "Risks by severity (~") {
				t.Errorf("the summary does not say what ~ is:\n%s", text)
			}
			teatest.RequireEqualOutput(t, []byte(view))
		})
	}
}

// The account of a draft whose critical risk fires only on its suggested
// answers marks the risk's sentence "~" (the rulebook states it as a fact:
// "State forces are currently taking part in attacks on civilians"), and
// its verdict line counts the risk "~" and marks the severity.
func TestAccountMarksRisksOnSuggestedAnswers(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {200, 60}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			tm := suggestedAttackScreen(t, size)
			sendKeys(tm, "enter")
			waitText(t, tm, "Verdict:")
			for range map[int]int{80: 50, 200: 8}[size[0]] { // down to the risks
				sendKeys(tm, "down")
			}
			waitText(t, tm, "above (pgup)")
			_, view := finalScreen(t, tm)
			text := strings.Join(strings.Fields(ansi.Strip(view)), " ")
			for _, want := range []string{"Why: " + report.IfSuggestedLead + "~ State forces are currently taking part in attacks on civilians"} {
				if !strings.Contains(text, want) {
					t.Errorf("the account does not read %q:\n%s", want, ansi.Strip(view))
				}
			}
			teatest.RequireEqualOutput(t, []byte(view))
		})
	}
}

// The verdict line at the top of the account counts the risk on suggested
// answers "~" and marks its severity: it read "1 risk, the most serious
// critical".
func TestAccountVerdictMarksRisksOnSuggestedAnswers(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {200, 60}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			tm := suggestedAttackScreen(t, size)
			sendKeys(tm, "enter")
			waitText(t, tm, "Verdict:")
			_, view := finalScreen(t, tm)
			text := strings.Join(strings.Fields(ansi.Strip(view)), " ")
			if !strings.Contains(text, "1 risk (1 ~), the most serious ~critical") {
				t.Errorf("the verdict line does not mark the risk on suggested answers:\n%s", ansi.Strip(view))
			}
			teatest.RequireEqualOutput(t, []byte(view))
		})
	}
}
