package cli

import (
	"strings"
	"testing"
)

// `pocssr --accessible` runs the interactive program itself (package ui), with
// the rulebook the command line chose, not a stand-in.
func TestAloneRunsTheInteractiveProgram(t *testing.T) {
	t.Setenv("XDG_STATE_HOME", t.TempDir())
	stdout, stderr, code := run(t, "Only a title\n", "--accessible")
	if code != 0 || !strings.Contains(stdout, "Tier — undetermined") || !strings.Contains(stderr, "Title of the activity:") {
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
