package ui

import (
	"os"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
)

// A command taken back because the piped input fell out of step inside it
// reads as taken back, never as done: once the reading stopped, no verdict
// goes to standard output and no register count to standard error, and the
// message names the command, says what was taken back and that the file is
// as it was. The trial's run: an edit whose next lines were commands.
func TestAccessibleCommandTakenBackPrintsNoVerdict(t *testing.T) {
	for _, c := range []struct {
		name, title, back string
	}{
		{"nothing changed yet", "", "it had changed nothing yet"},
		{"a new title given", "Reserve force", "what it changed is taken back"},
	} {
		t.Run(c.name, func(t *testing.T) {
			risks := classify.Default().Classify(activity(t, "x", "implementer", "mission", "kinds", "combined-operations",
				"forces", "army", "rights_record", "grave-allegations", "hrddp", "not-done")).Risks
			path, _ := offensiveSheet(t, model.RegisterEntry{Risk: risks[0].Rule.ID, Status: model.Planned, Owner: "Force HQ"})
			before, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			in := "\nedit 1\n" + c.title + "\n\nexport html b.html\nlist\nlist\nlist\nlist\nquit\n"
			stdout, stderr, code := runPocssr(t, in, path, "--accessible")
			if code != 2 {
				t.Fatalf("exit %d, want 2:\n%s", code, stderr)
			}
			if !strings.Contains(stderr, "5 lines in a row were no answer here") {
				t.Fatalf("the reading did not stop:\n%s", stderr)
			}
			if stdout != "" {
				t.Errorf("the edit taken back printed a verdict:\n%s", stdout)
			}
			for _, never := range []string{"Risk register of", "Edited ", "is as it was.", "the answers given before it are kept"} {
				if strings.Contains(stderr, never) {
					t.Errorf("the edit taken back says %q:\n%s", never, stderr)
				}
			}
			want := "The command it was in, “edit 1” (stdin:2), is taken back whole: " + c.back + ", and " + path + " is as it was before it (exit 2)"
			if !strings.Contains(stderr, want) {
				t.Errorf("stderr lacks %q:\n%s", want, stderr[max(0, len(stderr)-1500):])
			}
			if after, err := os.ReadFile(path); err != nil || string(after) != string(before) {
				t.Errorf("the worksheet's file changed: %v", err)
			}
		})
	}
}

// A review the piped input falls out of step in is taken back whole too,
// the answers before the refused lines with it, and never counted as done.
func TestAccessibleReviewTakenBackIsNotCountedDone(t *testing.T) {
	path := draftSheet(t, 3)
	before, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	_, stderr, code := runPocssr(t, "\nreview\n1\nlist\nlist\nlist\nlist\nlist\nquit\n", path, "--accessible")
	if code != 2 || !strings.Contains(stderr, "5 lines in a row were no answer here") {
		t.Fatalf("exit %d, want 2 and the reading stopped:\n%s", code, stderr)
	}
	for _, never := range []string{"Review done:", "The input ended: the review stops"} {
		if strings.Contains(stderr, never) {
			t.Errorf("the review taken back says %q:\n%s", never, stderr)
		}
	}
	if want := "The command it was in, “review” (stdin:2), is taken back whole: what it changed is taken back, and " + path + " is as it was before it (exit 2)"; !strings.Contains(stderr, want) {
		t.Errorf("stderr lacks %q:\n%s", want, stderr[max(0, len(stderr)-1500):])
	}
	if after, err := os.ReadFile(path); err != nil || string(after) != string(before) {
		t.Errorf("the worksheet's file changed: %v", err)
	}
}
