package ui

import (
	"bytes"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify/report"
	"github.com/pocssr/pocssr/model"
)

// The briefing (b) and the export mark "~" what the screens mark: an
// answer of a draft the planner confirmed in this session is the
// planner's there too. They marked the draft's critical risk "~" while
// the worksheet, its answer confirmed, stated it.
func TestBriefingAndExportMarkWhatTheScreensMark(t *testing.T) {
	m := handWrittenDraft(t, 200, 60)
	s := m.sh.sheet
	a := s.At(s.Len() - 1)
	if a.Status != model.StatusDraft || !s.Verdict(a).HighestOnSuggested {
		t.Fatalf("the fixture's draft has no critical risk on a suggestion: %q", a.Title)
	}
	s.Confirm(a, model.StateForcesAttackingCivilians)
	if s.Verdict(a).HighestOnSuggested {
		t.Fatal("confirmed, the answer still marks the risk ~ on the worksheet")
	}
	requireScreen(t, m, "[draft] [crit open] Joint")
	of := m.briefingOf()
	x := m.exportCopy()
	for name, sh := range map[string]report.Sheet{
		"briefing": {File: of.File, Worksheet: of.Sheet, Readings: of.Readings(), Confirmed: of.Confirmed},
		"export":   {File: "x", Worksheet: x.sheet, Readings: of.Readings(), Confirmed: x.confirmed},
	} {
		var b bytes.Buffer
		if err := report.WriteBriefingTerminal(&b, s.Rulebook(), []report.Sheet{sh}, 200); err != nil {
			t.Fatal(err)
		}
		if out := b.String(); strings.Contains(out, "~CRITICAL") || !strings.Contains(out, "Risk, CRITICAL: Supporting forces that are attacking civilians") {
			t.Errorf("the %s marks ~ the risk whose answer the planner confirmed:\n%s", name, out)
		}
	}
}
