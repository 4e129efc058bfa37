package ui

import (
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/sample"
)

// labelsMeasured is how many labels laying out the board of n activities
// measures for their width.
func labelsMeasured(t *testing.T, n int) int {
	t.Helper()
	rb := classify.Default()
	m := NewModel(rb, sample.Worksheet(rb, n, 7), false, nil, nil)
	m.Update(resize(160, 50))
	press(t, m, "p")
	p := m.nav.screens[presentScreen].(*presentation)
	if p.drawings == nil {
		t.Fatal("the board was not laid out")
	}
	return p.drawings.measured
}

// Laying the board out measures each activity's label at most once: the
// legend's columns once measured every label again for every activity, which
// took seconds at 40,000 activities. Counted, never timed.
func TestBoardMeasuresEachLabelOnce(t *testing.T) {
	for _, n := range []int{200, 2000} {
		if got := labelsMeasured(t, n); got > n {
			t.Errorf("%d activities: %d labels measured", n, got)
		}
	}
}

// titlesMeasuredAfterEdit is how many titles opening the board again after
// an edit of one activity measures, on n activities.
func titlesMeasuredAfterEdit(t *testing.T, n int) int {
	t.Helper()
	rb := classify.Default()
	m := NewModel(rb, sample.Worksheet(rb, n, 7), false, nil, nil)
	m.Update(resize(160, 50))
	press(t, m, "p", "esc", "e")
	m.quest.goTo(m.quest.questions[0].Fact)
	press(t, m, "down", "space", "esc")
	p := m.nav.screens[presentScreen].(*presentation)
	before := p.titlesMeasured
	press(t, m, "p")
	if p.drawings == nil || p.titlesMeasured == before {
		t.Fatal("the board was not laid out again after the edit")
	}
	return p.titlesMeasured - before
}

// The legend's columns follow the widest title; after an edit only the
// changed activity's title is measured again, on any worksheet.
func TestBoardMeasuresOnlyChangedTitles(t *testing.T) {
	small, large := titlesMeasuredAfterEdit(t, 200), titlesMeasuredAfterEdit(t, 2000)
	if small != large || large > 2 {
		t.Errorf("titles measured after an edit: %d on 2,000 activities, %d on 200", large, small)
	}
}
