package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A script one answer short of an edit's questions (their number follows
// the answers before them) sends its next commands as answers: each is
// refused naming its line, and the input that ends inside the questions
// after them ends the run with exit 2, saying how many lines were refused,
// where it ended with 0 and wrote nothing the commands asked.
func TestAccessiblePipedLinesRefusedInAnEditAreNamedAndEndWithTwo(t *testing.T) {
	path := draftSheet(t, 3)
	before, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	brief := filepath.Join(t.TempDir(), "b2.html")
	lines := []string{"", "edit 1",
		"Reserve force", "", // a new title, the description kept
		"", "", // the first two questions kept
		"register 1", "export html " + brief, "list", // meant as commands
	}
	_, stderr, code := runPocssr(t, strings.Join(lines, "\n")+"\n", path, "--accessible")
	if code != 2 {
		t.Errorf("exit %d, want 2:\n%s", code, stderr)
	}
	for _, want := range []string{
		"stdin:7: “register 1” is no answer to question 3 (0-",
		"stdin:8: “export html " + brief + "” is no answer to question 3 (0-",
		"stdin:9: “list” is no answer to question 3 (0-",
		"pocssr: the input ended inside the questions after 3 lines were refused as answers (stdin:7, stdin:8, stdin:9)",
	} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr[max(0, len(stderr)-2000):])
		}
	}
	if _, err := os.Stat(brief); err == nil {
		t.Error("an export was written by a line refused as an answer")
	}
	// The edit, its answers out of step, is taken back: the file is as it
	// was before it.
	if want := "what it changed is taken back, and " + path + " is as it was before it (exit 2)"; !strings.Contains(stderr, want) {
		t.Errorf("stderr lacks %q", want)
	}
	for _, never := range []string{"the answers given before it are kept", "Edited “Reserve force”"} {
		if strings.Contains(stderr, never) {
			t.Errorf("the edit taken back says %q", never)
		}
	}
	if after, err := os.ReadFile(path); err != nil || string(after) != string(before) {
		t.Errorf("the worksheet's file changed: %v", err)
	}

	// An add out of step in a worksheet file its first change creates is
	// taken back, and no file is left.
	fresh := filepath.Join(t.TempDir(), "new.yaml")
	_, stderr, code = runPocssr(t, "Joint offensive with the army\n\n1\n\nlist\n", fresh, "--accessible")
	if want := "is taken back whole: it had changed nothing yet, and " + fresh + ", which it would have created, is not there (exit 2)"; code != 2 || !strings.Contains(stderr, want) {
		t.Errorf("exit %d, want 2 and %q:\n%s", code, want, stderr)
	}
	if _, err := os.Stat(fresh); err == nil {
		t.Error("the file the add would have created is there")
	}

	// The register's prompts name a refused line the same way; a refused
	// line corrected at its prompt, the input ending at the menu, ends
	// with 0.
	path, risks := offensiveSheet(t)
	lines = []string{"", "register 1", "9", "1", "", "", ""} // owner, due date, note left empty
	for range risks[1:] {
		lines = append(lines, "")
	}
	lines = append(lines, "", "quit") // the next HRDDP review: none kept
	_, stderr, code = runPocssr(t, strings.Join(lines, "\n")+"\n", path, "--accessible")
	if code != 0 || !strings.Contains(stderr, "stdin:3: “9” is no answer to the status of risk 1 of ") {
		t.Errorf("exit %d, want 0 and the line named:\n%s", code, stderr)
	}
}

// The empty first line a script starts with to reach the menu of pocssr
// --accessible does not end the demo, which opens at the menu: the same
// script lists the cases in both. A second empty line ends it.
func TestAccessiblePipedDemoTakesTheLeadingEmptyLineAsTheMenu(t *testing.T) {
	stdout, stderr, code := runPocssr(t, "\nl\n", "demo", "--accessible")
	if code != 0 || !strings.HasPrefix(stdout, "  1. section “") || !strings.Contains(stderr, demoLeadingEmpty) {
		t.Errorf("exit %d, want 0 and the cases listed:\n%.300s\n%s", code, stdout, stderr)
	}
	path := filepath.Join(t.TempDir(), "plan.yaml")
	_, stderr, code = runPocssr(t, "\nl\n", path, "--accessible")
	if code != 0 || !strings.Contains(stderr, "No activities yet: add makes one.") || strings.Contains(stderr, demoLeadingEmpty) {
		t.Errorf("pocssr --accessible: exit %d, want 0 and the list asked:\n%s", code, stderr)
	}
	// Only the first line: an empty line after a command ends the demo.
	stdout, stderr, code = runPocssr(t, "\n\nl\n", "demo", "--accessible")
	if code != 0 || stdout != "" || strings.Count(stderr, demoLeadingEmpty) != 1 {
		t.Errorf("two empty lines: exit %d, want 0 and nothing listed:\n%s", code, stdout)
	}
}

// edit N on a draft says, before its first question, that finishing the
// questions accepts it; on an activity already reviewed it says nothing
// of the kind.
func TestAccessibleEditOfADraftSaysFinishingAcceptsIt(t *testing.T) {
	path := draftSheet(t, 3)
	d := loadPlan(t, path).Activities[0]
	in := "\nedit 1\n" + strings.Repeat("\n", 40)
	_, stderr, code := runPocssr(t, in, path, "--accessible")
	said := "“" + oneLine(d.Title) + "” is a draft: answering its questions to the end accepts it (status: reviewed); an input that ends before keeps it a draft."
	at, first := strings.Index(stderr, said), strings.Index(stderr, "Question 1 ")
	if code != 0 || at < 0 || first < 0 || at > first {
		t.Errorf("exit %d; said at %d, the first question at %d:\n%s", code, at, first, stderr)
	}
	path, _ = offensiveSheet(t)
	_, stderr, _ = runPocssr(t, in, path, "--accessible")
	if strings.Contains(stderr, "is a draft: answering its questions") {
		t.Errorf("the edit of a reviewed activity says it accepts a draft:\n%s", stderr)
	}
}

// A risk walk that gives no entry closes with the register's line too, as
// one that gives some does: after an edit as after an add.
func TestAccessibleRegisterWalkWithNoEntrySaysSo(t *testing.T) {
	path, risks := offensiveSheet(t)
	_, stderr, code := runPocssr(t, "\nedit 1\n"+strings.Repeat("\n", 40), path, "--accessible")
	if n := strings.Count(stderr, "  No entry: the risk stays open."); code != 0 || n != len(risks) {
		t.Fatalf("exit %d, %d risks skipped of %d:\n%s", code, n, len(risks), stderr)
	}
	if want := "Risk register of “Joint offensive”: 0 entries given now, 0 entries in all."; !strings.Contains(stderr, want) {
		t.Errorf("the edit's register walk lacks %q:\n%s", want, stderr)
	}
}

// A first line that is a command's letter is asked about, or refused,
// naming the command, not the letter again: "“l” reads as the command
// list", as the guide's example names import FILE.
func TestAccessibleFirstLineLetterNamesItsCommand(t *testing.T) {
	for letter, whole := range map[string]string{"l": "list", "v": "review", "p": "findings", "q": "quit", "list": "list"} {
		_, stderr, code := runPocssr(t, letter+"\n", filepath.Join(t.TempDir(), "p.yaml"), "--accessible")
		if want := "“" + letter + "” reads both as the activity's title and as the command " + whole + ";"; code != 2 || !strings.Contains(stderr, want) {
			t.Errorf("%q: exit %d, want 2 and %q:\n%s", letter, code, want, stderr)
		}
	}
}

// A refused line is said back made safe: a terminal's control sequences in
// it reach no terminal.
func TestAccessibleRefusedLineIsSaidSafely(t *testing.T) {
	path, _ := offensiveSheet(t)
	_, stderr, _ := runPocssr(t, "\nedit 1\n\n\n\x1b]0;owned\x07\x1b[2J9\n", path, "--accessible")
	if !strings.Contains(stderr, "stdin:5: “") || strings.ContainsAny(stderr, "\x1b\x07") {
		t.Errorf("the refused line is not named, or not made safe:\n%q", stderr)
	}
}

// Five lines in a row refused at one prompt of piped input stop the reading
// there: the lines after them, which the prompts would take for answers to
// questions they were not meant for, are not read, and the run ends with
// exit 2 as when the input ends there, the command taken back.
func TestAccessiblePipedPromptRefusingEveryTryStopsTheInput(t *testing.T) {
	path, _ := offensiveSheet(t)
	before, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	lines := []string{"", "edit 1", "Joint offensive, renamed", "",
		"register 1", "x", "y", "z", "w", // five refused at the first question
		"1", "", "", "list", "quit"} // would be taken as answers, then run
	stdout, stderr, code := runPocssr(t, strings.Join(lines, "\n")+"\n", path, "--accessible")
	for _, want := range []string{
		"stdin:9: “w” is no answer to question 1 (0-",
		"5 lines in a row were no answer here: the input is out of step with the questions, and no more of it is read.",
		"pocssr: the questions stopped reading the input after 5 lines were refused as answers (stdin:5, stdin:6, stdin:7, stdin:8, stdin:9)",
	} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr[max(0, len(stderr)-1500):])
		}
	}
	if code != 2 || strings.Contains(stderr, "Question 2 ") || strings.Contains(stdout, "  1. ") {
		t.Errorf("exit %d, want 2 and nothing read after the fifth refusal:\n%s", code, stdout)
	}
	if after, err := os.ReadFile(path); err != nil || string(after) != string(before) {
		t.Errorf("the worksheet's file changed: %v", err)
	}
}
