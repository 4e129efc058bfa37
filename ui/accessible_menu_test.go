package ui

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/exit"
	"github.com/pocssr/pocssr/ui/review"
)

// draftSheet writes a worksheet of the first n drafts imported from the
// resolution the review's tests read, as `pocssr import` would, and returns
// its path.
func draftSheet(t *testing.T, n int) string {
	t.Helper()
	ws := importedSheet(t, resolution)
	if len(ws.Activities) < n {
		t.Fatalf("%d drafts imported", len(ws.Activities))
	}
	ws.Activities = ws.Activities[:n]
	// JSON: its file keeps no confirmation of a draft's answer, which the
	// prompts then say (a YAML file keeps them).
	path := filepath.Join(t.TempDir(), "plan.json")
	if err := ws.Save(path, model.SaveOptions{}); err != nil {
		t.Fatal(err)
	}
	return path
}

// The plain prompts a full way through a worksheet of imported drafts, as a
// planner using a screen reader or a script would: the menu instead of a new
// activity, a refused command and number, the review of the drafts (one
// accepted, one edited — its answers, its verdict, its risk's register entry
// with a date refused and then given — one discarded), an activity's account
// with its facts, the register of another, and the briefing exported, never
// over the worksheet itself. The file keeps every change.
func TestAccessibleWayThroughADraftWorksheet(t *testing.T) {
	path := draftSheet(t, 3)
	before, err := model.Load(path, classify.Default().Vocabulary())
	if err != nil {
		t.Fatal(err)
	}
	accepted, edited, discarded := before.Activities[0], before.Activities[1], before.Activities[2]
	brief := filepath.Join(filepath.Dir(path), "brief.md")
	lines := []string{
		"",           // no new activity: the menu
		"help",       // the commands
		"frobnicate", // not one of them
		"show 9",     // no such activity
		"list",
		"review",
		"1",    // the first draft accepted
		"4",    // the third discarded: the second, asked of others, comes last
		"2",    // the second edited:
		"", "", // its title and description kept
		"2", "", "1", "0", "3", // mission support; kinds kept; the army; no accountability measure known; grave allegations
		"0", "0", "0", "0", "0", "0", "0", "0", "0", // the questions after: don't know
		"2", "Security Sector Reform Unit", "2026-13-01", "2026-09-30", "", // its risk: planned, an owner, a date refused then given
		"show 2",                  // the edited one: its facts, its verdict, its entry
		"export markdown " + path, // the worksheet itself: refused
		"export markdown " + brief,
		"quit",
	}
	// Read on a day after the entry's due date: it is overdue.
	stdout, stderr, code := runPocssr(t, strings.Join(lines, "\n")+"\n", path, "--accessible", "--today=2026-10-01")
	if code != 0 {
		t.Fatalf("exit %d:\n%s", code, stderr)
	}
	for _, want := range []string{
		"Title of the activity (an empty line opens the menu of " + path + " instead):",
		"export FORMAT FILE, x FORMAT FILE   a briefing: ",
		`"frobnicate" is not a command. Allowed: list, add, show N, edit N, register, register by ORDER, register N, delete N, review, mission, findings, framework, import FILE, left, restore REF, undo, redo, export FORMAT FILE, save FILE, help, quit.`,
		"Give the number of an activity, from 1 to 3 (its number in list, not its paragraph).",
		"  1. accept  2. edit (the questions again; finishing them accepts it)  3. skip  4. discard  0. stop the review (an empty line too)",
		"  1. accept  2. edit (the questions again; finishing them accepts it)  3. skip  4. discard  5. undo the last answer  0. stop the review (an empty line too)",
		"Accepted “" + oneLine(accepted.Title) + "”: reviewed now; undo takes it back (5 while the review goes on).",
		"Accepted “" + oneLine(edited.Title) + "” with the answers given: reviewed now; undo takes the edit back.",
		// The paragraph named as the screen's review names it (review.DiscardWords).
		"Discarded " + oneLine(discarded.Source.Ref) + " “" + oneLine(discarded.Title) + "”; undo puts it back (5 while the review goes on).",
		// The draft's answer as its words suggested it, not yet confirmed.
		"Suggested by the words of the source paragraph " + oneLine(edited.Source.Ref) + ", not yet confirmed (~): national authorities alone. An empty line confirms it.",
		"Risk 1 of 1: LOW Governance support that the HRDDP assessment does not look at",
		`"2026-13-01" is not a date`,
		"Risk register of “" + oneLine(edited.Title) + "”: 1 entry given now, 1 entry in all.",
		"Review done: no draft left; 2 reviewed (1 edited), 0 skipped, 1 discarded.",
		"Not exported: that is the worksheet's own file.",
		"Exported 2 activities as markdown to " + brief + ".",
	} {
		if !strings.Contains(stderr, want) {
			t.Errorf("the prompts lack %q", want)
		}
	}
	// Each draft's header heads its account on stdout, the stream the
	// account is on, never the prompts.
	for _, want := range []string{
		"Draft 1 of 3: “" + oneLine(accepted.Title) + "” — activity 1 in list, paragraph " + oneLine(accepted.Source.Ref) + "\n" + accepted.ID + " — ",
		"Draft 2 of 3: “" + oneLine(discarded.Title) + "” — activity 3 in list, paragraph " + oneLine(discarded.Source.Ref) + "\n" + discarded.ID + " — ",
		"Draft 3 of 3: “" + oneLine(edited.Title) + "” — activity 2 in list, paragraph " + oneLine(edited.Source.Ref) + "\n  " + review.OthersNote(othersHeading(classify.Default())) + "\n" + edited.ID + " — ",
	} {
		if !strings.Contains(stdout, want) || strings.Contains(stderr, want[:12]) {
			t.Errorf("stdout lacks %q, or the prompts hold it", want)
		}
	}
	// The accounts on stdout, the edited one last with its facts and entry.
	last := stdout[strings.LastIndex(stdout, edited.ID+" — "):]
	for _, want := range []string{"Facts:", "implementer: national authorities with mission support", "forces: army",
		"rights record: ", "Register: open — planned · owner: Security Sector Reform Unit · due", "2026-09-30", "OVERDUE"} {
		if !strings.Contains(last, want) {
			t.Errorf("the edited activity's account lacks %q:\n%s", want, last)
		}
	}
	// list writes to stdout, as show does: results, not prompts.
	if want := "  1. paragraph " + before.Activities[0].Source.Ref + ": " + accepted.Title + " [draft] — "; !strings.Contains(stdout, want) || strings.Contains(stderr, want) {
		t.Errorf("stdout lacks the list's %q", want)
	}
	if strings.Contains(stdout, "What next?") {
		t.Error("prompts leaked into stdout")
	}

	after, err := model.Load(path, classify.Default().Vocabulary())
	if err != nil {
		t.Fatal(err)
	}
	if len(after.Activities) != 2 || after.Activities[0].ID != accepted.ID || after.Activities[1].ID != edited.ID {
		t.Fatalf("the worksheet holds %d activities; %s was to be discarded", len(after.Activities), discarded.ID)
	}
	for _, a := range after.Activities {
		if a.Status != model.StatusReviewed {
			t.Errorf("%s is %q, not reviewed", a.ID, a.Status)
		}
	}
	a := after.Activities[1]
	if v, _ := a.Facts.One(model.Implementer); v != "mission-support" || !a.Facts.Has(model.Forces, "army") || a.Facts.Primary() != edited.Facts.Primary() {
		t.Errorf("the edited facts: %+v", a.Facts)
	}
	want := model.RegisterEntry{Risk: "governance-outside-hrddp", Status: model.Planned, Owner: "Security Sector Reform Unit", Due: "2026-09-30"}
	if e := a.Register.Entry(want.Risk); e == nil || *e != want {
		t.Errorf("the entry kept: %+v", e)
	}
	md, err := os.ReadFile(brief)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(md), "Security Sector Reform Unit") || strings.Contains(string(md), discarded.Title) {
		t.Errorf("the briefing does not hold what the worksheet does:\n%.600s", md)
	}
}

// The menu's commands on a worksheet of one activity: its register filled
// (a risk in place, the others skipped), its answers edited with every
// answer and entry kept by empty lines, a new activity added, and an export
// that asks before replacing a file.
func TestAccessibleMenuRegistersEditsAndAdds(t *testing.T) {
	path := filepath.Join(t.TempDir(), "plan.yaml")
	ws := model.New(path)
	ws.Activities = []*model.Activity{activity(t, "Joint offensive", "implementer", "mission", "kinds", "combined-operations",
		"forces", "army", "rights_record", "grave-allegations", "hrddp", "not-done")}
	if err := ws.Save(path, model.SaveOptions{}); err != nil {
		t.Fatal(err)
	}
	risks := classify.Default().Classify(ws.Activities[0]).Risks
	if len(risks) < 2 {
		t.Fatalf("%d risks fire: the case tests little", len(risks))
	}
	questions := len(classify.Default().RelevantQuestions(&ws.Activities[0].Facts))
	out := filepath.Join(filepath.Dir(path), "brief.html")
	os.WriteFile(out, []byte("kept"), 0o644)
	lines := []string{"", "register 1", "3", "Human Rights Division", "", "Units screened"}
	lines = append(lines, slices.Repeat([]string{""}, len(risks)-1)...) // the other risks skipped
	lines = append(lines, "")                                           // the next HRDDP review: none kept
	lines = append(lines, "edit 1", "", "")                             // the title and description kept
	// Every answer kept by an empty line, and every entry too (an empty
	// status leaves a risk as it is).
	lines = append(lines, slices.Repeat([]string{""}, questions)...)
	lines = append(lines, slices.Repeat([]string{""}, len(risks))...)
	lines = append(lines, "add", "Vetting police", "", "1", "16", "2", "0", "0", "0", "0", "0", "0", "0", "0", "0",
		"", // its one risk skipped
		"export html "+out, "no", "list", "quit")
	stdout, stderr, code := runPocssr(t, strings.Join(lines, "\n")+"\n", path, "--accessible")
	if code != 0 {
		t.Fatalf("exit %d:\n%s", code, stderr)
	}
	if !strings.Contains(stdout, "  2. Vetting police — ") {
		t.Errorf("the list lacks the activity added:\n%s", stdout)
	}
	for _, want := range []string{"Risk 1 of ", "Risk register of “Joint offensive”: 1 entry given now, 1 entry in all.",
		"  Now: in-place · owner: Human Rights Division · Units screened.",
		"Status (1-4; now: in-place; remove takes the entry out; an empty line leaves the whole entry as it is):", "  The entry stays as it was.",
		"Editing “Joint offensive”: an empty line keeps each answer.", "Now: the mission itself. An empty line keeps it.",
		"“Joint offensive” is as it was.",
		"Added “Vetting police” to " + path + " (2 activities); undo takes it out.", out + " exists. Replace it? (yes or no)", "Not exported."} {
		if !strings.Contains(stderr, want) {
			t.Errorf("the prompts lack %q", want)
		}
	}
	if data, _ := os.ReadFile(out); string(data) != "kept" {
		t.Error("the export replaced a file it was told to keep")
	}
	after, err := model.Load(path, classify.Default().Vocabulary())
	if err != nil {
		t.Fatal(err)
	}
	if len(after.Activities) != 2 || after.Activities[1].Facts.Primary() != "vetting" {
		t.Fatalf("the worksheet holds %d activities", len(after.Activities))
	}
	a := after.Activities[0]
	if !a.Facts.Equal(&ws.Activities[0].Facts) {
		t.Errorf("empty lines changed the answers: %+v", a.Facts)
	}
	want := model.RegisterEntry{Risk: risks[0].Rule.ID, Status: model.InPlace, Owner: "Human Rights Division", Note: "Units screened"}
	if len(a.Register) != 1 || a.Register[0] != want {
		t.Errorf("the register holds %+v, want %+v", a.Register, want)
	}
}

// lineReader gives its lines one a Read, and calls before just before it
// gives line at: the program has acted on every line before it.
type lineReader struct {
	lines  []string
	i, at  int
	before func()
}

func (r *lineReader) Read(b []byte) (int, error) {
	if r.i >= len(r.lines) {
		return 0, io.EOF
	}
	if r.i == r.at && r.before != nil {
		r.before()
		r.before = nil
	}
	n := copy(b, r.lines[r.i]+"\n")
	r.i++
	return n, nil
}

// A change made by the menu is saved at once, with the checks of ctrl+s: a
// file changed on disk meanwhile is never overwritten, and the plain mode
// ends with exit 2 saying why.
func TestAccessibleMenuNeverOverwritesAFileChangedOnDisk(t *testing.T) {
	isolateState(t)
	path := filepath.Join(t.TempDir(), "plan.yaml")
	ws := model.New(path)
	ws.Activities = []*model.Activity{activity(t, "Joint offensive", "implementer", "mission", "kinds", "combined-operations",
		"forces", "army", "rights_record", "grave-allegations", "hrddp", "not-done")}
	if err := ws.Save(path, model.SaveOptions{}); err != nil {
		t.Fatal(err)
	}
	theirs := "activities:\n  - title: Written by someone else\n"
	in := &lineReader{lines: []string{"", "register 1", "3", "", "", "", "", ""}, at: 1,
		before: func() { os.WriteFile(path, []byte(theirs), 0o644) }}
	var out, errOut bytes.Buffer
	env := Env{Stdin: in, Stdout: &out, Stderr: &errOut, Rulebook: classify.Default()}
	code := exit.Report(&errOut, Run(env, Options{Accessible: true, Path: path}))
	if code != 2 || !strings.Contains(errOut.String(), "not saved") || !strings.Contains(errOut.String(), "changed on disk") {
		t.Fatalf("exit %d:\n%s", code, errOut.String())
	}
	if data, _ := os.ReadFile(path); string(data) != theirs {
		t.Errorf("the file changed on disk was overwritten:\n%s", data)
	}
}

// A draft of which no fact is known is accepted only when the planner says
// so again, as on the review screen.
func TestAccessibleReviewAsksBeforeAcceptingAFactlessDraft(t *testing.T) {
	path := filepath.Join(t.TempDir(), "plan.yaml")
	ws := model.New(path)
	bare := &model.Activity{ID: "bare", Title: "A task nobody has read", Status: model.StatusDraft}
	ws.Activities = []*model.Activity{bare}
	if err := ws.Save(path, model.SaveOptions{}); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		answer string
		want   model.Status
	}{{"no", model.StatusDraft}, {"yes", model.StatusReviewed}} {
		_, stderr, code := runPocssr(t, strings.Join([]string{"", "review", "1", tc.answer, "quit"}, "\n")+"\n", path, "--accessible")
		if code != 0 || !strings.Contains(stderr, "No fact is known of this draft: accept it with every fact unknown?") {
			t.Fatalf("exit %d:\n%s", code, stderr)
		}
		after, err := model.Load(path, classify.Default().Vocabulary())
		if err != nil {
			t.Fatal(err)
		}
		if got := after.Activities[0].Status; got != tc.want {
			t.Errorf("answered %q: the draft is %q, want %q", tc.answer, got, tc.want)
		}
	}
}

// list marks the drafts asked of others than the mission as the review
// takes them, last, and says so: the review's order is no surprise.
func TestAccessibleListMarksTheDraftsAskedOfOthers(t *testing.T) {
	path := draftSheet(t, 3)
	stdout, stderr, code := runPocssr(t, "\nlist\nquit\n", path, "--accessible")
	if code != 0 {
		t.Fatalf("exit %d:\n%s", code, stderr)
	}
	lines := strings.Split(stdout, "\n")
	if !strings.Contains(lines[1], " [draft, asked of others than the mission] — ") ||
		strings.Contains(lines[0]+lines[2], "others") || !strings.Contains(lines[0], " [draft] — ") {
		t.Errorf("the list:\n%s", strings.Join(lines[:3], "\n"))
	}
	if want := "review takes the drafts asked of others than the mission last (1 of 3)."; !strings.Contains(stderr, want) {
		t.Errorf("the prompts lack %q:\n%s", want, stderr)
	}
}
