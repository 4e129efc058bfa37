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
	brief := filepath.Join(t.TempDir(), "b2.html")
	lines := []string{"", "edit 1",
		"", "", // title and description kept
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

	// The register's prompts name a refused line the same way; a refused
	// line corrected at its prompt, the input ending at the menu, ends
	// with 0.
	path, risks := offensiveSheet(t)
	lines = []string{"", "register 1", "9", "1", "", "", ""} // owner, due date, note left empty
	for range risks[1:] {
		lines = append(lines, "")
	}
	lines = append(lines, "quit")
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
