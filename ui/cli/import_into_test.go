package cli

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
)

const intoMandate = `Resolution 9999 (2030)

The Security Council,

1. Requests the mission to protect civilians under threat of physical violence, including through active patrolling;

2. Authorizes the mission to provide support to the national armed forces in joint operations against armed groups;

3. Requests the mission to support the reform of the national police;
`

// intoWorksheet imports intoMandate into w.yaml in dir and records a
// register on paragraphs 2 and 3.
func intoWorksheet(t *testing.T, dir string) string {
	t.Helper()
	m := filepath.Join(dir, "m.txt")
	w := filepath.Join(dir, "w.yaml")
	if err := os.WriteFile(m, []byte(intoMandate), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, errOut, code := run(t, "", "import", m, "-o", w); code != 0 {
		t.Fatalf("import: exit %d: %s", code, errOut)
	}
	ws, err := model.Load(w, classify.Default().Vocabulary())
	if err != nil {
		t.Fatal(err)
	}
	ws.Activities[1].Register = model.Register{{Risk: "grave-violations-support", Status: model.InPlace, Owner: "Human Rights Division", Due: "2030-03-31"}}
	ws.Activities[1].HRDDPReview = "2030-06-30"
	ws.Activities[2].Register = model.Register{{Risk: "no-community-input", Status: model.Planned}}
	if err := ws.Save("", model.SaveOptions{}); err != nil {
		t.Fatal(err)
	}
	return w
}

// Reading a mandate again into its worksheet after paragraph 3 was struck:
// the register and review of the joint operations (paragraph 2) go to its
// new draft, paragraph 3's register stays with its old draft, and standard
// error says both.
func TestImportIntoKeepsTheRegisters(t *testing.T) {
	dir := t.TempDir()
	w := intoWorksheet(t, dir)
	m := filepath.Join(dir, "m.txt")
	again := strings.Replace(intoMandate, "3. Requests the mission to support the reform of the national police;\n", "", 1)
	if err := os.WriteFile(m, []byte(again), 0o644); err != nil {
		t.Fatal(err)
	}
	out, errOut, code := run(t, "", "import", m, "--into", w)
	if code != 0 || out != "" {
		t.Fatalf("exit %d, stdout %q, stderr %s", code, out, errOut)
	}
	for _, want := range []string{"2 draft activities of m.txt in place of 3 earlier drafts; moved the risk register of 1 replaced draft to the new drafts", "1 register had no new draft to go to; kept", "3        3-support-the-reform-of-the-national (1 entry)"} {
		if !strings.Contains(errOut, want) {
			t.Errorf("no %q in:\n%s", want, errOut)
		}
	}
	ws, err := model.Load(w, classify.Default().Vocabulary())
	if err != nil {
		t.Fatal(err)
	}
	if len(ws.Activities) != 3 {
		t.Fatalf("%d activities", len(ws.Activities))
	}
	joint, stale := ws.Activities[1], ws.Activities[2]
	if joint.Source.Ref != "2" || joint.Register.Entry("grave-violations-support") == nil || joint.HRDDPReview != "2030-06-30" {
		t.Errorf("paragraph 2: %+v", joint)
	}
	if stale.Source.Ref != "3" || stale.Register.Entry("no-community-input") == nil {
		t.Errorf("the stale draft: %+v", stale)
	}
}

// A worksheet changed on disk after it was read is not overwritten: the
// import stops with exit 2 and the file keeps the other writer's bytes.
func TestImportIntoNeverOverwritesAChangedFile(t *testing.T) {
	dir := t.TempDir()
	w := intoWorksheet(t, dir)
	rb := classify.Default()
	ws, err := model.Load(w, rb.Vocabulary())
	if err != nil {
		t.Fatal(err)
	}
	read := &model.Worksheet{Mandate: "m.txt", Activities: []*model.Activity{{ID: "n", Title: "New", Status: model.StatusDraft, Source: model.Source{Document: "m.txt", Ref: "1"}}}}
	mergeReading(ws, read)
	theirs := []byte("schema: pocssr/v1\nactivities: []\n")
	if err := os.WriteFile(w, theirs, 0o644); err != nil {
		t.Fatal(err)
	}
	var stderr strings.Builder
	env := &Env{Stderr: &stderr}
	err = env.saveInto(ws, rb, w, "saved")
	if !errors.Is(err, model.ErrChangedOnDisk) || Report(&stderr, err) != 2 {
		t.Fatalf("saved over a changed file: %v", err)
	}
	if got, _ := os.ReadFile(w); string(got) != string(theirs) {
		t.Errorf("the file was overwritten:\n%s", got)
	}
	if strings.Contains(stderr.String(), "saved") {
		t.Error("the summary was printed though nothing was saved")
	}
}

// import --into names each paragraph it left out with its reference and
// why, as the plain import does and as the help says of both: a count
// alone left the planner to guess which they were.
func TestImportIntoListsTheParagraphsLeftOut(t *testing.T) {
	dir := t.TempDir()
	m := filepath.Join(dir, "m.txt")
	text := intoMandate + "\n4. Requests the Secretary-General to report to the Council every three months;\n\n5. Decides to remain actively seized of the matter.\n"
	if err := os.WriteFile(m, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	w := filepath.Join(dir, "w.yaml")
	_, plain, code := run(t, "", "import", m, "-o", w)
	if code != 0 {
		t.Fatalf("import: exit %d: %s", code, plain)
	}
	_, into, code := run(t, "", "import", m, "--into", w)
	if code != 0 {
		t.Fatalf("import --into: exit %d: %s", code, into)
	}
	listed := func(out string) []string {
		var refs []string
		for _, l := range strings.Split(out, "\n") {
			if f := strings.Fields(l); strings.HasPrefix(l, "  ") && len(f) > 1 {
				refs = append(refs, strings.TrimSpace(l))
			}
		}
		return refs
	}
	want := listed(plain)
	if len(want) != 2 || !strings.HasPrefix(want[0], "4 ") || !strings.HasPrefix(want[1], "5 ") {
		t.Fatalf("the plain import lists %q", want)
	}
	if got := listed(into); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("import --into lists\n%q\nthe plain import\n%q\n%s", got, want, into)
	}
	if !strings.Contains(into, "left out 2 paragraphs that ask for no activity (--all keeps them):") {
		t.Errorf("no heading of the list:\n%s", into)
	}
}
