package ui

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
)

// The plain prompts ask, as the screens do and in their words, before
// importing S/RES/1702 (2006), of MINUSTAH, into a worksheet of S/RES/1590
// (2005), of UNMIS: c (or an empty line) imports nothing, i imports all the
// same. They imported it without a word.
func TestAccessibleImportOfAnotherMissionAsksFirst(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "plan.yaml")
	if err := model.New(path).Save(path, model.SaveOptions{}); err != nil {
		t.Fatal(err)
	}
	lines := []string{
		"",
		"import " + mandate1590,
		"import " + mandate1702, "c", // cancelled
		"import " + mandate1702, "", // an empty line cancels too
		"import " + mandate1702, "i", // imported all the same
		"quit",
	}
	_, out, code := runPocssr(t, strings.Join(lines, "\n")+"\n", path, "--accessible")
	if code != 0 {
		t.Fatalf("exit %d:\n%s", code, out)
	}
	c := otherMissionChoices(model.Missions{Missions: []string{"UNMIS"}}, "S/RES/1702 (2006)", "MINUSTAH")
	asked := c.asked
	if !strings.Contains(asked, "holds the tasks of UNMIS; S/RES/1702 (2006) is of MINUSTAH") {
		t.Fatalf("the question does not name the missions: %q", asked)
	}
	for _, want := range []string{asked, "  i, import: " + c.anyway + ".", "  c, cancel (an empty line too): " + c.cancel + ".",
		"Import it all the same, or cancel? (i or c; an empty line cancels)"} {
		if n := strings.Count(out, want); n != 3 {
			t.Errorf("%q said %d times for three imports of 1702; want 3:\n%s", want, n, out)
		}
	}
	if n := strings.Count(out, "Nothing imported: "+path+" is as it was."); n != 2 {
		t.Errorf("%d imports cancelled; want 2:\n%s", n, out)
	}
	if n := strings.Count(out, "imported from S/RES/1702 (2006)"); n != 1 {
		t.Errorf("1702 imported %d times; want once:\n%s", n, out)
	}
	ws, err := model.Load(path, classify.Default().Vocabulary())
	if err != nil {
		t.Fatal(err)
	}
	docs := map[string]bool{}
	for _, a := range ws.Activities {
		docs[a.Source.Document] = true
	}
	if !docs["S/RES/1590 (2005)"] || !docs["S/RES/1702 (2006)"] {
		t.Fatalf("the file holds the tasks of %v; want both mandates'", docs)
	}
}
