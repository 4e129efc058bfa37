package model

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const handEdited = `# Worksheet for the workshop, edited by hand.
schema: pocssr/v1
mission: MONUSCO # the mission
activities:
  # The brigade's offensive.
  - id: fib
    title: Joint offensive
    implementer: mission # checked with J3
    kinds: [combined-operations]
    forces: [army]
  - id: training
    title: Human rights training
    # format still to be confirmed
    training_format: one-off
    notes: |
      Two lines
      of notes.
`

func writeFile(t *testing.T, dir, name, content string, mode os.FileMode) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(content), mode); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestSaveKeepsComments(t *testing.T) {
	p := writeFile(t, t.TempDir(), "w.yaml", handEdited, 0o640)
	w, err := Load(p, testVocab)
	if err != nil {
		t.Fatal(err)
	}
	w.Activities[0].Facts.SetOne(RightsRecord, "minor-abuses")
	w.Activities[1].Facts.Forget(TrainingFormat)
	w.Activities = append(w.Activities, &Activity{Title: "New one", ID: "new"})
	if err := w.Save("", SaveOptions{}); err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(p)
	out := string(data)
	for _, keep := range []string{"# Worksheet for the workshop, edited by hand.", "# the mission", "# The brigade's offensive.",
		"# checked with J3", "kinds: [combined-operations]", "rights_record: minor-abuses", "title: New one", "Two lines\n      of notes."} {
		if !strings.Contains(out, keep) {
			t.Errorf("saved file lacks %q:\n%s", keep, out)
		}
	}
	if strings.Contains(out, "one-off") {
		t.Errorf("a forgotten fact is still written:\n%s", out)
	}
	// The new key goes in file order, after forces.
	if strings.Index(out, "rights_record") < strings.Index(out, "forces: [army]") {
		t.Errorf("rights_record placed before forces:\n%s", out)
	}
	st, _ := os.Stat(p)
	if st.Mode().Perm() != 0o640 {
		t.Errorf("mode %v, want 0640 kept", st.Mode().Perm())
	}
	again, err := Load(p, testVocab)
	if err != nil {
		t.Fatalf("saved file does not load: %v\n%s", err, out)
	}
	if !sameWorksheet(w, again) {
		t.Error("load → save → load changed the worksheet")
	}
}

func TestSaveUnchangedIsIdentical(t *testing.T) {
	src := "schema: pocssr/v1\nactivities:\n  - id: a\n    title: A\n    kinds: [vetting, deterrence]\n    dual_role: false\n"
	p := writeFile(t, t.TempDir(), "w.yaml", src, 0o644)
	w, err := Load(p, testVocab)
	if err != nil {
		t.Fatal(err)
	}
	if err := w.Save("", SaveOptions{}); err != nil {
		t.Fatal(err)
	}
	if data, _ := os.ReadFile(p); string(data) != src {
		t.Errorf("an unchanged worksheet was rewritten:\n%s", data)
	}
}

func TestSaveRefusesFileChangedOnDisk(t *testing.T) {
	p := writeFile(t, t.TempDir(), "w.yaml", handEdited, 0o644)
	w, err := Load(p, testVocab)
	if err != nil {
		t.Fatal(err)
	}
	theirs := handEdited + "  - title: added by a colleague\n"
	os.WriteFile(p, []byte(theirs), 0o644)
	w.Mission = "changed"
	err = w.Save("", SaveOptions{})
	if !errors.Is(err, ErrChangedOnDisk) {
		t.Fatalf("save over a changed file: %v", err)
	}
	if data, _ := os.ReadFile(p); string(data) != theirs {
		t.Error("the colleague's file was touched")
	}
	if err := w.Save("", SaveOptions{Overwrite: true}); err != nil {
		t.Fatalf("explicit overwrite: %v", err)
	}
	// After a save the new content is the reference: saving again is fine.
	w.Mandate = "x"
	if err := w.Save("", SaveOptions{}); err != nil {
		t.Fatalf("second save: %v", err)
	}
}

func TestSaveAsRefusesExistingFile(t *testing.T) {
	dir := t.TempDir()
	other := writeFile(t, dir, "other.yaml", "precious\n", 0o644)
	w := New("")
	w.Activities = []*Activity{{Title: "a", ID: "a"}}
	if err := w.Save("", SaveOptions{}); err == nil {
		t.Error("an unnamed worksheet saved without a name")
	}
	if err := w.Save(other, SaveOptions{}); !errors.Is(err, ErrExists) {
		t.Errorf("save as over an existing file: %v", err)
	}
	if data, _ := os.ReadFile(other); string(data) != "precious\n" {
		t.Error("existing file was replaced")
	}
	p := filepath.Join(dir, "new.json")
	if err := w.Save(p, SaveOptions{}); err != nil {
		t.Fatal(err)
	}
	if w.Path() != p {
		t.Errorf("path %q after save as", w.Path())
	}
	data, _ := os.ReadFile(p)
	if !strings.HasPrefix(string(data), "{\n") {
		t.Errorf("a .json name should be saved as JSON:\n%s", data)
	}
	if _, err := Load(p, testVocab); err != nil {
		t.Fatal(err)
	}
}

// A save that fails at its last step leaves the old file whole and no
// temporary file behind.
func TestSaveIsAtomic(t *testing.T) {
	dir := t.TempDir()
	p := writeFile(t, dir, "w.yaml", handEdited, 0o644)
	w, _ := Load(p, testVocab)
	renameFile = func(string, string) error { return errors.New("disk full") }
	defer func() { renameFile = os.Rename }()
	w.Mission = "changed"
	if err := w.Save("", SaveOptions{}); err == nil {
		t.Fatal("the failed save reported success")
	}
	if data, _ := os.ReadFile(p); string(data) != handEdited {
		t.Error("the old file was damaged")
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("%d entries in the folder: a temporary file was left behind", len(entries))
	}
	renameFile = os.Rename
	if err := w.Save("", SaveOptions{}); err != nil {
		t.Errorf("the worksheet should still be saveable after the failure: %v", err)
	}
}

func TestWriteFileAtomicLeavesNoTemporaryFiles(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "out.md")
	for i := 0; i < 3; i++ {
		if err := WriteFileAtomic(p, []byte(strings.Repeat("x", i)), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("folder holds %d entries, want only the file", len(entries))
	}
	st, _ := os.Stat(p)
	if st.Mode().Perm() != 0o600 {
		t.Errorf("mode %v", st.Mode().Perm())
	}
	if err := WriteFileAtomic(dir, []byte("x"), 0o600); err == nil {
		t.Error("wrote over a folder")
	}
}

// randomWorksheet draws a worksheet from the test vocabulary, with hostile text.
func randomWorksheet(rng *rand.Rand) *Worksheet {
	texts := []string{"plain", "two\nlines", "yes", "null", "- dash", "# hash", "quote \" and ' ", "tab\there", "ünïcödé",
		"colon: inside", "[bracket", "{brace}", "  leading", "trailing  ", "&anchor", "*alias", "!tag", "12", "true", "~", "%",
		"no-break\u00a0space", "emoji \U0001F600", "line\u2028separator", "del\x7f", "c1 \u0085\u009b", "esc\x1b[2J", "S/RES/2098 (2013)",
		"bom\ufeff", "zero\u200bwidth", "cr\r\nlf", "--- dashes", "... dots"}
	pick := func() string { return texts[rng.IntN(len(texts))] }
	w := &Worksheet{}
	if rng.IntN(2) == 0 {
		w.Mission = pick()
	}
	if rng.IntN(2) == 0 {
		w.Mandate = pick()
	}
	for i, n := 0, rng.IntN(6); i < n; i++ {
		a := &Activity{Title: pick() + " title"}
		if rng.IntN(2) == 0 {
			a.Description = pick()
		}
		if rng.IntN(3) == 0 {
			a.Notes = pick()
		}
		if rng.IntN(3) == 0 {
			a.Source = Source{Document: pick(), Ref: pick()}
		}
		if rng.IntN(3) == 0 {
			a.Status = StatusDraft
		}
		for f := Fact(0); f < NumFacts; f++ {
			if rng.IntN(3) == 0 {
				continue
			}
			switch f.Type() {
			case OneOf:
				vals := testVocab.Values(f)
				a.Facts.SetOne(f, vals[rng.IntN(len(vals))])
			case YesNo:
				a.Facts.SetYes(f, rng.IntN(2) == 0)
			case SetOf:
				vals := testVocab.Values(f)
				rng.Shuffle(len(vals), func(i, j int) { vals[i], vals[j] = vals[j], vals[i] })
				a.Facts.SetSet(f, vals[:rng.IntN(3)])
			}
		}
		a.Register = randomRegister(rng, pick)
		if rng.IntN(4) == 0 {
			a.HRDDPReview = Date(fmt.Sprintf("20%02d-%02d-%02d", rng.IntN(100), 1+rng.IntN(12), 1+rng.IntN(28)))
		}
		w.Activities = append(w.Activities, a)
	}
	AssignIDs(w)
	return w
}

// randomRegister draws register entries over the test vocabulary's risks.
func randomRegister(rng *rand.Rand, pick func() string) Register {
	var reg Register
	risks := testVocab.Risks()
	for _, i := range rng.Perm(len(risks))[:rng.IntN(len(risks)+1)] {
		e := RegisterEntry{Risk: risks[i], Status: MitigationStatuses[rng.IntN(len(MitigationStatuses))]}
		if rng.IntN(2) == 0 {
			e.Owner = pick()
		}
		if rng.IntN(2) == 0 {
			e.Due = Date(fmt.Sprintf("20%02d-%02d-%02d", rng.IntN(100), 1+rng.IntN(12), 1+rng.IntN(28)))
		}
		if rng.IntN(2) == 0 || e.Status == NotNeeded {
			e.Note = pick()
		}
		reg = append(reg, e)
	}
	return reg
}

// Property: load → save → load gives the same worksheet, in both formats.
func TestPropertyRoundTrip(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	for i := 0; i < 500; i++ {
		w := randomWorksheet(rng)
		for _, f := range []Format{YAML, JSON} {
			data, err := w.Encode(f)
			if err != nil {
				t.Fatal(err)
			}
			back, err := Parse("rt", data, testVocab)
			if err != nil {
				t.Fatalf("%s does not read back: %v\n%s", f, err, data)
			}
			if !sameWorksheet(w, back) {
				t.Fatalf("%s round trip changed the worksheet:\n%s", f, data)
			}
			// Editing the read-back copy and saving again keeps it readable.
			if len(back.Activities) > 0 {
				back.Activities[0].Facts.SetYes(DualRole, true)
				back.Activities = append(back.Activities[1:], back.Activities[0])
			}
			again, err := back.EncodeYAML()
			if err != nil {
				t.Fatal(err)
			}
			if third, err := Parse("rt2", again, testVocab); err != nil || !sameWorksheet(back, third) {
				t.Fatalf("edit and save: %v\n%s", err, again)
			}
		}
	}
}

// A long worksheet is written in pieces; the result reads back the same and
// keeps what surrounds the list.
func TestLongWorksheetSavesInChunks(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 1))
	w := &Worksheet{Mission: "M", Mandate: "two\nlines"}
	for len(w.Activities) < 3*chunkSize+7 {
		w.Activities = append(w.Activities, randomWorksheet(rng).Activities...)
	}
	w.Activities = w.Activities[:3*chunkSize+7]
	w.Activities[0].Notes = "first\n\nwith a blank line\n"
	for i, a := range w.Activities {
		a.ID = fmt.Sprintf("a%d", i)
	}
	chunked, err := w.EncodeYAML()
	if err != nil {
		t.Fatal(err)
	}
	whole, err := encodeNode(w.doc)
	if err != nil {
		t.Fatal(err)
	}
	if string(chunked) != string(whole) {
		t.Error("the pieces joined differ from the document written whole")
	}
	back, err := Parse("long", chunked, testVocab)
	if err != nil || !sameWorksheet(w, back) {
		t.Fatalf("long worksheet does not read back: %v", err)
	}
}

// A new YAML worksheet names its schema in its first line, for editors; one
// read from a file keeps its author's comments and gets no line added.
func TestNewWorksheetNamesItsSchema(t *testing.T) {
	ws := &Worksheet{Mission: "M", Activities: []*Activity{{Title: "t"}}}
	data, err := ws.EncodeYAML()
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(string(data), "# "+SchemaComment+"\n") {
		t.Errorf("a new worksheet starts %q", strings.SplitN(string(data), "\n", 2)[0])
	}
	if _, err := Parse("new.yaml", data, testVocab); err != nil {
		t.Errorf("the line is not a comment the reader skips: %v", err)
	}
	own := "# my plan\nactivities:\n  - title: t\n"
	read, err := Parse("own.yaml", []byte(own), testVocab)
	if err != nil {
		t.Fatal(err)
	}
	again, _ := read.EncodeYAML()
	if strings.Contains(string(again), "yaml-language-server") || !strings.Contains(string(again), "# my plan\n") {
		t.Errorf("a hand-written worksheet saved again: %q", again)
	}
	if !strings.Contains(SchemaComment, "$schema="+SchemaURL) {
		t.Error(SchemaComment)
	}
}
