package ui

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/model"
)

// hostArmyTitle and hostArmyWords describe support to a host army whose
// words suggest who does it, what and with which force: the HRDDP covers it.
const (
	hostArmyTitle = "Train and equip the national army battalions"
	hostArmyWords = "The mission trains the host army and gives it equipment"
	hrddpAsks     = "Has the HRDDP risk assessment been done before support is given?"
)

// hostArmyAnswers are the answers after the three suggestions: combined
// ops no, internal controls, one-off, grave allegations, a graduated
// response, HRDDP done with mitigation, mixed trust, then no, medium, no,
// weak, no, no.
var hostArmyAnswers = []string{"2", "1", "1", "3", "1", "3", "2", "2", "2", "2", "2", "2", "2"}

// onScreen adds the activity through the questionnaire, as n does, with
// the suggestions confirmed by enter and the same answers, every risk
// skipped: the worksheet the screens make of it.
func onScreen(t *testing.T) *model.Activity {
	t.Helper()
	m := newTestModel(t, model.New(""), 120, 40)
	press(t, m, "n")
	typeText(t, m, hostArmyTitle)
	press(t, m, "tab")
	typeText(t, m, hostArmyWords)
	press(t, m, "tab", "enter", "enter", "enter", "2", "1", "enter")
	press(t, m, hostArmyAnswers[2:]...)
	press(t, m, "enter", "0", "0", "0")
	if m.front == questionnaireScreen || m.sh.sheet.Len() != 1 {
		t.Fatalf("the questionnaire did not finish: screen %d", m.front)
	}
	return m.sh.sheet.At(0)
}

// Plain add asks a new activity's HRDDP question where the questionnaire
// does (support to a host army), and the worksheet it saves is the one the
// screens make of the same answers: a new activity whose suggested answers
// were all confirmed is reviewed there, as it is on the screen (it was
// saved with no status, where the screen saved it reviewed).
func TestAccessibleAddSavesWhatTheQuestionnaireSaves(t *testing.T) {
	want := onScreen(t)
	path := filepath.Join(t.TempDir(), "plan.yaml")
	lines := append([]string{hostArmyTitle, hostArmyWords, "", "", ""}, hostArmyAnswers...)
	lines = append(lines, "", "", "", "quit")
	_, stderr, code := runPocssr(t, strings.Join(lines, "\n")+"\n", path, "--accessible")
	if code != 0 {
		t.Fatalf("exit %d:\n%s", code, stderr)
	}
	if !strings.Contains(stderr, hrddpAsks) {
		t.Errorf("add did not ask the HRDDP question:\n%s", stderr)
	}
	got := loadPlan(t, path).Activities[0]
	if !got.Same(want) {
		t.Errorf("plain add saved\n%+v\nthe screen made\n%+v", *got, *want)
	}
	if got.Status != model.StatusReviewed {
		t.Errorf("status %q", got.Status)
	}
}

// Plain edit N of a draft of the same words asks the HRDDP question too,
// and confirming its suggestions with the same answers gives the activity
// the screens give it.
func TestAccessibleEditSavesWhatTheQuestionnaireSaves(t *testing.T) {
	want := onScreen(t)
	path := filepath.Join(t.TempDir(), "plan.yaml")
	ws := model.New(path)
	d := want.Clone()
	d.Facts = model.Facts{}
	d.Status = model.StatusDraft
	for _, f := range []model.Fact{model.Implementer, model.Kinds, model.Forces} {
		d.Facts[f] = want.Facts[f]
	}
	ws.Activities = []*model.Activity{d}
	if err := ws.Save(path, model.SaveOptions{}); err != nil {
		t.Fatal(err)
	}
	lines := append([]string{"", "edit 1", "", "", "", "", ""}, hostArmyAnswers...)
	lines = append(lines, "", "", "", "quit")
	_, stderr, code := runPocssr(t, strings.Join(lines, "\n")+"\n", path, "--accessible")
	if code != 0 {
		t.Fatalf("exit %d:\n%s", code, stderr)
	}
	if !strings.Contains(stderr, hrddpAsks) {
		t.Errorf("edit did not ask the HRDDP question:\n%s", stderr)
	}
	if got := loadPlan(t, path).Activities[0]; !got.Same(want) {
		t.Errorf("plain edit saved\n%+v\nthe screen made\n%+v", *got, *want)
	}
}

// A draft's suggestion confirmed in the plain review's edit, the input
// ending before the others, is kept as an answer only, as on the screen:
// the prompts say so in the screen's words, and the worksheet saved and
// opened again holds the same answers, the draft, and its suggestions
// marked ~ to confirm (it said only that the answers were kept).
func TestAccessibleSaysAConfirmationIsKeptAsAnAnswerOnly(t *testing.T) {
	path := draftSheet(t, 1)
	before := loadPlan(t, path).Activities[0]
	_, stderr, _ := runPocssr(t, "\nreview\n2\n\n\n\n", path, "--accessible")
	if !strings.Contains(stderr, "The 1 suggested answer you confirmed is kept as an answer, but the worksheet's file keeps no mark of a confirmation: opened from the file in a later run, the draft shows it as suggested (~) again, until it is accepted.") {
		t.Errorf("the prompts do not say the confirmation is not kept:\n%s", stderr[max(0, len(stderr)-1200):])
	}
	after := loadPlan(t, path).Activities[0]
	if !after.Same(before) || after.Status != model.StatusDraft {
		t.Errorf("saved and opened again:\n%+v\nwas\n%+v", *after, *before)
	}
	stdout, _, _ := runPocssr(t, "\nshow 1\nquit\n", path, "--accessible")
	if !strings.Contains(stdout, "~ implementer") {
		t.Errorf("the reopened draft does not show its implementer suggested:\n%s", stdout)
	}
}

// Accepted in the plain review, or edited to the end, a draft is reviewed
// in the file: saved and opened again, it is no draft and shows no ~.
func TestAccessibleReviewConfirmationsOutliveTheRun(t *testing.T) {
	path := draftSheet(t, 2)
	lines := append([]string{"", "review", "1", "2", "", ""}, slices.Repeat([]string{""}, 40)...)
	_, stderr, code := runPocssr(t, strings.Join(lines, "\n")+"\n", path, "--accessible")
	if code != 0 {
		t.Fatalf("exit %d:\n%s", code, stderr)
	}
	ws := loadPlan(t, path)
	for i, a := range ws.Activities {
		if a.Status != model.StatusReviewed {
			t.Errorf("activity %d opened again is %q", i+1, a.Status)
		}
	}
	stdout, _, _ := runPocssr(t, "\nshow 1\nshow 2\nreview\nquit\n", path, "--accessible")
	if strings.Contains(stdout, "~ ") || strings.Contains(stdout, "Draft 1") {
		t.Errorf("opened again, the drafts come back:\n%s", stdout)
	}
}
