package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// With a filter, the export writes only what the list shows, and its
// dialog says how many.
func TestExportWritesWhatTheFilterShows(t *testing.T) {
	m := newTestModel(t, importedSheet(t, resolution), 120, 40)
	press(t, m, "/")
	typeText(t, m, "12(c)")
	press(t, m, "enter")
	if m.worksheet.rows() != 1 {
		t.Fatalf("the filter shows %d rows", m.worksheet.rows())
	}
	press(t, m, "x")
	requireScreen(t, m, "Exports the 1 of 37 activities the filter")
	press(t, m, "m")
	out := filepath.Join(t.TempDir(), "brief.md")
	m.prompt.fields[0].input.SetValue(out)
	press(t, m, "enter")
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	shown := m.sh.sheet.At(m.worksheet.position(0))
	if !strings.Contains(string(data), shown.Title) {
		t.Errorf("the export lacks the activity shown")
	}
	for _, a := range m.sh.sheet.Worksheet().Activities {
		if a != shown && strings.Contains(string(data), a.ID) {
			t.Errorf("the export holds %s, which the filter hides", a.ID)
		}
	}
	requireScreen(t, m, "Exported 1 activity")
}
