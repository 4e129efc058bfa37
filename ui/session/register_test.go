package session

import (
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
)

// operation fires grave-violations-support (critical), hrddp-not-assessed
// (high) and no-community-input (medium).
func operation() *model.Activity {
	a := &model.Activity{ID: "op", Title: "Joint operation"}
	a.Facts.SetOne(model.Implementer, "mission")
	a.Facts.SetSet(model.Kinds, []string{"combined-operations"})
	a.Facts.SetSet(model.Forces, []string{"army"})
	a.Facts.SetOne(model.RightsRecord, "grave-allegations")
	a.Facts.SetOne(model.HRDDP, "not-done")
	a.Facts.SetYes(model.CommunityInput, false)
	return a
}

// An entry is set, changed and removed as one undo step each; the verdict,
// the tally and the dirty state follow, and undo gives the register back.
func TestSetMitigationIsOneUndoStep(t *testing.T) {
	rb := classify.Default()
	a := operation()
	s := NewSheet(rb, &model.Worksheet{Activities: []*model.Activity{a}}, nil)
	s.SetToday("2026-05-01")
	if v := s.Verdict(a); v.OpenCritical != 1 || v.Register.Open != 3 {
		t.Fatalf("before: %+v", v)
	}
	entry := model.RegisterEntry{Risk: "grave-violations-support", Status: model.InPlace, Owner: "HRD", Due: "2026-03-31"}
	if err := s.SetMitigation(a, entry); err != nil {
		t.Fatal(err)
	}
	late := model.RegisterEntry{Risk: "hrddp-not-assessed", Status: model.Planned, Due: "2026-04-01"}
	if err := s.SetMitigation(a, late); err != nil {
		t.Fatal(err)
	}
	if v := s.Verdict(a); v.OpenCritical != 0 || v.Register != (classify.RegisterCounts{Open: 2, Mitigated: 1, Overdue: 1, Keeping: 1}) {
		t.Errorf("after: %+v", v)
	}
	if s.Tally().Register.Overdue != 1 || !s.Dirty() || s.Undoable() != 2 {
		t.Errorf("tally %+v, dirty %v, undoable %d", s.Tally().Register, s.Dirty(), s.Undoable())
	}
	if what := s.Undo(); what != "register entry" || len(a.Register) != 1 || a.Register[0] != entry {
		t.Errorf("undo %q left %+v", what, a.Register)
	}
	s.RemoveMitigation(a, "grave-violations-support")
	if len(a.Register) != 0 || s.Verdict(a).OpenCritical != 1 {
		t.Errorf("remove left %+v", a.Register)
	}
	s.Undo()
	s.Undo()
	if len(a.Register) != 0 || s.Tally().Register != (classify.RegisterCounts{Open: 3}) {
		t.Errorf("all undone: %+v, tally %+v", a.Register, s.Tally().Register)
	}
	// Setting the same entry again changes nothing and records nothing.
	s.SetMitigation(a, entry)
	n := s.Undoable()
	s.SetMitigation(a, entry)
	if s.Undoable() != n {
		t.Error("an unchanged entry was recorded")
	}
}

// An entry the file reader would refuse is refused with the reason, and the
// register does not change.
func TestSetMitigationRefusesWhatAFileMayNotHold(t *testing.T) {
	a := operation()
	s := NewSheet(classify.Default(), &model.Worksheet{Activities: []*model.Activity{a}}, nil)
	for _, c := range []struct {
		e    model.RegisterEntry
		want string
	}{
		{model.RegisterEntry{Risk: "grave-violation-support", Status: model.Planned}, "did you mean grave-violations-support?"},
		{model.RegisterEntry{Risk: "dual-role"}, "has no status"},
		{model.RegisterEntry{Risk: "dual-role", Status: "done"}, `"done" is not a status`},
		{model.RegisterEntry{Risk: "dual-role", Status: model.NotNeeded}, "not-needed without a note"},
		{model.RegisterEntry{Risk: "dual-role", Status: model.Planned, Due: "31/03/2026"}, "write it YYYY-MM-DD"},
	} {
		err := s.SetMitigation(a, c.e)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%+v: %v, want %q", c.e, err, c.want)
		}
	}
	if err := s.SetHRDDPReview(a, "2026-02-30"); err == nil || !strings.Contains(err.Error(), "February 2026 has 28 days") {
		t.Errorf("review: %v", err)
	}
	if len(a.Register) != 0 || a.HRDDPReview != "" || s.Undoable() != 0 || s.Dirty() {
		t.Error("a refused edit changed the sheet")
	}
}

// The register lists every firing risk of the worksheet; it sorts by
// severity, due date and state; SetToday moves what is overdue.
func TestRegisterRowsAndOrders(t *testing.T) {
	a, b := operation(), operation()
	b.ID = "op2"
	b.Register = model.Register{{Risk: "no-community-input", Status: model.Planned, Due: "2026-04-01"},
		{Risk: "grave-violations-support", Status: model.NotNeeded, Note: "n", Due: "2026-06-01"}}
	s := NewSheet(classify.Default(), &model.Worksheet{Activities: []*model.Activity{a, b}}, nil)
	rows := s.Register()
	if len(rows) != 6 || rows[0].Activity != a || rows[3].Index != 1 || rows[0].Status() != "none" {
		t.Fatalf("rows %+v", rows)
	}
	ids := func() string {
		var out []string
		for _, r := range rows {
			out = append(out, r.Activity.ID+"/"+r.Risk.Rule.ID)
		}
		return strings.Join(out, " ")
	}
	SortRegister(rows, ByDue)
	if got := ids(); !strings.HasPrefix(got, "op2/no-community-input op2/grave-violations-support op/") {
		t.Errorf("by due: %s", got)
	}
	SortRegister(rows, BySeverity)
	if got := ids(); !strings.HasPrefix(got, "op2/grave-violations-support op/grave-violations-support") && !strings.HasPrefix(got, "op/grave-violations-support op2/grave-violations-support") {
		t.Errorf("by severity: %s", got)
	}
	s.SetToday("2026-05-01")
	rows = s.Register()
	SortRegister(rows, ByStatus)
	if got := ids(); !strings.HasPrefix(got, "op2/no-community-input ") || !strings.HasSuffix(got, "op2/grave-violations-support") {
		t.Errorf("by status (overdue open first, accepted last): %s", got)
	}
	if s.Tally().Register.Overdue != 1 || s.Dirty() {
		t.Errorf("SetToday: tally %+v, dirty %v", s.Tally().Register, s.Dirty())
	}
}

// An entry for a risk that does not fire, or that the rulebook in use does
// not know, is a row of the register marked stale, after the risks that fire,
// with no severity and never overdue; nothing drops it.
func TestRegisterListsStaleEntries(t *testing.T) {
	a := operation()
	a.Register = model.Register{
		{Risk: "dual-role", Status: model.Planned, Due: "2026-01-01"},
		{Risk: "grave-violations-support", Status: model.InPlace},
		{Risk: "renamed-risk", Status: model.NotStarted, Owner: "Police Component"},
	}
	s := NewSheet(classify.Default(), &model.Worksheet{Activities: []*model.Activity{a}}, nil)
	s.SetToday("2026-05-01")
	rows := s.Register()
	if len(rows) != 5 {
		t.Fatalf("%d rows, want the 3 firing risks and 2 stale entries", len(rows))
	}
	for i, want := range []struct {
		risk           string
		stale, unknown bool
	}{{"grave-violations-support", false, false}, {"hrddp-not-assessed", false, false}, {"no-community-input", false, false},
		{"dual-role", true, false}, {"renamed-risk", true, true}} {
		r := rows[i]
		if r.Risk.Rule.ID != want.risk || r.Stale != want.stale || r.Unknown != want.unknown {
			t.Errorf("row %d: %s stale %v unknown %v, want %+v", i, r.Risk.Rule.ID, r.Stale, r.Unknown, want)
		}
		if r.Stale && (r.Risk.Severity != "" || r.Risk.Mitigation.Overdue || r.Activity.Register.Entry(r.Risk.Rule.ID) == nil) {
			t.Errorf("stale row %s: severity %q, overdue %v", r.Risk.Rule.ID, r.Risk.Severity, r.Risk.Mitigation.Overdue)
		}
	}
	if rows[4].Risk.Mitigation.Entry.Owner != "Police Component" {
		t.Errorf("the unknown risk's entry is %+v", rows[4].Risk.Mitigation.Entry)
	}
	for _, by := range []RegisterOrder{BySeverity, ByDue, ByStatus} {
		sorted := s.Register()
		SortRegister(sorted, by)
		if by != ByDue && (!sorted[3].Stale || !sorted[4].Stale) {
			t.Errorf("order %d puts a stale entry before a risk that fires: %+v", by, sorted)
		}
	}
	if s.Tally().Register.Overdue != 0 {
		t.Errorf("a stale entry due before today counts as overdue: %+v", s.Tally().Register)
	}
}

// An order is read by its name or the name's first word, in any case and
// spacing; any other text is no order.
func TestParseRegisterOrder(t *testing.T) {
	for _, c := range []struct {
		text string
		want RegisterOrder
		ok   bool
	}{
		{"severity", BySeverity, true}, {"due date", ByDue, true}, {"due", ByDue, true},
		{"  Due   DATE ", ByDue, true}, {"STATUS", ByStatus, true},
		{"", BySeverity, false}, {"date", BySeverity, false}, {"owner", BySeverity, false},
		{"due later", BySeverity, false}, {"status open", BySeverity, false},
	} {
		got, ok := ParseRegisterOrder(c.text)
		if got != c.want || ok != c.ok {
			t.Errorf("ParseRegisterOrder(%q) = %v, %v; want %v, %v", c.text, got, ok, c.want, c.ok)
		}
	}
	for i, name := range RegisterOrderNames() {
		if o := RegisterOrder(i); o.String() != name {
			t.Errorf("order %d is named %q, listed %q", i, o.String(), name)
		}
		if o, ok := ParseRegisterOrder(name); !ok || int(o) != i {
			t.Errorf("the name %q reads as %v, %v", name, o, ok)
		}
	}
	if s := RegisterOrder(len(RegisterOrderNames())).String(); !strings.HasPrefix(s, "RegisterOrder(") {
		t.Errorf("an order out of range is named %q", s)
	}
}
