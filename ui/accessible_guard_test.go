package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
)

// A new worksheet no file keeps is never ended by one empty line too many:
// the end is asked for again, with the way to keep it; an input that ends
// first ends with exit 1 and says what was lost; a second empty line (or
// quit) ends with exit 0, as asked. With nothing changed, or a file that
// keeps every change, one empty line ends as before.
func TestAccessibleEmptyLineNeverLosesANewWorksheetSilently(t *testing.T) {
	const warning = "Nothing of this is saved: save FILE keeps it, or an empty line (or quit) again ends without saving."
	const lost = "the input ended before the new worksheet was saved"
	// The trial's run: a mission given, then an empty line at the menu.
	_, stderr, code := runPocssr(t, "\nmission UNMISS\n\n\n", "--accessible")
	if code != 1 || !strings.Contains(stderr, warning) || !strings.Contains(stderr, lost) {
		t.Errorf("input ended after the warning: exit %d, want 1, the warning and what was lost:\n%s", code, stderr)
	}
	// Asked for twice: the end is the planner's, exit 0.
	_, stderr, code = runPocssr(t, "\nmission UNMISS\n\n\n\n", "--accessible")
	if code != 0 || strings.Count(stderr, warning) != 1 || strings.Contains(stderr, lost) {
		t.Errorf("an empty line twice: exit %d, want 0 and the warning once:\n%s", code, stderr)
	}
	// quit is asked again too, and a command in between asks anew.
	_, stderr, code = runPocssr(t, "\nmission UNMISS\n\nquit\nlist\nq\nquit\n", "--accessible")
	if code != 0 || strings.Count(stderr, warning) != 2 {
		t.Errorf("quit, a command, quit twice: exit %d, want 0 and the warning twice:\n%s", code, stderr)
	}
	// save FILE after the warning keeps it; then an empty line ends at once.
	path := filepath.Join(t.TempDir(), "plan.yaml")
	_, stderr, code = runPocssr(t, "\nmission UNMISS\n\n\nsave "+path+"\n\n", "--accessible")
	if code != 0 || strings.Count(stderr, warning) != 1 {
		t.Fatalf("saved after the warning: exit %d:\n%s", code, stderr)
	}
	if ws, err := model.Load(path, classify.Default().Vocabulary()); err != nil || ws.Mission != "UNMISS" {
		t.Errorf("the file saved: %v, %+v", err, ws)
	}
	// A file keeps every change at once: nothing to warn of.
	_, stderr, code = runPocssr(t, "\nmission MINUSCA\n\n\n", path, "--accessible")
	if code != 0 || strings.Contains(stderr, warning) {
		t.Errorf("a worksheet file: exit %d, want 0 and no warning:\n%s", code, stderr)
	}
	// Nothing changed, or every change undone: nothing is lost.
	for _, in := range []string{"\n\n", "\nmission UNMISS\n\nundo\n\n"} {
		if _, stderr, code = runPocssr(t, in, "--accessible"); code != 0 || strings.Contains(stderr, warning) {
			t.Errorf("%q: exit %d, want 0 and no warning:\n%s", in, code, stderr)
		}
	}
}

// An added activity a piped run does not save is lost as loudly: the
// verdict is printed, and the exit status is 1.
func TestAccessiblePipedQuestionnaireWithoutAFileSaysItIsLost(t *testing.T) {
	stdout, stderr, code := runPocssr(t, "Patrols by night\n\n0\n0\n", "--accessible")
	if code != 1 || !strings.Contains(stdout, "Patrols by night") {
		t.Fatalf("exit %d, want 1, and the verdict:\n%s\n%s", code, stdout, stderr)
	}
	if want := "its 1 activity and the changes to it are lost (exit 1). End the input with save FILE to keep them"; !strings.Contains(stderr, want) {
		t.Errorf("stderr lacks %q:\n%s", want, stderr)
	}
}

// A piped first line that is a whole command is never taken for a title:
// the run ends with exit 2 naming the line, and writes nothing; a title that
// merely begins with a command's word is a title.
func TestAccessiblePipedFirstLineThatIsACommandIsRefused(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "p.yaml")
	for _, first := range []string{"i " + resolution, "import " + resolution, "list", "mission UNMISS", "export markdown b.md", "framework risks"} {
		_, stderr, code := runPocssr(t, first+"\nl\n1\n", path, "--accessible")
		if code != 2 || !strings.Contains(stderr, "pocssr: stdin:1: “"+first+"” reads both as the activity's title and as the command ") {
			t.Errorf("%q: exit %d, want 2 and the line named:\n%s", first, code, stderr)
		}
		if !strings.Contains(stderr, "start the input with an empty line") {
			t.Errorf("%q: the way to give commands is not said:\n%s", first, stderr)
		}
		if _, err := os.Stat(path); err == nil {
			t.Fatalf("%q: a file was written", first)
		}
	}
	// A title that begins with a command's word stays a title.
	for _, title := range []string{"List of patrols", "Mission support to elections", "Import controls on small arms", "Show 3 patrols", "Framework for police reform"} {
		stdout, stderr, code := runPocssr(t, title+"\n\n0\n0\nquit\n", path, "--accessible")
		if code != 0 || !strings.Contains(stdout, "— "+title) {
			t.Errorf("%q: exit %d, want it taken as the title:\n%s\n%s", title, code, stdout, stderr)
		}
	}
	ws, err := model.Load(path, classify.Default().Vocabulary())
	if err != nil || len(ws.Activities) != 5 {
		t.Fatalf("the worksheet: %v, %+v", err, ws)
	}
}
