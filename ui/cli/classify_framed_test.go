package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify/report"
)

// pocssr classify frames what a draft's reasons and risks conclude from
// answers its words only suggested "(if the answers marked ~ hold) …", in
// its text account and its briefings, as the walk-through does: "POC only:
// ~ combined operations is a direct protection intervention" read as a
// fact. The same activity reviewed is stated as it is, and the JSON keeps
// the rulebook's sentences as FRAMEWORK §6 has them.
func TestClassifyFramesConclusionsOfSuggestions(t *testing.T) {
	const plan = `activities:
  - id: joint-ops
    title: Joint operations with the army
    status: %s
    source:
      text: The mission plans combined operations with the national army, although army units are attacking civilians
    implementer: mission
    kinds: [combined-operations, interposition]
    forces: [army]
    state_forces_attacking_civilians: true
`
	write := func(status string) string {
		path := filepath.Join(t.TempDir(), "plan.yaml")
		if err := os.WriteFile(path, []byte(strings.Replace(plan, "%s", status, 1)), 0o644); err != nil {
			t.Fatal(err)
		}
		return path
	}
	draft, reviewed := write("draft"), write("reviewed")
	for f, lead := range map[string]string{
		"text":     report.IfSuggestedLead,
		"markdown": `(if the answers marked \~ hold) `,
		"html":     report.IfSuggestedLead,
	} {
		out, errOut, code := run(t, "", "classify", draft, "--format", f)
		flat := strings.Join(strings.Fields(out), " ")
		if code != 0 || !strings.Contains(flat, "POC only: "+lead) || strings.Count(flat, lead) != 3 {
			t.Errorf("%s: exit %d, stderr %q, the tier, agenda and risk are not framed %q:\n%s", f, code, errOut, lead, out)
		}
		if out, _, _ := run(t, "", "classify", reviewed, "--format", f); strings.Contains(out, "hold, ") {
			t.Errorf("%s: the reviewed activity's reasons are framed as suggestions:\n%s", f, out)
		}
	}
	if out, _, _ := run(t, "", "classify", draft, "--format", "json"); strings.Contains(out, "hold, ") {
		t.Errorf("the JSON frames the rulebook's sentences:\n%s", out)
	}
}
