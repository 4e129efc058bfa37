package cli

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
)

// Two consecutive MINUSTAH mandates of the corpus (neither sealed).
const (
	corpus   = "../../classify/suggest/testdata/corpus/resolutions/"
	minustah = corpus + "S-RES-2119-2013.txt"
	renewal  = corpus + "S-RES-2180-2014.txt"
)

// compare reads two resolution texts, imports both and pairs their tasks:
// the community violence reduction task moved from §23 to §21.
func TestCompareTwoResolutions(t *testing.T) {
	out, errOut, code := run(t, "", "compare", minustah, renewal)
	if code != 0 || errOut != "" {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	for _, want := range []string{"old: S/RES/2119 (2013) · MINUSTAH", "new: S/RES/2180 (2014)", "23 → 21 moved and reworded", "5 → 6 renumbered Intensify its efforts", "3 → 3 reworded", "Tier × agenda: old → new"} {
		if !strings.Contains(out, want) {
			t.Errorf("no %q in:\n%.1500s", want, out)
		}
	}
	// The mandate's terms in a section of their own: the end date moved a
	// year, and the troop ceiling (2180 §2, which also asks to keep the
	// force near its present size) is no task added but a term changed.
	terms := out[strings.Index(out, "\nMandate terms"):]
	for _, want := range []string{"1 → 1 reworded; extends a mandate", "[-2014,-] {+2015,+}", "2 → 2 reworded; sets the number of troops or police", "[-5,021 troops,", "9 → 11 moved and reworded; only welcomes", "27 → 29 moved and reworded; requests a report"} {
		if !strings.Contains(terms, want) {
			t.Errorf("no %q in:\n%s", want, terms)
		}
	}
	if strings.Contains(out, "– → 2 added") || !strings.Contains(out, "0 added, 0 dropped") {
		t.Errorf("the ceiling poses as a task added:\n%.600s", out)
	}
	for _, f := range []string{"markdown", "html", "json"} {
		out, errOut, code := run(t, "", "compare", minustah, renewal, "-f", f)
		if code != 0 || errOut != "" || !strings.Contains(out, "2180") {
			t.Errorf("%s: exit %d, stderr %q", f, code, errOut)
		}
	}
	out, _, _ = run(t, "", "compare", minustah, renewal, "-f", "json")
	var doc struct {
		Summary map[string]int `json:"summary"`
		Terms   []struct {
			Change   string
			Old, New struct {
				Ref, Reason string
				Task        bool
			}
		} `json:"terms"`
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Summary["added"] != 0 || doc.Summary["dropped"] != 0 || doc.Summary["unchanged"]+doc.Summary["reworded"] != 16 {
		t.Errorf("summary %v", doc.Summary)
	}
	ceiling := false
	for _, term := range doc.Terms {
		ceiling = ceiling || term.Old.Ref == "2" && term.Old.Reason == "troop-ceiling" && term.New.Ref == "2" && term.New.Reason == "troop-ceiling" && !term.New.Task
	}
	if !ceiling {
		t.Errorf("no troop ceiling among the terms: %+v", doc.Terms)
	}
}

// --all keeps, as import --all does, the paragraphs that ask for no
// activity: 2180 §6, which repeats 2119 §5, then pairs with it.
func TestCompareAll(t *testing.T) {
	out, _, code := run(t, "", "compare", minustah, renewal, "--all")
	if code != 0 || !strings.Contains(out, "5 → 6 ") || strings.Contains(out, "5 → – dropped") {
		t.Errorf("exit %d:\n%.2000s", code, out)
	}
}

// A renewal that folds paragraphs into others and cuts one in two says so:
// MINUSTAH 2070 §7 and §10 went into 2119 §5 and §10, and 2070 §13 is cut
// into 2119 §12 and §10; each merged task under its own title.
func TestCompareFindsTheParts(t *testing.T) {
	out, errOut, code := run(t, "", "compare", corpus+"S-RES-2070-2012.txt", minustah)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, want := range []string{"7 → 5 merged into 5 Continue to provide support to the Government's", "10 → 10 merged into 10 Calls on Haiti's international and regional partners",
		"13 → 10 split from 13 Continue its efforts", "13 → 12 moved and reworded Enhance the effectiveness and sustainability of", "0 dropped"} {
		if !strings.Contains(out, want) {
			t.Errorf("no %q in:\n%.3000s", want, out)
		}
	}
}

// reviewedWorksheet imports a resolution and marks every task reviewed, with
// the planner's answer to one question on the task of §23.
func reviewedWorksheet(t *testing.T, dir string) string {
	t.Helper()
	return reviewedImport(t, dir, minustah)
}

// reviewedImport imports a resolution into dir/old.yaml with every task
// reviewed, and the planner's answers on §23.
func reviewedImport(t *testing.T, dir, resolution string, flags ...string) string {
	t.Helper()
	out, _, code := run(t, "", append([]string{"import", resolution}, flags...)...)
	if code != 0 {
		t.Fatalf("import: exit %d", code)
	}
	ws, err := model.Parse("old.yaml", []byte(out), classify.Default().Vocabulary())
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range ws.Activities {
		a.Status = model.StatusReviewed
		if a.Source.Ref == "23" {
			a.Facts.SetOne(model.Implementer, "mission")
			a.Facts.SetSet(model.Kinds, []string{"community-engagement"})
			a.Facts.SetYes(model.CommunityInput, true)
		}
	}
	data, err := ws.Encode(model.YAML)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "old.yaml")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// --carry writes the renewal with the review carried: unchanged tasks
// reviewed, reworded ones drafts, each marked in its notes; new tasks as
// imported.
func TestCompareCarry(t *testing.T) {
	dir := t.TempDir()
	old := reviewedWorksheet(t, dir)
	outPath := filepath.Join(dir, "new.yaml")
	out, errOut, code := run(t, "", "compare", old, renewal, "--carry", "-o", outPath)
	if code != 0 || out != "" {
		t.Fatalf("exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	if !strings.Contains(errOut, "carried into 16 tasks") || !strings.Contains(errOut, "to review:") {
		t.Errorf("stderr %q", errOut)
	}
	ws, err := model.Load(outPath, classify.Default().Vocabulary())
	if err != nil {
		t.Fatal(err)
	}
	reviewed, carried := 0, 0
	for _, a := range ws.Activities {
		marked := strings.Contains(a.Notes, "Carried over from S/RES/2119 (2013)")
		if marked {
			carried++
		}
		if a.Status == model.StatusReviewed {
			reviewed++
			if !strings.Contains(a.Notes, "the text is unchanged") {
				t.Errorf("%s reviewed but not unchanged: %q", a.Source.Ref, a.Notes)
			}
		}
		if a.Source.Ref == "21" { // §23 reworded: the planner's answers came along, still a draft
			if v, _ := a.Facts.Yes(model.CommunityInput); !v || a.Status != model.StatusDraft || !marked {
				t.Errorf("§21: %+v", a)
			}
		}
	}
	// 11 of the 16 pairs say the same words (some of them but for a word
	// the PDF's conversion cut in two).
	if carried != 16 || reviewed != 11 {
		t.Errorf("%d carried, %d reviewed; want 16 and the 11 unchanged", carried, reviewed)
	}
}

// The reviewed tasks of OLD that the renewal drops or merges into another
// are named on standard error and at the head of the carried worksheet.
func TestCompareCarrySaysWhatWasNotCarried(t *testing.T) {
	dir := t.TempDir()
	old := reviewedImport(t, dir, corpus+"S-RES-2070-2012.txt")
	outPath := filepath.Join(dir, "new.yaml")
	_, errOut, code := run(t, "", "compare", old, minustah, "--carry", "-o", outPath)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	data, err := os.ReadFile(outPath)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Reviewed on S/RES/2070 (2012) and not carried (2):", "10 Police training", "(merged into 10, which notes it)", "7 Reform", "(merged into 5, which notes it)"} {
		if !strings.Contains(errOut, want) || !strings.Contains(string(data), want) {
			t.Errorf("no %q in stderr %q or at the head of:\n%.600s", want, errOut, data)
		}
	}
	if !strings.Contains(string(data), "\n# Reviewed on S/RES/2070 (2012) and not carried (2):\n# 7 Reform") {
		t.Errorf("not at the head, as comments:\n%.600s", data)
	}
	if _, err := model.Load(outPath, classify.Default().Vocabulary()); err != nil {
		t.Error(err)
	}
}

// A reviewed task that the renewal's import leaves out as a term (2180's
// troop ceiling, kept as a task with import --all, which 2243 sets as the
// Council's decision) is named too.
func TestCompareCarryNamesAReviewNowATerm(t *testing.T) {
	dir := t.TempDir()
	old := reviewedImport(t, dir, renewal, "--all")
	_, errOut, code := run(t, "", "compare", old, corpus+"S-RES-2243-2015.txt", "--carry", "-o", filepath.Join(dir, "new.yaml"))
	if code != 0 || !strings.Contains(errOut, "(now S/RES/2243 (2015) 2, which its import leaves out: sets the number of troops or police)") {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
	// The report says that a worksheet holds no terms, and lists only the
	// term its task pairs with.
	out, _, _ := run(t, "", "compare", old, corpus+"S-RES-2243-2015.txt")
	terms := out[strings.Index(out, "\nMandate terms"):]
	if !strings.Contains(terms, "OLD holds no terms") || !strings.Contains(terms, "2 → 2 reworded; sets the number of troops") || strings.Contains(terms, "added") {
		t.Errorf("terms:\n%s", terms)
	}
}

// A mandate's text imported on the fly is all drafts: nothing is carried,
// and the message says why.
func TestCompareCarryFromDrafts(t *testing.T) {
	out, errOut, code := run(t, "", "compare", minustah, renewal, "--carry")
	if code != 0 || !strings.Contains(out, "activities:") || !strings.Contains(errOut, "Nothing was carried") {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
}

// The carried worksheet never replaces an input, and bad input is
// reported with its place and exit 2, nothing written.
func TestCompareRefusals(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.yaml")
	os.WriteFile(bad, []byte("activities:\n  - title: x\n    implementer: nobody\n"), 0o644)
	outPath := filepath.Join(dir, "out.yaml")
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"compare", minustah, renewal, "--carry", "-o", renewal}, "is the input"},
		{[]string{"compare", bad, renewal, "--carry", "-o", outPath}, "bad.yaml:3:18"},
		{[]string{"compare", minustah, renewal, "-f", "csv"}, "text, markdown, html or json"},
		{[]string{"compare", minustah, renewal, "--carry", "-f", "html"}, "formats are: yaml, json"},
		{[]string{"compare", "-", "-"}, "cannot both be standard input"},
		{[]string{"compare", minustah, renewal, "--threshold", "1.5"}, "between 0 and 1"},
		{[]string{"compare", minustah, renewal, "--threshold", "0"}, "between 0 and 1"},
		{[]string{"compare", minustah}, "accepts 2 arg"},
	} {
		out, errOut, code := run(t, "", tc.args...)
		if code != 2 || out != "" || !strings.Contains(errOut, tc.want) {
			t.Errorf("%v: exit %d, stdout %.80q, stderr %q; want %q", tc.args[1:], code, out, errOut, tc.want)
		}
	}
	if _, err := os.Stat(outPath); err == nil {
		t.Error("a worksheet was written from bad input")
	}
}

// --carry keeps each reviewed task's risk register and HRDDP review date
// (FRAMEWORK §9) on the task of the renewal it is carried into, in either
// format the carried worksheet is written in, entry for entry.
func TestCompareCarryKeepsTheRegister(t *testing.T) {
	dir := t.TempDir()
	vocab := classify.Default().Vocabulary()
	old := reviewedWorksheet(t, dir)
	ws, err := model.Load(old, vocab)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]*model.Activity{} // by the old task's paragraph
	for i, a := range ws.Activities {
		a.Register = model.Register{
			{Risk: "grave-violations-support", Status: model.MitigationStatuses[i%4], Owner: "Human Rights Division " + a.Source.Ref, Due: "2026-03-31", Note: "Screened: " + a.Source.Ref},
			{Risk: "hrddp-not-assessed", Status: model.Planned, Due: "2026-06-30"},
		}
		a.HRDDPReview = model.Date(fmt.Sprintf("2026-%02d-15", 1+i%12))
		want[a.Source.Ref] = a
	}
	data, err := ws.Encode(model.YAML)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(old, data, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, ext := range []string{"yaml", "json"} {
		outPath := filepath.Join(dir, "new."+ext)
		_, errOut, code := run(t, "", "compare", old, renewal, "--carry", "-o", outPath)
		if code != 0 {
			t.Fatalf("%s: exit %d: %s", ext, code, errOut)
		}
		carried, err := model.Load(outPath, vocab)
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, a := range carried.Activities {
			i := strings.Index(a.Notes, "Carried over from S/RES/2119 (2013) ")
			if i < 0 {
				if len(a.Register) > 0 || a.HRDDPReview != "" {
					t.Errorf("%s: %s carries a register from nowhere", ext, a.Source.Ref)
				}
				continue
			}
			from := strings.Fields(a.Notes[i+len("Carried over from S/RES/2119 (2013) "):])[0]
			o := want[from]
			if o == nil {
				t.Fatalf("%s: %s carried from %q, not an old task", ext, a.Source.Ref, from)
			}
			if !reflect.DeepEqual(a.Register, o.Register) || a.HRDDPReview != o.HRDDPReview {
				t.Errorf("%s: %s from %s: register %+v review %q, want %+v %q", ext, a.Source.Ref, from, a.Register, a.HRDDPReview, o.Register, o.HRDDPReview)
			}
			if !strings.Contains(a.Notes, "carried register, hrddp_review") {
				t.Errorf("%s: %s: the note does not say the register was carried: %q", ext, a.Source.Ref, a.Notes)
			}
			n++
		}
		if n != 16 {
			t.Errorf("%s: %d tasks carried into, want 16", ext, n)
		}
	}
}
