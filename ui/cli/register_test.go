package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// plan writes a worksheet of one activity that fires grave-violations-support
// (critical) and hrddp-not-assessed (high), with the register given.
func plan(t *testing.T, register string) string {
	t.Helper()
	src := `activities:
  - id: op
    title: Joint offensive
    implementer: mission
    kinds: [combined-operations]
    forces: [army]
    rights_record: grave-allegations
    hrddp: not-done
    community_input: true
    dual_role: false
` + register
	path := filepath.Join(t.TempDir(), "plan.yaml")
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// FRAMEWORK §9: check --register exits 1 when a critical risk is open or
// anything is overdue, else 0, and 2 on invalid input; without --register,
// check is unchanged (1 for any critical risk).
func TestCheckRegisterExitCodes(t *testing.T) {
	const mitigated = `    register:
      grave-violations-support: {status: in-place, owner: HRD}
`
	cases := []struct {
		name      string
		register  string
		gate      int // exit of check --register --today 2026-05-01
		plain     int // exit of check --today 2026-05-01
		stdout    []string
		notStdout []string
	}{
		{"no register: the critical risk is open", "", 1, 1, []string{"critical still open: #1\n"}, []string{"overdue:"}},
		{"critical planned: still open", "    register:\n      grave-violations-support: {status: planned, due: 2026-06-01}\n", 1, 1,
			[]string{"critical still open: #1\n"}, []string{"overdue:"}},
		{"critical in place", mitigated, 0, 1, nil, []string{"critical still open", "overdue:"}},
		{"critical accepted", "    register:\n      grave-violations-support: {status: not-needed, note: Units changed}\n", 0, 1, nil, nil},
		{"high overdue", mitigated + "      hrddp-not-assessed: {status: planned, owner: JMAC, due: 2026-04-30}\n", 1, 1,
			[]string{"overdue: #1: hrddp-not-assessed (high) — planned · owner: JMAC · due 2026-04-30 · OVERDUE"}, []string{"critical still open"}},
		{"due today is not overdue", mitigated + "      hrddp-not-assessed: {status: planned, due: 2026-05-01}\n", 0, 1, nil, []string{"overdue:"}},
		{"in place past its date is not overdue", mitigated + "      hrddp-not-assessed: {status: in-place, due: 2020-01-01}\n", 0, 1, nil, []string{"overdue:"}},
		{"review overdue", mitigated + "    hrddp_review: 2026-04-01\n", 1, 1, []string{"overdue: #1: HRDDP review was due 2026-04-01"}, nil},
		{"stale entry overdue does not count", mitigated + "      dual-role: {status: planned, due: 2020-01-01}\n", 0, 1, nil, []string{"overdue:"}},
		{"invalid register", "    register:\n      grave-violations-suport: {status: in-place}\n", 2, 2, nil, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			path := plan(t, c.register)
			out, errOut, code := run(t, "", "check", path, "--register", "--today", "2026-05-01")
			if code != c.gate {
				t.Errorf("check --register: exit %d, want %d\n%s%s", code, c.gate, out, errOut)
			}
			for _, want := range c.stdout {
				if !strings.Contains(out, want) {
					t.Errorf("stdout lacks %q:\n%s", want, out)
				}
			}
			for _, not := range c.notStdout {
				if strings.Contains(out, not) {
					t.Errorf("stdout holds %q:\n%s", not, out)
				}
			}
			if _, _, code := run(t, "", "check", path, "--today", "2026-05-01"); code != c.plain {
				t.Errorf("check: exit %d, want %d", code, c.plain)
			}
		})
	}
}

// check lists what is overdue without --register too, and the summary line
// counts the register.
func TestCheckListsOverdue(t *testing.T) {
	path := plan(t, "    register:\n      hrddp-not-assessed: {status: not-started, due: 2026-01-15}\n    hrddp_review: 2026-02-01\n")
	out, _, code := run(t, "", "check", path, "--today", "2026-05-01")
	for _, want := range []string{"register: 2 open, 0 mitigated, 0 accepted, 2 overdue", "overdue: #1: hrddp-not-assessed (high) — not started · due 2026-01-15 · OVERDUE",
		"overdue: #1: HRDDP review was due 2026-02-01", "critical: #1\n"} {
		if !strings.Contains(out, want) {
			t.Errorf("stdout lacks %q:\n%s", want, out)
		}
	}
	if code != 1 {
		t.Errorf("exit %d", code)
	}
	// Read on an earlier day, nothing is overdue yet.
	out, _, _ = run(t, "", "check", path, "--today", "2026-01-01")
	if strings.Contains(out, "overdue:") || !strings.Contains(out, "0 overdue") {
		t.Errorf("on 2026-01-01:\n%s", out)
	}
}

// --today sets the day the register is read on in every format; a bad date is
// refused (exit 2) saying why, before anything is written.
func TestTodayFlag(t *testing.T) {
	path := plan(t, "    register:\n      hrddp-not-assessed: {status: planned, due: 2026-03-01}\n")
	before, _, _ := run(t, "", "classify", path, "-f", "json", "--today", "2026-02-28")
	after, _, _ := run(t, "", "classify", path, "-f", "json", "--today", "2026-03-02")
	if !strings.Contains(before, `"due":"2026-03-01","note":"","overdue":false`) || !strings.Contains(after, `"due":"2026-03-01","note":"","overdue":true`) {
		t.Errorf("--today does not set what is overdue:\n%s\n%s", before, after)
	}
	outFile := filepath.Join(t.TempDir(), "b.md")
	for _, bad := range []struct{ arg, want string }{
		{"2026-02-30", `--today: "2026-02-30" is not a date: February 2026 has 28 days`},
		{"tomorrow", `--today: "tomorrow" is not a date: write it YYYY-MM-DD`},
	} {
		for _, cmd := range []string{"classify", "check"} {
			out, errOut, code := run(t, "", cmd, path, "--today", bad.arg, "-o", outFile)
			if cmd == "check" {
				out, errOut, code = run(t, "", cmd, path, "--today", bad.arg)
			}
			if code != 2 || out != "" || !strings.Contains(errOut, bad.want) {
				t.Errorf("%s --today %s: exit %d, stdout %q, stderr %q", cmd, bad.arg, code, out, errOut)
			}
		}
		if _, err := os.Stat(outFile); err == nil {
			t.Error("an output file was written")
		}
	}
}

// A risk renamed in --rules makes an entry for the old id an error with its
// position and the nearest id.
func TestRegisterWithRenamedRisk(t *testing.T) {
	path := plan(t, "    register:\n      grave-violations-support: {status: in-place}\n")
	rules, _, _ := run(t, "", "rules", "--export")
	renamed := strings.Replace(rules, "id: grave-violations-support", "id: grave-violation-support", 1)
	if renamed == rules {
		t.Fatal("the rulebook has no grave-violations-support")
	}
	rulesPath := filepath.Join(t.TempDir(), "rules.yaml")
	os.WriteFile(rulesPath, []byte(renamed), 0o644)
	out, errOut, code := run(t, "", "--rules", rulesPath, "check", path)
	if code != 2 || out != "" || !strings.Contains(errOut, `plan.yaml:12:7: "grave-violations-support" is not a risk of the rulebook in use`) ||
		!strings.Contains(errOut, "did you mean grave-violation-support?") {
		t.Errorf("exit %d, stderr %s", code, errOut)
	}
}

// --today is global, as the root's help lists it: given before any command
// it is taken, and a command that reads the register reads it (it was an
// unknown flag before import, and before check).
func TestTodayBeforeTheCommand(t *testing.T) {
	path := plan(t, "    hrddp_review: 2026-02-01\n")
	for _, c := range []struct {
		day     string
		overdue bool
	}{{"2026-05-01", true}, {"2026-01-01", false}} {
		out, errOut, _ := run(t, "", "--today", c.day, "check", path)
		if got := strings.Contains(out, "overdue: #1: HRDDP review was due 2026-02-01"); got != c.overdue {
			t.Errorf("--today %s check: overdue %v, want %v:\n%s%s", c.day, got, c.overdue, out, errOut)
		}
	}
	into := filepath.Join(t.TempDir(), "sheet.yaml")
	if _, errOut, code := run(t, "", "import", "../testdata/S-RES-1925-2010.txt", "-o", into); code != 0 {
		t.Fatalf("import: exit %d: %s", code, errOut)
	}
	if _, errOut, code := run(t, "", "--today", "2026-12-06", "import", "../testdata/S-RES-1925-2010.txt", "--into", into); code != 0 {
		t.Errorf("--today before import --into: exit %d: %s", code, errOut)
	}
	if _, errOut, code := run(t, "", "--today", "2026-13-06", "check", into); code != 2 || !strings.Contains(errOut, "--today") {
		t.Errorf("a bad --today before check: exit %d: %s", code, errOut)
	}
}
