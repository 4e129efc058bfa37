package ui

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/model"
)

// threeKindsPlan saves the draft of S/RES/2241 whose words suggest three
// kinds, alone, and returns the file's path.
func threeKindsPlan(t *testing.T) string {
	t.Helper()
	ws := importedSheet(t, mandate2241)
	ws.Activities = ws.Activities[threeKindsRow : threeKindsRow+1]
	// JSON: its file keeps no confirmation of a draft's answer, which the
	// close then says (a YAML file keeps them).
	path := filepath.Join(t.TempDir(), "plan.json")
	if err := ws.Save(path, model.SaveOptions{}); err != nil {
		t.Fatal(err)
	}
	return path
}

// An edit in the plain prompts whose input ends before the last question
// keeps the draft a draft, and its close says what became of the answers
// its words suggested, as the screens say it on leaving: the implementer
// confirmed, the kinds changed (13, 5 and 14: presence and deterrence left
// out, operational training added; only leaving some out keeps them the
// suggestion, narrowed). The close counted the kinds among the confirmed ("The 2 suggested
// answers you confirmed") and never named them changed.
func TestAccessibleEditNamesTheSuggestedAnswersChanged(t *testing.T) {
	path := threeKindsPlan(t)
	_, stderr, code := runPocssr(t, strings.Join([]string{"", "edit 1", "", "", "", "13 5 14"}, "\n")+"\n", path, "--accessible")
	if code != 0 {
		t.Fatalf("exit %d:\n%s", code, stderr)
	}
	for _, want := range []string{
		"The 1 suggested answer you confirmed is kept as an answer, but",
		" The 1 suggested answer you changed is your answer now. ",
		"Confirming the 1 suggestion left makes it reviewed",
	} {
		if !strings.Contains(stderr, want) {
			t.Errorf("the close lacks %q:\n%s", want, stderr)
		}
	}
}

// With every suggestion confirmed or changed and the input ended before
// the last question, the draft stays a draft for want of the questions,
// not of confirmations: the close said "Confirming the 0 suggestions left
// makes it reviewed".
func TestAccessibleEditSaysNothingOfNoSuggestionLeft(t *testing.T) {
	path := threeKindsPlan(t)
	// The implementer and the forces confirmed, the kinds changed.
	_, stderr, code := runPocssr(t, strings.Join([]string{"", "edit 1", "", "", "", "13 5 14", ""}, "\n")+"\n", path, "--accessible")
	if code != 0 {
		t.Fatalf("exit %d:\n%s", code, stderr)
	}
	if !strings.Contains(stderr, "The 2 suggested answers you confirmed are kept as answers, but") ||
		!strings.Contains(stderr, " The 1 suggested answer you changed is your answer now.\n") {
		t.Errorf("the close does not count 2 confirmed and 1 changed:\n%s", stderr)
	}
	if strings.Contains(stderr, "Confirming the") || strings.Contains(stderr, "0 suggestion") {
		t.Errorf("the close speaks of suggestions left where none is:\n%s", stderr)
	}
	if got := loadPlan(t, path).Activities[0].Status; got != model.StatusDraft {
		t.Errorf("status %s, not a draft", got)
	}
}
