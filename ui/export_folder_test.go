package ui

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The export dialog's file field offered "case-library.html" without a
// folder, and the message after it named none: the file landed, unnoticed,
// in the folder pocssr was started in. The dialog names that folder, as
// the Save-as dialog speaks of it, and the message the whole path.
func TestExportNamesTheFolderItWritesTo(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := demoModel(t, size[0], size[1])
			m.startedIn = "/home/planner/workshop"
			press(t, m, "x", "h")
			requireScreen(t, m, "File: case-library.html")
			requireScreen(t, m, "/home/planner/workshop;")
			golden(t, m, size[0], size[1], "/home/planner/workshop")
		})
	}
}

// The message after an export names the whole path written, the folder
// pocssr was started in before a name given without one.
func TestExportSaysTheWholePathWritten(t *testing.T) {
	dir := t.TempDir()
	m := demoModel(t, 200, 60)
	m.startedIn = dir
	press(t, m, "x", "h", "enter")
	want := filepath.Join(dir, "case-library.html")
	if _, err := os.Stat(want); err != nil {
		t.Fatalf("the export is not in the folder pocssr was started in: %v", err)
	}
	requireScreen(t, m, "Exported 23 activities as HTML briefing to "+want+".")
}

// The Save-as dialog says where a path without a folder is written in the words
// of the export dialog, naming the folder: it said "the folder pocssr was
// started in" and not which.
func TestSaveAsNamesTheFolderItWritesTo(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := plannersSheet(t, size[0], size[1])
			press(t, m, "x", "h")
			export := screenText(m)
			press(t, m, "esc", "S")
			requireScreen(t, m, "File: minustah-unisfa.yaml", "A worksheet file: .yaml, or .json.")
			for _, said := range []string{"A path is relative to the folder pocssr was started in,", testStartedIn + "; ~ is your home folder; tab completes."} {
				if !strings.Contains(screenText(m), said) || !strings.Contains(export, said) {
					t.Fatalf("the Save-as and the export dialogs do not both say %q:\n%s\n%s", said, screenText(m), export)
				}
			}
			requireScreen(t, m, testStartedIn)
			golden(t, m, size[0], size[1], testStartedIn)
		})
	}
}

// Exporting to a folder that does not exist named the temporary file the
// write would have made ("open /tmp/x/.case-library.md.513326497.tmp: no
// such file or directory") and closed the dialog, losing the path typed:
// it names the folder, and the dialog stays open on the path.
func TestExportToAMissingFolderKeepsThePath(t *testing.T) {
	const missing = "/nonexistent-pocssr-folder/x"
	if _, err := os.Stat(missing); err == nil {
		t.Skip(missing + " exists here")
	}
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := demoModel(t, size[0], size[1])
			m.startedIn = "/home/planner/workshop"
			press(t, m, "x", "h")
			for range len("case-library.html") {
				press(t, m, "backspace")
			}
			typeText(t, m, missing+"/brief.html")
			press(t, m, "enter")
			requireScreen(t, m, "File: "+missing+"/brief.html")
			if s := screenText(m); !containsFlat(s, "Not exported: the folder "+missing+" does not exist") || strings.Contains(s, ".tmp") {
				t.Fatalf("the message does not name the folder that does not exist:\n%s", s)
			}
			if m.prompt == nil || m.prompt.id != promptExportPath {
				t.Fatal("the export dialog closed")
			}
			golden(t, m, size[0], size[1], "does not exist")
		})
	}
}
