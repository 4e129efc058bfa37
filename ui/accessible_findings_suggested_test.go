package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The plain prompts' findings say which findings the drafts' suggested
// answers change, as P says it, from the same count: a draft whose words
// alone say it works on the army's accountability clears one finding and
// raises another. They had been shown as settled.
func TestAccessibleFindingsSayWhatSuggestedAnswersChange(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("cli", "testdata", "suggested-clears-finding.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "plan.yaml")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	stdout, stderr, code := runPocssr(t, "\nfindings\nquit\n", path, "--accessible")
	if code != 0 {
		t.Fatalf("exit %d:\n%s", code, stderr)
	}
	flat := strings.Join(strings.Fields(stdout), " ")
	for _, want := range []string{
		"Portfolio (~):",
		"Changed by suggested answers (~):",
		"~ The plan builds a force's capacity and nothing works on its accountability — army: cleared by the suggested answers of army-justice: confirm them in the review.",
		"~ The mission supports a force that nothing in the plan monitors — army: raised by the suggested answers of army-justice: confirm them in the review.",
	} {
		if !strings.Contains(flat, want) {
			t.Errorf("the findings lack %q:\n%s", want, stdout)
		}
	}
}
