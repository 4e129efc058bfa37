package ui

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
)

// offensiveRisks are the risks of offensiveSheet's activity, in the order
// the register asks them.
func offensiveRisks(t *testing.T) []classify.Risk {
	t.Helper()
	return classify.Default().Classify(activity(t, "x", "implementer", "mission", "kinds", "combined-operations",
		"forces", "army", "rights_record", "grave-allegations", "hrddp", "not-done")).Risks
}

// The register's prompts name a status by one word, the value the menu
// offers and the file holds, and a refused status says what an empty line
// does as its prompt says it: with an entry, it leaves the entry as it is.
func TestAccessibleRegisterSaysOneWordForAStatus(t *testing.T) {
	risks := offensiveRisks(t)
	path, _ := offensiveSheet(t, model.RegisterEntry{Risk: risks[0].Rule.ID, Status: model.Planned, Owner: "Force HQ"})
	lines := []string{"", "register 1", "9", "3", "", "", ""} // in-place, owner, due date and note kept
	lines = append(lines, "9", "4", "", "", "None: the operation is cancelled")
	for range risks[2:] {
		lines = append(lines, "")
	}
	lines = append(lines, "") // the next HRDDP review: none kept
	_, stderr, code := runPocssr(t, strings.Join(append(lines, "quit"), "\n")+"\n", path, "--accessible")
	if code != 0 {
		t.Fatalf("exit %d:\n%s", code, stderr)
	}
	for _, want := range []string{
		"remove takes the entry out; an empty line leaves the whole entry as it is):",
		"allowed: not-started, planned, in-place, not-needed. Try again; remove takes the entry out; an empty line leaves the whole entry as it is.",
		"Try again; an empty line skips this risk: no entry.",
		"  Kept: in-place · owner: Force HQ (the risk is ",
		"  Kept: not-needed · None: the operation is cancelled (the risk is ",
	} {
		if !strings.Contains(stderr, want) {
			t.Errorf("the prompts lack %q:\n%s", want, stderr)
		}
	}
	for _, never := range []string{"Kept: in place", "Kept: not needed", "an empty line skips the risk."} {
		if strings.Contains(stderr, never) {
			t.Errorf("the prompts say %q", never)
		}
	}
}

// help gives every command a description, and redo a letter that works.
func TestAccessibleHelpDescribesEveryCommand(t *testing.T) {
	path := filepath.Join(t.TempDir(), "plan.yaml")
	_, stderr, code := runPocssr(t, "\nhelp\nmission UNMISS\n\nundo\no\nquit\n", path, "--accessible")
	if code != 0 {
		t.Fatalf("exit %d:\n%s", code, stderr)
	}
	help := stderr[strings.Index(stderr, "Commands (one a line"):]
	help = help[:strings.Index(help, "\n\n")]
	for _, line := range strings.Split(help, "\n")[1:] {
		name, what, _ := strings.Cut(strings.TrimSpace(line), "  ")
		if strings.TrimSpace(what) == "" {
			t.Errorf("help gives %q no description", name)
		}
	}
	for _, want := range []string{"  help, h  ", "  quit, q  ", "  undo, u; redo, o  ", "Redid the "} {
		if !strings.Contains(stderr, want) {
			t.Errorf("the prompts lack %q:\n%s", want, stderr)
		}
	}
}
