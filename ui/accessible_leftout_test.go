package ui

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify/report"
	"github.com/pocssr/pocssr/model"
)

// leftOutRefs is the references of the paragraphs the reading of the
// resolution at path leaves out.
func leftOutRefs(t *testing.T, path string) []string {
	t.Helper()
	_, m := importedMandate(t, path)
	var refs []string
	for _, p := range m.LeftOut() {
		refs = append(refs, report.OneLine(p.Ref))
	}
	return refs
}

// Two mandates imported into one worksheet in the plain mode each keep
// their list of paragraphs left out, as the review does: left lists both,
// each under its mandate, the paragraphs named as the plain mode names
// them in a worksheet of several mandates; restore brings back a
// paragraph of the earlier import, by its number alone where only its
// mandate's list has it, and refuses a number both lists have, naming
// both and the forms that say which; the qualified form restores it.
func TestAccessibleLeftKeepsAListForEachMandate(t *testing.T) {
	early, late := leftOutRefs(t, mandate2012), leftOutRefs(t, mandate2156)
	only, both := "", ""
	for _, r := range early {
		switch {
		case slices.Contains(late, r) && both == "":
			both = r
		case !slices.Contains(late, r) && only == "":
			only = r
		}
	}
	if only == "" || both == "" {
		t.Fatalf("the readings leave out %v and %v: the case needs a paragraph of one and one of both", early, late)
	}
	path := filepath.Join(t.TempDir(), "plan.yaml")
	if err := model.New(path).Save(path, model.SaveOptions{}); err != nil {
		t.Fatal(err)
	}
	lines := []string{"", "import " + mandate2012, "import " + mandate2156, "i", // another mission: imported all the same
		"left",
		"restore " + only,      // only 2012's list has it
		"restore " + both,      // both lists have it
		"restore 2156:" + both, // the later mandate's
		"undo", "left", "quit", "q"}
	out, stderr, code := runPocssr(t, strings.Join(lines, "\n")+"\n", path, "--accessible")
	if code != 0 {
		t.Fatalf("exit %d:\n%s", code, stderr)
	}
	said := out + stderr
	for _, want := range []string{
		"Left out of S/RES/2012 (2011): ",
		"Left out of S/RES/2156 (2014): ",
		"  paragraph " + only + " of 2012 — ",
		"  paragraph " + both + " of 2156 — ",
		"restore 2012:REF brings one back as a draft",
		"Paragraph " + only + " of 2012 restored as a draft",
		"Not restored: paragraph " + both + " is left out of S/RES/2012 (2011) and S/RES/2156 (2014): restore 2012:" + both + " or restore 2156:" + both + " says which.",
		"Paragraph " + both + " of 2156 restored as a draft",
		"Undid the restore of paragraph " + both + " of 2156",
	} {
		if !strings.Contains(said, want) {
			t.Errorf("the plain mode never says %q:\n%s", want, said)
		}
	}
	// The first left lists 2012's paragraphs, and the last, after the
	// undo, 2156's paragraph again.
	first := strings.Index(said, "Left out of S/RES/2012 (2011): ")
	if strings.Count(said[first:], "  paragraph "+only+" of 2012 — ") != 1 {
		t.Errorf("paragraph %s of 2012 is listed after its restore:\n%s", only, said)
	}
	if n := strings.Count(said, "  paragraph "+both+" of 2156 — "); n != 3 {
		t.Errorf("paragraph %s of 2156 is listed %d times, want 3 (the import, left, left after the undo):\n%s", both, n, said)
	}
}
