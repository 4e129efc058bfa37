package ui

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/classify/report"
	"github.com/pocssr/pocssr/model"
)

// The demo in the plain mode sums the case library up in four lines and offers
// the worksheet's menu over it, never the whole library at once: list, show
// one case, add one (kept in this run only), export the briefing.
func TestAccessibleDemoOffersTheMenu(t *testing.T) {
	cases, err := classify.Cases(classify.Default())
	if err != nil {
		t.Fatal(err)
	}
	first := cases.Activities[0]
	brief := filepath.Join(t.TempDir(), "demo.md")
	in := strings.Join([]string{"help", "list", "show 1",
		"add", "Vetting police", "", "1", "16", "2", "0", "0", "0", "0", "0", "0", "0", "0", "0", "",
		"export markdown " + brief, "quit"}, "\n") + "\n"
	stdout, stderr, code := runPocssr(t, in, "demo", "--accessible")
	if code != 0 {
		t.Fatalf("exit %d:\n%s", code, stderr)
	}
	for _, want := range []string{
		"pocssr demo: the case library",
		"23 activities · T1 ",
		"What next? (help lists the commands; an empty line ends)",
		"  review, v            the drafts one by one",
		"Added “Vetting police” to the case library (24 activities); undo takes it out.",
		"Exported 24 activities as markdown to " + brief + ".",
	} {
		if !strings.Contains(stderr, want) {
			t.Errorf("the prompts lack %q", want)
		}
	}
	// stdout holds the list, then the two accounts asked for (show 1, the
	// new case's verdict), not the library's 23.
	// A case is listed by its section of the chapter, as its account names it.
	list := "  1. section “" + oneLine(first.Source.Ref) + "”: " + oneLine(first.Title) + " — "
	if n := strings.Count(stdout, "\nFacts:"); n > 2 || !strings.HasPrefix(stdout, list) || !strings.Contains(stdout, "\n"+first.ID+" — ") {
		t.Errorf("stdout holds %d accounts:\n%.400s", n, stdout)
	}
	if md, err := os.ReadFile(brief); err != nil || !strings.Contains(string(md), "Vetting police") {
		t.Errorf("the briefing lacks the case added: %v", err)
	}
	// Without input the demo says what it is and ends.
	stdout, stderr, code = runPocssr(t, "", "demo", "--accessible")
	if code != 0 || stdout != "" || !strings.Contains(stderr, "23 activities") {
		t.Errorf("no input: exit %d, stdout %.200q", code, stdout)
	}
}

// The export's formats are the export dialog's, said the same in the menu's
// help, the missing-argument hint and the refusal of an unknown one.
func TestPlainExportFormatsAreOneList(t *testing.T) {
	var dialog []report.Format
	for _, f := range exportFormats {
		dialog = append(dialog, f)
	}
	got := exportable()
	if len(got) != len(dialog) {
		t.Fatalf("exportable %v, the dialog's %v", got, dialog)
	}
	for _, f := range dialog {
		if !slices.Contains(got, f) {
			t.Errorf("the dialog exports %s, the plain mode does not", f)
		}
		if g, err := parseExportFormat(string(f)); err != nil || g != f {
			t.Errorf("%s: %v", f, err)
		}
	}
	for _, s := range []string{"pdf", "text", "yaml"} {
		if _, err := parseExportFormat(s); err == nil {
			t.Errorf("%s taken as an export format", s)
		}
	}
	path, _ := offensiveSheet(t)
	_, stderr, _ := runPocssr(t, "\nhelp\nexport pdf out.pdf\nexport csv\nquit\n", path, "--accessible")
	names := strings.Join(exportNames(), ", ")
	for _, want := range []string{"export FORMAT FILE, x FORMAT FILE   a briefing: " + names + "\n",
		`Not exported: unknown format "pdf"; formats are: ` + names + ".",
		"export needs a format and a file name: export markdown plan.md (formats: " + names + ")."} {
		if !strings.Contains(stderr, want) {
			t.Errorf("the prompts lack %q", want)
		}
	}
}

// A format the file's extension contradicts is refused as -o refuses it,
// and nothing is written; an extension of no format, or the format's own,
// takes the export.
func TestPlainExportRefusesAnExtensionOfAnotherFormat(t *testing.T) {
	path, _ := offensiveSheet(t)
	dir := filepath.Dir(path)
	in := strings.Join([]string{"", "export html b2.md", "export markdown b2.html", "export csv b2.txt",
		"export md b2.md", "export html b3", "export docx B4.DOCX", "export text-briefing b5.txt", "quit"}, "\n") + "\n"
	t.Chdir(dir)
	_, stderr, code := runPocssr(t, in, path, "--accessible")
	if code != 0 {
		t.Fatalf("exit %d:\n%s", code, stderr)
	}
	for _, want := range []string{
		"Not exported: b2.md ends in .md but the format is html; give export markdown b2.md, or a file name that ends in .html.",
		"Not exported: b2.html ends in .html but the format is markdown; give export html b2.html, or a file name that ends in .md.",
		"Not exported: b2.txt ends in .txt but the format is csv; give export text-briefing b2.txt, or a file name that ends in .csv.",
		"Exported 1 activity as markdown to b2.md.",
		"Exported 1 activity as html to b3.",
		"Exported 1 activity as docx to B4.DOCX.",
		"Exported 1 activity as text-briefing to b5.txt.",
	} {
		if !strings.Contains(stderr, want) {
			t.Errorf("the prompts lack %q", want)
		}
	}
	md, err := os.ReadFile(filepath.Join(dir, "b2.md"))
	if err != nil || strings.HasPrefix(string(md), "<") {
		t.Errorf("b2.md holds %.80q (%v)", md, err)
	}
	for _, absent := range []string{"b2.html", "b2.txt"} {
		if _, err := os.Stat(filepath.Join(dir, absent)); err == nil {
			t.Errorf("%s was written", absent)
		}
	}
	if _, err := model.Load(path, classify.Default().Vocabulary()); err != nil {
		t.Error(err)
	}
}
