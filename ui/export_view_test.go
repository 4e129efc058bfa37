package ui

import (
	"archive/zip"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/report"
	"github.com/pocssr/pocssr/model"
)

// With a filter, the export writes only what the list shows, and its
// dialog says how many.
func TestExportWritesWhatTheFilterShows(t *testing.T) {
	m := newTestModel(t, importedSheet(t, resolution), 120, 40)
	press(t, m, "/")
	typeText(t, m, "12(c)")
	press(t, m, "enter")
	if len(m.listed()) != 1 {
		t.Fatalf("the filter shows %d rows", len(m.listed()))
	}
	press(t, m, "x")
	requireScreen(t, m, "Exports the 1 of 34 activities the filter")
	press(t, m, "m")
	out := filepath.Join(t.TempDir(), "brief.md")
	m.prompt.fields[0].input.SetValue(out)
	press(t, m, "enter")
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	shown := m.listed()[0]
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

// The export's file name defaults to the worksheet's with the format's
// extension; for JSON of a JSON worksheet that would be the worksheet itself,
// so the name says it is a report.
func TestExportNameIsNeverTheWorksheet(t *testing.T) {
	dir := t.TempDir()
	for _, c := range []struct{ file, key, want string }{
		{"plan.yaml", "m", "plan.md"},
		{"plan.yaml", "j", "plan.json"},
		{"plan.json", "j", "plan-report.json"},
		{"plan.json", "h", "plan.html"},
	} {
		path := filepath.Join(dir, c.file)
		os.WriteFile(path, []byte(`{"activities": [{"title": "Patrols"}]}`), 0o644)
		if strings.HasSuffix(c.file, ".yaml") {
			os.WriteFile(path, []byte("activities:\n  - title: Patrols\n"), 0o644)
		}
		ws, err := model.Load(path, classify.Default().Vocabulary())
		if err != nil {
			t.Fatal(err)
		}
		m := newTestModel(t, ws, 120, 40)
		press(t, m, "x")
		press(t, m, c.key)
		if got := m.prompt.fields[0].input.Value(); got != filepath.Join(dir, c.want) {
			t.Errorf("%s, %s: the export is named %s, want %s", c.file, c.key, got, c.want)
		}
	}
}

// The export dialog writes the Word briefing too: a DOCX (a zip whose
// document part names the activities) under the worksheet's name.
func TestExportWritesAWordBriefing(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "plan.yaml")
	os.WriteFile(path, []byte("mission: MONUSCO\nactivities:\n  - title: Joint patrols\n    implementer: mission\n    kinds: [deterrence]\n"), 0o644)
	ws, err := model.Load(path, classify.Default().Vocabulary())
	if err != nil {
		t.Fatal(err)
	}
	m := newTestModel(t, ws, 120, 40)
	press(t, m, "x")
	requireScreen(t, m, "[w] Word briefing")
	press(t, m, "w")
	if got := m.prompt.fields[0].input.Value(); got != filepath.Join(dir, "plan.docx") {
		t.Fatalf("named %s", got)
	}
	press(t, m, "enter")
	z, err := zip.OpenReader(filepath.Join(dir, "plan.docx"))
	if err != nil {
		t.Fatal(err)
	}
	defer z.Close()
	for _, f := range z.File {
		if f.Name != "word/document.xml" {
			continue
		}
		r, _ := f.Open()
		data, _ := io.ReadAll(r)
		r.Close()
		if !strings.Contains(string(data), "Joint patrols") {
			t.Error("the Word briefing does not name the activity")
		}
		return
	}
	t.Error("no word/document.xml in the export")
}

// enter in the export dialog takes the configured format, else the markdown
// briefing; a format the dialog does not offer leaves markdown.
func TestExportDialogDefaultsToTheConfiguredFormat(t *testing.T) {
	for _, c := range []struct {
		format report.Format
		label  string
		want   string
	}{
		{"", "[m/enter] markdown briefing", "plan.md"},
		{report.HTML, "[h/enter] HTML briefing", "plan.html"},
		{report.CSV, "[c/enter] CSV table", "plan.csv"},
		{report.Text, "[m/enter] markdown briefing", "plan.md"},
	} {
		m := newTestModel(t, sheetOf(activity(t, "Patrols", "kinds", "deterrence")), 120, 40)
		m.sh.briefing.Format = c.format
		press(t, m, "x")
		requireScreen(t, m, c.label)
		press(t, m, "enter")
		if m.prompt == nil || len(m.prompt.fields) == 0 || filepath.Base(m.prompt.fields[0].input.Value()) != "worksheet."+filepath.Ext(c.want)[1:] {
			t.Fatalf("%q: enter did not ask where to write %s", c.format, c.want)
		}
	}
}

// Who prepared the briefing, from the configuration file, reaches every
// briefing the program exports: at the top of the markdown, the HTML and
// the Word briefing, and the Word briefing's author in its properties.
func TestExportedBriefingsSayWhoPreparedThem(t *testing.T) {
	dir := t.TempDir()
	for _, key := range []string{"m", "h", "w"} {
		m := newTestModel(t, sheetOf(activity(t, "Joint patrols", "implementer", "mission", "kinds", "deterrence")), 120, 40)
		m.sh.briefing = Briefing{PreparedBy: "A. Planner, DPO/OMA", Author: "A. Planner", Organisation: "DPO/OMA"}
		press(t, m, "x", key)
		out := filepath.Join(dir, "brief-"+key)
		m.prompt.fields[0].input.SetValue(out)
		press(t, m, "enter")
		data, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		text, props := string(data), ""
		if key == "w" {
			text, props = docxPart(t, out, "word/document.xml"), docxPart(t, out, "docProps/core.xml")
			if !strings.Contains(props, "<dc:creator>A. Planner</dc:creator>") {
				t.Errorf("the Word briefing's author: %s", props)
			}
			if app := docxPart(t, out, "docProps/app.xml"); !strings.Contains(app, "<Company>DPO/OMA</Company>") {
				t.Errorf("the Word briefing's company: %s", app)
			}
		}
		// The Word briefing sets the label and the names in runs of their own.
		if !strings.Contains(text, "Prepared by: ") || !strings.Contains(text, "A. Planner, DPO/OMA") {
			t.Errorf("%s: the briefing does not say who prepared it", key)
		}
	}
}

// docxPart is the text of one part of a DOCX file.
func docxPart(t *testing.T, path, name string) string {
	t.Helper()
	z, err := zip.OpenReader(path)
	if err != nil {
		t.Fatal(err)
	}
	defer z.Close()
	for _, f := range z.File {
		if f.Name == name {
			r, err := f.Open()
			if err != nil {
				t.Fatal(err)
			}
			defer r.Close()
			data, err := io.ReadAll(r)
			if err != nil {
				t.Fatal(err)
			}
			return string(data)
		}
	}
	t.Fatalf("no %s in %s", name, path)
	return ""
}

// An export reads the register on the program's day (--today, else the
// local date), as its screens do: what the register screen marks overdue,
// the exported briefing marks overdue too, and the briefing b shows.
func TestExportReadsTheRegisterOnTheProgramsDay(t *testing.T) {
	m := demoModel(t, 120, 40)
	var a *model.Activity
	var risk string
	for _, x := range m.sh.sheet.Worksheet().Activities {
		if r := m.sh.rb.Classify(x); len(r.Risks) > 0 {
			a, risk = x, r.Risks[0].Rule.ID
			break
		}
	}
	if a == nil {
		t.Fatal("no activity of the case library raises a risk")
	}
	if err := m.sh.sheet.SetMitigation(a, model.RegisterEntry{Risk: risk, Status: model.MitigationStatuses[1], Due: "2020-01-31", Note: "n"}); err != nil {
		t.Fatal(err)
	}
	m.sh.sheet.SetToday("2020-03-01")
	out := filepath.Join(t.TempDir(), "brief.md")
	press(t, m, "x", "m")
	m.prompt.fields[0].input.SetValue(out)
	press(t, m, "enter")
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), "OVERDUE") {
		t.Error("the exported briefing does not mark the entry due before the program's day as overdue")
	}
	m.sh.sheet.SetToday("2020-01-15")
	press(t, m, "x", "m")
	m.prompt.fields[0].input.SetValue(out)
	press(t, m, "enter")
	if m.prompt != nil {
		press(t, m, "o") // overwrite the first export
	}
	if data, _ := os.ReadFile(out); strings.Contains(string(data), "OVERDUE") {
		t.Error("an entry due after the program's day is marked overdue")
	}
}

// The export dialog's footer signs the keys that give way at 80 columns
// with "…", as every footer does, where it dropped "j JSON · esc cancel".
func TestExportFooterSignsTheKeysThatGiveWay(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := demoModel(t, size[0], size[1])
			press(t, m, "x")
			requireScreen(t, m, "Exports all")
			foot := screenText(m)[strings.LastIndex(screenText(m), "\n")+1:]
			if size[0] == 80 && !strings.HasSuffix(strings.TrimSpace(foot), "…") {
				t.Fatalf("the footer drops keys without a sign: %q", foot)
			}
			if size[0] == 200 && !strings.Contains(foot, "esc cancel") {
				t.Fatalf("the footer lacks esc: %q", foot)
			}
			golden(t, m, size[0], size[1], "Exports all")
		})
	}
}
