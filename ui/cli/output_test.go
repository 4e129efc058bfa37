package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// An -o file that is one of the inputs is refused however it is named: the
// same path, another spelling, a symbolic link or a hard link to it. The input
// keeps its bytes and nothing goes to standard output.
func TestOutputIsAnInput(t *testing.T) {
	dir := t.TempDir()
	good, err := os.ReadFile("testdata/good.yaml")
	if err != nil {
		t.Fatal(err)
	}
	own := filepath.Join(dir, "own.yaml")
	if err := os.WriteFile(own, good, 0o644); err != nil {
		t.Fatal(err)
	}
	mandate := filepath.Join(dir, "m.txt")
	if err := os.WriteFile(mandate, []byte("1. Requests the mission to protect civilians;\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	rules := filepath.Join(dir, "rules.yaml")
	exported, _, _ := run(t, "", "rules", "--export")
	if err := os.WriteFile(rules, []byte(exported), 0o644); err != nil {
		t.Fatal(err)
	}
	links := map[string]string{}
	if os.Symlink(own, filepath.Join(dir, "link.yaml")) == nil {
		links["symbolic link"] = filepath.Join(dir, "link.yaml")
	}
	if os.Link(own, filepath.Join(dir, "hard.yaml")) == nil {
		links["hard link"] = filepath.Join(dir, "hard.yaml")
	}
	cases := map[string][]string{
		"same path":      {"classify", own, "-f", "markdown", "-o", own},
		"other spelling": {"classify", own, "-o", filepath.Join(dir, ".", "sub", "..", "own.yaml")},
		"second input":   {"classify", "testdata/good.yaml", own, "-f", "csv", "-o", own},
		"import":         {"import", mandate, "-o", mandate},
		"rulebook":       {"classify", own, "--rules", rules, "-o", rules},
	}
	for name, link := range links {
		cases[name] = []string{"classify", own, "-f", "json", "-o", link}
		cases["import over a "+name] = []string{"import", link, "-o", own}
	}
	for name, args := range cases {
		t.Run(name, func(t *testing.T) {
			before := map[string]string{}
			for _, a := range args {
				if data, err := os.ReadFile(a); err == nil {
					before[a] = string(data)
				}
			}
			out, errOut, code := run(t, "", args...)
			if code != 2 || out != "" || !strings.Contains(errOut, "is the input") {
				t.Errorf("exit %d, stdout %.100q, stderr %q", code, out, errOut)
			}
			for a, data := range before {
				if after, _ := os.ReadFile(a); string(after) != data {
					t.Errorf("%s changed", a)
				}
			}
		})
	}
	// Another file, and standard input with standard output, are fine.
	if _, errOut, code := run(t, string(good), "classify", "-", "-o", filepath.Join(dir, "report.txt")); code != 0 {
		t.Errorf("classify - -o report.txt: exit %d, %s", code, errOut)
	}
	if _, errOut, code := run(t, "", "classify", own, "-o", "-"); code != 0 {
		t.Errorf("classify own.yaml -o -: exit %d, %s", code, errOut)
	}
}

// A read-only output file is not replaced: the message says why and what to do.
func TestReadOnlyOutput(t *testing.T) {
	dir := t.TempDir()
	report := filepath.Join(dir, "report.md")
	if err := os.WriteFile(report, []byte("kept\n"), 0o444); err != nil {
		t.Fatal(err)
	}
	out, errOut, code := run(t, "", "classify", "testdata/good.yaml", "-f", "markdown", "-o", report)
	if code != 2 || out != "" || !strings.Contains(errOut, report+": the file is read-only") || !strings.Contains(errOut, "write to another file") {
		t.Errorf("exit %d, stdout %.100q, stderr %q", code, out, errOut)
	}
	if data, _ := os.ReadFile(report); string(data) != "kept\n" {
		t.Errorf("the read-only file was replaced")
	}
}

// An -o file's extension says its format: import -o x.json writes JSON that
// check then reads, classify -o x.csv writes CSV; a --format that says
// otherwise is refused and nothing is written.
func TestOutputFormatFromExtension(t *testing.T) {
	dir := t.TempDir()
	mandate := filepath.Join(dir, "m.txt")
	if err := os.WriteFile(mandate, []byte("1. Requests the mission to train the police;\n2. Requests the mission to patrol the camps;\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	js := filepath.Join(dir, "x.json")
	if _, errOut, code := run(t, "", "import", mandate, "-o", js); code != 0 {
		t.Fatalf("import -o x.json: exit %d: %s", code, errOut)
	}
	data, _ := os.ReadFile(js)
	if !json.Valid(data) {
		t.Fatalf("x.json is not JSON: %.200q", data)
	}
	if _, errOut, code := run(t, "", "check", js); code != 0 {
		t.Errorf("check x.json: exit %d: %s", code, errOut)
	}
	csv := filepath.Join(dir, "r.csv")
	if _, errOut, code := run(t, "", "classify", js, "-o", csv); code != 0 {
		t.Fatalf("classify -o r.csv: exit %d: %s", code, errOut)
	}
	if data, _ := os.ReadFile(csv); !strings.HasPrefix(string(data), "\ufeffref,") { // the byte order mark, then the header
		t.Errorf("r.csv is not CSV: %.200q", data)
	}
	for _, args := range [][]string{
		{"import", mandate, "-f", "yaml", "-o", filepath.Join(dir, "y.json")},
		{"import", mandate, "-f", "json", "-o", filepath.Join(dir, "y.yml")},
		{"classify", js, "-f", "json", "-o", filepath.Join(dir, "y.html")},
	} {
		_, errOut, code := run(t, "", args...)
		if code != 2 || !strings.Contains(errOut, "but --format is") {
			t.Errorf("%v: exit %d, stderr %q; want the mismatch refused", args, code, errOut)
		}
		if _, err := os.Stat(args[len(args)-1]); err == nil {
			t.Errorf("%v: the file was written", args)
		}
	}
}
