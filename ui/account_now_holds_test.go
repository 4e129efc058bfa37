package ui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/model"
)

// mandate2180 is S/RES/2180 (2014), a MINUSTAH renewal of the corpus.
const mandate2180 = "../classify/suggest/testdata/corpus/resolutions/S-RES-2180-2014.txt"

// draftOf is the draft of paragraph ref in ws.
func draftOf(t *testing.T, ws *model.Worksheet, ref string) *model.Activity {
	t.Helper()
	for _, a := range ws.Activities {
		if a.Source.Ref == ref {
			return a
		}
	}
	t.Fatalf("no draft of paragraph %s", ref)
	return nil
}

// The account of a draft whose primary kind the planner changed with p in
// the questionnaire says, under the kinds the words suggested, what the
// worksheet now holds, as `pocssr classify` says it: it showed "kinds:
// Operational training (primary)" alone. What the words read but did not
// suggest stands under its own heading, apart from the planner's answers
// given since.
func TestAccountSaysTheKindsTheWorksheetNowHolds(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			a := draftOf(t, importedSheet(t, mandate2180), "14")
			a.Facts.SetOne(model.PoliticalWill, "weak")
			m := newTestModel(t, sheetOf(a), size[0], size[1])
			press(t, m, "e")
			makePrimary(t, m, "equipment")
			press(t, m, "esc")
			press(t, m, "enter")
			if m.detail().Shown() != a {
				t.Fatalf("the account of ¶14 is not open:\n%s", screenText(m))
			}
			press(t, m, "G")
			requireScreen(t, m, "Answered since", "Read but not suggested")
			if held := "kinds: the worksheet now holds Equipment and logistics, Operational training, Justice and rule of law"; !containsFlat(screenText(m), held) {
				t.Errorf("the account lacks %q:\n%s", held, screenText(m))
			}
			if text := screenText(m); strings.Index(text, "Read but not suggested") < strings.Index(text, "Answered since") ||
				strings.Contains(text, "not suggested: ") {
				t.Errorf("what was read but not suggested stands among the answers:\n%s", text)
			}
			golden(t, m, size[0], size[1], "Read but not suggested")
		})
	}
}
