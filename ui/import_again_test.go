package ui

import (
	"testing"

	"github.com/pocssr/pocssr/model"
)

// Importing a document a second time says so and offers replace, add or
// cancel; each of replace and add is undone by one u.
func TestImportOfADocumentAlreadyInTheWorksheet(t *testing.T) {
	m := newTestModel(t, model.New(""), 120, 40)
	importFile(t, m, resolution)
	s := m.sh.sheet
	n := s.Len()
	accepted := s.At(0)
	press(t, m, "esc") // leave the review
	again := func(answer string) {
		t.Helper()
		importFile(t, m, resolution)
		if m.prompt == nil || m.prompt.id != promptImportAgain {
			t.Fatalf("no warning on importing the same document again:\n%s", screenText(m))
		}
		requireScreen(t, m, "Already imported", "S/RES/1925 (2010)", "[r] replace them", "[a] add beside them")
		press(t, m, answer)
		if m.front == reviewScreen {
			press(t, m, "esc")
		}
	}
	again("esc")
	if s.Len() != n {
		t.Fatalf("cancel still imported: %d activities", s.Len())
	}
	again("a")
	if s.Len() != 2*n {
		t.Fatalf("add: %d activities; want %d", s.Len(), 2*n)
	}
	press(t, m, "u")
	if s.Len() != n {
		t.Fatalf("u after add: %d activities", s.Len())
	}
	again("r")
	if s.Len() != n || s.Index(accepted) >= 0 {
		t.Fatalf("replace: %d activities, the earlier first at %d", s.Len(), s.Index(accepted))
	}
	press(t, m, "u")
	if s.Len() != n || s.Index(accepted) != 0 {
		t.Fatalf("u after replace: %d activities, the earlier first at %d", s.Len(), s.Index(accepted))
	}
}

// Replacing the earlier import keeps the register entries and the HRDDP
// review of each task the resolution gives again, on its new draft, and says
// so; u gives the earlier activities back, register and all.
func TestImportAgainKeepsTheRegister(t *testing.T) {
	m := newTestModel(t, model.New(""), 120, 40)
	importFile(t, m, resolution)
	press(t, m, "esc")
	s := m.sh.sheet
	first := s.At(0)
	risk := s.Rulebook().Vocabulary().Risks()[0]
	entry := model.RegisterEntry{Risk: risk, Status: model.Planned, Owner: "Human Rights Division", Due: "2026-03-31", Note: "kept across imports"}
	if err := s.SetMitigation(first, entry); err != nil {
		t.Fatal(err)
	}
	if err := s.SetHRDDPReview(first, "2026-06-30"); err != nil {
		t.Fatal(err)
	}
	importFile(t, m, resolution)
	press(t, m, "r")
	requireScreen(t, m, "keeping the risk register of 1 activity")
	if m.front == reviewScreen {
		press(t, m, "esc")
	}
	var again *model.Activity
	for i := 0; i < s.Len(); i++ {
		if a := s.At(i); a.Source.Ref == first.Source.Ref && a != first {
			again = a
		}
	}
	if again == nil {
		t.Fatalf("no new draft of paragraph %s", first.Source.Ref)
	}
	if e := again.Register.Entry(risk); e == nil || *e != entry || again.HRDDPReview != "2026-06-30" {
		t.Fatalf("the new draft of %s has %+v, review %q", first.Source.Ref, again.Register, again.HRDDPReview)
	}
	press(t, m, "u")
	if s.Index(first) != 0 || first.Register.Entry(risk) == nil {
		t.Fatalf("u after replace: the earlier first at %d with %+v", s.Index(first), first.Register)
	}
}
