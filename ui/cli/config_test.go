package cli

import (
	"archive/zip"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/classify/report"
	"github.com/pocssr/pocssr/ui"
)

func TestMain(m *testing.M) {
	// The tests never read the configuration of whoever runs them.
	dir, err := os.MkdirTemp("", "pocssr-config")
	if err != nil {
		panic(err)
	}
	os.Setenv("XDG_CONFIG_HOME", dir)
	os.Unsetenv("POCSSR_THEME")
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// writeConfig puts a configuration file in a fresh XDG_CONFIG_HOME.
func writeConfig(t *testing.T, content string) string {
	t.Helper()
	dir := t.TempDir()
	t.Setenv("XDG_CONFIG_HOME", dir)
	path := filepath.Join(dir, "pocssr", "config.yaml")
	os.MkdirAll(filepath.Dir(path), 0o755)
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// The file is read strictly: each bad key or value at its line and column,
// with the allowed values, and exit 2.
func TestConfigIsReadStrictly(t *testing.T) {
	cases := map[string]struct {
		content string
		want    []string
	}{
		"unknown key":  {"theme: dark\nauthr: Jane\n", []string{"config.yaml:2:1: unknown key \"authr\"; allowed: theme, format, author, organisation (did you mean author?)"}},
		"bad theme":    {"theme: drak\n", []string{"config.yaml:1:8: \"drak\" is not a theme; allowed: auto, light, dark (did you mean dark?)"}},
		"bad format":   {"format: docx\n", []string{"config.yaml:1:9: \"docx\" is not a format; allowed: text, json, yaml, markdown, csv, html"}},
		"twice":        {"theme: dark\ntheme: light\n", []string{"config.yaml:2:1: theme is set twice (first at line 1)"}},
		"list value":   {"author: [a, b]\n", []string{"config.yaml:1:9: author takes one value on its line"}},
		"empty value":  {"organisation:\n", []string{"organisation takes one value on its line"}},
		"not keys":     {"- theme\n", []string{"config.yaml:1:1: expected keys"}},
		"not yaml":     {"theme: [dark\n", []string{"config.yaml: not YAML"}},
		"two at once":  {"thme: dark\nformat: pdf\n", []string{"config.yaml:1:1:", "config.yaml:2:9:"}},
		"long author":  {"author: " + strings.Repeat("x", 201) + "\n", []string{"author is a name on one line, at most 200 characters"}},
		"not utf-8":    {"author: \xff\n", []string{"not valid UTF-8"}},
		"multi-line":   {"author: |\n  a\n  b\n", []string{"config.yaml:1:9: author is a name on one line"}},
		"null as text": {"theme: ~\n", []string{"theme takes one value"}},
		"escape":       {"author: \"A\\e]0;pwned\\a\"\n", []string{"config.yaml:1:9: author holds a control character"}},
	}
	for name, c := range cases {
		writeConfig(t, c.content)
		for _, args := range [][]string{{"config"}, {"classify", "testdata/good.yaml"}, {"--accessible"}} {
			out, errOut, code := run(t, "", args...)
			if code != ExitInvalid || out != "" {
				t.Errorf("%s, %v: exit %d, stdout %q", name, args, code, out)
			}
			for _, w := range c.want {
				if !strings.Contains(errOut, w) {
					t.Errorf("%s, %v: stderr %q, want %q", name, args, errOut, w)
				}
			}
		}
	}
	// A command that uses none of it is not held up by it.
	writeConfig(t, "thme: dark\n")
	if _, errOut, code := run(t, "", "check", "testdata/good.yaml"); code == ExitInvalid {
		t.Errorf("check failed on the configuration: %s", errOut)
	}
}

// `pocssr config` says where the file is and what is set, and from where.
func TestConfigCommand(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("XDG_CONFIG_HOME", dir)
	out, _, code := run(t, "", "config")
	want := filepath.Join(dir, "pocssr", "config.yaml") + " (not there: nothing is set in it)"
	if code != 0 || !strings.Contains(out, want) || !strings.Contains(out, "theme:        auto (default)") {
		t.Errorf("exit %d, %q", code, out)
	}
	path := writeConfig(t, "# mine\ntheme: light\nformat: md\nauthor: A. Planner\norganisation: DPO/OMA\n")
	out, _, code = run(t, "", "config")
	for _, w := range []string{path + " (read)", "theme:        light (" + path + ")", "format:       markdown", "author:       A. Planner", "organisation: DPO/OMA"} {
		if code != 0 || !strings.Contains(out, w) {
			t.Errorf("exit %d, %q lacks %q", code, out, w)
		}
	}
	t.Setenv("POCSSR_THEME", "dark")
	if out, _, _ := run(t, "", "config"); !strings.Contains(out, "theme:        dark (POCSSR_THEME)") {
		t.Errorf("POCSSR_THEME: %q", out)
	}
	t.Setenv("POCSSR_THEME", "blue")
	if _, errOut, code := run(t, "", "config"); code != ExitInvalid || !strings.Contains(errOut, `POCSSR_THEME: "blue" is not a theme; allowed: auto, light, dark`) {
		t.Errorf("a bad POCSSR_THEME: exit %d, %q", code, errOut)
	}
}

// The theme reaches the terminal program: the file, then POCSSR_THEME over
// it, then --light or --dark over both; auto lets the program ask.
func TestConfigThemeReachesTheProgram(t *testing.T) {
	theme := func(args ...string) string {
		var got string
		env := &Env{Stdin: strings.NewReader(""), App: func(_ ui.Env, o AppOptions) error { got = o.Theme; return nil }}
		if _, errOut, code := runEnv(t, env, args...); code != 0 {
			t.Fatalf("%v: exit %d %s", args, code, errOut)
		}
		return "[" + got + "]"
	}
	writeConfig(t, "theme: auto\n")
	if got := theme(); got != "[]" {
		t.Errorf("auto: %s", got)
	}
	writeConfig(t, "theme: light\n")
	if got := theme("demo"); got != "[light]" {
		t.Errorf("file: %s", got)
	}
	t.Setenv("POCSSR_THEME", "dark")
	if got := theme(); got != "[dark]" {
		t.Errorf("POCSSR_THEME over the file: %s", got)
	}
	if got := theme("--light"); got != "[light]" {
		t.Errorf("--light over POCSSR_THEME: %s", got)
	}
}

// The default format and the author reach classify: the format when -f is
// not given, the author and organisation at the top of a briefing.
func TestConfigFormatAndAuthorReachClassify(t *testing.T) {
	writeConfig(t, "format: markdown\nauthor: A. Planner\norganisation: DPO/OMA\n")
	out, _, code := run(t, "", "classify", "testdata/good.yaml")
	if code != 0 || !strings.HasPrefix(out, "# POC/SSR briefing") || !strings.Contains(out, " · Prepared by: A. Planner, DPO/OMA · ") {
		t.Errorf("exit %d, %.300q", code, out)
	}
	out, _, _ = run(t, "", "classify", "testdata/good.yaml", "-f", "html", "--agenda", "poc-only")
	if !strings.Contains(out, "Prepared by: A. Planner, DPO/OMA") {
		t.Errorf("the HTML briefing of a selection does not say who prepared it")
	}
	if out, _, _ := run(t, "", "classify", "testdata/good.yaml", "-f", "text"); strings.HasPrefix(out, "#") {
		t.Error("-f text did not override the configured format")
	}
	if out, _, code := run(t, "", "classify", "testdata/good.yaml", "--explain"); code != 0 || strings.HasPrefix(out, "#") {
		t.Errorf("--explain with a configured format: exit %d", code)
	}
	writeConfig(t, "organisation: DPO/OMA\n")
	if out, _, _ := run(t, "", "classify", "testdata/good.yaml", "-f", "md"); !strings.Contains(out, "Prepared by: DPO/OMA ·") {
		t.Errorf("organisation alone: %.300q", out)
	}
}

// The briefing settings reach the terminal program too, with --dark as
// without; the author defaults to the user's name as classify's does.
func TestConfigBriefingReachesTheProgram(t *testing.T) {
	briefing := func(args ...string) ui.Briefing {
		var got ui.Briefing
		env := &Env{Stdin: strings.NewReader(""), App: func(_ ui.Env, o AppOptions) error { got = o.Briefing; return nil }}
		if _, errOut, code := runEnv(t, env, args...); code != 0 {
			t.Fatalf("%v: exit %d %s", args, code, errOut)
		}
		return got
	}
	writeConfig(t, "format: html\nauthor: A. Planner\norganisation: DPO/OMA\n")
	want := ui.Briefing{Format: report.HTML, PreparedBy: "A. Planner, DPO/OMA", Author: "A. Planner", Organisation: "DPO/OMA"}
	for _, args := range [][]string{nil, {"--dark", "demo"}} {
		if got := briefing(args...); got != want {
			t.Errorf("%v: %+v, want %+v", args, got, want)
		}
	}
	writeConfig(t, "organisation: DPO/OMA\n")
	if got := briefing(); got.PreparedBy != "DPO/OMA" || got.Author != userName() || got.Format != "" {
		t.Errorf("organisation alone: %+v", got)
	}
}

// The Word briefing says who prepared it in its text, as the markdown and
// HTML ones do (its properties' author: TestDOCXAuthorFromConfiguration).
func TestConfigAuthorReachesTheWordBriefing(t *testing.T) {
	writeConfig(t, "author: A. Planner\norganisation: DPO/OMA\n")
	path := filepath.Join(t.TempDir(), "brief.docx")
	if _, errOut, code := run(t, "", "classify", "testdata/good.yaml", "-f", "docx", "-o", path); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	parts := docxParts(t, path)
	if doc := parts["word/document.xml"]; !strings.Contains(doc, "Prepared by: ") || !strings.Contains(doc, "A. Planner, DPO/OMA") {
		t.Error("the Word briefing's text does not say who prepared it")
	}
	if app := parts["docProps/app.xml"]; !strings.Contains(app, "<Company>DPO/OMA</Company>") {
		t.Errorf("the Word briefing's company: %s", app)
	}
}

// docxParts reads the parts of a DOCX file.
func docxParts(t *testing.T, path string) map[string]string {
	t.Helper()
	z, err := zip.OpenReader(path)
	if err != nil {
		t.Fatal(err)
	}
	defer z.Close()
	parts := map[string]string{}
	for _, f := range z.File {
		r, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		data, err := io.ReadAll(r)
		r.Close()
		if err != nil {
			t.Fatal(err)
		}
		parts[f.Name] = string(data)
	}
	return parts
}

// FuzzConfig: whatever the configuration file holds, reading it returns
// either settings that are all allowed values or problems at positions
// inside the file; it never panics.
func FuzzConfig(f *testing.F) {
	for _, s := range []string{"theme: dark\nformat: md\nauthor: A\norganisation: B\n", "thme: x\n", "- a\n", "theme: [\n", "", "author: |\n  a\n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, content string) {
		c := &Config{Theme: "auto"}
		err := c.parse("config.yaml", []byte(content))
		if err != nil {
			if !strings.HasPrefix(err.Error(), "config.yaml:") {
				t.Errorf("a problem without the file's name: %v", err)
			}
			return
		}
		if !contains(themes, c.Theme) || strings.ContainsFunc(c.Author+c.Organisation, func(r rune) bool { return r < ' ' || r == 0x7f }) {
			t.Errorf("read %+v from %q", c, content)
		}
		if c.Format != "" {
			if _, err := report.ParseFormat(c.Format); err != nil {
				t.Errorf("format %q", c.Format)
			}
		}
	})
}
