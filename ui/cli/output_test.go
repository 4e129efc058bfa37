package cli

import (
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
