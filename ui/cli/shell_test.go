package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// runEnv executes pocssr in env and returns stdout, stderr and the exit code.
func runEnv(t *testing.T, env *Env, args ...string) (string, string, int) {
	t.Helper()
	var out, errOut bytes.Buffer
	env.Stdout, env.Stderr = &out, &errOut
	root := NewRoot(env, "test")
	root.SetArgs(args)
	code := Report(&errOut, root.Execute())
	return out.String(), errOut.String(), code
}

// `pocssr <TAB>` offers the worksheet files and folders beside the commands,
// and no other file.
func TestRootCompletesWorksheetFiles(t *testing.T) {
	dir := t.TempDir()
	for _, f := range []string{"plan.yaml", "old.yml", "mission.json", "notes.txt", "mandate.pdf", ".hidden.yaml"} {
		os.WriteFile(filepath.Join(dir, f), nil, 0o644)
	}
	os.Mkdir(filepath.Join(dir, "plans"), 0o755)
	os.WriteFile(filepath.Join(dir, "plans", "drc.yaml"), nil, 0o644)
	t.Chdir(dir)
	sep := string(filepath.Separator)
	cases := []struct {
		typed      string
		want, not  []string
		directives string
	}{
		{"", []string{"plan.yaml", "old.yml", "mission.json", "plans" + sep, "classify", "demo"}, []string{"notes.txt", "mandate.pdf", ".hidden.yaml"}, ":6"},
		{"pl", []string{"plan.yaml", "plans" + sep}, []string{"mission.json", "classify"}, ":6"},
		{"plans" + sep, []string{"plans" + sep + "drc.yaml"}, []string{"plan.yaml"}, ":4"},
		{"mi", []string{"mission.json"}, []string{"plan.yaml"}, ":4"},
	}
	for _, c := range cases {
		out, _, code := run(t, "", "__complete", c.typed)
		lines := strings.Split(out, "\n")
		has := func(w string) bool {
			for _, l := range lines {
				if l == w || strings.HasPrefix(l, w+"\t") {
					return true
				}
			}
			return false
		}
		for _, w := range c.want {
			if !has(w) {
				t.Errorf("%q: %q not offered in %q", c.typed, w, out)
			}
		}
		for _, n := range c.not {
			if has(n) {
				t.Errorf("%q: %q offered", c.typed, n)
			}
		}
		if code != 0 || !strings.Contains(out, c.directives+"\n") {
			t.Errorf("%q: exit %d, directive not %s (no file completion by the shell, no space after a folder): %q", c.typed, code, c.directives, out)
		}
	}
}

// --dark, --light and --accessible belong to the commands that start the
// terminal program; a batch command neither lists nor takes them.
func TestProgramFlagsOnlyWhereTheyApply(t *testing.T) {
	for _, cmd := range [][]string{{"--help"}, {"demo", "--help"}, {"present", "--help"}} {
		out, _, _ := run(t, "", cmd...)
		for _, f := range []string{"--dark", "--light", "--accessible"} {
			if !strings.Contains(out, f) {
				t.Errorf("%v does not list %s", cmd, f)
			}
		}
	}
	for _, cmd := range []string{"classify", "check", "cases", "rules", "suggest", "import", "man"} {
		out, _, _ := run(t, "", cmd, "--help")
		for _, f := range []string{"--dark", "--light", "--accessible"} {
			if strings.Contains(out, f) {
				t.Errorf("%s --help lists %s", cmd, f)
			}
		}
		if !strings.Contains(out, "--quiet") || !strings.Contains(out, "--rules") {
			t.Errorf("%s --help lacks the global flags", cmd)
		}
	}
	if _, errOut, code := run(t, "", "classify", "--dark", "testdata/good.yaml"); code != ExitInvalid || !strings.Contains(errOut, "unknown flag: --dark") {
		t.Errorf("classify --dark: exit %d, %q", code, errOut)
	}
}

// A flag's value mistyped is answered with the nearest allowed value, as the
// worksheet reader answers a mistyped value in a file.
func TestFlagValuesSuggestTheNearest(t *testing.T) {
	cases := map[string]struct {
		args []string
		want string
	}{
		"agenda":        {[]string{"classify", "testdata/good.yaml", "--agenda", "pocc"}, `unknown agenda "pocc"; agendas are: poc-only, overlap, ssr-only, outside, undetermined (did you mean poc-only?)`},
		"agenda list":   {[]string{"check", "testdata/good.yaml", "--agenda", "overlap,ssr-onyl"}, "(did you mean ssr-only?)"},
		"severity":      {[]string{"classify", "testdata/good.yaml", "--min-severity", "hgih"}, "(did you mean high?)"},
		"status":        {[]string{"classify", "testdata/good.yaml", "--status", "drafts"}, "(did you mean draft?)"},
		"format":        {[]string{"classify", "testdata/good.yaml", "-f", "markdwn"}, "(did you mean markdown?)"},
		"rules format":  {[]string{"rules", "-f", "htm"}, "(did you mean html?)"},
		"cases format":  {[]string{"cases", "-f", "jsno"}, "(did you mean json?)"},
		"suggest":       {[]string{"suggest", "x", "-f", "txt"}, "(did you mean text?)"},
		"nothing close": {[]string{"classify", "testdata/good.yaml", "--agenda", "zzz"}, "agendas are: poc-only"},
	}
	for name, c := range cases {
		out, errOut, code := run(t, "", c.args...)
		if code != ExitInvalid || out != "" || !strings.Contains(errOut, c.want) {
			t.Errorf("%s: exit %d, stderr %q; want %q", name, code, errOut, c.want)
		}
	}
	if _, errOut, _ := run(t, "", "classify", "testdata/good.yaml", "--agenda", "zzz"); strings.Contains(errOut, "did you mean") {
		t.Errorf("a value near nothing got a suggestion: %q", errOut)
	}
}

// "-" typed at a terminal says what it waits for and how to end it; from a
// pipe, or with --quiet, nothing is said.
func TestStdinFromATerminalSaysItIsWaiting(t *testing.T) {
	data, _ := os.ReadFile("testdata/good.yaml")
	for _, c := range []struct {
		terminal bool
		args     []string
		hint     string
	}{
		{true, []string{"classify", "-"}, "pocssr: reading a worksheet from standard input, typed here; end it with ctrl+d"},
		{true, []string{"check", "-"}, "reading a worksheet"},
		{true, []string{"suggest", "-"}, "reading a description"},
		{true, []string{"import", "-"}, "reading a mandate"},
		{false, []string{"classify", "-"}, ""},
		{true, []string{"classify", "-", "--quiet"}, ""},
		{true, []string{"classify", "testdata/good.yaml"}, ""},
	} {
		terminal := c.terminal
		env := &Env{Stdin: bytes.NewReader(data), StdinIsTerminal: func() bool { return terminal }}
		_, errOut, _ := runEnv(t, env, c.args...)
		if c.hint == "" && strings.Contains(errOut, "reading") || c.hint != "" && !strings.HasPrefix(errOut, "pocssr: "+strings.TrimPrefix(c.hint, "pocssr: ")) {
			t.Errorf("%v (terminal %v): stderr %q, want %q", c.args, c.terminal, errOut, c.hint)
		}
	}
}

// --quiet keeps the notes off standard error, not the results nor the errors.
func TestQuiet(t *testing.T) {
	out, errOut, code := run(t, "", "import", resolution)
	if code != 0 || errOut == "" {
		t.Fatalf("import says nothing without --quiet: exit %d", code)
	}
	quietOut, quietErr, code := run(t, "", "import", resolution, "-q")
	if code != 0 || quietErr != "" || quietOut != out {
		t.Errorf("--quiet: exit %d, stderr %q, same stdout %v", code, quietErr, quietOut == out)
	}
	if _, errOut, code := run(t, "", "classify", "--quiet", "testdata/bad.yaml"); code != ExitInvalid || errOut == "" {
		t.Errorf("--quiet hid an error: exit %d", code)
	}
}

// `pocssr man` writes the manual from the commands' help: pocssr(1) to
// standard output, or a page per command into a folder.
func TestManPages(t *testing.T) {
	out, _, code := run(t, "", "man")
	if code != 0 || !strings.Contains(out, `.TH "POCSSR" "1"`) || !strings.Contains(out, `\fBpocssr\-classify\fR(1)`) ||
		!strings.Contains(out, `\fB\-\-accessible\fR`) {
		t.Fatalf("exit %d, page %.300q", code, out)
	}
	dir := filepath.Join(t.TempDir(), "man1")
	if _, errOut, code := run(t, "", "man", "--dir", dir); code != 0 {
		t.Fatalf("exit %d, %s", code, errOut)
	}
	for _, page := range []string{"pocssr.1", "pocssr-classify.1", "pocssr-import.1", "pocssr-man.1"} {
		data, err := os.ReadFile(filepath.Join(dir, page))
		if err != nil || !bytes.Contains(data, []byte(".SH NAME")) {
			t.Errorf("%s: %v", page, err)
		}
	}
	classify, _ := os.ReadFile(filepath.Join(dir, "pocssr-classify.1"))
	if bytes.Contains(classify, []byte(`\fB\-\-dark\fR`)) || !bytes.Contains(classify, []byte(`\fB\-\-min\-severity\fR \fILEVEL\fR`)) {
		t.Error("the classify page lists the wrong flags")
	}
}

// import and cases write worksheets that name their schema in the first
// line; `pocssr schema` writes that schema, of the rulebook in use.
func TestWorksheetsNameTheirSchema(t *testing.T) {
	const line = "# yaml-language-server: $schema=https://raw.githubusercontent.com/pocssr/pocssr/main/docs/worksheet.schema.json\n"
	for _, args := range [][]string{{"import", resolution}, {"cases"}} {
		out, _, code := run(t, "", args...)
		if code != 0 || !strings.HasPrefix(out, line) {
			t.Errorf("%v: exit %d, starts %.120q", args, code, out)
		}
	}
	out, _, code := run(t, "", "schema")
	published, _ := os.ReadFile("../../docs/worksheet.schema.json")
	if code != 0 || out != string(published) {
		t.Errorf("pocssr schema: exit %d, not the published schema", code)
	}
	file := filepath.Join(t.TempDir(), "worksheet.schema.json")
	if _, errOut, code := run(t, "", "schema", "-o", file); code != 0 {
		t.Errorf("schema -o: exit %d %s", code, errOut)
	}
	if data, _ := os.ReadFile(file); string(data) != out {
		t.Error("schema -o wrote something else")
	}
}

// present --help says where esc leads: started so, esc or q on the board
// quits (it once went on to the worksheet, in front of the room), and the
// worksheet, where activities are edited, is opened without "present".
func TestPresentHelpSaysWhereEscLeads(t *testing.T) {
	out, _, code := run(t, "", "present", "--help")
	flat := strings.Join(strings.Fields(out), " ")
	if code != 0 || !strings.Contains(flat, "esc or q on its board quits") ||
		!strings.Contains(flat, "opens with pocssr [FILE], where p presents it") || strings.Contains(flat, "goes on to the worksheet") {
		t.Errorf("present --help does not say where esc leads and what it may change (exit %d):\n%s", code, out)
	}
}
