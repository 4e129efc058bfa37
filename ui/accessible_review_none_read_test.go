package ui

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/model"
)

// The plain review says of ¶19 of S/RES/1892 (2009), whose words suggest no
// kind, what the review screen says, with the answer that asks it; of the
// same draft with its kind answered, nothing of the sort.
func TestAccessibleReviewSaysNoKindWasRead(t *testing.T) {
	a, b := rightsDraft(t), rightsDraft(t)
	b.ID += "-answered"
	b.Facts.SetSet(model.Kinds, []string{"rights-training"})
	path := filepath.Join(t.TempDir(), "plan.yaml")
	if err := sheetOf(a, b).Save(path, model.SaveOptions{}); err != nil {
		t.Fatal(err)
	}
	stdout, stderr, code := runPocssr(t, "\nreview\n3\n0\n", path, "--accessible")
	if code != 0 {
		t.Fatalf("exit %d:\n%s", code, stderr)
	}
	first, second, found := strings.Cut(stdout, "Draft 2 of 2")
	if !found {
		t.Fatalf("the review did not reach the second draft:\n%s", stdout)
	}
	_, list, _ := strings.Cut(first, "Suggested by the words of the source paragraph 19, not yet confirmed")
	want := "\n    ~ implementer: the mission itself ← “and requests MINUSTAH and the United Nations country team”\n" +
		"    kinds: none read — no words of the source paragraph 19 answer “What does the activity do?”; edit (2) asks it\n"
	if !strings.Contains(list, want) {
		t.Errorf("the list of the first draft lacks %q:\n%s", want, first)
	}
	if strings.Contains(second, "none read") {
		t.Errorf("the draft with its kind answered says none was read:\n%s", second)
	}
}

// A draft whose words suggest nothing at all lists, under a heading of its
// own, both facts looked for and read from nothing: the plain review said
// nothing of its words.
func TestAccessibleReviewSaysNothingWasRead(t *testing.T) {
	a := &model.Activity{ID: "7-notes", Title: "Notes the report", Status: model.StatusDraft,
		Source: model.Source{Document: "S/RES/1892 (2009)", Ref: "7", Text: "7. Takes note of the report;"}}
	path := filepath.Join(t.TempDir(), "plan.yaml")
	if err := sheetOf(a).Save(path, model.SaveOptions{}); err != nil {
		t.Fatal(err)
	}
	stdout, stderr, code := runPocssr(t, "\nreview\n0\n", path, "--accessible")
	if code != 0 {
		t.Fatalf("exit %d:\n%s", code, stderr)
	}
	want := "\n  In the words of the source paragraph 7:\n" +
		"    implementer: none read — no words of the source paragraph 7 answer “Who carries out the activity?”; edit (2) asks it\n" +
		"    kinds: none read — no words of the source paragraph 7 answer “What does the activity do?”; edit (2) asks it\n"
	if !strings.Contains(stdout, want) {
		t.Errorf("the review lacks %q:\n%s", want, stdout)
	}
}

// show N says of a draft's words what the plain review says, with the
// command that asks it of that activity: it said only what they suggested.
func TestAccessibleShowSaysNoKindWasRead(t *testing.T) {
	path := filepath.Join(t.TempDir(), "plan.yaml")
	if err := sheetOf(rightsDraft(t)).Save(path, model.SaveOptions{}); err != nil {
		t.Fatal(err)
	}
	stdout, stderr, code := runPocssr(t, "\nshow 1\nquit\n", path, "--accessible")
	if code != 0 {
		t.Fatalf("exit %d:\n%s", code, stderr)
	}
	want := "\n    ~ implementer: the mission itself ← “and requests MINUSTAH and the United Nations country team”\n" +
		"    kinds: none read — no words of the source paragraph 19 answer “What does the activity do?”; edit 1 asks it\n"
	if !strings.Contains(stdout, want) {
		t.Errorf("show 1 lacks %q:\n%s", want, stdout)
	}
}
