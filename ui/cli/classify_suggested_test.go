package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// pocssr classify marks "~" a draft's risk that fires only on answers its
// words suggested, in the text account and the briefings, while the JSON
// keeps FRAMEWORK §6 as it is: the draft's answers are exactly what its
// source paragraph suggests, and nobody confirmed them.
func TestClassifyMarksRisksOnSuggestedAnswers(t *testing.T) {
	path := filepath.Join(t.TempDir(), "plan.yaml")
	plan := `activities:
  - id: joint-ops
    title: Joint operations with the army
    status: draft
    source:
      text: The mission plans combined operations with the national army, although army units are attacking civilians
    implementer: mission
    kinds: [combined-operations, interposition]
    forces: [army]
    state_forces_attacking_civilians: true
`
	if err := os.WriteFile(path, []byte(plan), 0o644); err != nil {
		t.Fatal(err)
	}
	for f, want := range map[string]string{
		"text":     "1 risk (1 ~), the most serious ~critical",
		"markdown": `**Risk, \~CRITICAL:**`,
		"html":     "~<span",
	} {
		out, errOut, code := run(t, "", "classify", path, "--format", f)
		if code != 0 || !strings.Contains(strings.Join(strings.Fields(out), " "), want) {
			t.Errorf("%s: exit %d, stderr %q, no %q in:\n%s", f, code, errOut, want, out)
		}
	}
	out, _, _ := run(t, "", "classify", path, "--format", "json")
	if strings.Contains(out, "~") {
		t.Errorf("the JSON marks ~:\n%s", out)
	}
}

// pocssr check reads a draft on what its words suggest, as the screens
// do: its summary line marks "~" the counts placed, or firing, only on
// those answers. It stated "T2 1 · poc-only 1 · risks: 1 critical".
func TestCheckMarksWhatRestsOnSuggestedAnswers(t *testing.T) {
	path := filepath.Join(t.TempDir(), "plan.yaml")
	plan := `activities:
  - id: joint-ops
    title: Joint operations with the army
    status: draft
    source:
      text: The mission plans combined operations with the national army, although army units are attacking civilians
    implementer: mission
    kinds: [combined-operations, interposition]
    forces: [army]
    state_forces_attacking_civilians: true
`
	if err := os.WriteFile(path, []byte(plan), 0o644); err != nil {
		t.Fatal(err)
	}
	out, errOut, _ := run(t, "", "check", path)
	line, _, _ := strings.Cut(out, "\n")
	if !strings.Contains(line, "1 critical (1 ~)") || !strings.Contains(line, " (1 ~) · ") {
		t.Errorf("the summary line does not mark what rests on suggested answers (stderr %q):\n%s", errOut, out)
	}
}
