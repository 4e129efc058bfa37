package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify"
	"github.com/pocssr/pocssr/model"
)

const resolution = "../../classify/suggest/testdata/S-RES-1925-2010.txt"

func TestSuggestText(t *testing.T) {
	out, errOut, code := run(t, "", "suggest", "Support the Government in reforming the police")
	if code != 0 || errOut != "" {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	for _, want := range []string{"mission-support", `"Support the Government" [0:22]`, "restructuring", "SSR only"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	// Unquoted words are one description.
	out2, _, _ := run(t, "", "suggest", "Support", "the", "Government", "in", "reforming", "the", "police")
	if out2 != out {
		t.Error("words given as separate arguments read differently")
	}
}

func TestSuggestJSON(t *testing.T) {
	out, errOut, code := run(t, "  Human rights training for police officers, without oversight\n", "suggest", "-", "--format", "json")
	if code != 0 || errOut != "" {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	var doc struct {
		Text     string         `json:"text"`
		Facts    map[string]any `json:"facts"`
		Evidence []struct {
			Fact, Value, Phrase string
			Start, End          int
		} `json:"evidence"`
		Result struct {
			Tier   *int   `json:"tier"`
			Agenda string `json:"agenda"`
			Risks  []any  `json:"risks"`
		} `json:"result"`
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if doc.Text != "Human rights training for police officers, without oversight" {
		t.Errorf("text %q: surrounding white space should be dropped", doc.Text)
	}
	kinds, _ := doc.Facts["kinds"].([]any)
	if len(kinds) == 0 || kinds[0] != "rights-training" || doc.Facts["implementer"] != nil {
		t.Errorf("facts %v", doc.Facts)
	}
	if acc, ok := doc.Facts["accountability"].([]any); !ok || len(acc) != 0 {
		t.Errorf("accountability %v, want []", doc.Facts["accountability"])
	}
	if len(doc.Evidence) == 0 {
		t.Fatal("no evidence")
	}
	for _, e := range doc.Evidence {
		if e.Start < 0 || e.End > len(doc.Text) || doc.Text[e.Start:e.End] != e.Phrase {
			t.Errorf("evidence %+v does not point into the text", e)
		}
	}
	if doc.Result.Tier == nil || *doc.Result.Tier != 3 || doc.Result.Agenda != "undetermined" {
		t.Errorf("result tier %v agenda %q", doc.Result.Tier, doc.Result.Agenda)
	}
}

func TestSuggestBadInput(t *testing.T) {
	for name, c := range map[string]struct {
		stdin string
		args  []string
		want  string
	}{
		"empty":      {"", []string{"suggest", "  "}, "the text is empty"},
		"empty sdin": {" \n", []string{"suggest", "-"}, "<stdin>: the text is empty"},
		"not utf-8":  {"train the \xff police", []string{"suggest", "-"}, "<stdin>: the text is not valid UTF-8"},
		"format":     {"", []string{"suggest", "x", "--format", "yaml"}, `unknown format "yaml"`},
	} {
		out, errOut, code := run(t, c.stdin, c.args...)
		if code != ExitInvalid || out != "" || !strings.Contains(errOut, c.want) {
			t.Errorf("%s: exit %d, stdout %q, stderr %q; want exit 2 and %q", name, code, out, errOut, c.want)
		}
	}
}

func TestImportCommand(t *testing.T) {
	out, errOut, code := run(t, "", "import", resolution)
	if code != 0 {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	rb := classify.Default()
	ws, err := model.Parse("out", []byte(out), rb.Vocabulary())
	if err != nil {
		t.Fatalf("the output is no worksheet: %v", err)
	}
	if len(ws.Activities) != 34 || ws.Mandate != "S/RES/1925 (2010)" || ws.Mission != "MONUSCO" {
		t.Errorf("%d activities, mandate %q, mission %q", len(ws.Activities), ws.Mandate, ws.Mission)
	}
	first := ws.Activities[0]
	if first.Status != model.StatusDraft || first.Source.Ref != "4" || !strings.HasPrefix(first.Source.Text, "4. Authorizes MONUSCO") {
		t.Errorf("first activity %+v", first)
	}
	// Every part left out is listed with its reference and why.
	for _, want := range []string{"left out 10 paragraphs that ask for no activity (--all keeps them):",
		"\n  1        extends a mandate or an authorization by reference",
		"\n  2        sets the number of troops or police",
		"\n  15       concerns the conduct of the mission's own personnel, which is no activity on the ground",
		"\n  20       requests a report to the Council",
		"\n  21       makes demands of armed groups or parties",
		"\n  23       keeps the matter before the Council, which asks for no activity"} {
		if !strings.Contains(errOut, want) {
			t.Errorf("stderr %q does not report %q", errOut, want)
		}
	}
	// --all keeps it; -o writes the file and nothing to stdout; json too.
	file := filepath.Join(t.TempDir(), "mandate.json")
	out, errOut, code = run(t, "", "import", resolution, "--all", "--format", "json", "-o", file)
	if code != 0 || out != "" {
		t.Fatalf("exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	ws, err = model.Parse(file, data, rb.Vocabulary())
	if err != nil || len(ws.Activities) != 44 {
		t.Errorf("--all: %v, %d activities", err, len(ws.Activities))
	}
	// The imported worksheet classifies.
	if _, errOut, code := run(t, out, "classify", file, "--format", "csv"); code != 0 {
		t.Errorf("classify of the import: exit %d, %s", code, errOut)
	}
}

func TestImportBadInput(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	for name, c := range map[string]struct {
		args []string
		want string
	}{
		"missing":    {[]string{"import", filepath.Join(dir, "nope.txt")}, "nope.txt"},
		"folder":     {[]string{"import", dir}, "is a folder"},
		"empty":      {[]string{"import", write("empty.txt", "\n \n")}, "empty.txt: the file is empty"},
		"not utf-8":  {[]string{"import", write("latin1.txt", "1. Former la police \xe0 Bunia.")}, "latin1.txt: the file is not plain text"},
		"no numbers": {[]string{"import", write("prose.txt", "Train the police and vet the army.")}, "prose.txt: no numbered paragraphs found"},
		"format":     {[]string{"import", resolution, "--format", "csv"}, `unknown format "csv"`},
	} {
		out, errOut, code := run(t, "", c.args...)
		if code != ExitInvalid || out != "" || !strings.Contains(errOut, c.want) {
			t.Errorf("%s: exit %d, stdout %q, stderr %q; want exit 2 and %q", name, code, out, errOut, c.want)
		}
	}
}

// Words two cues read alike and decline for the same reason are listed once.
func TestSuggestListsEachDeclinedReadingOnce(t *testing.T) {
	text := "In line with the relevant legislation on the reform of the FARDC and the Army Reform Plan presented in January 2010, assist the Government, along with international and bilateral partners, in strengthening its military capacity, including military justice and military police"
	out, _, code := run(t, "", "suggest", text)
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	_, declined, ok := strings.Cut(out, "Read but not suggested:\n")
	if !ok {
		t.Fatalf("nothing declined: %s", out)
	}
	declined, _, _ = strings.Cut(declined, "\n\n")
	lines := strings.Split(declined, "\n")
	seen := map[string]bool{}
	for _, l := range lines {
		if seen[l] {
			t.Errorf("listed twice: %s", l)
		}
		seen[l] = true
	}
}
