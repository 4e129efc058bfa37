package cli

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// check names an overdue item's activity by its reference, as the register's
// screen and the briefing do ("2012·9"), not by its id
// ("9-prioritise-the-development-and"), in a worksheet of S/RES/2012 (2011)
// and S/RES/2156 (2014), which both number a paragraph 9.
func TestCheckNamesOverdueByTheReference(t *testing.T) {
	w := filepath.Join(t.TempDir(), "w.yaml")
	if _, errOut, code := run(t, "", "import", resolutions+"S-RES-2012-2011.txt", "-o", w); code != 0 {
		t.Fatalf("import: exit %d: %s", code, errOut)
	}
	if _, errOut, code := run(t, "", "import", resolutions+"S-RES-2156-2014.txt", "--into", w); code != 0 {
		t.Fatalf("import --into: exit %d: %s", code, errOut)
	}
	data, err := os.ReadFile(w)
	if err != nil {
		t.Fatal(err)
	}
	const act = "  - id: 9-prioritise-the-development-and\n"
	if !strings.Contains(string(data), act) {
		t.Fatalf("the worksheet has no activity 9-prioritise-the-development-and: the test shows nothing")
	}
	entry := act + "    register:\n      governance-outside-hrddp: {status: planned, owner: UNPOL, due: 2026-01-15}\n"
	if err := os.WriteFile(w, []byte(strings.Replace(string(data), act, entry, 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	out, errOut, _ := run(t, "", "check", w, "--register", "--today", "2026-05-01")
	want := "  overdue: 2012·9: governance-outside-hrddp (low) — planned · owner: UNPOL · due 2026-01-15 · OVERDUE\n"
	if !strings.Contains(out, want) || strings.Contains(out, "overdue: 9-prioritise") {
		t.Fatalf("check does not name the overdue entry %q:\n%s%s", want, out, errOut)
	}
}

// Where two activities share a reference, the overdue line gives the id
// after it, which tells them apart; an activity whose source numbers no
// paragraph is named by its place, "#n", as --ref takes it.
func TestCheckNamesTheIDWhereAReferenceIsShared(t *testing.T) {
	src := `activities:
  - id: police-patrols
    title: Police patrols
    source: {document: S/RES/2012 (2011), ref: "5"}
    hrddp_review: 2026-02-01
  - id: police-vetting
    title: Police vetting
    source: {document: S/RES/2012 (2011), ref: "5"}
  - id: border-liaison
    title: Border liaison
    hrddp_review: 2026-03-01
`
	path := filepath.Join(t.TempDir(), "plan.yaml")
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	out, errOut, _ := run(t, "", "check", path, "--today", "2026-05-01")
	for _, want := range []string{"  overdue: 5 (police-patrols): HRDDP review was due 2026-02-01\n", "  overdue: #3: HRDDP review was due 2026-03-01\n"} {
		if !strings.Contains(out, want) {
			t.Errorf("check lacks %q:\n%s%s", want, out, errOut)
		}
	}
}

// Every line of check names an activity the one way the overdue lines do:
// "critical:", "critical still open:" and a portfolio finding's activities
// are named by their reference ("2012·5" in a worksheet of two mandates),
// with the id after it where two share it, and "#n" where the source numbers
// no paragraph; never by the bare id.
func TestCheckNamesEveryActivityByTheReference(t *testing.T) {
	const op = "implementer: mission, kinds: [combined-operations], forces: [army], rights_record: grave-ongoing"
	src := `activities:
  - {id: joint-op-north, title: Joint operation north, source: {document: S/RES/2012 (2011), ref: "5"}, ` + op + `}
  - {id: joint-op-south, title: Joint operation south, source: {document: S/RES/2012 (2011), ref: "5"}, ` + op + `}
  - {id: joint-op-east, title: Joint operation east, source: {document: S/RES/2156 (2014), ref: "5"}, ` + op + `}
  - {id: joint-op-west, title: Joint operation west, ` + op + `}
`
	path := filepath.Join(t.TempDir(), "plan.yaml")
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	out, errOut, _ := run(t, "", "check", path, "--register", "--today", "2026-05-01")
	const named = "2012·5 (joint-op-north), 2012·5 (joint-op-south), 2156·5, #4\n"
	for _, want := range []string{
		"  critical: " + named,
		"  critical still open: " + named,
		"(support-without-monitoring, army): " + named,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("check lacks %q:\n%s%s", want, out, errOut)
		}
	}
	if strings.Contains(out, ": joint-op") || strings.Contains(out, ", joint-op") {
		t.Errorf("check names an activity by its bare id:\n%s", out)
	}
}

// The critical, critical-still-open and portfolio lines keep their cut, now
// of references: the first few and how many more, every one with --all.
func TestCheckCutsTheReferences(t *testing.T) {
	var b strings.Builder
	b.WriteString("activities:\n")
	const n = 9
	for i := range n {
		fmt.Fprintf(&b, "  - {id: op-%d, title: Joint operation %d, source: {document: S/RES/2012 (2011), ref: \"%d\"}, implementer: mission, kinds: [combined-operations], forces: [army], rights_record: grave-ongoing}\n", i, i, 10+i)
	}
	path := filepath.Join(t.TempDir(), "plan.yaml")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	out, _, _ := run(t, "", "check", path, "--register", "--today", "2026-05-01")
	const cut = "10, 11, 12, 13, 14, 15 and 3 more (--all names every one)\n"
	for _, want := range []string{"  critical: " + cut, "  critical still open: " + cut, "(support-without-monitoring, army): " + cut} {
		if !strings.Contains(out, want) {
			t.Errorf("check lacks %q:\n%s", want, out)
		}
	}
	out, _, _ = run(t, "", "check", path, "--register", "--all", "--today", "2026-05-01")
	const whole = "10, 11, 12, 13, 14, 15, 16, 17, 18\n"
	for _, want := range []string{"  critical: " + whole, "  critical still open: " + whole, "(support-without-monitoring, army): " + whole} {
		if !strings.Contains(out, want) {
			t.Errorf("--all: check lacks %q:\n%s", want, out)
		}
	}
}
