package cli

import (
	"path/filepath"
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
