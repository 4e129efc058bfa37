package cli

import (
	"encoding/csv"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

const resolutions = "../../classify/suggest/testdata/corpus/resolutions/"

// S/RES/2070 (2012) of MINUSTAH read into a worksheet of S/RES/1881 (2009)
// of UNAMID: the worksheet names both mandates and both missions, and every
// format says which mandate numbers a paragraph (both number a 14). The
// briefing was titled "UNAMID" under "Mandate: S/RES/1881 (2009)", with
// fifteen tasks of 2070 in it under bare numbers.
func TestImportIntoNamesBothMandates(t *testing.T) {
	w := filepath.Join(t.TempDir(), "w.yaml")
	if _, errOut, code := run(t, "", "import", resolutions+"S-RES-1881-2009.txt", "-o", w); code != 0 {
		t.Fatalf("import: exit %d: %s", code, errOut)
	}
	if _, errOut, code := run(t, "", "import", resolutions+"S-RES-2070-2012.txt", "--into", w); code != 0 {
		t.Fatalf("import --into: exit %d: %s", code, errOut)
	}
	md, _, _ := run(t, "", "classify", w, "-f", "markdown")
	for _, want := range []string{"# POC/SSR briefing: UNAMID, MINUSTAH\n",
		"Mandates: S/RES/1881 (2009), S/RES/2070 (2012) · Missions: UNAMID, MINUSTAH",
		"### 1881·14 — ", "### 2070·14 — "} {
		if !strings.Contains(md, want) {
			t.Errorf("the markdown briefing lacks %q", want)
		}
	}
	if strings.Contains(md, "### 14 — ") {
		t.Error("the markdown briefing heads a paragraph 14 without its mandate")
	}
	html, _, _ := run(t, "", "classify", w, "-f", "html")
	for _, want := range []string{"<title>POC/SSR briefing: UNAMID, MINUSTAH</title>", ">2070·14*", "1881·14*"} {
		if !strings.Contains(html, want) {
			t.Errorf("the HTML briefing lacks %q", want)
		}
	}
	text, _, _ := run(t, "", "classify", w)
	if !strings.HasPrefix(text, "Missions: UNAMID, MINUSTAH\nMandates: S/RES/1881 (2009), S/RES/2070 (2012)\n") {
		t.Errorf("the account's heading:\n%s", text[:min(len(text), 200)])
	}
}

// A worksheet of one mandate keeps its references and heading words.
func TestImportOfOneMandateKeepsItsRefs(t *testing.T) {
	w := filepath.Join(t.TempDir(), "w.yaml")
	if _, errOut, code := run(t, "", "import", resolutions+"S-RES-1881-2009.txt", "-o", w); code != 0 {
		t.Fatalf("import: exit %d: %s", code, errOut)
	}
	md, _, _ := run(t, "", "classify", w, "-f", "markdown")
	if !strings.Contains(md, "Mandate: S/RES/1881 (2009) · Mission: UNAMID") || !strings.Contains(md, "### 14 — ") {
		t.Errorf("the briefing of one mandate changed:\n%s", md[:min(len(md), 400)])
	}
}

// twoMandates is a worksheet into which S/RES/2070 (2012) was imported
// after S/RES/1881 (2009), and what import --into said of it.
func twoMandates(t *testing.T) (path, said string) {
	t.Helper()
	w := filepath.Join(t.TempDir(), "w.yaml")
	if _, errOut, code := run(t, "", "import", resolutions+"S-RES-1881-2009.txt", "-o", w); code != 0 {
		t.Fatalf("import: exit %d: %s", code, errOut)
	}
	out, errOut, code := run(t, "", "import", resolutions+"S-RES-2070-2012.txt", "--into", w)
	if code != 0 {
		t.Fatalf("import --into: exit %d: %s", code, errOut)
	}
	return w, out + errOut
}

// import --into lists the paragraphs it left out as the worksheet names
// them: 2070's paragraph 1 read "1", as 1881's would.
func TestImportIntoNamesTheLeftOutByTheirMandate(t *testing.T) {
	_, said := twoMandates(t)
	if !strings.Contains(said, "\n  2070·1   ") {
		t.Errorf("the left-out paragraphs are not named by their mandate:\n%s", said)
	}
	if strings.Contains(said, "\n  1   ") {
		t.Errorf("a left-out paragraph is named bare:\n%s", said)
	}
}

// --ref takes a paragraph as the worksheet names it, 2070·14, or typed
// 2070:14; a bare 14, which both mandates number, is refused with both
// named (exit 2); a bare 20, which only 2070 numbers, keeps 2070·20. The
// bare 14 kept both paragraphs 14, and "2070·14" kept nothing.
func TestRefSelectsAParagraphOfOneMandate(t *testing.T) {
	w, _ := twoMandates(t)
	for _, ref := range []string{"2070:14", "2070·14"} {
		md, errOut, code := run(t, "", "classify", w, "-f", "markdown", "--ref", ref)
		if code != 0 || !strings.Contains(md, "### 2070·14 — ") || strings.Contains(md, "1881·14") {
			t.Errorf("--ref %s: exit %d: %s\n%.600s", ref, code, errOut, md)
		}
	}
	_, errOut, code := run(t, "", "classify", w, "--ref", "14")
	if code != 2 || !strings.Contains(errOut, "1881·14, 2070·14") || !strings.Contains(errOut, "1881:14") {
		t.Errorf("a bare 14: exit %d: %s", code, errOut)
	}
	out, errOut, code := run(t, "", "check", w, "--ref", "14")
	if code != 2 || !strings.Contains(errOut, "1881·14, 2070·14") {
		t.Errorf("check with a bare 14: exit %d: %s%s", code, out, errOut)
	}
	md, errOut, code := run(t, "", "classify", w, "-f", "markdown", "--ref", "20")
	if code != 0 || !strings.Contains(md, "### 2070·20 — ") {
		t.Errorf("a bare 20: exit %d: %s\n%.600s", code, errOut, md)
	}
	out, errOut, code = run(t, "", "check", w, "--ref", "2070:14")
	if code == 2 || !strings.Contains(out, "1 of 26 activities kept") {
		t.Errorf("check --ref 2070:14: exit %d: %s%s", code, out, errOut)
	}
}

// csvRefColumn is the ref column of classify -f csv on the worksheet w.
func csvRefColumn(t *testing.T, w string) []string {
	t.Helper()
	out, errOut, code := run(t, "", "classify", w, "-f", "csv")
	if code != 0 {
		t.Fatalf("classify -f csv: exit %d: %s", code, errOut)
	}
	rows, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(out, "\ufeff"))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	var refs []string
	for _, r := range rows[1:] {
		refs = append(refs, r[0])
	}
	return refs
}

// The CSV names a paragraph by its mandate, as the screens and the
// briefing do, where the worksheet holds two: its rows read "1881·14" and
// "2070·14", where two rows read "14". A worksheet of one mandate keeps
// the bare numbers.
func TestCSVRefNamesTheMandate(t *testing.T) {
	w, _ := twoMandates(t)
	refs := csvRefColumn(t, w)
	for _, want := range []string{"1881·14", "2070·14"} {
		if !slices.Contains(refs, want) {
			t.Errorf("the CSV of two mandates has no row %q: %q", want, refs)
		}
	}
	for _, r := range refs {
		if !strings.HasPrefix(r, "1881·") && !strings.HasPrefix(r, "2070·") && !strings.HasPrefix(r, "#") {
			t.Errorf("the CSV of two mandates names a row %q without its mandate", r)
		}
	}
	one := filepath.Join(t.TempDir(), "w.yaml")
	if _, errOut, code := run(t, "", "import", resolutions+"S-RES-1881-2009.txt", "-o", one); code != 0 {
		t.Fatalf("import: exit %d: %s", code, errOut)
	}
	refs = csvRefColumn(t, one)
	if !slices.Contains(refs, "14") {
		t.Errorf("the CSV of one mandate has no row \"14\": %q", refs)
	}
	for _, r := range refs {
		if strings.Contains(r, "·") {
			t.Errorf("the CSV of one mandate names a row %q", r)
		}
	}
}
