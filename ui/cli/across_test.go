package cli

import (
	"path/filepath"
	"strings"
	"testing"
)

// S/RES/2156 (2014) of UNISFA read into a worksheet of S/RES/2012 (2011)
// of MINUSTAH: import --into says that the portfolio findings now count
// each force across both, and check says it once under the file's line,
// whatever fires. Nothing said the police of Haiti and of Abyei were one
// force to the findings.
func TestImportIntoAndCheckSayFindingsCountAcrossMandates(t *testing.T) {
	w := filepath.Join(t.TempDir(), "w.yaml")
	_, errOut, code := run(t, "", "import", resolutions+"S-RES-2012-2011.txt", "-o", w)
	if code != 0 {
		t.Fatalf("import: exit %d: %s", code, errOut)
	}
	if strings.Contains(errOut, "across") {
		t.Errorf("the import of one mandate speaks of counting across mandates:\n%s", errOut)
	}
	out, errOut, code := run(t, "", "import", resolutions+"S-RES-2156-2014.txt", "--into", w)
	if code != 0 {
		t.Fatalf("import --into: exit %d: %s", code, errOut)
	}
	first, _, _ := strings.Cut(out+errOut, "\n")
	if !strings.HasSuffix(first, "; portfolio findings now count each force across 2012 and 2156") {
		t.Errorf("import --into's summary does not say the findings count across both mandates:\n%s", first)
	}
	said, errOut, _ := run(t, "", "check", w)
	want := "\n  across mandates: Findings count each force across the tasks of 2012 and 2156 together; one worksheet per mission keeps them apart.\n"
	if strings.Count(said, want) != 1 {
		t.Errorf("check does not say once that the findings count across both mandates:\n%s%s", said, errOut)
	}
}

// A worksheet of one mandate: check says nothing of mandates.
func TestCheckOfOneMandateSaysNothingOfMandates(t *testing.T) {
	w := filepath.Join(t.TempDir(), "w.yaml")
	if _, errOut, code := run(t, "", "import", resolutions+"S-RES-2012-2011.txt", "-o", w); code != 0 {
		t.Fatalf("import: exit %d: %s", code, errOut)
	}
	said, _, _ := run(t, "", "check", w)
	if strings.Contains(said, "across mandates") {
		t.Errorf("check of one mandate:\n%s", said)
	}
}

// S/RES/1702 (2006) of MINUSTAH read into a worksheet of S/RES/1590 (2005)
// of UNMIS: import --into says, in one line on standard error, that the
// worksheet held another mission and that the findings count across both;
// it said nothing beyond its summary. A renewal of the same mission (1892
// then 1944 (2010), both of MINUSTAH) says nothing of missions.
func TestImportIntoSaysTheMandateIsOfAnotherMission(t *testing.T) {
	w := filepath.Join(t.TempDir(), "w.yaml")
	if _, errOut, code := run(t, "", "import", resolutions+"S-RES-1590-2005.txt", "-o", w); code != 0 {
		t.Fatalf("import: exit %d: %s", code, errOut)
	}
	out, errOut, code := run(t, "", "import", resolutions+"S-RES-1702-2006.txt", "--into", w)
	if code != 0 {
		t.Fatalf("import --into: exit %d: %s", code, errOut)
	}
	want := "pocssr: " + w + " held the tasks of UNMIS; S/RES/1702 (2006) is of MINUSTAH, imported into it all the same: portfolio findings count each force across both missions (a worksheet of its own keeps each mission's findings apart)\n"
	if strings.Count(errOut, want) != 1 || strings.Contains(out, "both missions") {
		t.Errorf("import --into of another mission's mandate does not say so once on standard error:\n%s", errOut)
	}
	same := filepath.Join(t.TempDir(), "same.yaml")
	if _, errOut, code := run(t, "", "import", resolutions+"S-RES-1892-2009.txt", "-o", same); code != 0 {
		t.Fatalf("import: exit %d: %s", code, errOut)
	}
	_, errOut, code = run(t, "", "import", resolutions+"S-RES-1944-2010.txt", "--into", same)
	if code != 0 || strings.Contains(errOut, "missions") {
		t.Errorf("import --into of the same mission's renewal speaks of missions (exit %d):\n%s", code, errOut)
	}
}
