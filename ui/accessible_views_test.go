package ui

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/report"
	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/flow"
)

// trainingSheet writes a worksheet of one activity that trains the army
// while nothing works on its accountability: a portfolio finding fires.
func trainingSheet(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "plan.yaml")
	ws := model.New(path)
	ws.Activities = []*model.Activity{activity(t, "Train the army", "implementer", "mission", "kinds", "capacity-training",
		"forces", "army", "rights_record", "no-concerns")}
	if err := ws.Save(path, model.SaveOptions{}); err != nil {
		t.Fatal(err)
	}
	return path
}

// The menu has what the worksheet screen offers beside the activities: the
// mission and mandate (m), saved and undone as one step and carried into
// the briefing; the portfolio findings (P), each with the activities that
// raise it; and the framework (f).
func TestAccessibleMissionFindingsAndFramework(t *testing.T) {
	path := trainingSheet(t)
	brief := filepath.Join(filepath.Dir(path), "brief.md")
	in := strings.Join([]string{"",
		"mission UNMISS", "S/RES/1996 (2011)", // the mission given with the command, the mandate asked
		"findings", "framework",
		"export markdown " + brief,
		"m", "", "-", // the mission kept, the mandate cleared
		"undo", // the mandate back
		"quit"}, "\n") + "\n"
	stdout, stderr, code := runPocssr(t, in, path, "--accessible")
	if code != 0 {
		t.Fatalf("exit %d:\n%s", code, stderr)
	}
	for _, want := range []string{
		"Mandate (none now; an empty line leaves none):",
		"The worksheet is now for mission UNMISS, mandate S/RES/1996 (2011); undo takes it back.",
		"Mission (now: “UNMISS”; an empty line keeps it, - clears it):",
		"Mandate (now: “S/RES/1996 (2011)”; an empty line keeps it, - clears it):",
		"The worksheet is now for mission UNMISS, no mandate named; undo takes it back.",
		"Undid the mission and mandate; redo makes it again.",
	} {
		if !strings.Contains(stderr, want) {
			t.Errorf("the prompts lack %q:\n%s", want, stderr)
		}
	}
	if strings.Contains(stderr, "is not a command") {
		t.Errorf("a command of the menu refused:\n%s", stderr)
	}
	ws := loadPlan(t, path)
	if ws.Mission != "UNMISS" || ws.Mandate != "S/RES/1996 (2011)" {
		t.Errorf("the file holds mission %q, mandate %q", ws.Mission, ws.Mandate)
	}
	if md, err := os.ReadFile(brief); err != nil || !strings.Contains(string(md), "UNMISS") {
		t.Errorf("the briefing lacks the mission: %v\n%.300s", err, md)
	}
	// The findings, on standard output as results are.
	for _, want := range []string{"Portfolio:\n", "(effectiveness-without-accountability, army)", "why: ", "would clear: ",
		"raised by: train-the-army"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("the findings lack %q:\n%s", want, stdout)
		}
	}
	// The framework: its four sections as the screen has them, the tiers
	// and the risk catalogue among them.
	for _, want := range []string{"Framework, section 1 of 4: Kinds\n\nTier 1 — Protection through dialogue and engagement\n", "Tier 3 — Establishment of a protective environment",
		"Framework, section 2 of 4: Readings", "Framework, section 3 of 4: Risks", "[HIGH] Capacity built with no accountability to check its use\n",
		"Framework, section 4 of 4: Recommendations"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("the framework lacks %q", want)
		}
	}
}

// The findings of a worksheet with no activity say what to do first.
func TestAccessibleFindingsOfAnEmptyWorksheet(t *testing.T) {
	stdout, stderr, code := runPocssr(t, "\np\nquit\n", "--accessible")
	if code != 0 || stdout != "" || !strings.Contains(stderr, "No activities yet: the portfolio findings read the whole worksheet; add makes one.") {
		t.Errorf("exit %d, stdout %q:\n%s", code, stdout, stderr)
	}
}

// After a walk of the register, the count says how many of the entries
// held are stale (their risk no longer fires), as the register screen marks
// them, where "in all" counted them silently.
func TestAccessibleRegisterCountsStaleEntries(t *testing.T) {
	const gone = "governance-outside-hrddp"
	if classify.Default().Risk(gone) == nil {
		t.Fatalf("no risk %s in the rulebook", gone)
	}
	path, risks := offensiveSheet(t, model.RegisterEntry{Risk: gone, Status: model.Planned, Owner: "Force HQ"})
	for _, k := range risks {
		if k.Rule.ID == gone {
			t.Fatalf("%s fires on the case: its entry is not stale", gone)
		}
	}
	in := append([]string{"", "register 1", "2", "", "", ""}, slices.Repeat([]string{""}, len(risks)-1)...)
	in = append(in, "") // the stale entry, offered after the risks, kept
	in = append(in, "") // the next HRDDP review: none kept
	_, stderr, code := runPocssr(t, strings.Join(append(in, "quit"), "\n")+"\n", path, "--accessible")
	if code != 0 {
		t.Fatalf("exit %d:\n%s", code, stderr)
	}
	if want := "Risk register of “Joint offensive”: 1 entry given now, 2 entries in all, 1 of them stale (its risk no longer fires; kept in case the facts change back)."; !strings.Contains(stderr, want) {
		t.Errorf("the prompts lack %q:\n%s", want, stderr)
	}
	if reg := loadPlan(t, path).Activities[0].Register; reg.Entry(gone).Status != model.Planned || len(reg) != 2 {
		t.Errorf("the file's register: %+v", reg)
	}
}

// factsSection is the Facts section of the first account in out, one line a
// fact (its wrapped lines joined), without the section's remarks.
func factsSection(t *testing.T, out string) []string {
	t.Helper()
	_, sec, ok := strings.Cut(out, "  Facts:\n")
	if !ok {
		t.Fatalf("no Facts section:\n%s", out)
	}
	var lines []string
	for _, l := range strings.Split(sec, "\n") {
		switch {
		case strings.HasPrefix(l, "      "):
			lines[len(lines)-1] += " " + strings.TrimSpace(l)
		case strings.HasPrefix(l, "    ") && !strings.Contains(l, "not known yet"):
			lines = append(lines, strings.TrimSpace(l))
		case !strings.HasPrefix(l, "    "):
			return lines
		}
	}
	return lines
}

// A draft's account marks the answers only its words suggest where the
// Facts section first reads them (~, as the questionnaire marks them), the
// same the list under the account names with their words; once an edit
// confirms them, they are facts, unmarked.
func TestAccessibleAccountMarksSuggestedFactsWhereTheyAreRead(t *testing.T) {
	path := draftSheet(t, 3)
	stdout, stderr, code := runPocssr(t, "\nshow 2\nquit\n", path, "--accessible")
	if code != 0 {
		t.Fatalf("exit %d:\n%s", code, stderr)
	}
	facts := factsSection(t, stdout)
	_, tail, _ := strings.Cut(stdout, "not yet confirmed (~; an edit confirms or changes them):\n")
	marked := 0
	for _, l := range strings.Split(strings.TrimSpace(tail), "\n") {
		name, _, ok := strings.Cut(strings.TrimPrefix(strings.TrimSpace(l), "~ "), ":")
		if !ok || !strings.HasPrefix(strings.TrimSpace(l), "~ ") {
			continue
		}
		marked++
		i := slices.IndexFunc(facts, func(f string) bool { return strings.HasPrefix(f, name+":") || strings.HasPrefix(f, "~ "+name+":") })
		if i < 0 || !strings.HasPrefix(facts[i], "~ "+name+": ") || !strings.HasSuffix(facts[i], "(suggested by the words, not yet confirmed)") {
			t.Errorf("%s is suggested, yet the Facts section reads it as %q", name, facts[i:i+1])
		}
	}
	if marked == 0 {
		t.Fatalf("the draft has no suggested answer: the case tests nothing:\n%s", stdout)
	}
	// Confirmed by an edit (every answer kept), nothing is marked.
	in := "\nedit 2\n\n\n" + strings.Repeat("\n", 20) + "show 2\nquit\n"
	stdout, stderr, _ = runPocssr(t, in, path, "--accessible")
	_, after, _ := strings.Cut(stdout, "status: reviewed")
	if after == "" || strings.Contains(strings.Join(factsSection(t, after), "\n"), "~") {
		t.Errorf("after the edit:\n%s\n%s", stdout, stderr)
	}
}

// The Facts section reads in the order the questions are asked: the
// response spectrum (asked sixth) before encouraging reporting, where the
// facts' own order put it after.
func TestAccessibleFactsReadInTheQuestionsOrder(t *testing.T) {
	path := filepath.Join(t.TempDir(), "plan.yaml")
	ws := model.New(path)
	ws.Activities = []*model.Activity{activity(t, "Reporting", "implementer", "mission", "kinds", "combined-operations",
		"forces", "army", "rights_record", "grave-allegations", "encourages_reporting", "true", "response_spectrum", "true", "hrddp", "not-done")}
	if err := ws.Save(path, model.SaveOptions{}); err != nil {
		t.Fatal(err)
	}
	stdout, _, _ := runPocssr(t, "\nshow 1\nquit\n", path, "--accessible")
	fl := flow.New(classify.Default())
	last, seen := -1, 0
	for _, l := range factsSection(t, stdout) {
		name, _, _ := strings.Cut(l, ":")
		for _, f := range model.AllFacts() {
			if report.FactName(f) != name {
				continue
			}
			seen++
			if fl.Place(f) < last {
				t.Errorf("%s is read after a question asked later:\n%s", name, stdout)
			}
			last = fl.Place(f)
		}
	}
	if seen != 7 {
		t.Errorf("%d facts read, want 7:\n%s", seen, stdout)
	}
	if strings.Index(stdout, "response spectrum:") > strings.Index(stdout, "encourages reporting:") {
		t.Errorf("the response spectrum is read after encouraging reporting:\n%s", stdout)
	}
}

// In the demo, list names a case's section of the chapter as a section, as
// its account does, never as a paragraph of a mandate.
func TestAccessibleDemoListNamesSections(t *testing.T) {
	stdout, _, _ := runPocssr(t, "list\nquit\n", "demo", "--accessible")
	if !strings.Contains(stdout, "  1. section “Existing UN frameworks linking POC and SSR”: Joint offensive") || strings.Contains(stdout, "paragraph") {
		t.Errorf("the demo's list:\n%s", stdout)
	}
}

// framework SECTION gives one section of the framework, by its name or its
// number, as the framework screen shows it and from the same code: the risk
// catalogue with the cases that raise each risk and the activities of the
// worksheet that do, in words, not the rules file's identifiers; a section
// that is none is refused with the allowed ones. The prompts printed the
// rules file's text whole, where the screen shows its sections.
func TestAccessibleFrameworkGivesASection(t *testing.T) {
	stdout, stderr, code := runPocssr(t, "framework risks\nf 9\nquit\n", "demo", "--accessible")
	if code != 0 {
		t.Fatalf("exit %d:\n%s", code, stderr)
	}
	for _, want := range []string{
		"Framework, section 3 of 4: Risks\n\n[CRIT] Support to forces implicated in grave violations\n    When: it is carried out or supported by the mission",
		"    Cases that raise it:\n      #1 Joint offensive with the Congolese army against the FDLR (2015) — from\n",
		"    Raised in this worksheet (1):\n",
		"Across the worksheet, for each force (the findings command)\n",
	} {
		if !strings.Contains(stdout, want) {
			t.Errorf("framework risks lacks %q:\n%.2000s", want, stdout)
		}
	}
	for _, refused := range []string{"Framework, section 1", "Framework, section 4", "Tier 1 —", "(capacity-without-accountability, high)", "\x1b["} {
		if strings.Contains(stdout, refused) {
			t.Errorf("framework risks gives %q, which is not of its section", refused)
		}
	}
	if !strings.Contains(stderr, `"9" is not a section of the framework. Allowed: 1 kinds, 2 readings, 3 risks, 4 recommendations (by name or number: framework risks, framework 3).`) {
		t.Errorf("a section that is none is not refused with the allowed ones:\n%s", stderr)
	}
}
