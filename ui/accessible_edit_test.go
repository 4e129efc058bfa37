package ui

import (
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
)

// edit asks the title and description first, each kept by an empty line:
// a title cut short on import is given whole, the description cleared by
// "-" (the words read again, as the questionnaire reads them); the draft is
// accepted and the prompts say so; undo takes the whole edit back, answers
// and all.
func TestAccessibleEditGivesTheTitleAndDescription(t *testing.T) {
	// The first draft with a description: the lead-in it stood under.
	path := draftSheet(t, 8)
	ws := loadPlan(t, path)
	at := slices.IndexFunc(ws.Activities, func(a *model.Activity) bool { return a.Description != "" })
	if at < 0 {
		t.Fatal("no draft has a description: the case tests little")
	}
	before := ws.Activities[at]
	edit := "edit " + strconv.Itoa(at+1)
	whole := "Support the Government in the reform of the army, whole"
	walk := slices.Repeat([]string{""}, 40) // every answer kept, every risk as it is, then the menu ends
	lines := append([]string{"", edit, whole, "-"}, walk...)
	_, stderr, code := runPocssr(t, strings.Join(lines, "\n")+"\n", path, "--accessible")
	if code != 0 {
		t.Fatalf("exit %d:\n%s", code, stderr)
	}
	for _, want := range []string{
		"Title (now: “" + oneLine(before.Title) + "”; an empty line keeps it):",
		// The lead-in cleared, the words no longer suggest who does it.
		"implementer: the words no longer suggest it; not known now.",
		"Description (now: “" + oneLine(before.Description) + "”; an empty line keeps it, - clears it):",
		"Accepted “" + whole + "” with the answers given: reviewed now; undo takes the edit back.",
	} {
		if !strings.Contains(stderr, want) {
			t.Errorf("the prompts lack %q", want)
		}
	}
	a := loadPlan(t, path).Activities[at]
	if a.Title != whole || a.Description != "" || a.Status != model.StatusReviewed || a.ID != before.ID {
		t.Errorf("edited: title %q, description %q, status %q, id %q", a.Title, a.Description, a.Status, a.ID)
	}

	// The same edit, then undo: the file is as it was.
	path = draftSheet(t, 8)
	lines = append([]string{"", edit, whole, "-"}, slices.Repeat([]string{""}, 20)...)
	_, stderr, _ = runPocssr(t, strings.Join(lines, "\n")+"\n", path, "--accessible")
	n := strings.Count(stderr, "Question ")
	lines = append([]string{"", edit, whole, "-"}, slices.Repeat([]string{""}, n)...)
	path = draftSheet(t, 8)
	// The risks: as many empty lines as register steps, then undo.
	risks := len(classify.Default().Classify(before).Risks)
	lines = append(lines, slices.Repeat([]string{""}, risks)...)
	lines = append(lines, "undo", "quit")
	_, stderr, code = runPocssr(t, strings.Join(lines, "\n")+"\n", path, "--accessible")
	if code != 0 || !strings.Contains(stderr, "Undid the edit of “"+whole+"”; redo makes it again.") {
		t.Fatalf("exit %d, no undo of the edit:\n%s", code, stderr[max(0, len(stderr)-1500):])
	}
	a = loadPlan(t, path).Activities[at]
	if a.Title != before.Title || a.Description != before.Description || a.Status != model.StatusDraft || !a.Facts.Equal(&before.Facts) {
		t.Errorf("after the undo: title %q, description %q, status %q", a.Title, a.Description, a.Status)
	}
}

// show N and the review mark the answers of a draft that only its words
// suggest, with the words behind them, and edit asks them to be confirmed:
// the account alone reads them as answers given.
func TestAccessibleMarksADraftsSuggestedAnswers(t *testing.T) {
	path := draftSheet(t, 3)
	d := loadPlan(t, path).Activities[1]
	stdout, stderr, code := runPocssr(t, "\nshow 2\nshow 1\nquit\n", path, "--accessible")
	if code != 0 {
		t.Fatalf("exit %d:\n%s", code, stderr)
	}
	head := "  Suggested by the words of the source paragraph " + oneLine(d.Source.Ref) + ", not yet confirmed (~; an edit confirms or changes them):"
	if !strings.Contains(stdout, head) || !strings.Contains(stdout, "    ~ implementer: national authorities alone ← ") {
		t.Errorf("the account does not mark the suggested answers:\n%s", stdout)
	}
	// Accepted, the same answers are the planner's: no mark.
	path = draftSheet(t, 3)
	_, _, _ = runPocssr(t, "\nreview\n3\n3\n1\n", path, "--accessible") // the second is reviewed last
	stdout, _, _ = runPocssr(t, "\nshow 2\nquit\n", path, "--accessible")
	if strings.Contains(stdout, "~ ") {
		t.Errorf("an accepted activity is marked as suggested:\n%s", stdout)
	}
}

// The register says what an empty line does where a part holds a text
// (keeps it) and where it holds none, "-" clears a part, a refused date
// says the same, a kept past date says it is overdue, and each risk says
// what was kept.
func TestAccessibleRegisterKeepsAndClearsEachPart(t *testing.T) {
	_, risks := offensiveSheet(t)
	earlier := model.RegisterEntry{Risk: risks[0].Rule.ID, Status: model.Planned, Owner: "Force HQ", Due: "2026-01-31", Note: "Screening list"}
	path, _ := offensiveSheet(t, earlier)
	lines := []string{"", "register 1",
		"2",    // planned, as it was
		"-",    // the owner cleared
		"none", // refused: not a date
		"",     // the date kept
		"",     // the note kept
	}
	lines = append(lines, slices.Repeat([]string{""}, len(risks)-1)...)
	lines = append(lines, "") // the next HRDDP review: none kept
	_, stderr, code := runPocssr(t, strings.Join(append(lines, "quit"), "\n")+"\n", path, "--accessible", "--today=2026-03-01")
	if code != 0 {
		t.Fatalf("exit %d:\n%s", code, stderr)
	}
	for _, want := range []string{
		"  Now: planned · owner: Force HQ · due 2026-01-31 · OVERDUE · Screening list.",
		"Status (1-4; now: planned; remove takes the entry out; an empty line leaves the whole entry as it is):",
		"  2. planned (the risk is open)", "  3. in-place (the risk is mitigated)",
		"Owner (who puts the measures in place; now: Force HQ; an empty line keeps it, - clears it):",
		"Due date (YYYY-MM-DD; now: 2026-01-31, overdue; an empty line keeps it, - clears it):",
		`"none" is not a date`, "Try again; an empty line keeps it.",
		"2026-01-31 is already past on 2026-03-01: the entry is kept, and overdue.",
		"  Kept: planned · due 2026-01-31 · OVERDUE · Screening list (the risk is open).",
		"Status (1-4; an empty line skips this risk: no entry):",
		"  No entry: the risk stays open.",
		"Risk register of “Joint offensive”: 1 entry given now, 1 entry in all.",
	} {
		if !strings.Contains(stderr, want) {
			t.Errorf("the prompts lack %q", want)
		}
	}
	e := loadPlan(t, path).Activities[0].Register.Entry(earlier.Risk)
	want := earlier
	want.Owner = ""
	if e == nil || *e != want {
		t.Errorf("the entry kept: %+v, want %+v", e, want)
	}
}

// export takes a file name with spaces, in quotes or not, and ~ for the
// home folder; a folder that does not exist is said without the name of a
// temporary file; a format that is no briefing's says why.
func TestAccessibleExportFileNames(t *testing.T) {
	path, _ := offensiveSheet(t)
	dir := filepath.Dir(path)
	home := t.TempDir()
	t.Setenv("HOME", home)
	in := strings.Join([]string{"",
		"export csv " + dir + "/my brief.csv",
		`export csv "` + dir + `/my brief 2.csv"`,
		"export html ~/b.html",
		"export html " + dir + "/no such folder/b.html",
		"export yaml " + dir + "/b.yaml",
		"quit"}, "\n") + "\n"
	_, stderr, code := runPocssr(t, in, path, "--accessible")
	if code != 0 {
		t.Fatalf("exit %d:\n%s", code, stderr)
	}
	for _, f := range []string{filepath.Join(dir, "my brief.csv"), filepath.Join(dir, "my brief 2.csv"), filepath.Join(home, "b.html")} {
		if _, err := os.Stat(f); err != nil {
			t.Errorf("not written: %v", err)
		}
	}
	for _, want := range []string{
		"Exported 1 activity as csv to " + model.QuoteName(dir+"/my brief.csv") + ".",
		"Exported 1 activity as html to " + home + "/b.html.",
		"Not exported: cannot write " + model.QuoteName(dir+"/no such folder/b.html") + ": no such file or directory.",
		"Not exported: yaml is no briefing format (the worksheet itself is saved at each change); the formats: ",
	} {
		if !strings.Contains(stderr, want) {
			t.Errorf("the prompts lack %q", want)
		}
	}
	if strings.Contains(stderr, ".tmp") || strings.Contains(stderr, "did you mean") {
		t.Errorf("the prompts name a temporary file or guess:\n%s", stderr)
	}
}

// A description changed in edit is read again, as the questionnaire reads
// it on leaving its description step: what the new words suggest fills the
// answers not known yet, each asked to be confirmed.
func TestAccessibleEditReadsANewDescription(t *testing.T) {
	path := filepath.Join(t.TempDir(), "plan.yaml")
	ws := model.New(path)
	ws.Activities = []*model.Activity{{ID: "item", Title: "Item"}}
	if err := ws.Save(path, model.SaveOptions{}); err != nil {
		t.Fatal(err)
	}
	lines := append([]string{"", "edit 1", "", "Joint offensive with the army"}, slices.Repeat([]string{""}, 40)...)
	_, stderr, code := runPocssr(t, strings.Join(lines, "\n")+"\n", path, "--accessible")
	if code != 0 {
		t.Fatalf("exit %d:\n%s", code, stderr)
	}
	for _, want := range []string{"Description (none now; one line, an empty line leaves none):",
		"What the words suggest (each is asked to be confirmed):",
		"Suggested by the words of the title and description, not yet confirmed (~): Combined operations. An empty line confirms it.",
		"Edited “Item”; undo takes the edit back."} {
		if !strings.Contains(stderr, want) {
			t.Errorf("the prompts lack %q", want)
		}
	}
	a := loadPlan(t, path).Activities[0]
	if a.Description != "Joint offensive with the army" || a.Facts.Primary() != "combined-operations" || !a.Facts.Has(model.Forces, "army") {
		t.Errorf("edited: %q, kinds %q, %+v", a.Description, a.Facts.Primary(), a.Facts)
	}
}
