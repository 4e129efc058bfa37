package ui

import (
	"testing"

	"github.com/charmbracelet/x/exp/teatest"

	"github.com/pocssr/pocssr/classify"
)

// The summary beside the worksheet counts the register (FRAMEWORK §9) when
// the worksheet keeps one, and follows an edit: the planned entry overdue on
// registerDay stays overdue, and the critical risk, once its entry is in
// place, counts as mitigated and no longer open. A worksheet
// without a register shows no register line at all.
func TestSummaryCountsTheRegister(t *testing.T) {
	m := registerModel(t, 120, 40)
	press(t, m, "q")
	want := m.sh.sheet.Tally().Register
	if want != (classify.RegisterCounts{Open: 23, Mitigated: 1, Accepted: 1, Overdue: 1, Keeping: 2}) {
		t.Fatalf("the library's register counts %+v; the test expects 23 open, 1 overdue, 1 mitigated, 1 accepted", want)
	}
	requireScreen(t, m, "Risk register", "open 23 · overdue 1 ", "mitigated 1 · accepted 1")
	press(t, m, "r", "j", "s", "s", "s", "q")
	requireScreen(t, m, "open 22 · overdue 1 ", "mitigated 2 · accepted 1")

	plain := NewModel(classify.Default(), caseLibrary(t), true, nil, nil)
	plain.Update(resize(120, 40))
	refuseScreen(t, plain, "Risk register")
}

func TestSummaryRegisterScreen(t *testing.T) {
	m := NewModel(classify.Default(), registerLibrary(t), true, nil, nil)
	m.sh.sheet.SetToday(registerDay)
	tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(120, 40))
	waitText(t, tm, "Joint offensive", "Risk register")
	_, view := finalScreen(t, tm)
	teatest.RequireEqualOutput(t, []byte(view))
}
