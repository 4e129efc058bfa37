package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// S/RES/2241 (2015), of UNMISS, read into the case library printed by
// pocssr cases: import --into says the file held the case library's cases
// and that the findings now count each force across the cases and UNMISS.
// It said the file "held the tasks of Case library" and counted "across
// both missions", the case library taken for a mission.
func TestImportIntoTheCaseLibrarySaysItHeldCases(t *testing.T) {
	w := filepath.Join(t.TempDir(), "cases.yaml")
	cases, errOut, code := run(t, "", "cases")
	if code != 0 {
		t.Fatalf("cases: exit %d: %s", code, errOut)
	}
	if err := os.WriteFile(w, []byte(cases), 0o644); err != nil {
		t.Fatal(err)
	}
	_, errOut, code = run(t, "", "import", resolutions+"S-RES-2241-2015.txt", "--into", w)
	if code != 0 {
		t.Fatalf("import --into: exit %d: %s", code, errOut)
	}
	want := "pocssr: " + w + " held the Case library's cases; S/RES/2241 (2015) is of UNMISS, imported into it all the same: portfolio findings count each force across the cases and UNMISS (a worksheet of its own keeps UNMISS's findings apart from the cases')\n"
	if strings.Count(errOut, want) != 1 {
		t.Errorf("import --into the case library does not say, once, that it held cases:\n%s", errOut)
	}
	if strings.Contains(errOut, "both missions") || strings.Contains(errOut, "tasks of Case library") {
		t.Errorf("the case library is called a mission:\n%s", errOut)
	}
}
