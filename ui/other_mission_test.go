package ui

import (
	"fmt"
	"testing"

	"github.com/pocssr/pocssr/model"
)

const (
	mandate1590 = "../classify/suggest/testdata/corpus/resolutions/S-RES-1590-2005.txt"
	mandate1702 = "../classify/suggest/testdata/corpus/resolutions/S-RES-1702-2006.txt"
	mandate1892 = "../classify/suggest/testdata/corpus/resolutions/S-RES-1892-2009.txt"
	mandate1944 = "../classify/suggest/testdata/corpus/resolutions/S-RES-1944-2010.txt"
)

// S/RES/1702 (2006) of MINUSTAH imported into a worksheet of S/RES/1590
// (2005) of UNMIS: i asks first, saying the findings would count each
// force across both missions; esc imports nothing, i imports all the same.
// It was added without a word beyond a status note cut at 80 columns.
func TestImportOfAnotherMissionAsksFirst(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := newTestModel(t, model.New(""), size[0], size[1])
			importFile(t, m, mandate1590)
			press(t, m, "esc")
			n := m.sh.sheet.Len()
			importFile(t, m, mandate1702)
			if m.prompt == nil || m.prompt.id != promptOtherMission {
				t.Fatalf("no question on importing another mission's mandate:\n%s", screenText(m))
			}
			requireScreen(t, m, "Another mission", "holds the tasks of UNMIS", "S/RES/1702 (2006) is of", "MINUSTAH. Each answer",
				"across both missions", "[i] import anyway")
			golden(t, m, size[0], size[1], "Another mission")
			press(t, m, "esc")
			if m.sh.sheet.Len() != n {
				t.Fatalf("cancel imported: %d activities; want %d", m.sh.sheet.Len(), n)
			}
			importFile(t, m, mandate1702)
			press(t, m, "i")
			if m.sh.sheet.Len() <= n || m.front != reviewScreen {
				t.Fatalf("import anyway: %d activities (had %d), front %v", m.sh.sheet.Len(), n, m.front)
			}
		})
	}
}

// Two renewals of MINUSTAH's mandate: no question, the second imports at
// once.
func TestImportOfTheSameMissionAsksNothing(t *testing.T) {
	m := newTestModel(t, model.New(""), 80, 24)
	importFile(t, m, mandate1892)
	press(t, m, "esc")
	n := m.sh.sheet.Len()
	importFile(t, m, mandate1944)
	if m.prompt != nil {
		t.Fatalf("a question on importing a renewal of the same mission:\n%s", screenText(m))
	}
	if m.sh.sheet.Len() <= n {
		t.Fatalf("the renewal was not imported: %d activities", m.sh.sheet.Len())
	}
}

// importOfAnotherMission imports the mandate at path, of another mission
// than the worksheet's, answering the question it asks first: import anyway.
func importOfAnotherMission(t *testing.T, m *Model, path string) {
	t.Helper()
	importFile(t, m, path)
	if m.prompt == nil || m.prompt.id != promptOtherMission {
		t.Fatalf("no question on importing another mission's mandate:\n%s", screenText(m))
	}
	press(t, m, "i")
}
