package ui

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/review"
)

// loadPlan reads the worksheet a test's plain prompts saved.
func loadPlan(t *testing.T, path string) *model.Worksheet {
	t.Helper()
	ws, err := model.Load(path, classify.Default().Vocabulary())
	if err != nil {
		t.Fatal(err)
	}
	return ws
}

// Each answer of the review says what it did in one line, and 5 takes the
// last one back: a draft discarded by mistake comes back and is shown
// again, then accepted. A skip says the draft stays one; the summary adds
// up; the input ending at a draft says the review stopped there.
func TestAccessibleReviewSaysEachAnswerAndUndoesIt(t *testing.T) {
	path := draftSheet(t, 3)
	before := loadPlan(t, path)
	// The review takes the mission's own drafts first: the second of the
	// file is asked of others, and comes last.
	first, second, others := before.Activities[0], before.Activities[2], before.Activities[1]
	lines := []string{"", "review",
		"4", // the first discarded
		"5", // at the second: the discard undone, the first shown again
		"1", // the first accepted
		"s", // the second skipped (s is skip, not stop)
	}
	stdout, stderr, code := runPocssr(t, strings.Join(lines, "\n")+"\n", path, "--accessible")
	if code != 0 {
		t.Fatalf("exit %d:\n%s", code, stderr)
	}
	q := func(a *model.Activity) string { return "“" + oneLine(a.Title) + "”" }
	// The drafts shown, each header over its account on stdout: the
	// first shown again after the undo.
	shown := []string{"Draft 1 of 3: " + q(first), "Draft 2 of 3: " + q(second), "Draft 1 of 3: " + q(first), "Draft 2 of 3: " + q(second),
		"Draft 3 of 3: " + q(others) + " — activity 2 in list, paragraph " + oneLine(others.Source.Ref) + "\n  " + review.OthersNote(othersHeading(classify.Default()))}
	if got := strings.Count(stdout, "Draft "); got != len(shown) {
		t.Errorf("%d drafts shown, want %d:\n%s", got, len(shown), stdout)
	}
	for at, n := 0, 0; n < len(shown); n++ {
		i := strings.Index(stdout[at:], shown[n])
		if i < 0 {
			t.Fatalf("stdout lacks %q in its place:\n%s", shown[n], stdout)
		}
		at += i + len(shown[n])
	}
	steps := []string{
		"Discarded " + oneLine(first.Source.Ref) + " " + q(first) + "; undo puts it back (5 while the review goes on).",
		"5. undo the last answer",
		"Undid the discard of " + oneLine(first.Source.Ref) + " " + q(first) + ".",
		"Accepted " + q(first) + ": reviewed now; undo takes it back (5 while the review goes on).",
		"Skipped " + q(second) + ": it stays a draft.",
		"The input ended: the review stops at draft 3 of 3, which stays a draft.",
		"Review ended: 2 drafts to review (review goes through them); 1 reviewed, 1 skipped, 0 discarded.",
	}
	at := 0
	for _, want := range steps {
		i := strings.Index(stderr[at:], want)
		if i < 0 {
			t.Fatalf("after %q the prompts lack %q:\n%s", stderr[max(0, at-200):at], want, stderr)
		}
		at += i + len(want)
	}
	after := loadPlan(t, path)
	if len(after.Activities) != 3 || after.Activities[0].ID != first.ID {
		t.Fatalf("the worksheet holds %d activities, the first %s", len(after.Activities), after.Activities[0].ID)
	}
	var status []model.Status
	for _, a := range after.Activities {
		status = append(status, a.Status)
	}
	if !slices.Equal(status, []model.Status{model.StatusReviewed, model.StatusDraft, model.StatusDraft}) {
		t.Errorf("statuses %v", status)
	}
}

// An empty title at add adds nothing and says so; an add is taken back
// whole by undo and made again by redo; delete asks first, takes an
// activity out on yes only, and undo puts it back. The file follows.
func TestAccessibleAddDeleteAndUndo(t *testing.T) {
	path, _ := offensiveSheet(t)
	// Every question answered "don't know": with no fact known, the
	// questions asked are those relevant to no facts, and no risk fires.
	walk := slices.Repeat([]string{"0"}, len(classify.Default().RelevantQuestions(&model.Facts{})))
	lines := []string{"", "add", ""} // an empty title: nothing added
	lines = append(lines, "list", "add", "Patrols by night", "")
	lines = append(lines, walk...)
	lines = append(lines, "undo", "list", "redo", "delete 2", "maybe", "no", "delete 2", "yes", "list", "undo", "delete 9", "quit")
	stdout, stderr, code := runPocssr(t, strings.Join(lines, "\n")+"\n", path, "--accessible")
	if code != 0 {
		t.Fatalf("exit %d:\n%s", code, stderr)
	}
	for _, want := range []string{
		"Title of the activity (an empty line adds nothing):",
		"Nothing added: the title was left empty.",
		"Added “Patrols by night” to " + path + " (2 activities); undo takes it out.",
	} {
		if !strings.Contains(stderr, want) {
			t.Errorf("the prompts lack %q", want)
		}
	}
	if strings.Count(stderr, "Added “") != 1 || strings.Contains(stderr, "Untitled") {
		t.Errorf("the empty title added an activity:\n%s", stderr)
	}
	steps := []string{
		"Undid the add of “Patrols by night”; redo makes it again.",
		"Redid the add of “Patrols by night”; undo takes it back again.",
		"Delete activity 2, “Patrols by night”? (yes or no)",
		"Please answer yes or no.",
		"Not deleted.",
		"Deleted “Patrols by night”; 1 activity left. undo puts it back.",
		"Undid the deletion of “Patrols by night”; redo makes it again.",
		"Give the number of an activity, from 1 to 2 (its number in list, not its paragraph).",
	}
	at := 0
	for _, want := range steps {
		i := strings.Index(stderr[at:], want)
		if i < 0 {
			t.Fatalf("the prompts lack %q after:\n%s", want, stderr[max(0, at-300):at])
		}
		at += i + len(want)
	}
	// Each list (before the add, after its undo, after the delete) shows
	// the one activity there was then.
	if n := strings.Count(stdout, "  1. Joint offensive — "); n != 3 || strings.Contains(stdout, "2. Patrols by night") {
		t.Errorf("the lists on stdout (%d):\n%s", n, stdout)
	}
	ws := loadPlan(t, path)
	if len(ws.Activities) != 2 || ws.Activities[1].Title != "Patrols by night" {
		t.Errorf("the file holds %d activities", len(ws.Activities))
	}
}

// Nothing to undo or redo is said, and changes nothing.
func TestAccessibleUndoWithNothingToUndo(t *testing.T) {
	path := filepath.Join(t.TempDir(), "plan.yaml")
	_, stderr, code := runPocssr(t, "\nundo\nredo\nquit\n", path, "--accessible")
	if code != 0 || !strings.Contains(stderr, "Nothing to undo: undo takes back only what was changed in this run.") || !strings.Contains(stderr, "Nothing to redo.") {
		t.Errorf("exit %d:\n%s", code, stderr)
	}
}

// list names a tier not determined in words, never a bare "-" a screen
// reader says as "dash"; the demo's summary names the agendas as the
// accounts do ("POC only"), not by their ids.
func TestAccessibleListAndSummaryInWords(t *testing.T) {
	path := filepath.Join(t.TempDir(), "plan.yaml")
	ws := model.New(path)
	ws.Activities = []*model.Activity{{ID: "unknown", Title: "Nothing known yet"}}
	if err := ws.Save(path, model.SaveOptions{}); err != nil {
		t.Fatal(err)
	}
	stdout, stderr, code := runPocssr(t, "\nlist\nquit\n", path, "--accessible")
	if code != 0 {
		t.Fatalf("exit %d:\n%s", code, stderr)
	}
	if !strings.Contains(stdout, "  1. Nothing known yet — No tier yet · No agenda yet · ") || strings.Contains(stdout, " — - ·") {
		t.Errorf("the list: %q", stdout)
	}
	_, stderr, _ = runPocssr(t, "quit\n", "demo", "--accessible")
	if !strings.Contains(stderr, " · POC only ") || strings.Contains(stderr, "poc-only") {
		t.Errorf("the demo's summary:\n%s", stderr)
	}
}
