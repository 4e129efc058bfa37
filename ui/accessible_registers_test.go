package ui

import (
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
)

// register without N lists the whole worksheet's register on standard
// output, as the register screen lists it: a heading counting the risks by
// state, overdue and stale, then each activity by its number in list with
// its risks and their place in the register, then its stale entries.
func TestAccessibleWholeRegisterListsEveryRiskAndEntry(t *testing.T) {
	risks := offensiveRisks(t)
	const stale = "public-reporting-sensitivity"
	path, _ := offensiveSheet(t,
		model.RegisterEntry{Risk: risks[0].Rule.ID, Status: model.InPlace, Owner: "Force HQ"},
		model.RegisterEntry{Risk: stale, Status: model.Planned, Due: "2020-01-31"})
	stdout, stderr, code := runPocssr(t, "\nregister\nr\nquit\n", path, "--accessible")
	if code != 0 {
		t.Fatalf("exit %d:\n%s", code, stderr)
	}
	heading := "Risk register of the worksheet: 2 risks: 1 open · 1 mitigated · 0 accepted · 0 overdue · 1 stale.\n"
	if strings.Count(stdout, heading) != 2 {
		t.Errorf("register and r do not both list the register (heading %q):\n%s", heading, stdout)
	}
	for _, want := range []string{
		"  1. Joint offensive\n",
		"       CRITICAL " + risks[0].Rule.Title + ": mitigated — in-place · owner: Force HQ\n",
		"       HIGH " + risks[1].Rule.Title + ": open — no entry\n",
		"       stale — Public reporting on government forces is sensitive: does not fire now; kept: planned · due 2020-01-31\n",
	} {
		if !strings.Contains(stdout, want) {
			t.Errorf("the register lacks %q:\n%s", want, stdout)
		}
	}
	// Risks by their titles, as every screen names them: no id beside.
	for _, id := range []string{risks[0].Rule.ID, risks[1].Rule.ID, stale} {
		if strings.Contains(stdout, id) {
			t.Errorf("the register names the risk id %s:\n%s", id, stdout)
		}
	}
	if strings.Contains(stderr, "Give the number of an activity") {
		t.Errorf("register without N asked for a number:\n%s", stderr)
	}
	// A piped first line register reads as the command, as list does.
	if _, stderr, code = runPocssr(t, "register\n", path, "--accessible"); code != 2 || !strings.Contains(stderr, "as the command register;") {
		t.Errorf("a first line register: exit %d:\n%s", code, stderr)
	}
}

// register N hrddp DATE sets the next HRDDP review of activity N, as v does
// on the register screen: one undo step, saved; a date not written
// YYYY-MM-DD is refused with why; - clears it; the whole register shows it,
// overdue once past, and counts it overdue.
func TestAccessibleRegisterSetsTheHRDDPReview(t *testing.T) {
	path, _ := offensiveSheet(t)
	in := "\nregister 1 hrddp 2020-01-31\nregister\nregister 1 hrddp 31/01/2020\nregister 1 hrddp -\nundo\nquit\n"
	stdout, stderr, code := runPocssr(t, in, path, "--accessible")
	if code != 0 {
		t.Fatalf("exit %d:\n%s", code, stderr)
	}
	for _, want := range []string{
		"The next HRDDP review of “Joint offensive” is now 2020-01-31, overdue (already past on ",
		"Not set: ",
		"The next HRDDP review of “Joint offensive” is now none; saved to " + path + "; undo takes it back.",
		"Undid the HRDDP review of “Joint offensive”",
	} {
		if !strings.Contains(stderr, want) {
			t.Errorf("the prompts lack %q:\n%s", want, stderr)
		}
	}
	for _, want := range []string{"  1. Joint offensive · HRDDP review 2020-01-31 OVERDUE\n", " · 1 overdue."} {
		if !strings.Contains(stdout, want) {
			t.Errorf("the register lacks %q:\n%s", want, stdout)
		}
	}
	if a := loadPlan(t, path).Activities[0]; a.HRDDPReview != "2020-01-31" {
		t.Errorf("after undo the file's HRDDP review is %q, want 2020-01-31", a.HRDDPReview)
	}
}

// An activity with no risk and no entry but a next HRDDP review past is
// listed by the whole register, its review overdue and counted, as the
// register screen's heading names it; the others without either are
// counted in one line.
func TestAccessibleWholeRegisterListsAnOverdueReviewWithoutRisks(t *testing.T) {
	path, _ := offensiveSheet(t)
	ws, err := model.Load(path, classify.Default().Vocabulary())
	if err != nil {
		t.Fatal(err)
	}
	quiet, idle := activity(t, "Quiet liaison"), activity(t, "Idle liaison")
	quiet.HRDDPReview = "2020-01-31"
	ws.Activities = append(ws.Activities, quiet, idle)
	if err := ws.Save(path, model.SaveOptions{}); err != nil {
		t.Fatal(err)
	}
	if len(classify.Default().Classify(quiet).Risks) != 0 {
		t.Fatal("a risk fires on an activity of no facts: the case tests nothing")
	}
	stdout, stderr, code := runPocssr(t, "\nregister\nquit\n", path, "--accessible")
	if code != 0 {
		t.Fatalf("exit %d:\n%s", code, stderr)
	}
	for _, want := range []string{
		" · 1 overdue.\n",
		"  2. Quiet liaison · HRDDP review 2020-01-31 OVERDUE\n       no risk fires and the register holds no entry\n",
		"1 activity has no risk and no register entry.\n",
	} {
		if !strings.Contains(stdout, want) {
			t.Errorf("the register lacks %q:\n%s", want, stdout)
		}
	}
	if strings.Contains(stdout, "Idle liaison") {
		t.Errorf("an activity with no risk, entry or review is listed:\n%s", stdout)
	}
}
