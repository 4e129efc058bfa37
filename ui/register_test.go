package ui

import (
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/register"
)

// registerDay is the day the register tests read the register on.
const registerDay model.Date = "2026-03-01"

// registerLibrary is the case library with a few register entries: one in
// place, one planned and overdue on registerDay, one not needed.
func registerLibrary(t testing.TB) *model.Worksheet {
	t.Helper()
	ws := caseLibrary(t)
	rb := classify.Default()
	type firing struct {
		a    *model.Activity
		risk string
	}
	var fired []firing
	for _, a := range ws.Activities {
		for _, k := range rb.Classify(a).Risks {
			fired = append(fired, firing{a, k.Rule.ID})
		}
	}
	if len(fired) < 3 {
		t.Fatalf("the case library fires %d risks", len(fired))
	}
	entries := []model.RegisterEntry{
		{Status: model.InPlace, Owner: "Human Rights Division", Due: "2026-01-15", Note: "Units screened; two commanders excluded"},
		{Status: model.Planned, Owner: "Police Component", Due: "2026-02-10"},
		{Status: model.NotNeeded, Note: "Support ended in January"},
	}
	for i, e := range entries {
		e.Risk = fired[i].risk
		fired[i].a.Register.Set(e)
	}
	return ws
}

// registerModel is the root model on registerLibrary, read on registerDay,
// with the register screen open.
func registerModel(t testing.TB, w, h int) *Model {
	t.Helper()
	m := NewModel(classify.Default(), registerLibrary(t), true, nil, nil)
	m.sh.sheet.SetToday(registerDay)
	m.Update(resize(w, h))
	press(t, m, "r")
	if m.front != registerScreen {
		t.Fatalf("r opened screen %d, not the register", m.front)
	}
	return m
}

// reg is the register screen, for tests that look inside it.
func (m *Model) reg() *register.Screen { return m.nav.screens[registerScreen].(*register.Screen) }

