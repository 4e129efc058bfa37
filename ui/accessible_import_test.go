package ui

import (
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/report"
	"github.com/pocssr/pocssr/classify/suggest"
	"github.com/pocssr/pocssr/model"
)

// leftOutOf is what the reading of the resolution the tests import leaves
// out, as `pocssr import` lists it.
func leftOutOf(t *testing.T) (drafts int, left []suggest.LeftOutPart) {
	t.Helper()
	ws, m := importedMandate(t, resolution)
	if len(m.LeftOut()) < 2 {
		t.Fatalf("%d paragraphs left out: the case tests little", len(m.LeftOut()))
	}
	return len(ws.Activities), m.LeftOut()
}

// The menu imports a mandate into the open worksheet, as i does: the
// drafts go in, the paragraphs left out are listed with their reference
// and why; restore brings one back in its place, undo takes it out again
// and left lists it once more; importing the same document again asks,
// and a replace keeps the restored paragraph; cancel changes nothing. The
// file follows each step.
func TestAccessibleImportsAMandateAndRestoresAParagraph(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "plan.yaml")
	if err := model.New(path).Save(path, model.SaveOptions{}); err != nil {
		t.Fatal(err)
	}
	drafts, left := leftOutOf(t)
	ref := report.OneLine(left[0].Ref)
	lines := []string{
		"",
		"import",                    // no file: what to give
		"import " + dir + "/nope",   // no such file: nothing imported
		"import " + resolution,      // the drafts, the list of those left out
		"restore",                   // no reference
		"restore 999",               // no such paragraph left out
		"restore " + ref,            // the first left out, back as a draft
		"import " + resolution, "c", // again: cancelled
		"import " + resolution, "x", "r", // again: an answer refused, then replace
		"undo", // the replace taken back
		"undo", // the restore taken back
		"left", // the paragraph listed again
		"undo", // the import itself
		"left", // nothing left out: no import now
		"quit",
	}
	_, stderr, code := runPocssr(t, strings.Join(lines, "\n")+"\n", path, "--accessible")
	if code != 0 {
		t.Fatalf("exit %d:\n%s", code, stderr)
	}
	restoredLine := "Paragraph " + ref + " restored as a draft, as import --all makes it: activity "
	for _, want := range []string{
		"import needs a file name: import S-RES-1925-2010.txt",
		"Nothing imported: " + dir + "/nope does not exist",
		plural(drafts, "draft", "drafts") + " imported from S/RES/1925 (2010); " + plural(drafts, "activity", "activities") + " in " + path + ", ",
		"Left out of S/RES/1925 (2010): " + plural(len(left), "paragraph asks", "paragraphs ask") + " for no activity; restore REF brings one back as a draft, as import --all makes it.",
		"  " + ref + " — " + left[0].Reason.Why(),
		"  " + report.OneLine(left[1].Ref) + " — " + left[1].Reason.Why(),
		"restore needs the reference of a paragraph left out: restore " + ref + " (left lists them).",
		`Not restored: "999" is not a paragraph left out. Allowed: ` + ref + ", ",
		restoredLine,
		"The worksheet already holds ",
		"Replace them, add beside them, or cancel? (r, a or c; an empty line cancels)",
		"Nothing imported: " + path + " is as it was.",
		"Please answer with one of: replace, add, cancel.",
		"(replaced the earlier drafts; kept paragraph " + ref + " restored)",
		"Undid the import of S/RES/1925 (2010); redo makes it again.",
		"Undid the restore of paragraph " + ref + "; redo makes it again.",
	} {
		if !strings.Contains(stderr, want) {
			t.Errorf("the prompts lack %q", want)
		}
	}
	// The imports list the paragraphs one line each, as pocssr import
	// does; left gives each one's text too.
	if n := strings.Count(stderr, "      "+report.OneLine(left[0].Text)); n != 1 {
		t.Errorf("the text of paragraph %s is given %d times, want once (by left)", ref, n)
	}
	if !strings.Contains(stderr, "restore REF brings one back as a draft, as import --all makes it; left gives their text.") {
		t.Error("the import does not say left gives the paragraphs' text")
	}
	// Before the replace, the import had listed every paragraph left out
	// but the restored one; after the undo, left lists it again.
	tail := stderr[strings.LastIndex(stderr, "Left out of "):]
	if !strings.Contains(tail, "  "+ref+" — ") {
		t.Errorf("after the undo, left does not list paragraph %s:\n%s", ref, tail)
	}
	if !strings.HasSuffix(strings.TrimSpace(stderr[:strings.LastIndex(stderr, "What next?")]), "No import in this run left a paragraph out: import FILE lists those it leaves.") {
		t.Errorf("once the import is undone, left still lists its paragraphs:\n%s", stderr[len(stderr)-600:])
	}
	// The first import undone too: the file is as it was.
	after, err := model.Load(path, classify.Default().Vocabulary())
	if err != nil {
		t.Fatal(err)
	}
	if len(after.Activities) != 0 {
		t.Errorf("the worksheet holds %d activities after every undo", len(after.Activities))
	}
}

// A restored paragraph goes in its place in the mandate, and the file
// keeps it there.
func TestAccessibleRestoreKeepsTheMandatesOrder(t *testing.T) {
	path := filepath.Join(t.TempDir(), "plan.yaml")
	_, left := leftOutOf(t)
	ref := report.OneLine(left[len(left)/2].Ref)
	_, stderr, code := runPocssr(t, "\nimport "+resolution+"\nrestore "+ref+"\nquit\n", path, "--accessible")
	if code != 0 {
		t.Fatalf("exit %d:\n%s", code, stderr)
	}
	after, err := model.Load(path, classify.Default().Vocabulary())
	if err != nil {
		t.Fatal(err)
	}
	i := -1
	for j, a := range after.Activities {
		if report.OneLine(a.Source.Ref) == ref {
			i = j
		}
	}
	if i < 0 {
		t.Fatalf("paragraph %s is not in the file:\n%s", ref, stderr)
	}
	if want := "activity " + strconv.Itoa(i+1) + ", “"; !strings.Contains(stderr, want) {
		t.Errorf("the restore does not say %q", want)
	}
	// The paragraphs before it in the mandate come before it in the file.
	num := func(r string) int {
		n := 0
		for _, c := range r {
			if c < '0' || c > '9' {
				break
			}
			n = n*10 + int(c-'0')
		}
		return n
	}
	for j, a := range after.Activities {
		n, at := num(a.Source.Ref), num(ref)
		if n < at && j > i || n > at && j < i {
			t.Errorf("paragraph %s at %d, the restored %s at %d", a.Source.Ref, j, ref, i)
		}
	}
}

// A draft discarded in the review stays out when the mandate is imported
// again with replace, as the screens' replace keeps it out: left lists it
// as discarded, and restore brings it back.
func TestAccessibleReplaceKeepsADiscardAndRestoreBringsItBack(t *testing.T) {
	path := filepath.Join(t.TempDir(), "plan.yaml")
	drafts, left := leftOutOf(t)
	lines := []string{"", "import " + resolution, "review", "4", "0", "import " + resolution, "r"}
	_, stderr, code := runPocssr(t, strings.Join(lines, "\n")+"\n", path, "--accessible")
	if code != 0 {
		t.Fatalf("exit %d:\n%s", code, stderr)
	}
	ws := loadPlan(t, path)
	if len(ws.Activities) != drafts-1 {
		t.Fatalf("after the replace the file holds %d activities, want %d", len(ws.Activities), drafts-1)
	}
	gone := strings.TrimPrefix(stderr[strings.Index(stderr, "(replaced the earlier drafts; left paragraph "):], "(replaced the earlier drafts; left paragraph ")
	gone = gone[:strings.Index(gone, " ")]
	for _, want := range []string{
		// The question names the paragraph discarded, as the line after it.
		"; paragraph " + gone + ", discarded, stays out.\n",
		"Left out of S/RES/1925 (2010): " + plural(len(left), "paragraph asks", "paragraphs ask") + " for no activity, 1 was discarded in an earlier review;",
		"  " + gone + " — [discarded] earlier; the replace kept it out",
	} {
		if !strings.Contains(stderr, want) {
			t.Errorf("the prompts lack %q", want)
		}
	}
	_, stderr, code = runPocssr(t, "\nimport "+resolution+"\nr\nrestore "+gone+"\nquit\n", path, "--accessible")
	if code != 0 || !strings.Contains(stderr, "Paragraph "+gone+", discarded earlier, brought back as a draft: activity ") {
		t.Fatalf("exit %d, not brought back:\n%s", code, stderr[max(0, len(stderr)-800):])
	}
	if n := len(loadPlan(t, path).Activities); n != drafts {
		t.Errorf("the file holds %d activities, want %d", n, drafts)
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
