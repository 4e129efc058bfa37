package cli

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"io"
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

// coreXML opens a DOCX and returns its document properties.
func coreXML(t *testing.T, data []byte) string {
	t.Helper()
	z, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatalf("not a DOCX: %v", err)
	}
	for _, f := range z.File {
		if f.Name == "docProps/core.xml" {
			r, err := f.Open()
			if err != nil {
				t.Fatal(err)
			}
			b, err := io.ReadAll(r)
			if err != nil {
				t.Fatal(err)
			}
			return string(b)
		}
	}
	t.Fatal("the DOCX has no docProps/core.xml")
	return ""
}

// classify -f docx -o FILE writes a Word document naming the author given.
func TestClassifyWritesDOCX(t *testing.T) {
	p := filepath.Join(t.TempDir(), "brief.docx")
	out, errOut, code := run(t, "", "classify", "testdata/good.yaml", "-f", "docx", "--author", "J. Planner", "--today", "2026-03-31", "-o", p)
	data, err := os.ReadFile(p)
	if code != 0 || out != "" || errOut != "" || err != nil {
		t.Fatalf("exit %d, stdout %q, stderr %q, %v", code, out, errOut, err)
	}
	core := coreXML(t, data)
	for _, want := range []string{"<dc:creator>J. Planner</dc:creator>", ">2026-03-31T00:00:00Z</dcterms:created>"} {
		if !strings.Contains(core, want) {
			t.Errorf("the properties lack %s:\n%s", want, core)
		}
	}
	// The same command writes the same file.
	again := filepath.Join(t.TempDir(), "again.docx")
	run(t, "", "classify", "testdata/good.yaml", "-f", "docx", "--author", "J. Planner", "--today", "2026-03-31", "-o", again)
	if data2, err := os.ReadFile(again); err != nil || !bytes.Equal(data, data2) {
		t.Errorf("the same command wrote another file (%v)", err)
	}
}

// -f docx to standard output is refused when that is a terminal, with a hint
// to give -o, and goes through when it is a pipe or a file.
func TestDOCXNeverGoesToATerminal(t *testing.T) {
	defer func(f func(io.Writer) bool) { isTerminal = f }(isTerminal)
	for _, terminal := range []bool{true, false} {
		isTerminal = func(io.Writer) bool { return terminal }
		for _, args := range [][]string{{}, {"-o", "-"}} {
			out, errOut, code := run(t, "", append([]string{"classify", "testdata/good.yaml", "-f", "docx"}, args...)...)
			switch {
			case terminal && (code != 2 || out != "" || !strings.Contains(errOut, "-o FILE.docx")):
				t.Errorf("to a terminal %v: exit %d, stdout %.20q, stderr %q", args, code, out, errOut)
			case !terminal && (code != 0 || !strings.HasPrefix(out, "PK")):
				t.Errorf("to a pipe %v: exit %d, stdout %.20q, stderr %q", args, code, out, errOut)
			}
		}
	}
	isTerminal = func(io.Writer) bool { return true }
	if out, errOut, code := run(t, "", "classify", "testdata/good.yaml", "-f", "markdown"); code != 0 || out == "" {
		t.Errorf("markdown to a terminal: exit %d, stderr %q", code, errOut)
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

// A Word briefing's author is the configuration's unless --author is given,
// and an -o file named .docx is a Word document without -f.
func TestDOCXAuthorFromConfiguration(t *testing.T) {
	writeConfig(t, "author: C. Onfig\n")
	for _, c := range []struct {
		args []string
		want string
	}{
		{nil, "<dc:creator>C. Onfig</dc:creator>"},
		{[]string{"--author", "J. Planner"}, "<dc:creator>J. Planner</dc:creator>"},
	} {
		p := filepath.Join(t.TempDir(), "brief.docx")
		_, errOut, code := run(t, "", append([]string{"classify", "testdata/good.yaml", "-o", p}, c.args...)...)
		data, err := os.ReadFile(p)
		if code != 0 || err != nil {
			t.Fatalf("%v: exit %d, stderr %q, %v", c.args, code, errOut, err)
		}
		if core := coreXML(t, data); !strings.Contains(core, c.want) {
			t.Errorf("%v: the properties lack %s:\n%s", c.args, c.want, core)
		}
	}
}

// classify of one JSON file in text, markdown or HTML checks it on the
// report's first pass: a bad file is refused in the words, and with the exit
// status, of the formats that check it on opening, standard output stays
// empty and no -o file is made.
func TestFirstPassRefusesAsOpening(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"comma.json":    "{\"activities\":[\n {\"title\":\"a\"},\n]}",
		"dup.json":      `{"activities":[{"id":"a","title":"x"},{"id":"a","title":"y"}]}`,
		"value.json":    `{"activities":[{"title":"ok"},{"title":"a","community_trust":"hihg"}]}`,
		"register.json": `{"activities":[{"title":"a","register":{"dual-role":{"status":"not-needed"}}}]}`,
		"delete.json":   "{\"activities\":[{\"title\":\"ok\"},{\"title\":\"a\x7fb\"}]}",
		"after.json":    `{"activities":[{"title":"a"}]}}`,
	}
	for name, src := range files {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		_, wantErr, wantCode := run(t, "", "classify", path, "-f", "json")
		if wantCode != 2 || wantErr == "" {
			t.Fatalf("%s: -f json exits %d: %s", name, wantCode, wantErr)
		}
		for _, f := range []string{"text", "markdown", "html"} {
			out, errOut, code := run(t, "", "classify", path, "-f", f)
			if code != wantCode || errOut != wantErr || out != "" {
				t.Errorf("%s -f %s: exit %d, stderr %q, %d bytes out; -f json: exit %d, stderr %q", name, f, code, errOut, len(out), wantCode, wantErr)
			}
			report := filepath.Join(dir, "report."+f)
			_, errOut, code = run(t, "", "classify", path, "-f", f, "-o", report)
			if _, err := os.Stat(report); err == nil || code != wantCode || errOut != wantErr {
				t.Errorf("%s -f %s -o: exit %d, stderr %q, file made: %v", name, f, code, errOut, err == nil)
			}
		}
	}
}
