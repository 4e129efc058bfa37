package ui

import (
	"fmt"
	"strings"
	"testing"
)

// folderSentence is what every file dialog says of a path without a
// folder, naming the folder the test models say pocssr was started in.
const folderSentence = "A path is relative to the folder pocssr was started in, " + testStartedIn + "; ~ is your home folder; tab completes."

// The Import (i) and Compare (C) dialogs said "the folder pocssr was started
// in" and named none, where the export and Save-as dialogs named it: every
// file dialog now says the one sentence, naming the folder.
func TestEveryFileDialogNamesTheFolder(t *testing.T) {
	dialogs := []struct {
		name, title string
		keys        []string
	}{
		{"import", "Import a mandate", []string{"i"}},
		{"compare", "Compare with another mandate", []string{"C"}},
		{"export", "Export as", []string{"x", "h"}},
		{"save_as", "Save as", []string{"S"}},
	}
	for _, d := range dialogs {
		t.Run(d.name, func(t *testing.T) {
			m := plannersSheet(t, 200, 60)
			press(t, m, d.keys...)
			requireScreen(t, m, d.title)
			if said := dialogText(screenText(m)); !strings.Contains(said, folderSentence) {
				t.Fatalf("the %s dialog does not say %q:\n%s", d.name, folderSentence, screenText(m))
			}
		})
	}
}

// The Import and Compare dialogs, with the folder named, at both sizes.
func TestImportAndCompareDialogsNameTheFolder(t *testing.T) {
	for _, d := range []struct{ name, key, title string }{{"import", "i", "Import a mandate"}, {"compare", "C", "Compare with another mandate"}} {
		for _, size := range sizes {
			t.Run(fmt.Sprintf("%s_%dx%d", d.name, size[0], size[1]), func(t *testing.T) {
				m := plannersSheet(t, size[0], size[1])
				press(t, m, d.key)
				requireScreen(t, m, d.title)
				golden(t, m, size[0], size[1], "tab completes")
			})
		}
	}
}

// dialogText is the text inside the dialog's double border, its wrapped
// lines joined by a space, so that a sentence is read whole.
func dialogText(screen string) string {
	var words []string
	for _, l := range strings.Split(screen, "\n") {
		first, last := strings.Index(l, "║"), strings.LastIndex(l, "║")
		if first >= 0 && last > first {
			words = append(words, strings.Fields(l[first+len("║"):last])...)
		}
	}
	return strings.Join(words, " ")
}
