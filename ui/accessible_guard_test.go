package ui

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
)

// A new worksheet no file keeps is never ended by one empty line too many:
// the end is asked for again, with the way to keep it; an input that ends
// first ends with exit 1 and says what was lost; a second empty line (or
// quit) ends with exit 0, as asked. With nothing changed, or a file that
// keeps every change, one empty line ends as before.
func TestAccessibleEmptyLineNeverLosesANewWorksheetSilently(t *testing.T) {
	const warning = "Nothing of this is saved: save FILE keeps it, or an empty line (or quit) again ends without saving."
	const lost = "the input ended before the new worksheet was saved"
	// The trial's run: a mission given, then an empty line at the menu.
	_, stderr, code := runPocssr(t, "\nmission UNMISS\n\n\n", "--accessible")
	if code != 1 || !strings.Contains(stderr, warning) || !strings.Contains(stderr, lost) {
		t.Errorf("input ended after the warning: exit %d, want 1, the warning and what was lost:\n%s", code, stderr)
	}
	// Asked for twice: the end is the planner's, exit 0.
	_, stderr, code = runPocssr(t, "\nmission UNMISS\n\n\n\n", "--accessible")
	if code != 0 || strings.Count(stderr, warning) != 1 || strings.Contains(stderr, lost) {
		t.Errorf("an empty line twice: exit %d, want 0 and the warning once:\n%s", code, stderr)
	}
	// quit is asked again too, and a command in between asks anew.
	_, stderr, code = runPocssr(t, "\nmission UNMISS\n\nquit\nlist\nq\nquit\n", "--accessible")
	if code != 0 || strings.Count(stderr, warning) != 2 {
		t.Errorf("quit, a command, quit twice: exit %d, want 0 and the warning twice:\n%s", code, stderr)
	}
	// save FILE after the warning keeps it; then an empty line ends at once.
	path := filepath.Join(t.TempDir(), "plan.yaml")
	_, stderr, code = runPocssr(t, "\nmission UNMISS\n\n\nsave "+path+"\n\n", "--accessible")
	if code != 0 || strings.Count(stderr, warning) != 1 {
		t.Fatalf("saved after the warning: exit %d:\n%s", code, stderr)
	}
	if ws, err := model.Load(path, classify.Default().Vocabulary()); err != nil || ws.Mission != "UNMISS" {
		t.Errorf("the file saved: %v, %+v", err, ws)
	}
	// A file keeps every change at once: nothing to warn of.
	_, stderr, code = runPocssr(t, "\nmission MINUSCA\n\n\n", path, "--accessible")
	if code != 0 || strings.Contains(stderr, warning) {
		t.Errorf("a worksheet file: exit %d, want 0 and no warning:\n%s", code, stderr)
	}
	// Nothing changed, or every change undone: nothing is lost.
	for _, in := range []string{"\n\n", "\nmission UNMISS\n\nundo\n\n"} {
		if _, stderr, code = runPocssr(t, in, "--accessible"); code != 0 || strings.Contains(stderr, warning) {
			t.Errorf("%q: exit %d, want 0 and no warning:\n%s", in, code, stderr)
		}
	}
}

// An added activity a piped run does not save is lost as loudly: the
// verdict is printed, and the exit status is 1.
func TestAccessiblePipedQuestionnaireWithoutAFileSaysItIsLost(t *testing.T) {
	stdout, stderr, code := runPocssr(t, "Patrols by night\n\n0\n0\n", "--accessible")
	if code != 1 || !strings.Contains(stdout, "Patrols by night") {
		t.Fatalf("exit %d, want 1, and the verdict:\n%s\n%s", code, stdout, stderr)
	}
	if want := "its 1 activity and the changes to it are lost (exit 1). End the input with save FILE to keep them"; !strings.Contains(stderr, want) {
		t.Errorf("stderr lacks %q:\n%s", want, stderr)
	}
}

// A piped first line that is a whole command is never taken for a title:
// the run ends with exit 2 naming the line, and writes nothing; a title that
// merely begins with a command's word is a title.
func TestAccessiblePipedFirstLineThatIsACommandIsRefused(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "p.yaml")
	for _, first := range []string{"i " + resolution, "import " + resolution, "list", "mission UNMISS", "export markdown b.md"} {
		_, stderr, code := runPocssr(t, first+"\nl\n1\n", path, "--accessible")
		if code != 2 || !strings.Contains(stderr, "pocssr: stdin:1: “"+first+"” reads both as the activity's title and as the command ") {
			t.Errorf("%q: exit %d, want 2 and the line named:\n%s", first, code, stderr)
		}
		if !strings.Contains(stderr, "start the input with an empty line") {
			t.Errorf("%q: the way to give commands is not said:\n%s", first, stderr)
		}
		if _, err := os.Stat(path); err == nil {
			t.Fatalf("%q: a file was written", first)
		}
	}
	// A title that begins with a command's word stays a title.
	for _, title := range []string{"List of patrols", "Mission support to elections", "Import controls on small arms", "Show 3 patrols"} {
		stdout, stderr, code := runPocssr(t, title+"\n\n0\n0\nquit\n", path, "--accessible")
		if code != 0 || !strings.Contains(stdout, "— "+title) {
			t.Errorf("%q: exit %d, want it taken as the title:\n%s\n%s", title, code, stdout, stderr)
		}
	}
	ws, err := model.Load(path, classify.Default().Vocabulary())
	if err != nil || len(ws.Activities) != 4 {
		t.Fatalf("the worksheet: %v, %+v", err, ws)
	}
}

// left and restore in a later run, where no import of the run left a
// paragraph out, say how to have the list again: the worksheet keeps none,
// and an import of its mandate (named by its activities' source) replacing
// its drafts lists them, the reviewed activity staying reviewed. Done as
// said, left lists them.
func TestAccessibleLeftInALaterRunSaysHowToListThemAgain(t *testing.T) {
	path := draftSheet(t, 3)
	const how = "No import in this run left a paragraph out, and the worksheet keeps no list of those an import left out. To list them again, import the file of S/RES/1925 (2010) again (import FILE) and answer r, replace: the drafts are read anew, and reviewed activities stay reviewed, with their registers."
	in := []string{"", "review", "1", "", "left", "restore 3", "import " + resolution, "r", "left", "quit"}
	_, stderr, code := runPocssr(t, strings.Join(in, "\n")+"\n", path, "--accessible")
	if code != 0 {
		t.Fatalf("exit %d:\n%s", code, stderr)
	}
	if n := strings.Count(stderr, how); n != 2 {
		t.Errorf("left and restore say how %d times, want 2:\n%s", n, stderr)
	}
	if !strings.Contains(stderr, "Left out of S/RES/1925 (2010): ") {
		t.Errorf("after the import again, left lists nothing:\n%s", stderr)
	}
	ws, err := model.Load(path, classify.Default().Vocabulary())
	if err != nil || ws.Activities[0].Status != model.StatusReviewed {
		t.Errorf("the reviewed activity: %v, %+v", err, ws.Activities[0])
	}
	// A worksheet of no mandate has none to name.
	_, stderr, _ = runPocssr(t, "\nleft\nquit\n", filepath.Join(t.TempDir(), "new.yaml"), "--accessible")
	if want := "No import in this run left a paragraph out: import FILE lists those it leaves."; !strings.Contains(stderr, want) {
		t.Errorf("no mandate: want %q:\n%s", want, stderr)
	}
}

// A mandate imported again asks with what each answer will do, by the
// counts the replace then does: r the drafts it puts in and those they
// replace, the reviewed activity kept, the paragraphs taken out kept out;
// a the drafts it adds; c nothing.
func TestAccessibleImportAgainSaysWhatEachAnswerDoes(t *testing.T) {
	path := draftSheet(t, 3)
	in := []string{"", "review", "1", "", "import " + resolution, "r", "quit"}
	_, stderr, code := runPocssr(t, strings.Join(in, "\n")+"\n", path, "--accessible")
	if code != 0 {
		t.Fatalf("exit %d:\n%s", code, stderr)
	}
	asked := regexp.MustCompile(`\n  r, replace: (\d+) new drafts in place of 2 earlier drafts; 1 reviewed activity stays reviewed; (\d+) paragraphs discarded stay out\.\n  a, add: (\d+) new drafts beside the 3 activities there now\.\n  c, cancel \(an empty line too\): nothing imported\.\n`).FindStringSubmatch(stderr)
	if asked == nil {
		t.Fatalf("the question does not say what each answer does:\n%s", stderr)
	}
	if n := strconv.Itoa(strings.Count(stderr, "the replace kept it out")); n != asked[2] {
		t.Errorf("r said %s paragraphs stay out, the import lists %s:\n%s", asked[2], n, stderr)
	}
	did := regexp.MustCompile(`\n(\d+) drafts imported from S/RES/1925 \(2010\) \(replaced the earlier drafts; left 1 reviewed activity as reviewed[;)]`).FindStringSubmatch(stderr)
	if did == nil || did[1] != asked[1] {
		t.Errorf("r said it puts in %s drafts, then did %v:\n%s", asked[1], did, stderr)
	}
	ws, err := model.Load(path, classify.Default().Vocabulary())
	if err != nil || strconv.Itoa(len(ws.Activities)-1) != asked[1] {
		t.Errorf("the worksheet holds %d activities, want %s and the reviewed one: %v", len(ws.Activities), asked[1], err)
	}
	// a adds what it says, every draft of the reading.
	_, stderr, _ = runPocssr(t, "\nimport "+resolution+"\na\nquit\n", path, "--accessible")
	added := regexp.MustCompile(`\n  a, add: (\d+) new drafts beside`).FindStringSubmatch(stderr)
	if added == nil || added[1] != asked[3] || !strings.Contains(stderr, "\n"+added[1]+" drafts imported from S/RES/1925 (2010);") {
		t.Errorf("a said %v, want %s, and did it:\n%s", added, asked[3], stderr)
	}
}

// list marks the drafts asked of others than the mission as the review
// takes them, last, and says so: the review's order is no surprise.
func TestAccessibleListMarksTheDraftsAskedOfOthers(t *testing.T) {
	path := draftSheet(t, 3)
	stdout, stderr, code := runPocssr(t, "\nlist\nquit\n", path, "--accessible")
	if code != 0 {
		t.Fatalf("exit %d:\n%s", code, stderr)
	}
	lines := strings.Split(stdout, "\n")
	if !strings.Contains(lines[1], " [draft, asked of others than the mission] — ") ||
		strings.Contains(lines[0]+lines[2], "others") || !strings.Contains(lines[0], " [draft] — ") {
		t.Errorf("the list:\n%s", strings.Join(lines[:3], "\n"))
	}
	if want := "review takes the drafts asked of others than the mission last (1 of 3)."; !strings.Contains(stderr, want) {
		t.Errorf("the prompts lack %q:\n%s", want, stderr)
	}
}
