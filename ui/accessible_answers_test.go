package ui

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
)

// offensiveAnswers are the plain questionnaire's lines for a joint offensive
// with the army up to its accountability question; acc answers that one.
func offensiveAnswers(acc ...string) string {
	lines := append([]string{"Joint offensive with the army", "", "1", "10", "1"}, acc...)
	return strings.Join(append(lines, "3", "2", "2"), "\n") + "\n"
}

// A choice that stands alone ("none of these", "don't know") given with
// others is refused and asked again, never saved as one of them with the
// others dropped.
func TestPlainRefusesAChoiceThatStandsAloneWithOthers(t *testing.T) {
	for _, tc := range []struct {
		name, mix, alone string
	}{
		{"none of these with a measure", "1 10", `"none of these" stands alone`},
		{"a measure with none of these", "10 1", `"none of these" stands alone`},
		{"don't know with a measure", "0 1", `"don't know" stands alone`},
		{"a measure with don't know", "1 0", `"don't know" stands alone`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, out := askPlain(t, offensiveAnswers(tc.mix, "9"))
			if !strings.Contains(out, tc.alone+": it cannot go with other choices. Give it alone, or only the others.") {
				t.Errorf("the refusal is not said:\n%s", out)
			}
			got, _ := a.Facts.Set(model.Accountability)
			if !slices.Equal(got, []string{"performance-link"}) {
				t.Errorf("accountability %q, want the answer given after the refusal", got)
			}
		})
	}
	// Alone, each is taken: none of these is an empty list, don't know unknown.
	a, out := askPlain(t, offensiveAnswers("10"))
	if got, ok := a.Facts.Set(model.Accountability); !ok || got == nil || len(got) != 0 || strings.Contains(out, "stands alone") {
		t.Errorf("none of these alone: %q %v", got, ok)
	}
	a, out = askPlain(t, offensiveAnswers("10 10"))
	if got, ok := a.Facts.Set(model.Accountability); !ok || len(got) != 0 || strings.Contains(out, "stands alone") {
		t.Errorf("none of these twice: %q %v", got, ok)
	}
	a, _ = askPlain(t, offensiveAnswers("1 2"))
	if got, _ := a.Facts.Set(model.Accountability); len(got) != 2 {
		t.Errorf("two measures: %q", got)
	}
}

// The intro promises nothing of an empty line; each question says what it
// does there: "don't know", or keep the answer suggested or given.
func TestPlainSaysWhatAnEmptyLineDoesWhereItApplies(t *testing.T) {
	a, out := askPlain(t, "Joint offensive with the army\n\n\n\n"+strings.Repeat("\n", 12))
	if strings.Contains(out, "0 or an empty line means") {
		t.Errorf("the intro still says an empty line is always don't know:\n%.300s", out)
	}
	// The kinds are suggested by the words: their question keeps them, and
	// does not call an empty line "don't know"; the implementer, asked
	// without a suggestion, does.
	kinds := out[strings.Index(out, "What does the activity do?"):]
	kinds = kinds[:strings.Index(kinds, "\nQuestion ")]
	if !strings.Contains(kinds, "An empty line keeps it.") || strings.Contains(kinds, "an empty line too") {
		t.Errorf("the suggested question:\n%s", kinds)
	}
	first := out[strings.Index(out, "Question 1 "):]
	first = first[:strings.Index(first, "\nQuestion ")]
	if !strings.Contains(first, "  0. don't know (an empty line too)") || strings.Contains(first, "keeps it") {
		t.Errorf("the question without a suggestion:\n%s", first)
	}
	if a.Facts.Primary() != "combined-operations" || a.Facts.Known(model.Implementer) {
		t.Errorf("empty lines: primary %q, implementer known %v", a.Facts.Primary(), a.Facts.Known(model.Implementer))
	}
}

// offensiveSheet writes a worksheet of one joint offensive, with entries
// for its first risks, and returns its path and the risks that fire.
func offensiveSheet(t *testing.T, entries ...model.RegisterEntry) (string, []classify.Risk) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "plan.yaml")
	ws := model.New(path)
	a := activity(t, "Joint offensive", "implementer", "mission", "kinds", "combined-operations",
		"forces", "army", "rights_record", "grave-allegations", "hrddp", "not-done")
	a.Register = entries
	ws.Activities = []*model.Activity{a}
	if err := ws.Save(path, model.SaveOptions{}); err != nil {
		t.Fatal(err)
	}
	risks := classify.Default().Classify(a).Risks
	if len(risks) < 2 {
		t.Fatalf("%d risks fire: the case tests little", len(risks))
	}
	return path, risks
}

// After an edit the plain mode says what the register holds, not only what
// this pass kept: an entry kept earlier is still there.
func TestPlainRegisterCountIsWhatTheRegisterHolds(t *testing.T) {
	risks := classify.Default().Classify(activity(t, "x", "implementer", "mission", "kinds", "combined-operations",
		"forces", "army", "rights_record", "grave-allegations", "hrddp", "not-done")).Risks
	earlier := model.RegisterEntry{Risk: risks[1].Rule.ID, Status: model.Planned, Owner: "Force HQ"}
	path, _ := offensiveSheet(t, earlier)
	questions := len(classify.Default().RelevantQuestions(&activity(t, "x", "implementer", "mission", "kinds", "combined-operations",
		"forces", "army", "rights_record", "grave-allegations", "hrddp", "not-done").Facts))
	lines := []string{"", "edit 1", "", ""} // the title and description kept
	lines = append(lines, slices.Repeat([]string{""}, questions)...)
	lines = append(lines, "2", "", "", "") // the first risk: planned, nothing more
	lines = append(lines, slices.Repeat([]string{""}, len(risks)-1)...)
	lines = append(lines, "quit")
	_, stderr, code := runPocssr(t, strings.Join(lines, "\n")+"\n", path, "--accessible")
	if code != 0 {
		t.Fatalf("exit %d:\n%s", code, stderr)
	}
	if !strings.Contains(stderr, `Risk register of “Joint offensive”: 1 entry given now, 2 entries in all.`) {
		t.Errorf("the count is not the register's:\n%s", stderr[max(0, len(stderr)-800):])
	}
	after, err := model.Load(path, classify.Default().Vocabulary())
	if err != nil {
		t.Fatal(err)
	}
	if n := len(after.Activities[0].Register); n != 2 {
		t.Errorf("the file holds %d entries", n)
	}
}

// A question asked yes or no takes yes or no only: anything else (a
// command typed too soon) is asked again, never taken for a no.
func TestPlainYesOrNoAsksAgainOnAnythingElse(t *testing.T) {
	path, _ := offensiveSheet(t)
	out := filepath.Join(filepath.Dir(path), "brief.md")
	os.WriteFile(out, []byte("kept"), 0o644)
	_, stderr, code := runPocssr(t, "\nexport markdown "+out+"\nlist\nmaybe\nyes\nquit\n", path, "--accessible")
	if code != 0 {
		t.Fatalf("exit %d:\n%s", code, stderr)
	}
	if n := strings.Count(stderr, "Please answer yes or no."); n != 2 {
		t.Errorf("%d refusals, want 2:\n%s", n, stderr)
	}
	if n := strings.Count(stderr, "exists. Replace it? (yes or no)"); n != 3 {
		t.Errorf("asked %d times, want 3", n)
	}
	if data, _ := os.ReadFile(out); string(data) == "kept" || !strings.Contains(stderr, "Exported 1 activity as markdown") {
		t.Errorf("the yes after the refusals did not export:\n%s", stderr)
	}
	// The draft review's question too.
	bare := filepath.Join(t.TempDir(), "bare.yaml")
	ws := model.New(bare)
	ws.Activities = []*model.Activity{{ID: "bare", Title: "A task nobody has read", Status: model.StatusDraft}}
	if err := ws.Save(bare, model.SaveOptions{}); err != nil {
		t.Fatal(err)
	}
	_, stderr, _ = runPocssr(t, "\nreview\n1\nlist\nyes\nquit\n", bare, "--accessible")
	after, err := model.Load(bare, classify.Default().Vocabulary())
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(stderr, "Please answer yes or no.") || after.Activities[0].Status != model.StatusReviewed {
		t.Errorf("the draft is %q:\n%s", after.Activities[0].Status, stderr)
	}
}

// An edit in the review that the end of the input cuts short keeps the
// answers given, says so, and leaves the draft a draft, as an add does.
func TestPlainEditCutShortSaysWhatWasKept(t *testing.T) {
	path := draftSheet(t, 2)
	before, err := model.Load(path, classify.Default().Vocabulary())
	if err != nil {
		t.Fatal(err)
	}
	_, stderr, code := runPocssr(t, "\nreview\n2\n\n\n2\n", path, "--accessible")
	if code != 0 {
		t.Fatalf("exit %d:\n%s", code, stderr)
	}
	title := before.Activities[0].Title
	if !strings.Contains(stderr, "The input ended during the edit of “"+oneLine(title)+"”"+
		": the answers given before it are kept; the activity stays a draft (status: draft).") {
		t.Errorf("the end of the input is not said:\n%s", stderr[max(0, len(stderr)-1200):])
	}
	after, err := model.Load(path, classify.Default().Vocabulary())
	if err != nil {
		t.Fatal(err)
	}
	a := after.Activities[0]
	if v, _ := a.Facts.One(model.Implementer); v != "mission-support" || a.Status != model.StatusDraft {
		t.Errorf("kept: implementer %q, status %q", v, a.Status)
	}
	// An edit that reaches its end says nothing of the kind.
	_, stderr, _ = runPocssr(t, "\nedit 1\n"+strings.Repeat("\n", 40)+"quit\n", path, "--accessible")
	if strings.Contains(stderr, "The input ended") {
		t.Errorf("a whole edit said the input ended:\n%s", stderr)
	}
}

// A due date already past is kept, and the plain mode says it is overdue on
// the day the register is read on (--today); a date to come, or measures
// already in place, say nothing.
func TestPlainSaysADueDateIsAlreadyPast(t *testing.T) {
	for _, tc := range []struct {
		status, due string
		overdue     bool
	}{
		{"2", "2026-01-15", true},  // planned, due before today
		{"1", "2026-02-28", true},  // not started, the day before
		{"2", "2026-03-01", false}, // due today: not yet past
		{"2", "2026-06-30", false}, // to come
		{"3", "2026-01-15", false}, // in place: nothing is overdue
	} {
		path, risks := offensiveSheet(t)
		lines := []string{"", "register 1", tc.status, "", tc.due, "note"}
		lines = append(lines, slices.Repeat([]string{""}, len(risks)-1)...)
		lines = append(lines, "") // the next HRDDP review kept
		_, stderr, code := runPocssr(t, strings.Join(append(lines, "quit"), "\n")+"\n", path, "--accessible", "--today=2026-03-01")
		if code != 0 {
			t.Fatalf("exit %d:\n%s", code, stderr)
		}
		said := strings.Contains(stderr, tc.due+" is already past on 2026-03-01: the entry is kept, and overdue.")
		if said != tc.overdue {
			t.Errorf("status %s due %s: overdue said %v", tc.status, tc.due, said)
		}
		after, err := model.Load(path, classify.Default().Vocabulary())
		if err != nil {
			t.Fatal(err)
		}
		if e := after.Activities[0].Register.Entry(risks[0].Rule.ID); e == nil || string(e.Due) != tc.due {
			t.Errorf("status %s due %s: the entry kept %+v", tc.status, tc.due, e)
		}
	}
}

// register N says, as add, edit and delete do, where its entries went and
// that undo takes them back; undo then does; a walk that changes nothing
// says so.
func TestAccessibleRegisterSaysWhatWasSavedAndHowToUndo(t *testing.T) {
	path, risks := offensiveSheet(t)
	skip := strings.Repeat("\n", len(risks)-1) + "\n" // the other risks: no entry; the next HRDDP review kept
	in := "\nregister 1\n2\nForce HQ\n\n\n" + skip + "register 1\n" + strings.Repeat("\n", len(risks)+1) + "quit\n"
	_, stderr, code := runPocssr(t, in, path, "--accessible")
	if code != 0 {
		t.Fatalf("exit %d:\n%s", code, stderr)
	}
	if want := "The register of “Joint offensive” is saved to " + model.QuoteName(path) + "; undo takes these entries back."; !strings.Contains(stderr, want) {
		t.Errorf("the prompts lack %q:\n%s", want, stderr)
	}
	if want := "The register of “Joint offensive” is as it was: nothing to save."; !strings.Contains(stderr, want) {
		t.Errorf("the walk that changed nothing: want %q:\n%s", want, stderr)
	}
	ws, err := model.Load(path, classify.Default().Vocabulary())
	if err != nil || len(ws.Activities[0].Register) != 1 || ws.Activities[0].Register[0].Owner != "Force HQ" {
		t.Fatalf("the file: %v, %+v", err, ws)
	}
	// undo takes it back, as said.
	if _, stderr, _ = runPocssr(t, "\nregister 1\n1\n\n\n\n"+skip+"undo\nquit\n", path, "--accessible"); !strings.Contains(stderr, "Undid the register of “Joint offensive”") {
		t.Errorf("undo:\n%s", stderr)
	}
	if ws, err = model.Load(path, classify.Default().Vocabulary()); err != nil || len(ws.Activities[0].Register) != 1 || ws.Activities[0].Register[0].Status != model.Planned {
		t.Errorf("after undo the file holds %+v", ws.Activities[0].Register)
	}
	// Without a file, it says it is kept in this run only (a joint offensive
	// added with its questions answered and its two risks skipped first).
	_, stderr, _ = runPocssr(t, "\nadd\nJoint offensive\n\n1\n10\n1\n9\n3\n0\n1\n0\n"+strings.Repeat("\n", 5)+"register 1\n2\n\n\n\n\n\nquit\nquit\n", "--accessible")
	if want := "is kept in the new worksheet, which no file keeps yet (save FILE keeps it); undo takes these entries back."; !strings.Contains(stderr, want) {
		t.Errorf("without a file: want %q:\n%s", want, stderr)
	}
}
