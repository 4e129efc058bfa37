package ui

import (
	"fmt"
	"testing"

	"github.com/pocssr/pocssr/model"
)

// A description whose words suggest two kinds: justice and rule of law
// (from "rule of law", "justice") and reporting on threats to civilians
// (from "reported abuses").
const lawAndReports = "Support to the rule of law and justice in areas with reported abuses."

// Unticking a suggested kind takes its words from those the suggestion
// is said to be read from: the kinds question went on saying "~ suggested
// from: …, “justice”, “reported abuses”" after Reporting on threats to
// civilians, the kind "reported abuses" was read for, was unticked.
func TestUntickedKindsWordsAreSaidUnticked(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := demoModel(t, size[0], size[1])
			press(t, m, "n")
			typeText(t, m, "Rule of law support")
			press(t, m, "tab")
			typeText(t, m, lawAndReports)
			press(t, m, "tab", "tab")
			if m.qs().Fact != model.Kinds {
				t.Fatalf("the questionnaire asks %s, not the kinds", m.qs().Fact)
			}
			if size[0] == 80 {
				press(t, m, "w") // the words whole, cut to a line at 80 columns
			}
			if s := screenText(m); !containsFlat(s, "“justice”, “reported abuses”") {
				t.Fatalf("the kinds question does not name the words of both kinds:\n%s", s)
			}
			press(t, m, "2") // Reporting on threats to civilians, unticked
			if s := screenText(m); !containsFlat(s, "“justice” (unticked: “reported abuses”)") {
				t.Fatalf("the kinds question does not say the words of the kind unticked are unticked:\n%s", s)
			}
			golden(t, m, size[0], size[1], "unticked")
		})
	}
}
