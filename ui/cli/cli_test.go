package cli

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pocssr/pocssr/ui"
	"github.com/spf13/cobra"
)

// run executes pocssr with args and returns stdout, stderr and the exit code.
func run(t *testing.T, stdin string, args ...string) (string, string, int) {
	t.Helper()
	var out, errOut bytes.Buffer
	env := &Env{Stdin: strings.NewReader(stdin), Stdout: &out, Stderr: &errOut}
	root := NewRoot(env, "test")
	root.SetArgs(args)
	code := Report(&errOut, root.Execute())
	return out.String(), errOut.String(), code
}

func TestClassifyFormats(t *testing.T) {
	for _, f := range []string{"text", "json", "yaml", "markdown", "csv"} {
		out, errOut, code := run(t, "", "classify", "testdata/good.yaml", "--format", f)
		if code != 0 || errOut != "" || !strings.Contains(out, "offensive") {
			t.Errorf("%s: exit %d, stderr %q, stdout %.200q", f, code, errOut, out)
		}
	}
	out, _, _ := run(t, "", "classify", "-f", "json", "testdata/good.yaml")
	var doc struct {
		Activities []struct {
			ID     string `json:"id"`
			Agenda string `json:"agenda"`
			Tier   *int   `json:"tier"`
		} `json:"activities"`
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Activities) != 2 || doc.Activities[0].Agenda != "poc-only" || *doc.Activities[0].Tier != 2 ||
		doc.Activities[1].Agenda != "ssr-only" || *doc.Activities[1].Tier != 1 {
		t.Errorf("classification %+v", doc.Activities)
	}
}

func TestClassifyStdin(t *testing.T) {
	data, _ := os.ReadFile("testdata/good.yaml")
	out, _, code := run(t, string(data), "classify", "-", "--format", "csv")
	if code != 0 || strings.Count(out, "\n") != 3 {
		t.Errorf("exit %d, out %q", code, out)
	}
}

// Bad input: every problem with file:line:col and the allowed values, exit 2,
// nothing on stdout, no output file written.
func TestClassifyBadInput(t *testing.T) {
	outFile := filepath.Join(t.TempDir(), "report.md")
	out, errOut, code := run(t, "", "classify", "testdata/good.yaml", "testdata/bad.yaml", "-f", "markdown", "-o", outFile)
	if code != 2 {
		t.Errorf("exit %d, want 2", code)
	}
	if out != "" {
		t.Errorf("stdout is not empty: %q", out)
	}
	if _, err := os.Stat(outFile); err == nil {
		t.Error("an output file was written for invalid input")
	}
	for _, want := range []string{
		`testdata/bad.yaml:4:18: "misison" is not a value of implementer; allowed: mission, mission-support, host-state, partner (did you mean mission?)`,
		`testdata/bad.yaml:5:30: "rights-training" is listed twice in kinds`,
		`testdata/bad.yaml:8:9: id "dup" is already used by the activity at line 6`,
		`testdata/bad.yaml:10:13: forces takes a list of values, found the text "army" (write [army])`,
		`testdata/bad.yaml:11:5: unknown key "surprise" in an activity`,
	} {
		if !strings.Contains(errOut, want) {
			t.Errorf("stderr lacks\n%s\ngot\n%s", want, errOut)
		}
	}
}

func TestClassifyRefusesBadFiles(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		os.WriteFile(p, data, 0o644)
		return p
	}
	cases := map[string]struct {
		path string
		want string
	}{
		"empty":     {write("empty.yaml", nil), "the file is empty"},
		"binary":    {write("bin.yaml", []byte{0xff, 0xfe, 0x00}), "not valid UTF-8"},
		"too large": {write("big.yaml", bytes.Repeat([]byte("#"), 16<<20+1)), "limit is 16 MiB"},
		"missing":   {filepath.Join(dir, "nope.yaml"), "no such file"},
		"folder":    {dir, "is a folder"},
	}
	for name, c := range cases {
		out, errOut, code := run(t, "", "classify", c.path)
		if code != 2 || out != "" || !strings.Contains(errOut, c.want) {
			t.Errorf("%s: exit %d, stdout %q, stderr %q (want %q)", name, code, out, errOut, c.want)
		}
	}
}

func TestOutputFileIsWritten(t *testing.T) {
	p := filepath.Join(t.TempDir(), "out.csv")
	out, _, code := run(t, "", "classify", "testdata/good.yaml", "-f", "csv", "-o", p)
	data, err := os.ReadFile(p)
	if code != 0 || out != "" || err != nil || !strings.HasPrefix(string(data), "\ufeffref,id,title,status") {
		t.Errorf("exit %d, stdout %q, file %q %v", code, out, data, err)
	}
}

func TestCheckExitCodes(t *testing.T) {
	out, _, code := run(t, "", "check", "testdata/good.yaml")
	if code != 1 || !strings.Contains(out, "critical: #1\n") {
		t.Errorf("critical risk: exit %d, out %q", code, out)
	}
	dir := t.TempDir()
	calm := filepath.Join(dir, "calm.yaml")
	os.WriteFile(calm, []byte("activities:\n  - title: Patrols\n    implementer: mission\n    kinds: [deterrence]\n"), 0o644)
	if out, _, code := run(t, "", "check", calm); code != 0 || !strings.Contains(out, "1 activity") {
		t.Errorf("no critical risk: exit %d, out %q", code, out)
	}
	if out, _, code := run(t, "", "check", "testdata/bad.yaml"); code != 2 || out != "" {
		t.Errorf("invalid: exit %d, out %q", code, out)
	}
}

func TestCasesReadBack(t *testing.T) {
	for _, f := range []string{"yaml", "json"} {
		out, _, code := run(t, "", "cases", "-f", f)
		if code != 0 {
			t.Fatalf("cases: exit %d", code)
		}
		cls, errOut, code := run(t, out, "check", "-")
		if code != 1 || !strings.Contains(cls, "activities") {
			t.Errorf("%s: the case library does not read back: exit %d %s", f, code, errOut)
		}
	}
}

func TestRulesCommand(t *testing.T) {
	out, _, code := run(t, "", "rules", "--format", "markdown")
	if code != 0 || !strings.Contains(out, "## Friction risks") || !strings.Contains(out, "Capacity built with no accountability") ||
		strings.Contains(out, "capacity-without-accountability") {
		t.Errorf("rules markdown: exit %d, or the handout names risks by id", code)
	}
	page, _, code := run(t, "", "rules", "-f", "html")
	if code != 0 || !strings.HasPrefix(page, "<!DOCTYPE html>") || !strings.Contains(page, "<svg") {
		t.Errorf("rules html: exit %d", code)
	}
	if _, errOut, code := run(t, "", "rules", "-f", "pdf"); code != 2 || !strings.Contains(errOut, "markdown, html, text") {
		t.Errorf("rules -f pdf: exit %d, %q", code, errOut)
	}
	exported, _, code := run(t, "", "rules", "--export")
	if code != 0 || !strings.HasPrefix(strings.TrimLeft(exported, "# \n"), "") || !strings.Contains(exported, "version: pocssr/v1") {
		t.Fatalf("export: exit %d", code)
	}
	// A facilitator's modified rulebook is used by every command.
	dir := t.TempDir()
	mod := filepath.Join(dir, "rules.yaml")
	os.WriteFile(mod, []byte(strings.Replace(exported, "severity: critical", "severity: low", -1)), 0o644)
	if out, _, code := run(t, "", "--rules", mod, "check", "testdata/good.yaml"); code != 0 || strings.Contains(out, "critical") {
		t.Errorf("modified rulebook not used: exit %d, %q", code, out)
	}
	bad := filepath.Join(dir, "bad-rules.yaml")
	os.WriteFile(bad, []byte(strings.Replace(exported, "{fact: dual_role, is: true}", "{fact: dual_rol, is: true}", 1)), 0o644)
	_, errOut, code := run(t, "", "--rules", bad, "check", "testdata/good.yaml")
	if code != 2 || !strings.Contains(errOut, bad+":") || !strings.Contains(errOut, `unknown fact "dual_rol"`) {
		t.Errorf("invalid rulebook: exit %d, %q", code, errOut)
	}
}

func TestUsageErrors(t *testing.T) {
	for _, args := range [][]string{
		{"classify"},
		{"classify", "testdata/good.yaml", "--format", "pdf"},
		{"classify", "--bogus"},
		{"rules", "--format", "csv"},
		{"cases", "--format", "toml"},
		{"--light", "--dark"},
	} {
		out, errOut, code := run(t, "", args...)
		if code != 2 || out != "" || errOut == "" {
			t.Errorf("%v: exit %d, stdout %q, stderr %q", args, code, out, errOut)
		}
	}
}

func TestVersion(t *testing.T) {
	out, _, code := run(t, "", "--version")
	if code != 0 || !strings.Contains(out, "test") {
		t.Errorf("version: %d %q", code, out)
	}
}

// A mistyped command is reported with a suggestion, never opened as a new
// worksheet of that name.
func TestMistypedCommand(t *testing.T) {
	opened := ""
	run := func(args ...string) (string, int) {
		var out, errOut bytes.Buffer
		env := &Env{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errOut,
			App: func(_ ui.Env, o AppOptions) error { opened = o.Path; return nil }}
		root := NewRoot(env, "test")
		root.SetArgs(args)
		code := Report(&errOut, root.Execute())
		return errOut.String(), code
	}
	for args, want := range map[string]string{
		"chek":                   "did you mean check?",
		"clasify plan.yaml":      "did you mean classify?",
		"bogus":                  `unknown command "bogus"`,
		"a.yaml b.yaml":          "one worksheet at a time",
		"testdata/good.yaml x y": "one worksheet at a time",
	} {
		opened = ""
		errOut, code := run(strings.Fields(args)...)
		if code != 2 || !strings.Contains(errOut, want) || opened != "" {
			t.Errorf("%s: exit %d, stderr %q, opened %q", args, code, errOut, opened)
		}
	}
	for _, arg := range []string{"new-plan.yaml", "new.json", "testdata/good.yaml"} {
		opened = ""
		if _, code := run(arg); code != 0 || opened != arg {
			t.Errorf("%s: exit %d, opened %q", arg, code, opened)
		}
	}
}

// --explain traces every verdict to the rulebook, with --rules too: the
// positions name the file the rules were read from.
func TestClassifyExplain(t *testing.T) {
	out, errOut, code := run(t, "", "classify", "--explain", "testdata/good.yaml")
	if code != 0 || errOut != "" {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, want := range []string{"offensive — ", "  tier 2: ", "  agenda poc-only: ", "decided by rulebook.yaml:", "read       kinds = "} {
		if !strings.Contains(out, want) {
			t.Errorf("the trace lacks %q:\n%s", want, out)
		}
	}
	rules := filepath.Join(t.TempDir(), "mine.yaml")
	exported, _, _ := run(t, "", "rules", "--export")
	os.WriteFile(rules, []byte(exported), 0o644)
	out, _, code = run(t, "", "--rules", rules, "classify", "--explain", "testdata/good.yaml")
	if code != 0 || !strings.Contains(out, "decided by "+rules+":") {
		t.Errorf("with --rules: exit %d\n%s", code, out)
	}
}

// check names the first few critical activities and how many more, so a
// worksheet of thousands prints a line a reader can take in; --all names
// every one.
func TestCheckCutsTheCriticalLine(t *testing.T) {
	var b strings.Builder
	b.WriteString("activities:\n")
	const n = 40
	for i := range n {
		fmt.Fprintf(&b, "  - {id: op-%02d, title: Joint operation %d, implementer: mission, kinds: [combined-operations], forces: [army], rights_record: grave-ongoing}\n", i, i)
	}
	p := filepath.Join(t.TempDir(), "many.yaml")
	if err := os.WriteFile(p, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	line := func(out string) string {
		for _, l := range strings.Split(out, "\n") {
			if strings.HasPrefix(l, "  critical: ") {
				return l
			}
		}
		return ""
	}
	out, _, code := run(t, "", "check", p)
	got := line(out)
	if code != 1 || strings.Count(got, "#") != checkNamed || !strings.HasSuffix(got, fmt.Sprintf("and %d more (--all names every one)", n-checkNamed)) {
		t.Errorf("exit %d, critical line %q", code, got)
	}
	out, _, code = run(t, "", "check", "--all", p)
	if got := line(out); code != 1 || strings.Count(got, "#") != n || strings.Contains(got, "more") {
		t.Errorf("--all: exit %d, critical line %q", code, got)
	}
}

// An imported worksheet's account and trace show the words each draft was
// read from, and why a paragraph kept with --all would be left out; a
// worksheet written by hand shows none.
func TestClassifyShowsTheReadingOfImportedDrafts(t *testing.T) {
	dir := t.TempDir()
	sheet := filepath.Join(dir, "plan.yaml")
	if _, errOut, code := run(t, "", "import", resolution, "--all", "-o", sheet); code != 0 {
		t.Fatalf("import: exit %d, %s", code, errOut)
	}
	out, _, code := run(t, "", "classify", sheet, "--ref", "15")
	if code != 0 || !strings.Contains(out, "Read from the source paragraph 15 of S/RES/1925 (2010):") ||
		!strings.Contains(strings.Join(strings.Fields(out), " "), "left out: on import, and brought back as a draft by the planner (restored in the review or imported with --all): it concerns the conduct of the mission's own personnel") {
		t.Errorf("exit %d:\n%s", code, out)
	}
	out, _, code = run(t, "", "classify", sheet, "--ref", "12(m)", "--explain")
	if code != 0 || !strings.Contains(out, "read from the source paragraph 12(m)") || !strings.Contains(out, "· cue “") {
		t.Errorf("exit %d:\n%s", code, out)
	}
	if out, _, _ := run(t, "", "classify", "testdata/good.yaml"); strings.Contains(out, "Read from") {
		t.Errorf("a worksheet without sources shows a reading:\n%s", out)
	}
	// The briefings show it for a draft too.
	for _, f := range []string{"markdown", "html"} {
		out, _, code = run(t, "", "classify", sheet, "--ref", "15", "-f", f)
		if code != 0 || !strings.Contains(out, "Read from the source paragraph 15 of S/RES/1925 (2010) (not yet confirmed)") {
			t.Errorf("-f %s: exit %d, no reading of the draft:\n%s", f, code, out)
		}
	}
}

// builtFor says how much of the tree is built for args: "none" of the
// subcommands, their "names" (and lines) without their flags, or the
// "whole" tree.
func builtFor(args ...string) string {
	tree := newCommandTree(&Env{}, "test")
	tree.buildFor(args)
	switch {
	case !tree.root.HasSubCommands():
		return "none"
	case tree.flags != nil:
		return "names"
	}
	return "whole"
}

// `pocssr --version` and the program itself need no subcommand, `--help`
// their names and lines but none of their flags; any word that may name a
// command builds the whole tree.
func TestTreeIsBuiltAsFarAsTheArgumentsNeed(t *testing.T) {
	for want, cases := range map[string][][]string{
		"none": {
			nil, {"--version"}, {"-v"}, {"-q", "--version"}, {"--dark"}, {"--accessible", "--light"},
			{"--rules", "my.yaml", "--version"}, {"--today", "2026-01-01", "-q"}, {"--today"},
			{"--rules", "classify"}, // classify is the rulebook's file name here, as cobra reads it
		},
		"names": {
			{"--help"}, {"-h"}, {"--rules=my.yaml", "--help"}, {"-v", "-h"}, {"--help=false"},
			{"-qh"}, {"-qv"}, {"--bogus"}, // not one flag of the root: perhaps help
		},
		"whole": {
			{"classify", "x.yaml"}, {"--rules", "my.yaml", "check", "x.yaml"}, {"-q", "import", "-"},
			{"help", "classify"}, {"--help", "classify"}, {"-h", "classify"}, {"completion", "bash"},
			{cobra.ShellCompRequestCmd, "classify", "--"}, {cobra.ShellCompNoDescRequestCmd, ""},
			{"man"}, {"plan.yaml"}, {"chek"}, {"-"}, {"--", "--version"}, {"--bogus", "classify"},
			{"--today=2026-01-01", "demo"}, {"present", "--dark"},
		},
	} {
		for _, args := range cases {
			if got := builtFor(args...); got != want {
				t.Errorf("%q: built %s, want %s", args, got, want)
			}
		}
	}
}

// Built for its arguments, the tree answers as the whole tree does: the
// same help, version, errors, suggestions and completions, byte for byte.
func TestTreeForTheArgumentsAnswersAsTheWholeTree(t *testing.T) {
	answer := func(whole bool, args []string) string {
		var out, errOut bytes.Buffer
		env := &Env{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errOut,
			App: func(_ ui.Env, o AppOptions) error {
				fmt.Fprintf(&out, "program: %+v\n", o)
				return nil
			}}
		var code int
		if whole {
			t := newCommandTree(env, "test")
			t.registerFlags()
			code = Report(&errOut, t.execute(args))
		} else {
			code = Main(env, "test", args)
		}
		return fmt.Sprintf("exit %d\nstdout:\n%s\nstderr:\n%s", code, out.String(), errOut.String())
	}
	cases := [][]string{
		nil, {"--version"}, {"-v"}, {"-qv"}, {"--help"}, {"-h"}, {"-qh"}, {"--help=false"}, {"--version=false"},
		{"--dark", "--today", "2026-01-01"}, {"--accessible", "--version"},
		{"--light", "--dark"}, {"--rules", "classify", "--version"}, {"--today"}, {"--bogus"},
		{"--today", "someday"}, {"chek"}, {"clasify", "x.yaml"}, {"-h", "classify"}, {"--help", "classify"},
		{"help", "bogus"}, {cobra.ShellCompRequestCmd, ""}, {cobra.ShellCompRequestCmd, "--"},
		{cobra.ShellCompRequestCmd, "classify", "--format", ""}, {cobra.ShellCompNoDescRequestCmd, "import", "-"},
		{"completion", "--help"}, {"classify", "--bogus"},
	}
	for _, c := range NewRoot(&Env{}, "test").Commands() {
		cases = append(cases, []string{c.Name(), "--help"}, []string{"help", c.Name()})
	}
	for _, args := range cases {
		if got, want := answer(false, args), answer(true, args); got != want {
			t.Errorf("pocssr %s, built for its arguments:\n%s\nbuilt whole:\n%s", strings.Join(args, " "), got, want)
		}
	}
}

// The import's summary counts its drafts in the singular when there is one.
func TestImportSummaryCountsOneDraft(t *testing.T) {
	text := "The Security Council,\n\n1. Requests the mission to patrol the border;\n\n2. Decides to remain seized of the matter.\n"
	_, errOut, code := run(t, text, "import", "-")
	if code != 0 || !strings.Contains(errOut, ": 1 draft activity; left out 1 paragraph") {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
}
