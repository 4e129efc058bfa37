package cli

import (
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
