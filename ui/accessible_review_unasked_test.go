package ui

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/model"
)

// mandate1990 holds S/RES/1990 (2011), whose ¶2(a) an import makes a draft
// with the mission suggested as its implementer and the army and police of
// "Sudan Armed Forces" and "Abyei Police Service" as its forces, but no
// kind: the forces question is not asked.
const mandate1990 = "../classify/suggest/testdata/corpus/resolutions/S-RES-1990-2011.txt"

// monitorSheet saves the first two drafts of the import of S/RES/1990
// (2011), ¶2(a) first, and gives the file and the title of ¶2(a) quoted.
func monitorSheet(t *testing.T) (path, title string) {
	t.Helper()
	ws := importedSheet(t, mandate1990)
	ws.Activities = ws.Activities[:2]
	a := ws.Activities[0]
	if a.Source.Ref != "2(a)" || !a.Facts.Has(model.Forces, "army") || !a.Facts.Has(model.Forces, "police") || a.Facts.Known(model.Kinds) {
		t.Fatalf("the first draft is ¶%s, facts %v: the case tests little", a.Source.Ref, a.Facts)
	}
	path = filepath.Join(t.TempDir(), "plan.yaml")
	if err := ws.Save(path, model.SaveOptions{}); err != nil {
		t.Fatal(err)
	}
	return path, quoted(a)
}

// Accepting ¶2(a) in the plain review does as the review screen does: the
// forces only its words suggested, on a question not asked, are dropped,
// not accepted, and the line says so in the screen's words, with the
// question that would place the draft; undo brings the forces back with
// the draft.
func TestAccessibleAcceptDropsWhatNoQuestionAsks(t *testing.T) {
	path, title := monitorSheet(t)
	_, stderr, code := runPocssr(t, strings.Join([]string{"", "review", "1", "0"}, "\n")+"\n", path, "--accessible")
	if code != 0 {
		t.Fatalf("exit %d:\n%s", code, stderr)
	}
	said := "Accepted " + title + ": reviewed now; no tier or agenda yet (“What does the activity do?” would place it); " +
		"dropped forces: army and police, which only its words suggested and no question asks now; undo takes it back (5 while the review goes on)."
	if !strings.Contains(stderr, said) {
		t.Errorf("the prompts lack %q:\n%s", said, stderr)
	}
	a := loadPlan(t, path).Activities[0]
	if a.Status != model.StatusReviewed || a.Facts.Known(model.Forces) {
		t.Errorf("accepted: status %s, forces %v", a.Status, a.Facts[model.Forces])
	}

	path, _ = monitorSheet(t)
	_, stderr, code = runPocssr(t, strings.Join([]string{"", "review", "1", "5", "0"}, "\n")+"\n", path, "--accessible")
	if code != 0 || !strings.Contains(stderr, "Undid the acceptance of "+title+".") {
		t.Fatalf("exit %d, the undo not said:\n%s", code, stderr)
	}
	a = loadPlan(t, path).Activities[0]
	if a.Status != model.StatusDraft || !a.Facts.Has(model.Forces, "army") || !a.Facts.Has(model.Forces, "police") {
		t.Errorf("undone: status %s, forces %v", a.Status, a.Facts[model.Forces])
	}
}

// Editing ¶2(a) in the plain review, the planner saying it is early warning
// (no forces asked), accepts it without the forces its words suggested, as
// the questionnaire does, and the line names them.
func TestAccessibleEditReviewDropsWhatNoQuestionAsks(t *testing.T) {
	path, title := monitorSheet(t)
	lines := []string{"", "review", "2",
		"", "", // title and description kept
		"",                 // the implementer confirmed
		"9",                // early warning
		"", "", "", "", "", // the questions left, not known
		"0"}
	_, stderr, code := runPocssr(t, strings.Join(lines, "\n")+"\n", path, "--accessible")
	if code != 0 {
		t.Fatalf("exit %d:\n%s", code, stderr)
	}
	said := "Accepted " + title + " with the answers given: reviewed now; " +
		"dropped forces: army and police, which only its words suggested and no question asks now; undo takes the edit back."
	if !strings.Contains(stderr, said) {
		t.Errorf("the prompts lack %q:\n%s", said, stderr)
	}
	a := loadPlan(t, path).Activities[0]
	if a.Status != model.StatusReviewed || a.Facts.Known(model.Forces) || !a.Facts.Has(model.Kinds, "early-warning") {
		t.Errorf("edited: status %s, facts %v", a.Status, a.Facts)
	}
}

// The plain review lists under ¶2(a) every answer only its words suggest,
// the forces too, which no question asks while it has no kind: the account
// above marks them "~", and so does the review screen (session.Sheet.Suggested).
// (The list held the implementer alone.)
func TestAccessibleReviewListsEverySuggestedAnswer(t *testing.T) {
	path, _ := monitorSheet(t)
	stdout, stderr, code := runPocssr(t, "\nreview\n0\n", path, "--accessible")
	if code != 0 {
		t.Fatalf("exit %d:\n%s", code, stderr)
	}
	_, list, found := strings.Cut(stdout, "Suggested by the words of the source paragraph 2(a), not yet confirmed")
	if !found {
		t.Fatalf("no list of the answers suggested:\n%s", stdout)
	}
	list, _, _ = strings.Cut(list, "Draft 2 of 2")
	for _, want := range []string{"~ implementer: the mission itself ← “Monitor”", "~ forces: army ← “Armed Forces”, “Army”", "~ forces: police ← “Police”"} {
		if !strings.Contains(list, "\n    "+want+"\n") {
			t.Errorf("the list lacks %q:%s", want, list)
		}
	}
}
