package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// `pocssr --accessible` runs the interactive program itself (package ui), with
// the rulebook the command line chose, not a stand-in.
func TestAloneRunsTheInteractiveProgram(t *testing.T) {
	t.Setenv("XDG_STATE_HOME", t.TempDir())
	// The input ends with the activity in a new worksheet no file keeps: it
	// is lost, and the exit status says so (1).
	stdout, stderr, code := run(t, "Only a title\n", "--accessible")
	if code != 1 || !strings.Contains(stdout, "No tier yet") || !strings.Contains(stderr, "Title of the activity (an empty line opens the menu of the new worksheet instead):") {
		t.Errorf("exit %d\nstdout %s\nstderr %s", code, stdout, stderr)
	}
	_, stderr, code = run(t, "", "--accessible")
	if code != 2 || !strings.Contains(stderr, "no answers") {
		t.Errorf("empty input: exit %d %q", code, stderr)
	}
	_, stderr, code = run(t, "", "--rules", "testdata/missing-rulebook.yaml", "--accessible")
	if code != 2 || !strings.Contains(stderr, "missing-rulebook.yaml") {
		t.Errorf("a missing rulebook: exit %d %q", code, stderr)
	}
}

// `pocssr FILE --accessible --today DATE` with piped commands: the plain
// prompts' menu over the worksheet, its register filled and read on the day
// given, an account with its facts, and a briefing exported.
func TestAccessibleMenuThroughTheCommand(t *testing.T) {
	t.Setenv("XDG_STATE_HOME", t.TempDir())
	dir := t.TempDir()
	data, err := os.ReadFile("testdata/good.yaml")
	if err != nil {
		t.Fatal(err)
	}
	path, brief := filepath.Join(dir, "plan.yaml"), filepath.Join(dir, "plan.md")
	os.WriteFile(path, data, 0o644)
	in := strings.Join([]string{"", "register 1", "2", "HRD", "2026-03-31", "", "", "show 1", "export markdown " + brief, "quit"}, "\n") + "\n"
	stdout, stderr, code := run(t, in, path, "--accessible", "--today", "2026-04-01")
	if code != 0 {
		t.Fatalf("exit %d:\n%s", code, stderr)
	}
	if !strings.Contains(stdout, "Facts:") || !strings.Contains(stdout, "owner: HRD") || !strings.Contains(stdout, "OVERDUE") {
		t.Errorf("the account lacks its facts or its overdue entry:\n%s", stdout)
	}
	md, err := os.ReadFile(brief)
	if err != nil || !strings.Contains(string(md), "HRD") {
		t.Errorf("the briefing: %v\n%.400s", err, md)
	}
}
