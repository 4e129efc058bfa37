//go:build linux

package ui

import (
	"bytes"
	"io"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/exit"
)

// runPocssrAtTerminal runs the plain mode as runPocssr does, its input typed
// at a terminal (a pseudo-terminal, the lines given at once and then ctrl+d),
// where a person answers what is asked.
func runPocssrAtTerminal(t *testing.T, typed string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	isolateState(t)
	master, slave := openPTY(t, 100, 30)
	go io.Copy(io.Discard, master) // the terminal's echo
	if _, err := master.Write([]byte(typed + "\x04")); err != nil {
		t.Fatal(err)
	}
	opts := Options{Accessible: true}
	for _, a := range args {
		opts.Path = a
	}
	var out, errOut bytes.Buffer
	env := Env{Stdin: slave, Stdout: &out, Stderr: &errOut, Rulebook: classify.Default()}
	code = exit.Report(&errOut, Run(env, opts))
	return out.String(), errOut.String(), code
}

// At a terminal, a first line that is a whole command is asked about: yes
// runs it and opens the menu, no takes it as the title.
func TestAccessibleFirstLineThatIsACommandIsAskedAtATerminal(t *testing.T) {
	path := filepath.Join(t.TempDir(), "p.yaml")
	const asked = "“i " + resolution + "” reads as the command import FILE. Run it as that command? (yes runs it and opens the menu; no takes it as the activity's title)"
	stdout, stderr, code := runPocssrAtTerminal(t, "i "+resolution+"\nyes\nl\nquit\n", path)
	if code != 0 || !strings.Contains(stderr, asked) {
		t.Fatalf("exit %d, want 0 and the question %q:\n%s", code, asked, stderr)
	}
	if !strings.Contains(stderr, "drafts imported from S/RES/1925 (2010)") || !strings.Contains(stdout, "  1. paragraph ") {
		t.Errorf("the import and the list did not run:\n%s\n%s", stdout, stderr)
	}
	ws, err := model.Load(path, classify.Default().Vocabulary())
	if err != nil || len(ws.Activities) < 10 || ws.Activities[0].Title == "i "+resolution {
		t.Fatalf("the worksheet: %v, %d activities", err, len(ws.Activities))
	}
	// No: the line is the title.
	path = filepath.Join(t.TempDir(), "p.yaml")
	stdout, stderr, code = runPocssrAtTerminal(t, "mission UNMISS\nno\n\n0\n0\nquit\n", path)
	if code != 0 || !strings.Contains(stdout, "— mission UNMISS") {
		t.Fatalf("no: exit %d, want the line as the title:\n%s\n%s", code, stdout, stderr)
	}
	if ws, err = model.Load(path, classify.Default().Vocabulary()); err != nil || ws.Mission != "" || len(ws.Activities) != 1 {
		t.Errorf("no: the worksheet %v, %+v", err, ws)
	}
}

// At a terminal the question about a command's letter names the command.
func TestAccessibleFirstLineLetterIsAskedByItsCommand(t *testing.T) {
	_, stderr, code := runPocssrAtTerminal(t, "l\nyes\nquit\n", filepath.Join(t.TempDir(), "p.yaml"))
	if want := "“l” reads as the command list. Run it as that command?"; code != 0 || !strings.Contains(stderr, want) {
		t.Errorf("exit %d, want 0 and %q:\n%s", code, want, stderr)
	}
}
