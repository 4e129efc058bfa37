package cli

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// check prints the portfolio findings of each file; they do not change its
// exit status, which follows critical risks only.
func TestCheckPrintsFindings(t *testing.T) {
	dir := t.TempDir()
	plan := filepath.Join(dir, "plan.yaml")
	var b strings.Builder
	b.WriteString("activities:\n")
	for i := range 8 {
		fmt.Fprintf(&b, "  - id: t%d\n    title: Training %d\n    implementer: mission\n    kinds: [capacity-training]\n    forces: [army]\n    accountability: [discipline]\n", i, i)
	}
	os.WriteFile(plan, []byte(b.String()), 0o644)
	out, errOut, code := run(t, "", "check", plan)
	if code != 0 {
		t.Fatalf("exit %d (%s), want 0: findings are not critical risks", code, errOut)
	}
	for _, want := range []string{
		"  portfolio: [HIGH] The plan builds a force's capacity and nothing works on its accountability (effectiveness-without-accountability, army): #1, #2, #3, #4, #5, #6 and 2 more (--all names every one)\n",
		"(support-without-monitoring, army)",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("check output lacks %q:\n%s", want, out)
		}
	}
	// A monitoring activity on the army answers both.
	os.WriteFile(plan, []byte(b.String()+"  - title: Watch\n    implementer: mission\n    kinds: [abuse-monitoring]\n    forces: [army]\n"), 0o644)
	if out, _, code := run(t, "", "check", plan); code != 0 || strings.Contains(out, "portfolio") {
		t.Errorf("answered: exit %d, %q", code, out)
	}
}

// A finding that only unknown facts hold back is listed as held open, with
// how many activities hold it; the exit status stays 0.
func TestCheckPrintsFindingsHeldOpen(t *testing.T) {
	plan := filepath.Join(t.TempDir(), "plan.yaml")
	os.WriteFile(plan, []byte("activities:\n  - title: Train\n    implementer: mission\n    kinds: [capacity-training]\n    forces: [police]\n    accountability: [discipline]\n  - title: Something\n"), 0o644)
	out, errOut, code := run(t, "", "check", plan)
	want := "  portfolio held open: The plan builds a force's capacity and nothing works on its accountability (police): raised by 1, held back by 1; not known yet: kinds of activity, state security forces concerned, accountability measures in place or training format\n"
	if code != 0 || !strings.Contains(out, want) {
		t.Errorf("exit %d (%s), output lacks %q:\n%s", code, errOut, want, out)
	}
}

// A facilitator's rulebook that names an unknown force in a portfolio finding
// is refused with its position.
func TestRulebookPortfolioErrors(t *testing.T) {
	exported, _, _ := run(t, "", "rules", "--export")
	dir := t.TempDir()
	bad := filepath.Join(dir, "rules.yaml")
	changed := strings.Replace(exported, "    clear_kinds: [abuse-monitoring]\n", "    clear_kinds: [abuse-monitoring]\n    forces: [army, coastguard]\n", 1)
	os.WriteFile(bad, []byte(changed), 0o644)
	line := 1 + strings.Count(changed[:strings.Index(changed, "coastguard")], "\n")
	_, errOut, code := run(t, "", "--rules", bad, "check", "testdata/good.yaml")
	want := fmt.Sprintf("%s:%d:20: \"coastguard\" is not a value of forces; allowed: army, police", bad, line)
	if code != 2 || !strings.Contains(errOut, want) {
		t.Errorf("exit %d, stderr %q; want %q", code, errOut, want)
	}
}

// check names the force of a finding by the rulebook's label, "other
// security bodies", as the review does, not by its id "other-security".
func TestCheckNamesTheForceByItsLabel(t *testing.T) {
	plan := filepath.Join(t.TempDir(), "plan.yaml")
	guards := "activities:\n  - title: Training border guards\n    implementer: mission\n    kinds: [capacity-training]\n    forces: [other-security]\n"
	for plain, want := range map[string]string{
		guards:                            "(effectiveness-without-accountability, other security bodies)",
		guards + "  - title: Something\n": "accountability (other security bodies): raised by 1, held back by 1",
	} {
		os.WriteFile(plan, []byte(plain), 0o644)
		out, _, _ := run(t, "", "check", plan)
		if !strings.Contains(out, want) || strings.Contains(out, "other-security") {
			t.Errorf("check does not name the force other security bodies by its label (%q):\n%s", want, out)
		}
	}
}
