package ui

import (
	"slices"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
)

// reviewSheet is offensiveSheet with a next HRDDP review set, and a second
// activity on which no risk fires, with a review too.
func reviewSheet(t *testing.T, review model.Date) (string, []classify.Risk) {
	t.Helper()
	path, risks := offensiveSheet(t)
	ws, err := model.Load(path, classify.Default().Vocabulary())
	if err != nil {
		t.Fatal(err)
	}
	ws.Activities[0].HRDDPReview = review
	quiet := activity(t, "Quiet liaison")
	quiet.HRDDPReview = review
	ws.Activities = append(ws.Activities, quiet)
	if err := ws.Save(path, model.SaveOptions{}); err != nil {
		t.Fatal(err)
	}
	return path, risks
}

// The walk of register N shows the activity's next HRDDP review before its
// risks, as the register screen shows it under each of the activity's
// rows, and asks it after them and the stale entries: a date refused as
// register N hrddp DATE refuses it, in its words; a date set and said as
// that command says it; one undo step with the walk; saved.
func TestAccessibleRegisterWalkAsksTheHRDDPReview(t *testing.T) {
	path, risks := reviewSheet(t, "2020-01-31")
	skip := slices.Repeat([]string{""}, len(risks))
	walk := append(append([]string{"", "register 1"}, skip...), "31/01/2020", "2026-06-30")
	_, stderr, code := runPocssr(t, strings.Join(append(walk, "quit"), "\n")+"\n", path, "--accessible", "--today=2026-03-01")
	if code != 0 {
		t.Fatalf("exit %d:\n%s", code, stderr)
	}
	shown := "The next HRDDP review of “Joint offensive” is 2020-01-31, overdue (already past on 2026-03-01); it is asked after the risks."
	prompt := "Next HRDDP review of the activity, for all its risks (YYYY-MM-DD; now: 2020-01-31, overdue; an empty line keeps it as it is, - clears it):"
	for _, want := range []string{shown, prompt, "The next HRDDP review of “Joint offensive” is now 2026-06-30.",
		"The register of “Joint offensive” is saved to " + model.QuoteName(path) + "; undo takes the HRDDP review back."} {
		if !strings.Contains(stderr, want) {
			t.Errorf("the walk lacks %q:\n%s", want, stderr)
		}
	}
	if strings.Index(stderr, shown) > strings.Index(stderr, "Risk 1 of ") || strings.Index(stderr, prompt) < strings.Index(stderr, "Risk 1 of ") {
		t.Errorf("the review is not shown before the risks and asked after them:\n%s", stderr)
	}
	// The refusal is register N hrddp DATE's, in its words; the whole
	// register's last line says the walk asks the review.
	_, byCommand, _ := runPocssr(t, "\nregister 1 hrddp 31/01/2020\nregister\nquit\n", path, "--accessible", "--today=2026-03-01")
	if !strings.Contains(byCommand, "register N walks the register of activity N: each risk's status, owner, due date and note, its stale entries (keep or remove) and its next HRDDP review;") {
		t.Errorf("the whole register's last line does not name the review:\n%s", byCommand)
	}
	_, why, ok := strings.Cut(byCommand, "Not set: ")
	why, _, _ = strings.Cut(why, "\n")
	if !ok || !strings.Contains(stderr, "“31/01/2020” is no answer to the next HRDDP review of “Joint offensive”. "+strings.TrimSuffix(why, ".")+". Try again; an empty line keeps it as it is.") {
		t.Errorf("the walk's refusal is not the command's (%q):\n%s", why, stderr)
	}
	if a := loadPlan(t, path).Activities[0]; a.HRDDPReview != "2026-06-30" {
		t.Errorf("the file's review is %q, want 2026-06-30", a.HRDDPReview)
	}

	// An empty line keeps it; - clears it, said as the command says it;
	// undo takes the walk back whole.
	keep := append(append([]string{"", "register 1"}, skip...), "")
	if _, stderr, _ = runPocssr(t, strings.Join(append(keep, "quit"), "\n")+"\n", path, "--accessible", "--today=2026-03-01"); !strings.Contains(stderr, "  The next HRDDP review of “Joint offensive” is as it was: 2026-06-30.") {
		t.Errorf("an empty line does not keep the review:\n%s", stderr)
	}
	clear := append(append([]string{"", "register 1"}, skip...), "-")
	_, stderr, _ = runPocssr(t, strings.Join(append(clear, "undo", "quit"), "\n")+"\n", path, "--accessible", "--today=2026-03-01")
	if !strings.Contains(stderr, "  The next HRDDP review of “Joint offensive” is now none.") || !strings.Contains(stderr, "Undid the register of “Joint offensive”") {
		t.Errorf("- does not clear the review, or undo does not take it back:\n%s", stderr)
	}
	if a := loadPlan(t, path).Activities[0]; a.HRDDPReview != "2026-06-30" {
		t.Errorf("after undo the file's review is %q, want 2026-06-30", a.HRDDPReview)
	}
	if _, stderr, _ = runPocssr(t, strings.Join(append(clear, "quit"), "\n")+"\n", path, "--accessible", "--today=2026-03-01"); loadPlan(t, path).Activities[0].HRDDPReview != "" {
		t.Errorf("- kept the review:\n%s", stderr)
	}
	// Without a review the prompt says an empty line leaves none.
	if _, stderr, _ = runPocssr(t, strings.Join(append(keep, "quit"), "\n")+"\n", path, "--accessible", "--today=2026-03-01"); !strings.Contains(stderr, "Next HRDDP review of the activity, for all its risks (YYYY-MM-DD; an empty line leaves none):") {
		t.Errorf("the prompt without a review:\n%s", stderr)
	}
}

// An activity on which no risk fires and whose register holds no entry
// has no walk, as it has no row on the register screen, where v sets the
// review: register N says its review and how to change it.
func TestAccessibleRegisterWithoutRisksNamesTheHRDDPReview(t *testing.T) {
	path, _ := reviewSheet(t, "2020-01-31")
	_, stderr, code := runPocssr(t, "\nregister 2\nquit\n", path, "--accessible", "--today=2026-03-01")
	if code != 0 {
		t.Fatalf("exit %d:\n%s", code, stderr)
	}
	want := "No risk fires on “Quiet liaison” and its register holds no entry: the register has nothing to ask. Its next HRDDP review is 2020-01-31, overdue (already past on 2026-03-01); register 2 hrddp DATE changes it."
	if !strings.Contains(stderr, want) {
		t.Errorf("the prompts lack %q:\n%s", want, stderr)
	}
	if strings.Contains(stderr, "Next HRDDP review of the activity") {
		t.Errorf("an activity with no risk is asked its review:\n%s", stderr)
	}
}
