package ui

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
	"github.com/pocssr/pocssr/ui/exit"
)

// runPocssr runs the interactive program as `pocssr ARGS` would, on in-memory
// streams: standard input is not a terminal, so the plain prompts run. It reads
// only what these tests give: --accessible, demo, present, --today=DATE and one file name
// (the command line's own parsing is tested in ui/cli).
func runPocssr(t *testing.T, stdin string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	isolateState(t)
	var opts Options
	for _, a := range args {
		switch a {
		case "--accessible":
			opts.Accessible = true
		case "demo":
			opts.Demo = true
		case "present":
			opts.Present = true
		default:
			if d, ok := strings.CutPrefix(a, "--today="); ok {
				opts.Today = model.Date(d)
				continue
			}
			opts.Path = a
		}
	}
	if opts.Present && opts.Path == "" {
		opts.Demo = true
	}
	var out, errOut bytes.Buffer
	env := Env{Stdin: strings.NewReader(stdin), Stdout: &out, Stderr: &errOut, Rulebook: classify.Default()}
	code = exit.Report(&errOut, Run(env, opts))
	return out.String(), errOut.String(), code
}

func TestAccessibleQuestionnaireEndToEnd(t *testing.T) {
	answers := strings.Join([]string{
		"Joint offensive with the army", // title
		"",                              // description
		"1",                             // implementer: the mission
		"10",                            // kinds: combined operations
		"1",                             // forces: army
		"9",                             // accountability: performance link only
		"3",                             // rights record: grave allegations
		"x", "2",                        // response spectrum: an invalid answer, then no
		"2", // hrddp: done
	}, "\n") + "\n"
	stdout, stderr, code := runPocssr(t, answers, "--accessible")
	// The input ends inside the questions after a line refused there: the
	// input was out of step with them (exit 2), and the add is taken back
	// before its verdict: nothing reads as if it were added.
	if code != exit.Invalid || !strings.Contains(stderr, "(stdin:8)") || !strings.Contains(stderr, "The command it was in, the add of “Joint offensive with the army” (stdin:1), is taken back whole: it had changed nothing yet (exit 2)") {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if stdout != "" {
		t.Errorf("the add taken back printed its verdict:\n%s", stdout)
	}
	// The same answers without the refused line: the input ends in the
	// questions, the verdict is shown, and the new worksheet is lost (1).
	stdout, _, code = runPocssr(t, strings.Replace(answers, "\nx\n", "\n", 1), "--accessible")
	if code != exit.Critical {
		t.Fatalf("without the refused line: exit %d, want %d", code, exit.Critical)
	}
	for _, want := range []string{"Tier 2 — Provision of physical protection", "Agenda — POC only",
		"CRITICAL — Support to forces implicated in grave violations", "MEDIUM — No range of responses to abuse short of pulling out",
		"Open questions ("} {
		if !strings.Contains(stdout, want) {
			t.Errorf("result lacks %q:\n%s", want, stdout)
		}
	}
	for _, want := range []string{"Title of the activity (an empty line opens the menu of the new worksheet instead):",
		// The suggestions are not yet answers: they are counted apart.
		"Question 1 (answered 0 of 7 relevant, 2 more suggested): Who carries out the activity?",
		"  1. the mission itself — Mission personnel carry out the activity directly.", "  0. don't know",
		"Please answer with a number from 0 to 2."} {
		if !strings.Contains(stderr, want) {
			t.Errorf("prompts lack %q:\n%s", want, stderr)
		}
	}
	if strings.Contains(stdout, "Question") {
		t.Error("prompts leaked into the result on stdout")
	}
}

func TestAccessibleRelevanceAndDontKnow(t *testing.T) {
	// Partner training: no mission-side questions; forces unknown hides the rest.
	stdout, stderr, code := runPocssr(t, "Partner course\nA donor trains police\n4\n14\n0\n0\n0\n0\n0\n0\n0\n", "--accessible")
	if code != exit.Critical { // the new worksheet is kept by no file
		t.Fatal(stderr)
	}
	if strings.Contains(stderr, "community perceptions") || strings.Contains(stderr, "HRDDP") {
		t.Errorf("asked a question that is not relevant for a partner:\n%s", stderr)
	}
	if !strings.Contains(stdout, "Agenda — SSR only") || !strings.Contains(stdout, "Which state security institutions") {
		t.Errorf("result:\n%s", stdout)
	}
}

func TestAccessibleAddsToTheWorksheetFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "plan.yaml")
	os.WriteFile(path, []byte("mission: UNMISS\nactivities:\n  - title: Existing # a comment\n"), 0o644)
	_, stderr, code := runPocssr(t, "Vetting police\n\n1\n16\n2\n0\n0\n0\n0\n0\n0\n0\n", path, "--accessible")
	if code != 0 {
		t.Fatal(stderr)
	}
	ws, err := model.Load(path, classify.Default().Vocabulary())
	if err != nil {
		t.Fatal(err)
	}
	if len(ws.Activities) != 2 || ws.Activities[1].Facts.Primary() != "vetting" || ws.Activities[1].ID != "vetting-police" {
		t.Fatalf("worksheet now %+v", ws.Activities)
	}
	data, _ := os.ReadFile(path)
	if !strings.Contains(string(data), "# a comment") {
		t.Error("the comment of the hand-written file was lost")
	}
	// The input ended with the add: no undo is offered that could never
	// be asked for.
	if !strings.Contains(stderr, "Added “Vetting police” to "+path+" (2 activities).") || strings.Contains(stderr, "undo") {
		t.Errorf("stderr %q", stderr)
	}
}

func TestAccessibleEndOfInputStopsAsking(t *testing.T) {
	stdout, _, code := runPocssr(t, "Only a title\n", "--accessible")
	if code != exit.Critical || !strings.Contains(stdout, "\n  No tier yet:\n") || !strings.Contains(stdout, "\n  No agenda yet:\n") {
		t.Errorf("exit %d:\n%s", code, stdout)
	}
	_, stderr, code := runPocssr(t, "", "--accessible")
	if code != 2 || !strings.Contains(stderr, "no answers") {
		t.Errorf("empty input: exit %d %q", code, stderr)
	}
}

func TestAccessibleIsChosenByEnvironment(t *testing.T) {
	t.Setenv("ACCESSIBLE", "")
	t.Setenv("TERM", "xterm-256color")
	if accessibleWanted(Options{}, true) {
		t.Error("a terminal without any request should get the full UI")
	}
	if !accessibleWanted(Options{}, false) {
		t.Error("input that is not a terminal should get plain prompts")
	}
	if !accessibleWanted(Options{Accessible: true}, true) {
		t.Error("--accessible")
	}
	t.Setenv("ACCESSIBLE", "1")
	if !accessibleWanted(Options{}, true) {
		t.Error("ACCESSIBLE=1")
	}
	t.Setenv("ACCESSIBLE", "0")
	t.Setenv("TERM", "dumb")
	if !accessibleWanted(Options{}, true) {
		t.Error("TERM=dumb")
	}
}

func TestInvalidWorksheetFileExitsTwoWithEveryProblem(t *testing.T) {
	path := filepath.Join(t.TempDir(), "bad.yaml")
	os.WriteFile(path, []byte("activities:\n  - title: A\n    implementer: mision\n    kinds: [vetting, vetting]\n"), 0o644)
	stdout, stderr, code := runPocssr(t, "", path)
	if code != 2 || stdout != "" {
		t.Fatalf("exit %d, stdout %q", code, stdout)
	}
	if !strings.Contains(stderr, path+":3:") || !strings.Contains(stderr, path+":4:") {
		t.Errorf("stderr lacks file:line:col of both problems:\n%s", stderr)
	}
	if strings.Contains(stderr, "Title of the activity") {
		t.Error("the program started despite the invalid file")
	}
}

func TestNewFileNameOpensAnEmptyWorksheet(t *testing.T) {
	path := filepath.Join(t.TempDir(), "new.yaml")
	ws, err := openWorksheet(classify.Default(), Options{Path: path})
	if err != nil || ws.Path() != path || len(ws.Activities) != 0 {
		t.Fatalf("%v %v", ws, err)
	}
	if _, err := openWorksheet(classify.Default(), Options{Path: t.TempDir()}); err == nil {
		t.Error("a folder opened as a worksheet")
	}
}

// TestAccessibleInputEndingEarlyLeavesDraft: the input ends right after the
// description, before any suggested answer is confirmed. The activity is
// saved as a draft and stderr says so; with every suggestion confirmed by an
// empty line, it is not a draft.
func TestAccessibleInputEndingEarlyLeavesDraft(t *testing.T) {
	for _, tc := range []struct {
		name, stdin string
		draft       bool
	}{
		{"input ends after the description", "Police training\nTrain the police\n", true},
		{"input ends without a newline", "Police training\nTrain the police", true},
		{"one answer then the end", "Police training\nTrain the police\n\n", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "acc.yaml")
			_, stderr, code := runPocssr(t, tc.stdin, "--accessible", path)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			ws, err := model.Load(path, classify.Default().Vocabulary())
			if err != nil {
				t.Fatal(err)
			}
			if len(ws.Activities) != 1 {
				t.Fatalf("%d activities saved", len(ws.Activities))
			}
			a := ws.Activities[0]
			if a.Facts.Known(model.Implementer) && a.Status != model.StatusDraft {
				t.Fatalf("suggested facts saved as status %q, not a draft:\n%s", a.Status, stderr)
			}
			if !strings.Contains(stderr, "saved as a draft") {
				t.Fatalf("stderr does not say the activity is a draft:\n%s", stderr)
			}
		})
	}
}

// The plain prompts name the worksheet's file quoted when its name holds an
// escape, as every command does.
func TestAccessibleQuotesAnUnsafeFileName(t *testing.T) {
	path := filepath.Join(t.TempDir(), "x\x1b]2;PWNED\a.yaml")
	os.WriteFile(path, []byte("activities:\n  - title: Existing\n"), 0o644)
	_, stderr, code := runPocssr(t, "Vetting police\n\n1\n16\n2\n0\n0\n0\n0\n0\n0\n0\n", path, "--accessible")
	if code != 0 {
		t.Fatal(stderr)
	}
	if strings.Contains(stderr, "\x1b]2;") || !strings.Contains(stderr, `x\033]2;PWNED\a.yaml"`) {
		t.Errorf("stderr %q", stderr)
	}
}
