package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/model"
)

// Without a worksheet file the plain prompts start where the screen does: a
// new worksheet, said to be kept in this run only, whose empty title opens
// the menu (never "no answers were given", exit 2, for the empty line the
// prompt offered); its commands work on the worksheet in memory, and export
// writes a briefing of it.
func TestAccessibleWithoutAFileOpensTheMenuOfANewWorksheet(t *testing.T) {
	stdout, stderr, code := runPocssr(t, "\n", "--accessible")
	if code != 0 || stdout != "" {
		t.Fatalf("an empty title: exit %d, stdout %q:\n%s", code, stdout, stderr)
	}
	for _, want := range []string{
		"No worksheet file was named: this is a new worksheet, kept in this run only until save FILE keeps it in a file (export writes a briefing of it).",
		"Title of the activity (an empty line opens the menu of the new worksheet instead):",
		"What next? (help lists the commands; an empty line ends)",
	} {
		if !strings.Contains(stderr, want) {
			t.Errorf("the prompts lack %q:\n%s", want, stderr)
		}
	}
	if strings.Contains(stderr, "no answers were given") {
		t.Errorf("an empty line offered as a way on is taken as no answer:\n%s", stderr)
	}
	brief := filepath.Join(t.TempDir(), "brief.md")
	in := strings.Join([]string{"", "add", "Vetting police", "", "1", "16", "2", "0", "0", "0", "0", "0", "0", "0", "0", "0", "",
		"list", "export markdown " + brief, "quit", "quit"}, "\n") + "\n"
	stdout, stderr, code = runPocssr(t, in, "--accessible")
	if code != 0 {
		t.Fatalf("exit %d:\n%s", code, stderr)
	}
	if want := "Added “Vetting police” to the new worksheet (1 activity); undo takes it out."; !strings.Contains(stderr, want) {
		t.Errorf("the prompts lack %q:\n%s", want, stderr)
	}
	if !strings.Contains(stdout, "  1. Vetting police — ") {
		t.Errorf("the list lacks the activity added:\n%s", stdout)
	}
	if md, err := os.ReadFile(brief); err != nil || !strings.Contains(string(md), "Vetting police") {
		t.Errorf("the briefing lacks the activity added: %v", err)
	}
}

// A worksheet file named on the command line that is not there yet is said
// to be new, with where the first change creates it; the intro says what an
// empty title does once, in the title's prompt.
func TestAccessibleSaysTheWorksheetFileIsNew(t *testing.T) {
	path := filepath.Join(t.TempDir(), "plan.yaml")
	_, stderr, code := runPocssr(t, "\nquit\n", path, "--accessible")
	if code != 0 {
		t.Fatalf("exit %d:\n%s", code, stderr)
	}
	if want := model.QuoteName(path) + " is a new worksheet: the first change creates " + model.QuoteName(path) + "."; !strings.Contains(stderr, want) {
		t.Errorf("the prompts lack %q:\n%s", want, stderr)
	}
	if n := strings.Count(stderr, "opens the menu"); n != 1 {
		t.Errorf("what an empty title does is said %d times:\n%s", n, stderr)
	}
	// A file that is there is not new.
	if err := os.WriteFile(path, []byte("activities: []\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, stderr, _ = runPocssr(t, "\nquit\n", path, "--accessible"); strings.Contains(stderr, "is a new worksheet") {
		t.Errorf("a file that exists is said to be new:\n%s", stderr)
	}
}

// help names each command's letter and which number N is: an activity's
// in list, never its paragraph; the letters do what help says.
func TestAccessibleHelpNamesTheLetters(t *testing.T) {
	path := filepath.Join(t.TempDir(), "plan.yaml")
	_, stderr, code := runPocssr(t, "\nhelp\nl\nm\nMINUSCA\n\nquit\n", path, "--accessible")
	if code != 0 {
		t.Fatalf("exit %d:\n%s", code, stderr)
	}
	for _, want := range []string{"  list, l  ", "  add, a  ", "  show N, s N  ", "  edit N, e N  ", "  delete N, d N  ",
		"  review, v  ", "  mission, m  ", "  findings, p  ", "  framework, f  ", "  undo, u; redo, o  ", "  quit, q",
		"the full account of activity N (its number in list, not its paragraph)",
		"then its risks (N: its number in list)", "after asking (N: its number in list; undo puts it back)",
		"No activities yet: add makes one.", "The worksheet is now for mission MINUSCA, no mandate named; undo takes it back."} {
		if !strings.Contains(stderr, want) {
			t.Errorf("the prompts lack %q:\n%s", want, stderr)
		}
	}
	if strings.Contains(stderr, "is not a command") {
		t.Errorf("a letter help names is refused:\n%s", stderr)
	}
}

// undo is offered only while the input goes on: after one command piped
// and the end of the input it could never be asked for, and the next run's
// undo says it reaches only what was changed in that run.
func TestAccessibleOffersUndoOnlyWhileTheInputGoesOn(t *testing.T) {
	path, _ := offensiveSheet(t)
	_, stderr, code := runPocssr(t, "\ndelete 1\nyes\n", path, "--accessible")
	if code != 0 {
		t.Fatalf("exit %d:\n%s", code, stderr)
	}
	if want := "Deleted “Joint offensive”; 0 activities left.\n"; !strings.Contains(stderr, want) || strings.Contains(stderr, "undo puts it back") {
		t.Errorf("after the last line: want %q and no undo offered:\n%s", want, stderr)
	}
	_, stderr, _ = runPocssr(t, "\nundo\n", path, "--accessible")
	if want := "Nothing to undo: undo takes back only what was changed in this run."; !strings.Contains(stderr, want) {
		t.Errorf("the next run's undo: want %q:\n%s", want, stderr)
	}
	// With more input to come, the way back is said.
	path, _ = offensiveSheet(t)
	_, stderr, _ = runPocssr(t, "\ndelete 1\nyes\nquit\n", path, "--accessible")
	if want := "Deleted “Joint offensive”; 0 activities left. undo puts it back."; !strings.Contains(stderr, want) {
		t.Errorf("with input to come: want %q:\n%s", want, stderr)
	}
}

// save keeps a new worksheet in a file, as ctrl+s asks a name for one: a
// file there is replaced only on a yes, and every change after is saved to
// the file at once.
func TestAccessibleSaveKeepsTheNewWorksheet(t *testing.T) {
	dir := t.TempDir()
	taken := filepath.Join(dir, "taken.yaml")
	if err := os.WriteFile(taken, []byte("activities: []\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "plan.yaml")
	// Who carries it out, what it does: not known; nothing more is asked.
	add := func(title string) []string { return []string{"add", title, "", "0", "0"} }
	in := []string{""}
	in = append(in, add("Patrols by night")...)
	in = append(in, "save "+taken, "no", "save "+path)
	in = append(in, add("Vetting police")...)
	in = append(in, "save "+path, "quit")
	_, stderr, code := runPocssr(t, strings.Join(in, "\n")+"\n", "--accessible")
	if code != 0 {
		t.Fatalf("exit %d:\n%s", code, stderr)
	}
	for _, want := range []string{
		model.QuoteName(taken) + " exists. Replace it? (yes or no)\nNot saved.",
		"Saved 1 activity to " + model.QuoteName(path) + ": every change is saved there from now on.",
		"Added “Vetting police” to " + model.QuoteName(path) + " (2 activities); undo takes it out.",
		"Every change is saved to " + model.QuoteName(path) + " at once: save names a file for a new worksheet only.",
	} {
		if !strings.Contains(stderr, want) {
			t.Errorf("the prompts lack %q:\n%s", want, stderr)
		}
	}
	if ws := loadPlan(t, path); len(ws.Activities) != 2 || ws.Activities[1].Title != "Vetting police" {
		t.Errorf("the file holds %d activities", len(ws.Activities))
	}
	if data, _ := os.ReadFile(taken); string(data) != "activities: []\n" {
		t.Errorf("the file not to be replaced holds %q", data)
	}
}
