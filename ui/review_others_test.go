package ui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/teatest"
	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
)

// The review goes through the mission's own drafts first, in the worksheet's
// order, then those asked of others, each marked so; the worksheet grouped
// by paragraph puts those asked of others after the mission's own, under
// headers that say so.
func TestReviewAndWorksheetSetTasksOfOthersApart(t *testing.T) {
	m := newTestModel(t, importedSheet(t, resolution), 120, 40)
	s := m.sh.sheet
	var own, others []*model.Activity
	for _, a := range s.Worksheet().Activities {
		if s.Verdict(a).Others {
			others = append(others, a)
		} else {
			own = append(own, a)
		}
	}
	if len(own) == 0 || len(others) == 0 {
		t.Fatalf("%d own and %d asked of others: the resolution does not test the grouping", len(own), len(others))
	}
	press(t, m, "R")
	requireScreen(t, m, fmt.Sprintf("%d asked of others, last", len(others)))
	var seen []*model.Activity
	for m.front == reviewScreen && len(seen) <= s.Len() {
		a := m.review.activity
		seen = append(seen, a)
		if s.Verdict(a).Others {
			requireScreen(t, m, "Asked of others than the mission · not the mission's own task, reviewed last")
		} else {
			refuseScreen(t, m, "Asked of others than the mission")
		}
		press(t, m, "s")
	}
	want := append(append([]*model.Activity{}, own...), others...)
	if len(seen) != len(want) {
		t.Fatalf("the review showed %d drafts of %d", len(seen), len(want))
	}
	for i := range want {
		if seen[i] != want[i] {
			t.Fatalf("draft %d of the review is %s, want %s", i+1, seen[i].Source.Ref, want[i].Source.Ref)
		}
	}

	press(t, m, "t", "G")
	screen := screenText(m)
	if !strings.Contains(screen, "Asked of others than the mission · ¶ 13") {
		t.Fatalf("no header for the tasks asked of others:\n%s", screen)
	}
	rows := m.worksheet.matches
	last := -1
	for i, p := range rows {
		if !s.Verdict(s.At(p)).Others {
			last = i
		}
	}
	for i, p := range rows[:last+1] {
		if s.Verdict(s.At(p)).Others {
			t.Fatalf("row %d (%s) is asked of others but stands among the mission's own", i, s.At(p).Source.Ref)
		}
	}
}

func TestWorksheetOthersScreens(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {200, 60}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := NewModel(classify.Default(), importedSheet(t, resolution), false, nil, nil)
			tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(size[0], size[1]))
			waitText(t, tm, "Mandate: S/RES/1925")
			sendKeys(tm, "t", "G")
			waitText(t, tm, "Asked of others than the mission · ¶ 13")
			_, view := finalScreen(t, tm)
			teatest.RequireEqualOutput(t, []byte(view))
		})
	}
}

func TestReviewOthersScreens(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {200, 60}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := NewModel(classify.Default(), importedSheet(t, resolution), false, nil, nil)
			tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(size[0], size[1]))
			waitText(t, tm, "Mandate: S/RES/1925")
			sendKeys(tm, "down", "R") // paragraph 5 is asked of the Government
			waitText(t, tm, "Asked of others than the mission · not the mission")
			_, view := finalScreen(t, tm)
			teatest.RequireEqualOutput(t, []byte(view))
		})
	}
}
