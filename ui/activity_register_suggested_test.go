package ui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify/report"
	"github.com/pocssr/pocssr/model"
)

const mandate1756 = "../classify/suggest/testdata/corpus/resolutions/S-RES-1756-2007.txt"

// The register line under a draft's account marks "~" the risk that fires
// only on answers its words suggested, as the register's list ("~medium")
// and the account do: S/RES/1756 (2007) ¶2(o), the army's training, showed
// "MEDIUM Reform support bent to…" unmarked.
func TestActivityRegisterLineMarksARiskOnSuggestedAnswers(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := importedInTurn(t, size[0], size[1], mandate1756)
			var a *model.Activity
			for i := range m.sh.sheet.Len() {
				if x := m.sh.sheet.At(i); x.Source.Ref == "2(o)" {
					a = x
				}
			}
			if a == nil {
				t.Fatal("no draft of ¶2(o)")
			}
			risks := m.sh.sheet.Result(a).Risks
			at := -1
			for i, k := range risks {
				if k.OnSuggested && at < 0 {
					at = i
				}
			}
			if at < 0 {
				t.Fatalf("no risk of ¶2(o) rests on suggested answers: %+v", risks)
			}
			m.Update(selectMsg{Activity: a})
			press(t, m, "enter")
			for range at {
				press(t, m, "tab")
			}
			line := fmt.Sprintf("Register (%d of %d) ~%s %s", at+1, len(risks), report.SeverityTag(risks[at].Severity), risks[at].Rule.Title)
			if !containsFlat(screenText(m), line) {
				t.Fatalf("the register line does not read %q:\n%s", line, screenText(m))
			}
			if strings.Contains(screenText(m), "~~") {
				t.Fatalf("the register line marks the risk twice:\n%s", screenText(m))
			}
			golden(t, m, size[0], size[1], "Register (")
		})
	}
}
