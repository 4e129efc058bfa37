package ui

import (
	"path/filepath"
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/compareview"
)

// The two mandates the comparison screen is tried on: an invented mission's
// reviewed worksheet and its renewal (one task moved unchanged, some
// reworded, one split, one dropped, two added).
var (
	compareOld = filepath.Join("testdata", "compare", "old.yaml")
	compareNew = filepath.Join("testdata", "compare", "new.yaml")
)

// loadTestSheet reads a worksheet of testdata.
func loadTestSheet(t testing.TB, path string) *model.Worksheet {
	t.Helper()
	ws, err := model.Load(path, classify.Default().Vocabulary())
	if err != nil {
		t.Fatal(err)
	}
	return ws
}

// comparing opens old.yaml and compares it with new.yaml through C.
func comparing(t testing.TB, w, h int) *Model {
	t.Helper()
	m := newTestModel(t, loadTestSheet(t, compareOld), w, h)
	press(t, m, "C")
	typeText(t, m, compareNew)
	press(t, m, "enter")
	return m
}

func (m *Model) comparison() *compareview.Screen {
	return m.nav.screens[compareScreen].(*compareview.Screen)
}

func TestCompareOpensFromTheWorksheet(t *testing.T) {
	m := comparing(t, 120, 40)
	if m.front != compareScreen {
		t.Fatalf("front screen %v, want the comparison; status %q\n%s", m.front, m.status, screenText(m))
	}
	t.Log("\n" + screenText(m))
	press(t, m, "enter")
	t.Log("\n" + screenText(m))
	press(t, m, "esc", "T")
	t.Log("\n" + screenText(m))
}
