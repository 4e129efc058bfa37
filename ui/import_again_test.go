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
