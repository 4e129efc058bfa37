package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A YAML worksheet whose draft keeps an answer confirmed (the comment the
// program writes above its status) is read so by the reports: the text
// account and the briefing mark the confirmed implementer as the planner's
// and the forces, never confirmed, as suggested (a walk found the briefing
// of the session and the one of its file disagreeing).
func TestReportsReadTheConfirmedAnswersOfAFile(t *testing.T) {
	const plan = `schema: pocssr/v1
activities:
  - id: police
    title: Support the police
    implementer: mission-support
    kinds: [capacity-training]
    forces: [police]
    source: {document: "S/RES/9001 (2030)", ref: "3", text: "Requests the mission to support the training of the national police"}
    # confirmed by the planner: implementer
    status: draft
`
	path := filepath.Join(t.TempDir(), "plan.yaml")
	if err := os.WriteFile(path, []byte(plan), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, format := range []string{"text", "markdown"} {
		out, stderr, code := run(t, "", "classify", "--format", format, path)
		if code != 0 {
			t.Fatalf("%s: exit %d\n%s", format, code, stderr)
		}
		flat := strings.ReplaceAll(out, `\~`, "~")
		if !strings.Contains(flat, "implementer: national authorities with mission support") || strings.Contains(flat, "implementer: ~") || !strings.Contains(flat, "~ operational training") {
			t.Fatalf("%s: the report does not read the confirmation:\n%s", format, out)
		}
	}
	// Without the comment, the implementer is suggested again.
	if err := os.WriteFile(path, []byte(strings.Replace(plan, "    # confirmed by the planner: implementer\n", "", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	out, _, _ := run(t, "", "classify", path)
	if !strings.Contains(out, "implementer: ~ national authorities with mission support") {
		t.Fatalf("without the comment the implementer is not suggested:\n%s", out)
	}
}
