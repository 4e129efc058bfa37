package ui

import (
	"slices"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify/suggest"
	"github.com/pocssr/pocssr/model"
)

// An edit names the words a suggestion comes from, as the screens do: an
// imported task's own paragraph, even when its title was changed, and the
// description the planner typed, never "the lead-in or heading" it replaced.
// Each is asked to be confirmed.
func TestAccessibleEditNamesWhereTheSuggestionsComeFrom(t *testing.T) {
	path := draftSheet(t, 3)
	ref := oneLine(loadPlan(t, path).Activities[1].Source.Ref)
	in := append([]string{"", "edit 2", "A title of my own", ""}, slices.Repeat([]string{""}, 30)...)
	_, stderr, code := runPocssr(t, strings.Join(append(in, "quit"), "\n")+"\n", path, "--accessible")
	if code != 0 {
		t.Fatalf("exit %d:\n%s", code, stderr)
	}
	if want := "Suggested by the words of the source paragraph " + ref + ", not yet confirmed (~): national authorities alone. An empty line confirms it."; !strings.Contains(stderr, want) {
		t.Errorf("the prompts lack %q:\n%s", want, stderr)
	}
	if strings.Contains(stderr, "Suggested by the description") {
		t.Errorf("the paragraph's words are said to be the description's:\n%s", stderr)
	}

	path = draftSheet(t, 3)
	in = append([]string{"", "edit 1", "", "Requests MONUSCO to support the Government"}, slices.Repeat([]string{""}, 30)...)
	_, stderr, code = runPocssr(t, strings.Join(append(in, "quit"), "\n")+"\n", path, "--accessible")
	if code != 0 {
		t.Fatalf("exit %d:\n%s", code, stderr)
	}
	for _, want := range []string{
		"implementer: national authorities with mission support ← “support the Government” (in the description)",
		"Suggested by the words of the description, not yet confirmed (~): national authorities with mission support. An empty line confirms it.",
	} {
		if !strings.Contains(stderr, want) {
			t.Errorf("the prompts lack %q:\n%s", want, stderr)
		}
	}
	if strings.Contains(stderr, "(in the lead-in or heading)") {
		t.Errorf("words the planner typed are said to be a lead-in or heading:\n%s", stderr)
	}
}

// A title the import cut short is said with its paragraph whole in the
// edit, so that it can be given whole; the file keeps what is given.
func TestAccessibleEditGivesACutTitlesParagraphWhole(t *testing.T) {
	path := draftSheet(t, 3)
	a := loadPlan(t, path).Activities[1]
	if !suggest.ShortenedTitle(a) || !strings.HasSuffix(a.Title, suggest.TitleCut) {
		t.Fatalf("the title %q is not cut: the case tests nothing", a.Title)
	}
	whole := "Encourage the Government to protect the population through professional and sustainable security forces"
	in := append([]string{"", "edit 2", whole, ""}, slices.Repeat([]string{""}, 30)...)
	_, stderr, code := runPocssr(t, strings.Join(append(in, "quit"), "\n")+"\n", path, "--accessible")
	if code != 0 {
		t.Fatalf("exit %d:\n%s", code, stderr)
	}
	want := "The title was cut on import; the paragraph " + oneLine(a.Source.Ref) + " whole reads: “" + oneLine(a.Source.Text) + "”\nTitle (now: "
	if !strings.Contains(stderr, want) {
		t.Errorf("the prompts lack %q:\n%s", want, stderr)
	}
	if got := loadPlan(t, path).Activities[1].Title; got != whole {
		t.Errorf("the file keeps the title %q", got)
	}
	// A title not cut is asked without the paragraph.
	in = append([]string{"", "edit 2", "", ""}, slices.Repeat([]string{""}, 30)...)
	if _, stderr, _ = runPocssr(t, strings.Join(append(in, "quit"), "\n")+"\n", path, "--accessible"); strings.Contains(stderr, "cut on import") {
		t.Errorf("a whole title is said to be cut:\n%s", stderr)
	}
}

// The verdict an edit in the review shows is the accepted activity's: the
// status changes before it is printed, not after ("status: draft" just
// above "Accepted …" said the opposite of the line under it). The review's
// choices are followed by the answer's prompt, as every question is.
func TestAccessibleReviewEditShowsTheAcceptedVerdict(t *testing.T) {
	path := draftSheet(t, 1)
	a := loadPlan(t, path).Activities[0]
	in := append([]string{"", "review", "2", "", ""}, slices.Repeat([]string{""}, 30)...)
	stdout, stderr, code := runPocssr(t, strings.Join(in, "\n")+"\n", path, "--accessible")
	if code != 0 {
		t.Fatalf("exit %d:\n%s", code, stderr)
	}
	if want := "  1. accept  2. edit (the questions again; finishing them accepts it)  3. skip  4. discard  0. stop the review (an empty line too)\nAnswer (0-4):\n"; !strings.Contains(stderr, want) {
		t.Errorf("the prompts lack %q:\n%s", want, stderr)
	}
	if !strings.Contains(stderr, "Accepted “"+oneLine(a.Title)+"” with the answers given: reviewed now") {
		t.Fatalf("the draft was not accepted:\n%s", stderr)
	}
	// The review's account first, a draft's, under its header; the verdict
	// after the edit last.
	accounts := strings.Split(stdout, "\n"+a.ID+" — ")
	if first := stdout[:strings.Index(stdout, "\n")]; !strings.HasPrefix(first, "Draft 1 of 1: ") || len(accounts) != 3 {
		t.Fatalf("stdout holds no review account and verdict:\n%s", stdout)
	}
	if !strings.Contains(accounts[1], "status: draft") {
		t.Errorf("the review's account does not say it is a draft:\n%s", accounts[1])
	}
	if v := accounts[2]; strings.Contains(v, "status: draft") || !strings.Contains(v, "status: reviewed") {
		t.Errorf("the verdict after the edit:\n%s", v)
	}
	if got := loadPlan(t, path).Activities[0].Status; got != model.StatusReviewed {
		t.Errorf("the file keeps status %q", got)
	}
}
