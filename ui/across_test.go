package ui

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/model"
)

// acrossWords is what the findings of a worksheet of S/RES/2012 (2011)
// and S/RES/2156 (2014) say of the two mandates.
const acrossWords = "Findings count each force across the tasks of 2012 and 2156 together; one worksheet per mission keeps them apart."

// The portfolio findings (P) of a worksheet of two mandates say that each
// force is counted across the tasks of both: Haiti's police monitoring
// answered a finding on the support to Abyei's police, and nothing on
// the screen said the two were counted together.
func TestPortfolioOfTwoMandatesSaysItCountsAcrossThem(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := plannersSheet(t, size[0], size[1])
			press(t, m, "P")
			if !containsFlat(screenText(m), acrossWords) {
				t.Fatalf("the findings lack %q:\n%s", acrossWords, screenText(m))
			}
			golden(t, m, size[0], size[1], "Portfolio findings")
		})
	}
}

// The findings of a worksheet of one mandate say nothing of mandates.
func TestPortfolioOfOneMandateSaysNothingOfMandates(t *testing.T) {
	m := importedInTurn(t, 200, 60, mandate2012)
	press(t, m, "P")
	requireScreen(t, m, "Portfolio findings")
	refuseScreen(t, m, "one worksheet per mission")
}

// The import of a mandate into a worksheet of another says, on the status
// line, that the findings now count each force across both; at 80
// columns, where the counts and keys leave no room for it, it is counted
// among what the line leaves out ("+3 more (?)") and reads whole in the
// help.
func TestImportOfASecondMandateSaysFindingsCountAcross(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := newTestModel(t, model.New(""), size[0], size[1])
			importFile(t, m, mandate2012)
			refuseScreen(t, m, "across")
			press(t, m, "esc")
			importOfAnotherMission(t, m, mandate2156)
			wait := "findings now count"
			if size[0] == 80 {
				wait = "+3 more (?)"
			}
			requireScreen(t, m, wait)
			golden(t, m, size[0], size[1], wait)
			press(t, m, "?")
			if !containsFlat(screenText(m), "portfolio findings now count each force across 2012 and 2156") {
				t.Fatalf("the help lacks the whole note:\n%s", screenText(m))
			}
		})
	}
}

// The plain mode says it as the screens do: the import of the second
// mandate, and the findings, once.
func TestAccessibleFindingsOfTwoMandatesSayTheyCountAcross(t *testing.T) {
	path := filepath.Join(t.TempDir(), "plan.yaml")
	if err := model.New(path).Save(path, model.SaveOptions{}); err != nil {
		t.Fatal(err)
	}
	lines := []string{"", "import " + mandate2012, "import " + mandate2156, "i", "findings", "quit"}
	out, stderr, code := runPocssr(t, strings.Join(lines, "\n")+"\n", path, "--accessible")
	if code != 0 {
		t.Fatalf("exit %d:\n%s", code, stderr)
	}
	if !strings.Contains(stderr, "imported from S/RES/2156 (2014) (portfolio findings now count each force across 2012 and 2156)") {
		t.Errorf("the import of the second mandate does not say the findings count across both:\n%s", stderr)
	}
	if strings.Count(flat(out), acrossWords) != 1 {
		t.Errorf("the findings do not say once %q:\n%s", acrossWords, out)
	}
}

// The worksheet's summary of a worksheet of two mandates says that its
// count of findings is across both, as P does: "across 2 mandates" in the
// line below the list at 80 columns, "counted across 2012 and 2156" under
// the count beside it at 200 (it said "P: portfolio findings (0)" alone).
func TestWorksheetSummaryCountsFindingsAcrossTheMandates(t *testing.T) {
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := plannersSheet(t, size[0], size[1])
			press(t, m, "esc")
			if m.front != worksheetScreen {
				t.Fatalf("screen %d, not the worksheet", m.front)
			}
			if size[0] == 80 {
				requireScreen(t, m, " across 2 mandates")
			} else {
				requireScreen(t, m, "Portfolio findings (", "counted across 2012 and 2156")
			}
			golden(t, m, size[0], size[1], "across")
		})
	}
}
