package ui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/teatest"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/register"
	"github.com/pocssr/pocssr/ui/session"
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

// entryOf is an activity's register entry for a risk, or nil.
func entryOf(r *session.RegisterRow) *model.RegisterEntry {
	return r.Activity.Register.Entry(r.Risk.Rule.ID)
}

func TestRegisterListsEveryFiringRiskWithItsEntry(t *testing.T) {
	m := registerModel(t, 120, 40)
	want := len(m.sh.sheet.Register())
	requireScreen(t, m, fmt.Sprintf("%d risks: %d open · 1 mitigated · 1 accepted · 1 overdue · sorted by severity", want, want-2),
		"Risk: Support to forces implicated in grave violations", "critical", "in-place", "Human Rights Divi", "2026-01-15",
		// Overdue is a word, not a colour only.
		"Police Component", "2026-02-10 OVERDUE", "not-needed",
		// The entry under the cursor: the risk's title and the note.
		"Note: Units screened; two commanders excluded")
	if n := strings.Count(screenText(m), "OVERDUE"); n != 1 {
		t.Errorf("%d rows are marked OVERDUE, want 1", n)
	}
}

func TestRegisterSortsBySeverityDueDateAndStatus(t *testing.T) {
	m := registerModel(t, 120, 40)
	rows := func() []session.RegisterRow {
		out := []session.RegisterRow{}
		press(t, m, "home")
		for {
			out = append(out, *m.reg().Selected())
			before := m.reg().Selected()
			press(t, m, "j")
			if m.reg().Selected() == before || (m.reg().Selected().Activity == before.Activity && m.reg().Selected().Risk.Rule.ID == before.Risk.Rule.ID) {
				return out
			}
		}
	}
	sev := rows()
	for i := 1; i < len(sev); i++ {
		if sev[i-1].Risk.Severity.Rank() < sev[i].Risk.Severity.Rank() {
			t.Fatalf("by severity, row %d (%s) comes before a more serious one (%s)", i-1, sev[i-1].Risk.Severity, sev[i].Risk.Severity)
		}
	}
	press(t, m, "o")
	requireScreen(t, m, "Sorted by due date.", "Due↓", "sorted by due date")
	due := rows()
	if due[0].Risk.Mitigation.Entry.Due != "2026-01-15" || due[1].Risk.Mitigation.Entry.Due != "2026-02-10" || due[2].Risk.Mitigation.Entry.Due != "" {
		t.Errorf("by due date the first rows are due %q, %q, %q", due[0].Risk.Mitigation.Entry.Due, due[1].Risk.Mitigation.Entry.Due, due[2].Risk.Mitigation.Entry.Due)
	}
	press(t, m, "o")
	requireScreen(t, m, "Status↓", "sorted by status")
	byStatus := rows()
	last := len(byStatus) - 1
	if !byStatus[0].Risk.Mitigation.Overdue || byStatus[last].Risk.Mitigation.State != classify.Accepted ||
		byStatus[last-1].Risk.Mitigation.State != classify.Mitigated {
		t.Errorf("by status: first overdue %v, last two %s, %s", byStatus[0].Risk.Mitigation.Overdue,
			byStatus[last-1].Risk.Mitigation.State, byStatus[last].Risk.Mitigation.State)
	}
	press(t, m, "o")
	requireScreen(t, m, "Severity↓", "sorted by severity")
}

func TestRegisterFilters(t *testing.T) {
	m := registerModel(t, 120, 40)
	press(t, m, "/")
	typeText(t, m, "overdue")
	requireScreen(t, m, "Filter: overdue", "(1 of ")
	press(t, m, "enter")
	if r := m.reg().Selected(); r == nil || r.Risk.Mitigation.Entry.Owner != "Police Component" {
		t.Fatalf("the filter kept %+v", r)
	}
	press(t, m, "/")
	typeText(t, m, " nothing-like-this")
	requireScreen(t, m, "No risk matches")
	press(t, m, "esc")
	refuseScreen(t, m, "Filter:")
	requireScreen(t, m, "Support to forces implicated i", "The same personnel both secure")
}

func TestRegisterStatusCyclesAndEveryEditIsUndone(t *testing.T) {
	m := registerModel(t, 120, 40)
	press(t, m, "j") // a critical risk without an entry
	r := *m.reg().Selected()
	if entryOf(&r) != nil {
		t.Fatalf("the second row has an entry: %+v", entryOf(&r))
	}
	undos := m.sh.sheet.Undoable()
	for _, want := range []model.MitigationStatus{model.NotStarted, model.Planned, model.InPlace} {
		press(t, m, "s")
		if e := entryOf(&r); e == nil || e.Status != want {
			t.Fatalf("after s the entry is %+v, want %s", e, want)
		}
	}
	if !m.sh.sheet.Dirty() {
		t.Error("an edit of the register leaves the worksheet clean: nothing would be saved or autosaved")
	}
	// not-needed asks why before it is set.
	press(t, m, "s")
	requireScreen(t, m, "not-needed needs a note")
	if e := entryOf(&r); e.Status != model.InPlace {
		t.Fatalf("not-needed was set without a note: %+v", e)
	}
	typeText(t, m, "Handled by the sanctions committee")
	press(t, m, "enter")
	if e := entryOf(&r); e.Status != model.NotNeeded || e.Note != "Handled by the sanctions committee" {
		t.Fatalf("after the note the entry is %+v", e)
	}
	// The marker of the worksheet follows: no critical risk of that activity is open now.
	if got := m.sh.sheet.Undoable() - undos; got != 4 {
		t.Errorf("four edits made %d undo steps", got)
	}
	for _, want := range []model.MitigationStatus{model.InPlace, model.Planned, model.NotStarted} {
		press(t, m, "u")
		if e := entryOf(&r); e == nil || e.Status != want {
			t.Fatalf("after u the entry is %+v, want %s", e, want)
		}
	}
	press(t, m, "u")
	if e := entryOf(&r); e != nil {
		t.Fatalf("undoing the first edit leaves %+v", e)
	}
	requireScreen(t, m, "Undid the last register entry; ctrl+r redoes it.")
}

func TestRegisterStatusSkipsNotNeededWithoutANote(t *testing.T) {
	m := registerModel(t, 120, 40)
	press(t, m, "j", "s", "s", "s", "s") // not-started, planned, in-place, then not-needed asks for a note
	requireScreen(t, m, "not-needed needs a note")
	press(t, m, "esc")
	r := m.reg().Selected()
	if e := entryOf(r); e.Status != model.InPlace {
		t.Fatalf("esc on the note changed the entry: %+v", e)
	}
	press(t, m, "s")
	if e := entryOf(r); e.Status != model.NotStarted {
		t.Fatalf("after esc the next status is %s, want not-started", e.Status)
	}
}

func TestRegisterRefusesADateSayingWhy(t *testing.T) {
	for _, tc := range []struct{ typed, why string }{
		{"2026-02-30", `"2026-02-30" is not a date: February 2026 has 28 days`},
		{"31/03/2026", `"31/03/2026" is not a date: write it YYYY-MM-DD`},
		{"2026-13-01", "there is no month 13"},
	} {
		t.Run(tc.typed, func(t *testing.T) {
			m := registerModel(t, 120, 40)
			r := m.reg().Selected()
			before := *entryOf(r)
			press(t, m, "d")
			for range before.Due {
				press(t, m, "backspace")
			}
			typeText(t, m, tc.typed)
			press(t, m, "enter")
			requireScreen(t, m, tc.why, "Due: "+tc.typed)
			if *entryOf(r) != before {
				t.Fatalf("a refused date changed the entry to %+v", *entryOf(r))
			}
			if !m.reg().TextFocused() {
				t.Fatal("the field closed on a refused date")
			}
			for range tc.typed {
				press(t, m, "backspace")
			}
			typeText(t, m, "2026-03-31")
			press(t, m, "enter")
			if got := entryOf(r).Due; got != "2026-03-31" {
				t.Fatalf("the date kept is %q", got)
			}
			requireScreen(t, m, "Due of “Support to forces implicated in grave violations” saved")
		})
	}
}

func TestRegisterOwnerAndNote(t *testing.T) {
	m := registerModel(t, 120, 40)
	press(t, m, "j")
	r := m.reg().Selected()
	press(t, m, "w")
	typeText(t, m, "Force Commander")
	press(t, m, "enter", "n")
	typeText(t, m, "Joint planning cell reviews targets")
	press(t, m, "enter")
	e := entryOf(r)
	if e == nil || e.Owner != "Force Commander" || e.Note != "Joint planning cell reviews targets" || e.Status != model.NotStarted {
		t.Fatalf("the entry is %+v", e)
	}
	requireScreen(t, m, "Force Commander", "Note: Joint planning cell reviews targets")
	// esc leaves a field without changing anything.
	press(t, m, "w")
	typeText(t, m, "someone else")
	press(t, m, "esc")
	if entryOf(r).Owner != "Force Commander" {
		t.Fatalf("esc kept the owner typed: %+v", entryOf(r))
	}
	press(t, m, "u")
	if entryOf(r).Note != "" {
		t.Fatalf("u left the note: %+v", entryOf(r))
	}
	press(t, m, "x")
	if entryOf(r) != nil {
		t.Fatal("x left the entry")
	}
	press(t, m, "u")
	if entryOf(r) == nil || entryOf(r).Owner != "Force Commander" {
		t.Fatalf("u did not bring the entry back: %+v", entryOf(r))
	}
}

func TestRegisterEnterOpensTheActivity(t *testing.T) {
	m := registerModel(t, 120, 40)
	press(t, m, "j")
	a := m.reg().Selected().Activity
	press(t, m, "enter")
	if m.front != detailScreen {
		t.Fatalf("enter opened screen %d", m.front)
	}
	requireScreen(t, m, a.Title[:20])
	press(t, m, "esc")
	if m.front != registerScreen || m.reg().Selected().Activity != a {
		t.Fatalf("back on screen %d", m.front)
	}
	press(t, m, "q")
	if m.front != worksheetScreen || m.worksheet.Selected() != a {
		t.Fatalf("q left screen %d with the worksheet on %v", m.front, m.worksheet.Selected())
	}
}

func TestWorksheetMarksOpenCriticalAndOverdue(t *testing.T) {
	m := registerModel(t, 120, 40)
	press(t, m, "q")
	requireScreen(t, m, "[crit open] UNMISS SSR", "[overdue] ")
	// Once the critical risk is in place, the mark goes.
	press(t, m, "r", "j", "s", "s", "s", "q")
	refuseScreen(t, m, "[crit open] UNMISS SSR")
}

func TestRegisterScreens(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {200, 60}} {
		t.Run(fmt.Sprintf("register_%dx%d", size[0], size[1]), func(t *testing.T) {
			m := NewModel(classify.Default(), registerLibrary(t), true, nil, nil)
			m.sh.sheet.SetToday(registerDay)
			tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(size[0], size[1]))
			waitText(t, tm, "Joint offensiv")
			sendKeys(tm, "r")
			waitText(t, tm, "row 1 of 25")
			_, view := finalScreen(t, tm)
			teatest.RequireEqualOutput(t, []byte(view))
		})
		t.Run(fmt.Sprintf("of_an_activity_%dx%d", size[0], size[1]), func(t *testing.T) {
			m := NewModel(classify.Default(), registerLibrary(t), true, nil, nil)
			m.sh.sheet.SetToday(registerDay)
			tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(size[0], size[1]))
			waitText(t, tm, "Joint offensiv")
			sendKeys(tm, "j", "enter", "r")
			waitText(t, tm, "What is being done about these risks?")
			_, view := finalScreen(t, tm)
			teatest.RequireEqualOutput(t, []byte(view))
		})
		t.Run(fmt.Sprintf("date_refused_%dx%d", size[0], size[1]), func(t *testing.T) {
			m := NewModel(classify.Default(), registerLibrary(t), true, nil, nil)
			m.sh.sheet.SetToday(registerDay)
			tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(size[0], size[1]))
			waitText(t, tm, "Joint offensiv")
			sendKeys(tm, "r", "j", "d")
			tm.Type("2026-02-30")
			sendKeys(tm, "enter")
			waitText(t, tm, "has 28 days")
			_, view := finalScreen(t, tm)
			teatest.RequireEqualOutput(t, []byte(view))
		})
	}
}

func TestRegisterSetsTheNextHRDDPReview(t *testing.T) {
	m := registerModel(t, 120, 40)
	press(t, m, "j") // the second activity keeps no register and sets no review
	a := m.reg().Selected().Activity
	press(t, m, "v")
	typeText(t, m, "2026-02-29")
	press(t, m, "enter")
	requireScreen(t, m, `"2026-02-29" is not a date: February 2026 has 28 days`)
	if a.HRDDPReview != "" {
		t.Fatalf("a refused date was kept: %q", a.HRDDPReview)
	}
	for range "2026-02-29" {
		press(t, m, "backspace")
	}
	typeText(t, m, "2026-02-01")
	press(t, m, "enter")
	if a.HRDDPReview != "2026-02-01" {
		t.Fatalf("the review is %q", a.HRDDPReview)
	}
	// A line of its own, not the end of the entry's note.
	requireScreen(t, m, "\nHRDDP review: 2026-02-01 OVERDUE")
	refuseScreen(t, m, "· HRDDP review:")
	press(t, m, "q")
	requireScreen(t, m, "[overdue] UNMISS")
	press(t, m, "u")
	if a.HRDDPReview != "" {
		t.Fatalf("u left the review %q", a.HRDDPReview)
	}
}

// staleLibrary is registerLibrary with, on its first activity, an entry for
// a risk that does not fire and one for a risk the rulebook does not know,
// and on its last an HRDDP review overdue on registerDay.
func staleLibrary(t testing.TB) (ws *model.Worksheet, notFiring string) {
	t.Helper()
	ws = registerLibrary(t)
	rb := classify.Default()
	a := ws.Activities[0]
	r := rb.Classify(a)
	for _, id := range rb.Vocabulary().Risks() {
		if !r.Fires(id) {
			notFiring = id
			break
		}
	}
	a.Register = append(a.Register,
		model.RegisterEntry{Risk: notFiring, Status: model.Planned, Owner: "Civil Affairs", Due: "2026-01-02"},
		model.RegisterEntry{Risk: "renamed-risk", Status: model.InPlace, Owner: "Police Component"})
	ws.Activities[len(ws.Activities)-1].HRDDPReview = "2026-02-01"
	return ws, notFiring
}

// Stale entries are rows of the register, marked stale and counted, never
// overdue and never dropped; an overdue HRDDP review counts as overdue.
func TestRegisterShowsStaleEntriesAndOverdueReviews(t *testing.T) {
	ws, notFiring := staleLibrary(t)
	entries := len(ws.Activities[0].Register)
	m := NewModel(classify.Default(), ws, true, nil, nil)
	m.sh.sheet.SetToday(registerDay)
	m.Update(resize(160, 60))
	press(t, m, "r")
	firing := 0
	for _, r := range m.sh.sheet.Register() {
		if !r.Stale {
			firing++
		}
	}
	// One entry overdue and one review: 2 overdue; the stale entry due
	// before today is not.
	// The review is of an activity with no row: the heading names it.
	requireScreen(t, m, fmt.Sprintf("%d risks: %d open · 1 mitigated · 1 accepted · 2 overdue (HRDDP review of #%d) · 2 stale · sorted by severity", firing, firing-2, len(ws.Activities)),
		classify.Default().Risk(notFiring).Title[:20], "renamed-risk", "Civil Affairs", "2026-01-02 ")
	if n := strings.Count(screenText(m), " stale  "); n != 2 {
		t.Errorf("%d rows are marked stale, want 2:\n%s", n, screenText(m))
	}
	if n := strings.Count(screenText(m), "OVERDUE"); n != 1 {
		t.Errorf("%d rows are marked OVERDUE, want 1", n)
	}
	press(t, m, "/")
	typeText(t, m, "stale")
	press(t, m, "enter")
	requireScreen(t, m, "(2 of ", "Risk: stale: does not fire on the activity's facts now")
	press(t, m, "j")
	requireScreen(t, m, "renamed-risk: stale: not a risk of the rulebook in use")
	// The status of a stale entry of a known risk is edited like any other;
	// the entry stays, stale.
	press(t, m, "k", "s")
	a := ws.Activities[0]
	if e := a.Register.Entry(notFiring); e == nil || e.Status != model.InPlace {
		t.Fatalf("s on the stale entry left %+v", e)
	}
	if len(a.Register) != entries {
		t.Fatalf("the register of the first activity holds %d entries, not %d", len(a.Register), entries)
	}
}

// The register with stale entries and an overdue review, as a terminal shows it.
func TestRegisterStaleScreen(t *testing.T) {
	ws, _ := staleLibrary(t)
	m := NewModel(classify.Default(), ws, true, nil, nil)
	m.sh.sheet.SetToday(registerDay)
	tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(120, 30))
	waitText(t, tm, "Joint offensiv")
	sendKeys(tm, "r", "/")
	tm.Type("stale")
	sendKeys(tm, "enter")
	waitText(t, tm, "(2 of ")
	_, view := finalScreen(t, tm)
	teatest.RequireEqualOutput(t, []byte(view))
}

// registerReviewLate is registerModel with the HRDDP review of the activity
// of the second row set before registerDay.
func registerReviewLate(t testing.TB, w, h int) (*Model, *model.Activity) {
	t.Helper()
	m := registerModel(t, w, h)
	press(t, m, "j")
	a := m.reg().Selected().Activity
	press(t, m, "v")
	typeText(t, m, "2026-02-01")
	press(t, m, "enter", "k")
	return m, a
}

// An HRDDP review past its date is overdue on the rows of its activity, as
// the heading counts it, and the filter overdue finds them. (The heading
// said 2 overdue, one row OVERDUE, and /overdue found one.)
func TestRegisterMarksAnOverdueReviewOnItsRows(t *testing.T) {
	m, a := registerReviewLate(t, 200, 60)
	rows := 0
	for _, r := range m.sh.sheet.Register() {
		if r.Activity == a {
			rows++
		}
	}
	requireScreen(t, m, "2 overdue · sorted", "HRDDP review OVERDUE")
	if n := strings.Count(screenText(m), "HRDDP review OVERDUE"); n != rows {
		t.Errorf("%d rows say the review is overdue, want the %d of its activity", n, rows)
	}
	press(t, m, "/")
	typeText(t, m, "overdue")
	press(t, m, "enter")
	requireScreen(t, m, fmt.Sprintf("(%d of ", rows+1)) // and the entry overdue
	// The rows, the review under the list, and the entry under it: the
	// cursor's row cuts its activity's title, which the entry gives whole.
	if n := strings.Count(screenText(m), "OVERDUE"); n != rows+3 {
		t.Errorf("/overdue shows %d OVERDUE, want %d:\n%s", n, rows+3, screenText(m))
	}
}

func TestRegisterOverdueReviewScreens(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m, _ := registerReviewLate(t, size[0], size[1])
			golden(t, m, size[0], size[1], "HRDDP review OVERDUE")
		})
	}
}
