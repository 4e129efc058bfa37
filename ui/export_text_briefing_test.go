package ui

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/report"
	"github.com/pocssr/pocssr/classify/suggest"
	"github.com/pocssr/pocssr/model"
)

// savedDrafts is a worksheet saved as dir/plan.yaml, holding the drafts of
// an imported mandate, read back from its file.
func savedDrafts(t *testing.T, dir string) *model.Worksheet {
	t.Helper()
	imported := importedSheet(t, resolution)
	path := filepath.Join(dir, "plan.yaml")
	if err := imported.Save(path, model.SaveOptions{}); err != nil {
		t.Fatal(err)
	}
	ws, err := model.Load(path, classify.Default().Vocabulary())
	if err != nil {
		t.Fatal(err)
	}
	return ws
}

// The export dialog writes the briefing the b screen lays out as plain text
// too: the report package's briefing writer at 80 columns, with the words a
// draft's answers were read from, as the other briefings carry them, under
// the worksheet's name with .txt.
func TestExportWritesTheTextBriefing(t *testing.T) {
	dir := t.TempDir()
	ws := savedDrafts(t, dir)
	m := newTestModel(t, ws, 120, 40)
	m.sh.briefing = Briefing{PreparedBy: "A. Planner, DPO/OMA"}
	press(t, m, "x")
	requireScreen(t, m, "[t] text briefing")
	press(t, m, "t")
	out := filepath.Join(dir, "plan.txt")
	if got := m.prompt.fields[0].input.Value(); got != out {
		t.Fatalf("the text briefing is named %s, want %s", got, out)
	}
	press(t, m, "enter")
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	rb := classify.Default()
	var want bytes.Buffer
	sheets := []report.Sheet{{File: ws.Path(), Worksheet: ws, PreparedBy: "A. Planner, DPO/OMA", Today: m.sh.sheet.Today(),
		Readings: suggest.DraftReader(rb)}}
	if err := report.WriteBriefingTerminal(&want, rb, sheets, 80); err != nil {
		t.Fatal(err)
	}
	if string(data) != want.String() {
		t.Errorf("the file is not the briefing's text at 80 columns:\n%.600s\n---- want ----\n%.600s", data, want.String())
	}
	for _, w := range []string{"Prepared by: A. Planner, DPO/OMA", "DRAFT", "Read from"} {
		if !strings.Contains(string(data), w) {
			t.Errorf("the text briefing lacks %q", w)
		}
	}
	requireScreen(t, m, "Exported 34 activities as text briefing to "+out)
}

// The export dialog's title names the format in the words the dialog offers it ("text briefing"), never by its
// id ("text-briefing").
func TestExportSaysTheFormatInWords(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			// Unsaved, the file is offered as worksheet.txt; the status
			// line after the export is TestExportWritesTheTextBriefing's.
			m := newTestModel(t, importedSheet(t, resolution), size[0], size[1])
			press(t, m, "x", "t")
			requireScreen(t, m, "Export as text briefing")
			refuseScreen(t, m, "text-briefing")
			golden(t, m, size[0], size[1], "Export as")
		})
	}
}

// The text briefing is refused over the worksheet's own file, as every
// export is, and one that cannot be written leaves no file, whole or in
// part, beside the worksheet.
func TestExportTextBriefingNeverOverTheWorksheetNorInPart(t *testing.T) {
	dir := t.TempDir()
	ws := savedDrafts(t, dir)
	worksheet, err := os.ReadFile(ws.Path())
	if err != nil {
		t.Fatal(err)
	}
	m := newTestModel(t, ws, 120, 40)
	for _, c := range []struct{ path, status string }{
		{ws.Path(), "Not exported: that is the worksheet's own file."},
		{filepath.Join(dir, "no such folder", "plan.txt"), "Not exported: "},
	} {
		press(t, m, "x", "t")
		m.prompt.fields[0].input.SetValue(c.path)
		press(t, m, "enter")
		requireScreen(t, m, c.status)
		if again, _ := os.ReadFile(ws.Path()); !bytes.Equal(again, worksheet) {
			t.Fatalf("%s: the worksheet's file changed", c.path)
		}
		entries, _ := os.ReadDir(dir)
		if len(entries) != 1 {
			var names []string
			for _, e := range entries {
				names = append(names, e.Name())
			}
			t.Errorf("%s: the folder holds %v, want the worksheet alone", c.path, names)
		}
	}
}

// The export dialog said the text briefing is "the one b shows, 80 columns
// wide", then "the briefing b shows, laid out 80 columns wide", but at 200
// columns b lays the briefing out near 200 wide: the words say what is
// true at every width, what b shows laid out 80 columns wide in the file.
func TestExportDialogSaysTheTextBriefingIsLaidOut80Wide(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := demoModel(t, size[0], size[1])
			press(t, m, "x")
			var dialog string // the words inside the dialog's frame
			for _, l := range strings.Split(screenText(m), "\n") {
				if parts := strings.Split(l, "║"); len(parts) == 3 {
					dialog += parts[1] + " "
				}
			}
			if !containsFlat(dialog, "the text briefing says what b shows, laid out 80 columns wide in the file.") ||
				containsFlat(dialog, "the one b shows, 80 columns wide") || containsFlat(dialog, "is the briefing b shows") {
				t.Fatalf("the export dialog does not say the text briefing is laid out 80 wide:\n%s", screenText(m))
			}
			golden(t, m, size[0], size[1], "80 columns wide in the file")
		})
	}
}
