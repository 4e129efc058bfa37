package cli

import (
	"strings"
	"testing"
)

// A mandate given where a worksheet is read says what the file is and what
// reads it, as `pocssr FILE` does: `present`, `check` and `classify` gave
// the YAML reader's error ("the file holds the control character U+000C"),
// advice for a file it is not.
func TestMandateGivenForAWorksheetNamesImport(t *testing.T) {
	const mandate = "../../classify/suggest/testdata/S-RES-1925-2010.txt"
	for _, cmd := range [][]string{{"present", mandate}, {"check", mandate}, {"classify", mandate}} {
		_, errOut, code := run(t, "", cmd...)
		if code != 2 || !strings.Contains(errOut, "not a worksheet: it reads as plain text") || !strings.Contains(errOut, "pocssr import ") {
			t.Errorf("%s: exit %d, %q", cmd[0], code, errOut)
		}
	}
	// Standard input is still read as a worksheet.
	if _, errOut, code := run(t, "activities: []\n", "classify", "-"); code != 0 {
		t.Errorf("classify -: exit %d, %q", code, errOut)
	}
}
