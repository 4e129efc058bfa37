package ui

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
)

// The plain prompts fill the register after the verdict: an entry with a
// date refused and then given, a not-needed entry that waits for its note,
// and a risk skipped; the file keeps the two entries.
func TestAccessibleFillsTheRegister(t *testing.T) {
	path := filepath.Join(t.TempDir(), "plan.yaml")
	answers := strings.Join([]string{
		"Joint offensive with the army", "", "1", "10", "1", "9", "3", "2", "2", // as TestAccessibleQuestionnaireEndToEnd
		"0", "0", "0", "0", // the questions after: don't know
		// the critical risk: in place, an owner, a date refused then given, a note
		"3", "Human Rights Division", "2026-02-30", "2026-03-31", "Units screened",
		// the next: not-needed, no owner or date, a note refused empty then given
		"not-needed", "", "", "", "The force has its own procedure",
		// the rest skipped
		"", "", "", "",
	}, "\n") + "\n"
	_, stderr, code := runPocssr(t, answers, path, "--accessible")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, want := range []string{"What is being done about these risks?", "Risk 1 of ", "CRITICAL grave-violations-support",
		`"2026-02-30" is not a date: February 2026 has 28 days. Try again`,
		"is not-needed without a note", "2 entries kept in the risk register."} {
		if !strings.Contains(stderr, want) {
			t.Errorf("the prompts lack %q:\n%s", want, stderr)
		}
	}
	ws, err := model.Load(path, classify.Default().Vocabulary())
	if err != nil {
		t.Fatal(err)
	}
	reg := ws.Activities[0].Register
	if len(reg) != 2 {
		t.Fatalf("the register holds %+v", reg)
	}
	want := model.RegisterEntry{Risk: "grave-violations-support", Status: model.InPlace, Owner: "Human Rights Division", Due: "2026-03-31", Note: "Units screened"}
	if reg[0] != want {
		t.Errorf("the first entry is %+v, want %+v", reg[0], want)
	}
	if reg[1].Status != model.NotNeeded || reg[1].Note != "The force has its own procedure" || reg[1].Owner != "" || reg[1].Due != "" {
		t.Errorf("the second entry is %+v", reg[1])
	}
}
